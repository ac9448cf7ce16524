import { join } from 'node:path';

// The desktop app loads better-sqlite3's Electron-ABI build explicitly (better-sqlite3's
// `nativeBinding` option), so node_modules keeps the Node build the tests, CLI and browser host use.
// `npm start` makes build/native/electron/ on a developer's machine; electron-builder ships it as
// resources/native/.

export const nativeBindingFile = 'better_sqlite3.node';

export interface AppLocation {
  isPackaged: boolean;
  /** process.resourcesPath */
  resourcesPath: string;
  /** app.getAppPath(): the project root in development */
  appPath: string;
}

export function nativeBindingPath({ isPackaged, resourcesPath, appPath }: AppLocation): string {
  return isPackaged ? join(resourcesPath, 'native', nativeBindingFile) : join(appPath, 'build', 'native', 'electron', nativeBindingFile);
}

export function missingNativeBindingMessage(path: string): string {
  return `The desktop build of Kupu's database engine is missing (${path}). Run \`npm start\` once with network access to make it.`;
}

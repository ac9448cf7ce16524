import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingNativeBindingMessage, nativeBindingPath } from './nativeBinding';

describe('nativeBindingPath', () => {
  it('uses the project’s Electron build in development', () => {
    expect(nativeBindingPath({ isPackaged: false, resourcesPath: '/opt/electron/resources', appPath: '/src/kupu' })).toBe(
      join('/src/kupu', 'build', 'native', 'electron', 'better_sqlite3.node'),
    );
  });

  it('uses resources/native in a packaged app (electron-builder extraResources)', () => {
    expect(nativeBindingPath({ isPackaged: true, resourcesPath: '/opt/Kupu/resources', appPath: '/opt/Kupu/resources/app.asar' })).toBe(
      join('/opt/Kupu/resources', 'native', 'better_sqlite3.node'),
    );
  });

  it('tells a developer how to make a missing build', () => {
    expect(missingNativeBindingMessage('/x/better_sqlite3.node')).toMatch(/npm start/);
  });
});

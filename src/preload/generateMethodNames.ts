import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Writes src/shared/contract/methodNames.ts from the contract, so the sandboxed preload and the renderer's
// client know the method names without bundling zod. Run by electron.vite.config.ts before every build, or by hand:
//   npx tsx src/preload/generateMethodNames.ts

export const methodNamesFile = fileURLToPath(new URL('../shared/contract/methodNames.ts', import.meta.url));

export function methodNamesSource(names: readonly string[]): string {
  return `import type { MethodName } from './index';

// Generated from the contract by src/preload/generateMethodNames.ts (also run by \`electron-vite build\`).
// The contract's method names without zod, which the sandboxed preload and the renderer's first screen
// would otherwise bundle whole.
// \`satisfies\` rejects a name the contract lacks; _AllCovered fails type checking when one is missing.

export const contractMethodNames = [
${names.map((name) => `  '${name}',`).join('\n')}
] as const satisfies readonly MethodName[];

/** A type error here names the contract methods missing from the list above: regenerate this file. */
type AssertNever<T extends never> = T;
export type _AllCovered = AssertNever<Exclude<MethodName, (typeof contractMethodNames)[number]>>;
`;
}

/** Rewrites the file when the names changed; true when it did. */
export function writeMethodNames(names: readonly string[], file: string = methodNamesFile): boolean {
  const wanted = methodNamesSource(names);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // first generation
  }
  if (current === wanted) return false;
  writeFileSync(file, wanted);
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { methodNames } = await import('../shared/contract');
  console.log(writeMethodNames(methodNames) ? `Updated ${methodNamesFile}` : 'methodNames.ts is up to date');
}

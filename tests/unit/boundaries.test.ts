import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The process boundaries are a lint rule; this proves the rule bites where it should and nowhere else.

const eslint = new ESLint({ cwd: process.cwd() });
async function errors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  // The snippets import names they never use; only the boundary rules are under test here.
  return result.messages.filter((m) => m.severity === 2 && m.ruleId !== '@typescript-eslint/no-unused-vars').map((m) => m.ruleId ?? m.message);
}

describe('process boundaries', () => {
  it.each([
    { file: 'src/main/core/x.ts', code: "import { readFileSync } from 'node:fs';", refused: true },
    { file: 'src/main/core/x.ts', code: "import { readFileSync } from 'fs';", refused: true },
    { file: 'src/main/core/x.ts', code: "import Database from 'better-sqlite3';", refused: true },
    { file: 'src/main/core/x.ts', code: "import { listParticipants } from '../store/participantsRepo';", refused: true },
    { file: 'src/main/core/x.ts', code: 'export const here = window.location;', refused: true },
    { file: 'src/shared/x.ts', code: "import { app } from 'electron';", refused: true },
    { file: 'src/main/api.ts', code: "import { app } from 'electron';", refused: true },
    { file: 'src/renderer/src/x.ts', code: "import { join } from 'node:path';", refused: true },
    { file: 'src/renderer/src/x.ts', code: "import { createHandlers } from '../../main/api';", refused: true },
    { file: 'src/main/electron/x.ts', code: "import { app } from 'electron';", refused: false },
    { file: 'src/main/store/x.ts', code: "import Database from 'better-sqlite3';", refused: false },
    { file: 'src/main/services/board/x.ts', code: "import Database from 'better-sqlite3';", refused: true },
    { file: 'src/main/export/x.ts', code: "import Database from 'better-sqlite3';", refused: true },
    { file: 'src/main/electron/x.ts', code: "import Database from 'better-sqlite3';", refused: true },
    { file: 'src/main/web/x.ts', code: "import Database from 'better-sqlite3';", refused: true },
    { file: 'src/main/api.ts', code: "import Database from 'better-sqlite3';", refused: true },
    { file: 'src/main/core/x.ts', code: "import { z } from 'zod'; export const s = z.string();", refused: false },
    { file: 'src/main/handlers/x.ts', code: "import { getSettings } from '../store/cohortRepo';", refused: true },
    { file: 'src/main/handlers/x.ts', code: "import { assignPairing } from '../services/board/pairings';", refused: true },
    { file: 'src/main/handlers/x.ts', code: "import { matchOptimal } from '../core/matching';", refused: true },
    { file: 'src/main/handlers/x.ts', code: "import { assignPairing } from '../services/board';", refused: false },
    { file: 'src/main/services/x.ts', code: 'declare const db: Db; export const w = db as WriteDb;', refused: true },
    { file: 'src/main/services/x.ts', code: 'declare const db: Db; export const w = db as unknown as WriteDb;', refused: true },
    { file: 'src/main/store/undoLog.ts', code: 'declare const db: Db; export const w = db as WriteDb;', refused: false },
    { file: 'src/renderer/src/x.tsx', code: "export const ok = window.confirm('Sure?');", refused: true },
    { file: 'src/renderer/src/x.tsx', code: "alert('Done');", refused: true },
    { file: 'src/renderer/src/x.tsx', code: "import { confirmDialog } from './components/ConfirmDialog'; void confirmDialog({ title: 'a', message: 'b' });", refused: false },
  ])('$file: $code', async ({ file, code, refused }) => {
    const found = await errors(file, code);
    if (refused) expect(found.length).toBeGreaterThan(0);
    else expect(found).toEqual([]);
  });
});

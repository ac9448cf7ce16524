import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SkillDecision } from '../../core/skills';
import { StoreError } from '../../store/errors';

// The coordinator's vocabulary decisions as a file: `vocabulary.json` in Kupu's folder (shared by all her
// cohorts), and the same format exported to share with another coordinator.

const spellings = z.array(z.string().min(1).max(200)).max(200);
const decisionBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('merge'), from: spellings, into: spellings, name: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('rename'), spellings, name: z.string().min(1).max(200) }),
  z.object({ kind: z.literal('split'), spellings, name: z.string().min(1).max(200), rest: spellings }),
  z.object({ kind: z.literal('notSame'), a: spellings, b: spellings }),
]);

const storedDecision = z.intersection(
  decisionBody,
  z.object({
    id: z.string().regex(/^[0-9a-f]{8,64}$/),
    madeAt: z.string().max(40),
    /** The cohort (its uid) where this coordinator made or imported it; absent in a shared file. */
    cohort: z.string().max(64).optional(),
  }),
);
export type StoredDecision = SkillDecision & { id: string; madeAt: string; cohort?: string };

const vocabularyFile = z.object({ kupuVocabulary: z.literal(1), decisions: z.array(storedDecision).max(100_000) });

export const newDecisionId = () => randomBytes(8).toString('hex');

const sharedPath = (home: string) => join(home, 'vocabulary.json');

/** Decisions from a vocabulary file's text, or null when it is not one. */
export function parseVocabulary(text: string): StoredDecision[] | null {
  try {
    const parsed = vocabularyFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.decisions : null;
  } catch {
    return null;
  }
}

export function vocabularyText(decisions: readonly StoredDecision[]): string {
  return `${JSON.stringify({ kupuVocabulary: 1, decisions }, null, 1)}\n`;
}

/** The decisions kept in Kupu's folder; none yet if the file is missing. A damaged file is set aside, not overwritten. */
export function readShared(home: string): StoredDecision[] {
  let text: string;
  try {
    text = readFileSync(sharedPath(home), 'utf8');
  } catch {
    return [];
  }
  const decisions = parseVocabulary(text);
  if (decisions) return decisions;
  try {
    renameSync(sharedPath(home), `${sharedPath(home)}.damaged-${Date.now()}`);
  } catch {
    throw new StoreError('conflict', 'skills.sharedUnreadable', { file: sharedPath(home) });
  }
  return [];
}

export function writeShared(home: string, decisions: readonly StoredDecision[]): void {
  mkdirSync(home, { recursive: true });
  const temp = `${sharedPath(home)}.${process.pid}.tmp`;
  writeFileSync(temp, vocabularyText(decisions));
  renameSync(temp, sharedPath(home));
}

/** Changes the shared file by a function of its decisions. */
export function updateShared(home: string, change: (decisions: StoredDecision[]) => StoredDecision[]): void {
  writeShared(home, change(readShared(home)));
}

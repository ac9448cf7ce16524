import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MentoringKind } from '../../src/shared/domain';
import { createHandlers } from '../../src/main/api';
import { openSession, type Session } from '../../src/main/session';
import { dumpContent } from '../../src/main/store/inspect';
import { mutate } from '../../src/main/store/undoLog';
import { insertImportedParticipant } from '../../src/main/store/importRepo';
import { addAlias, insertSkill, skillIdByName } from '../../src/main/store/skillsRepo';

// A fresh cohort file per test, seeded through the same repo functions the importer uses.

export interface TestCohort {
  session: Session;
  handlers: ReturnType<typeof createHandlers>;
  dir: string;
  path: string;
  /** This test's Kupu folder (the shared skills vocabulary lives there). */
  home: string;
  cleanup(): void;
}

export function freshCohort(): TestCohort {
  const dir = mkdtempSync(join(tmpdir(), 'kupu-test-'));
  const path = join(dir, 'cohort.kupu.sqlite');
  const session = openSession(path);
  const home = join(dir, 'home');
  return {
    session,
    handlers: createHandlers(session, { renderPdf: async () => new Uint8Array(), home }),
    dir,
    path,
    home,
    cleanup() {
      session.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Every row of the cohort except the undo history itself: undo and redo tests compare states by it. */
export function contentWithoutHistory(session: Session): Record<string, unknown[]> {
  const { history: _history, history_change: _changes, ...rest } = dumpContent(session.db);
  return rest;
}

export interface PersonSpec {
  name: string;
  level?: string;
  region?: string;
  kind?: MentoringKind;
  capacity?: number;
  offers?: string[];
  seeks?: string[];
}

/** Adds people (one undoable entry) and returns their ids by name. */
export function seed(session: Session, people: PersonSpec[]): Record<string, string> {
  const { db } = session;
  const ids: Record<string, string> = {};
  mutate(db, { label: 'history.import' }, (db) => {
    const skillIds = new Map<string, number>();
    for (const name of new Set(people.flatMap((p) => [...(p.offers ?? []), ...(p.seeks ?? [])]))) {
      const id = skillIdByName(db, name) ?? insertSkill(db, name);
      addAlias(db, id, name.toLowerCase().replace(/[^a-z0-9]/g, ''), name);
      skillIds.set(name, id);
    }
    for (const person of people) {
      ids[person.name] = insertImportedParticipant(db, {
        identity: `name:${person.name.toLowerCase()}`,
        name: person.name,
        nickname: person.name.split(' ')[0],
        email: `${person.name.toLowerCase().replace(/\s+/g, '.')}@example.com`,
        phone: '',
        region: person.region ?? 'Bandung',
        level: person.level ?? 'Batch 7',
        kind: person.kind ?? 'group',
        capacity: person.capacity ?? 3,
        notes: '',
        extra: {},
        submittedAt: '',
        offers: (person.offers ?? []).map((s) => ({ name: s, spelling: s })),
        seeks: (person.seeks ?? []).map((s) => ({ name: s, spelling: s })),
        preferences: [],
      }, skillIds);
    }
  });
  return ids;
}

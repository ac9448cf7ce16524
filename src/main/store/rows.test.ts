import { describe, expectTypeOf, it } from 'vitest';
import type { Settings } from '../../shared/domain';
import type { SqlRow } from './rows';

// Row types are derived from the domain (rows.ts); these pin the derivation itself. They are checked
// by the type-checker (npm test's typecheck step), and the test also runs so vitest counts it.

describe('SqlRow', () => {
  it('snake-cases the names and stores booleans as 0/1 and lists and records as JSON text', () => {
    expectTypeOf<SqlRow<{ startDate: string | null; peerSameLevel: boolean; offers: string[]; extra: Record<string, string>; kind: 'peer' | 'group'; id2Value: number }>>()
      .toEqualTypeOf<{ start_date: string | null; peer_same_level: number; offers: string; extra: string; kind: 'peer' | 'group'; id2_value: number }>();
  });

  it('gives the cohort table exactly its columns', () => {
    expectTypeOf<SqlRow<Settings>>().toEqualTypeOf<{
      name: string; program: string; language: 'id' | 'en'; start_date: string | null; duration: number; duration_unit: 'weeks' | 'months'; group_size_limit: number;
      mentors_per_mentee: number; peer_same_level: number; allow_mutual: number; weights: string;
    }>();
  });
});

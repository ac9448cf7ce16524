import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dedupeRows, identityKey } from './dedupe';
import type { RegistrationRow } from './normalize';

function person(row: number, fields: Partial<RegistrationRow>): RegistrationRow {
  return {
    row, submittedAt: '', email: '', name: '', nickname: '', phone: '', region: '', level: '', kind: null, capacity: null,
    offers: [], seeks: [], preferences: [], notes: '', extra: Object.create(null), ...fields,
  };
}

describe('identityKey', () => {
  it.each([
    [{ email: 'siti@x.id', phone: '+62812', name: 'Siti' }, 'email:siti@x.id'],
    [{ phone: '+6281234567890', name: 'Siti' }, 'phone:+6281234567890'],
    [{ name: '  Siti  Nurhaliza ' }, 'name:siti nurhaliza'],
    [{ name: 'Renée' }, 'name:renee'],
    [{}, 'row:7'],
  ])('%j -> %j', (fields, key) => expect(identityKey(person(7, fields))).toBe(key));
});

describe('dedupeRows', () => {
  it('keeps the later answer by timestamp, else by row, and reports each dropped row', () => {
    const a1 = person(2, { email: 'a@x.id', submittedAt: '2026-11-10T08:00:00', capacity: 2 });
    const b1 = person(3, { phone: '+6281234567890', name: 'B' });
    const a2 = person(4, { email: 'a@x.id', submittedAt: '2026-11-12T08:00:00', capacity: 4 });
    const b2 = person(5, { phone: '+6281234567890', name: 'B again' });
    const a0 = person(6, { email: 'a@x.id', submittedAt: '2026-11-01T08:00:00', capacity: 1 }); // older, listed later
    const nobody1 = person(7, {});
    const nobody2 = person(8, {});
    const { rows, duplicates } = dedupeRows([a1, b1, a2, b2, a0, nobody1, nobody2]);
    expect(rows).toEqual([a2, b2, nobody1, nobody2]);
    expect(duplicates).toEqual([
      { kept: a2, dropped: a1 },
      { kept: b2, dropped: b1 },
      { kept: a2, dropped: a0 },
    ]);
  });

  it('is idempotent', () => {
    const arbitraryRow = fc.record({
      email: fc.constantFrom('', 'a@x.id', 'b@x.id'),
      phone: fc.constantFrom('', '+6281234567890', '+6281300000000'),
      name: fc.constantFrom('', 'Siti', 'siti ', 'Dewi'),
      submittedAt: fc.constantFrom('', '2026-11-10T08:00:00', '2026-11-11T08:00:00', 'kemarin'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 30 }), (fields) => {
        const rows = fields.map((f, i) => person(i + 2, f));
        const once = dedupeRows(rows);
        const twice = dedupeRows(once.rows);
        expect(twice.rows).toEqual(once.rows);
        expect(twice.duplicates).toEqual([]);
        expect(once.rows.length + once.duplicates.length).toBe(rows.length);
        expect(new Set(once.rows.map(identityKey)).size).toBe(once.rows.length);
      }),
      { numRuns: 300 },
    );
  });
});

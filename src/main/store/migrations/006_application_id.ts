// Migration 6: Kupu's mark in the file header (application_id "Kupu", 0x4b757075), on cohort files made
// before new files got it at creation. Kupu opens only files with this mark, or empty ones.
// Never edit a migration after it has landed; add the next number instead.
export const migration006 = `
PRAGMA application_id = 1265987701;
`;

// Limits both sides check, kept apart from the contract's schemas so the page can read them without
// loading zod.

/** The largest file the importer takes; the page and the CLI check a file's size against it before reading it. */
export const maxImportFileBytes = 50 * 1024 * 1024;

// Public surface of the importer (pure; the worker wrapper lives in ./worker).
export { ImportFailure, limits, formatIssue } from './errors';
export { readTable, type ReadTableOptions, type Table } from './table';
export { detectColumns, fieldOfHeader, findHeaderRow, formSignature, preferenceRank, type ColumnMapping } from './headers';
export { normalizeRows, type DataTable, type NormalizedRows, type RegistrationRow } from './normalize';
export { dedupeRows, identityKey, type Duplicate } from './dedupe';
export { parseRegistration, uniqueHeaders, type ParseOptions, type ParsedRegistration } from './parse';
export { splitMultiSelect, parseKind, parseCapacity } from './fields';
export { parseTimestamp, detectDateOrder, type DateOrder } from './timestamps';

// The export module's public surface: rosters (HTML/PDF), WhatsApp text, CSV/XLSX.
// The PDF renderer (playwright-core, large) is not re-exported: it is imported where a PDF is made, when it is made.
export type * from './types';
export { filterGroups, formatPhone, renderRosterBody, renderRosterHtml, rosterCss, rosterTitle, waLink } from './roster';
export { labelCatalog, phaseText } from './labels';
export { cohortWhatsAppMessages, cohortWhatsAppText, groupWhatsAppText, whatsAppSafe, type WhatsAppMessage } from './whatsapp';
export { neutralizeCell, restoreCell } from './cells';
export { csvBytes, toCsv, type CsvOptions } from './csv';
export { sanitizeSheetNames, toXlsx } from './xlsx';
export { exportTables, listSeparator } from './tables';
export { groupPairings, rosterGroups, type ExportGroup } from './groups';

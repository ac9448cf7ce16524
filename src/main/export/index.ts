// The export module's public surface: rosters (HTML/PDF), WhatsApp text, CSV/XLSX.
export type * from './types';
export { filterGroups, formatPhone, renderRosterBody, renderRosterHtml, rosterCss, rosterTitle, waLink } from './roster';
export { labelCatalog, phaseText } from './labels';
export { chromiumFlags, defaultPdfTimeoutMs, findChromium, htmlToPdf, noChromiumMessage, openPdfRenderer, type PdfOptions, type PdfRenderer } from './pdf';
export { cohortWhatsAppText, groupWhatsAppText, whatsAppSafe } from './whatsapp';
export { neutralizeCell, restoreCell } from './cells';
export { csvBytes, toCsv, type CsvOptions } from './csv';
export { sanitizeSheetNames, toXlsx } from './xlsx';
export { exportHeaders, exportTables, listSeparator, tableNames } from './tables';
export { groupPairings, rosterGroups, type PairGroup } from './groups';

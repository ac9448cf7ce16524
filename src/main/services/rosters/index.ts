// What goes out of Kupu: printable rosters, WhatsApp text and the CSV/XLSX export.
export { exportFile, rosterHtml, rosterPdf, rosterWhatsApp, type RenderPdf } from './rosters';

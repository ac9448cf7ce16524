// The shell's own words (menus, dialogs), in Indonesian and English, chosen by the system locale.

export type Language = 'id' | 'en';

const en = {
  file: 'File',
  newCohort: 'New cohort…',
  openCohort: 'Open cohort…',
  importRegistrations: 'Import registrations…',
  printRosters: 'Print rosters…',
  quit: 'Quit Kupu',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  devTools: 'Developer tools',
  actualSize: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
  window: 'Window',
  minimize: 'Minimize',
  help: 'Help',
  about: 'About Kupu',
  services: 'Services',
  hide: 'Hide Kupu',
  hideOthers: 'Hide others',
  showAll: 'Show all',
  cohortFiles: 'Kupu cohorts',
  sqliteFiles: 'SQLite databases',
  pdfFiles: 'PDF documents',
  csvFiles: 'CSV files',
  xlsxFiles: 'Excel workbooks',
  newCohortTitle: 'Create a new cohort',
  openCohortTitle: 'Open a cohort',
  saveFileTitle: 'Save as',
  cohortFailed: 'The cohort could not be opened',
  cohortExists: 'This file already exists. To work on it, use Open cohort….',
  startFailed: 'Kupu could not start',
};

export type LabelKey = keyof typeof en;
export type Labels = Record<LabelKey, string>;

const id = {
  file: 'Berkas',
  newCohort: 'Kohort baru…',
  openCohort: 'Buka kohort…',
  importRegistrations: 'Impor pendaftaran…',
  printRosters: 'Cetak daftar kelompok…',
  quit: 'Keluar dari Kupu',
  edit: 'Sunting',
  undo: 'Urungkan',
  redo: 'Ulangi',
  cut: 'Potong',
  copy: 'Salin',
  paste: 'Tempel',
  selectAll: 'Pilih semua',
  view: 'Tampilan',
  reload: 'Muat ulang',
  devTools: 'Alat pengembang',
  actualSize: 'Ukuran asli',
  zoomIn: 'Perbesar',
  zoomOut: 'Perkecil',
  fullScreen: 'Layar penuh',
  window: 'Jendela',
  minimize: 'Minimalkan',
  help: 'Bantuan',
  about: 'Tentang Kupu',
  services: 'Layanan',
  hide: 'Sembunyikan Kupu',
  hideOthers: 'Sembunyikan lainnya',
  showAll: 'Tampilkan semua',
  cohortFiles: 'Kohort Kupu',
  sqliteFiles: 'Basis data SQLite',
  pdfFiles: 'Dokumen PDF',
  csvFiles: 'Berkas CSV',
  xlsxFiles: 'Buku kerja Excel',
  newCohortTitle: 'Buat kohort baru',
  openCohortTitle: 'Buka kohort',
  saveFileTitle: 'Simpan sebagai',
  cohortFailed: 'Kohort tidak dapat dibuka',
  cohortExists: 'Berkas ini sudah ada. Untuk membukanya, gunakan Buka kohort….',
  startFailed: 'Kupu tidak dapat dimulai',
} satisfies Labels;

export const catalogs: Record<Language, Labels> = { en, id };

/** Indonesian for id/in (its old code) locales, English otherwise. */
export function languageFor(locale: string): Language {
  return /^(id|in)([-_]|$)/i.test(locale) ? 'id' : 'en';
}

export function labelsFor(locale: string): Labels {
  return catalogs[languageFor(locale)];
}

import type { DirectorySettings } from '../../shared/domain';
import type { Db, WriteDb } from './connection';

// The mentor directory's settings row.

interface DirectorySettingsRow {
  show_contacts: number;
  about_column: string | null;
}

export function getDirectorySettings(db: Db): DirectorySettings {
  const row = db.prepare<[], DirectorySettingsRow>('SELECT show_contacts, about_column FROM directory_settings WHERE id = 1').get();
  return { showContacts: row?.show_contacts === 1, aboutColumn: row?.about_column ?? null };
}

export function updateDirectorySettings(db: WriteDb, patch: Partial<DirectorySettings>): DirectorySettings {
  const next = { ...getDirectorySettings(db), ...patch };
  db.prepare('UPDATE directory_settings SET show_contacts = ?, about_column = ? WHERE id = 1').run(next.showContacts ? 1 : 0, next.aboutColumn);
  return next;
}

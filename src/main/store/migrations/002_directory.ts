// Migration 2: the mentor directory's own settings (one row): whether phone numbers and e-mail addresses
// go into the directory files (off unless the coordinator turns them on), and which of the form's extra
// columns holds what mentors wrote about their skills (null: guessed from the headers; '': none).
export const migration002 = `
CREATE TABLE directory_settings (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  show_contacts INTEGER NOT NULL DEFAULT 0 CHECK (show_contacts IN (0, 1)),
  about_column TEXT
) STRICT;
INSERT INTO directory_settings (id) VALUES (1);
`;

import type { Db, WriteDb } from './connection';

// Review items the coordinator has checked (a value kept as written), by the key that names them.

export function listReviewDone(db: Db): Set<string> {
  return new Set(db.prepare<[], { key: string }>('SELECT key FROM review_done').all().map((r) => r.key));
}

export function insertReviewDone(db: WriteDb, key: string): void {
  db.prepare('INSERT OR IGNORE INTO review_done (key, done_at) VALUES (?, ?)').run(key, new Date().toISOString());
}

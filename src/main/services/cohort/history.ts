import type { Db } from '../../store/connection';
import { listHistory, redo, undo } from '../../store/undoLog';
import { syncSharedDecisions } from '../skills';

// The History panel and Ctrl+Z / Ctrl+Shift+Z: the undo log read and replayed.

export { listHistory };

/** Undoes the last change; one that changed the skills vocabulary is taken back in Kupu's folder too. */
export function undoLast(db: Db, home: string) {
  const { result, changed } = undo(db);
  if (changed.includes('skills')) syncSharedDecisions(db, home);
  return { entry: result, changed };
}

export function redoLast(db: Db, home: string) {
  const { result, changed } = redo(db);
  if (changed.includes('skills')) syncSharedDecisions(db, home);
  return { entry: result, changed };
}

import type { Db } from '../../store/connection';
import { listHistory, redo, undo } from '../../store/undoLog';

// The History panel and Ctrl+Z / Ctrl+Shift+Z: the undo log read and replayed.

export { listHistory };

export function undoLast(db: Db) {
  const { result, changed } = undo(db);
  return { entry: result, changed };
}

export function redoLast(db: Db) {
  const { result, changed } = redo(db);
  return { entry: result, changed };
}

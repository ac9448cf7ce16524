import type { ParticipantPatch } from '../../../shared/domain';
import type { Db } from '../../store/connection';
import { listParticipants, updateParticipant } from '../../store/participantsRepo';
import { mutate } from '../../store/undoLog';

// Editing participants by hand (the participants table), one or many at a time; each edit is undoable.

export { listParticipants };

export function editParticipant(db: Db, id: string, patch: ParticipantPatch) {
  const { result, changed } = mutate(db, { label: 'history.edit', params: { name: patch.name ?? '' } }, (db) => updateParticipant(db, id, patch));
  return { participant: result, changed };
}

export function editParticipants(db: Db, ids: readonly string[], patch: ParticipantPatch) {
  const { changed } = mutate(db, { label: 'history.bulkEdit', params: { count: ids.length } }, (db) => {
    for (const id of ids) updateParticipant(db, id, patch);
  });
  return { count: ids.length, changed };
}

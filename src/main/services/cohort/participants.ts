import type { ParticipantPatch } from '../../../shared/domain';
import type { Db } from '../../store/connection';
import { getParticipant, listParticipants, updateParticipant } from '../../store/participantsRepo';
import { mutate } from '../../store/undoLog';
import { followPairings } from '../proposals/follow';

// Editing participants by hand (the participants table), one or many at a time; each edit is undoable.

export { listParticipants };

/** History says whom an edit touched, and says a close or reopen as such, so it can be found and undone by name. */
function editLabel(db: Db, id: string, patch: ParticipantPatch) {
  const name = getParticipant(db, id).name;
  const onlyClosed = Object.keys(patch).length === 1 && patch.closed !== undefined;
  return { label: onlyClosed ? (patch.closed ? 'history.close' : 'history.reopen') : 'history.edit', params: { name } };
}

/** Closing a mentor, or changing her seats, settles or reopens the proposals addressed to her. */
const changesSeats = (patch: ParticipantPatch) => patch.closed !== undefined || patch.capacity !== undefined || patch.kind !== undefined;

export function editParticipant(db: Db, id: string, patch: ParticipantPatch) {
  const { result, changed } = mutate(db, editLabel(db, id, patch), (db) => {
    const participant = updateParticipant(db, id, patch);
    if (changesSeats(patch)) followPairings(db, { mentees: [], mentors: [id] });
    return participant;
  });
  return { participant: result, changed };
}

export function editParticipants(db: Db, ids: readonly string[], patch: ParticipantPatch) {
  const { changed } = mutate(db, { label: 'history.bulkEdit', params: { count: ids.length } }, (db) => {
    for (const id of ids) updateParticipant(db, id, patch);
    if (changesSeats(patch)) followPairings(db, { mentees: [], mentors: ids });
  });
  return { count: ids.length, changed };
}

// What an empty pool or an empty board says: the truth about why it is empty, so "Everyone has a mentor"
// never greets a cohort with nobody in it, nor a filter that hides everyone.

/** The message key for an empty pool, or null when the pool shows cards. */
export function poolEmptyKey(counts: { participants: number; unassigned: number; shown: number }): string | null {
  if (counts.shown > 0) return null;
  // The board beside it says what to do about it; the pool says only what is so, not the same words twice.
  if (counts.participants === 0) return 'board.poolNoParticipants';
  if (counts.unassigned > 0) return 'board.noPoolMatches';
  return 'board.emptyPool';
}

/** The message key for a board without columns. */
export function columnsEmptyKey(counts: { participants: number; mentors: number }): string {
  if (counts.participants === 0) return 'board.noParticipants';
  return counts.mentors === 0 ? 'board.noMentors' : 'board.noMatches';
}

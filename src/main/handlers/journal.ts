import type { HandlersFor, journalContract } from '../../shared/contract';
import type { Session } from '../session';
import { importJournal, journalBehindOf, journalGridOf, localToday, tickJournal } from '../tracker';

/** `today` is the coordinator's calendar day; tests pin it. */
export function journalHandlers(session: Session, today: () => string = () => localToday()): HandlersFor<typeof journalContract> {
  return {
    journalGrid: () => journalGridOf(session.db, today()),
    journalTick: (request) => tickJournal(session.db, request),
    journalImport: (request) => importJournal(session.db, request),
    journalBehind: (request) => journalBehindOf(session.db, request, today()),
  };
}

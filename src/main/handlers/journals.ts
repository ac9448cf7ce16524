import type { HandlersFor, journalsContract } from '../../shared/contract';
import type { Session } from '../session';
import { importJournal, journalBehindOf, journalGridOf, localToday, tickJournal } from '../services/journals';

/** `today` is the coordinator's calendar day; tests pin it. */
export function journalsHandlers(session: Session, today: () => string = () => localToday()): HandlersFor<typeof journalsContract> {
  return {
    journalGrid: () => journalGridOf(session.db, today()),
    journalTick: (request) => tickJournal(session.db, request),
    journalImport: (request) => importJournal(session.db, request),
    journalBehind: (request) => journalBehindOf(session.db, request, today()),
  };
}

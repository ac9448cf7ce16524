import { appWords } from './app';
import { boardWords } from './board';
import { directoryWords } from './directory';
import { documentWords } from './document';
import { importWords } from './import';
import { matchWords } from './match';
import { messagesWords } from './messages';
import { participantsWords } from './participants';
import { proposalsWords } from './proposals';
import { reviewWords } from './review';
import { rostersWords } from './rosters';
import { settingsWords } from './settings';
import { shellWords } from './shell';
import { trackerWords } from './tracker';

// The English catalog, one file per part of the app; id/ must have exactly the same keys (the compiler
// checks each file against this shape, and a test checks the whole).
export const en = {
  ...appWords,
  ...boardWords,
  ...matchWords,
  ...proposalsWords,
  ...importWords,
  ...reviewWords,
  ...participantsWords,
  ...rostersWords,
  ...trackerWords,
  ...settingsWords,
  ...shellWords,
  ...documentWords,
  ...directoryWords,
  ...messagesWords,
};

export type Catalog = typeof en;

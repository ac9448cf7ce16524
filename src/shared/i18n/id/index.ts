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

import type { Catalog } from '../en';

// Katalog bahasa Indonesia, satu berkas per bagian aplikasi; kuncinya sama persis dengan en/.
export const id = {
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
} satisfies Catalog;

import type { Handlers } from '../shared/contract';
import { backupHandlers } from './handlers/backup';
import { boardHandlers } from './handlers/board';
import { cohortHandlers } from './handlers/cohort';
import { directoryHandlers } from './handlers/directory';
import { importHandlers } from './handlers/import';
import { journalsHandlers } from './handlers/journals';
import { matchHandlers } from './handlers/match';
import { rostersHandlers, type RenderPdf } from './handlers/rosters';
import { proposalsHandlers } from './handlers/proposals';
import { reviewHandlers } from './handlers/review';
import { skillsHandlers } from './handlers/skills';
import type { RenderImages } from './services/directory';
import type { ChooseCohortPlace } from './services/cohort';
import type { Session } from './session';
import { createCohortPlaces, type CohortPlaces } from './cohortPlaces';
import { kupuHome } from './config';

// The handler map: the only entry point to the backend, one module per domain of the contract. Params
// arrive already validated by `dispatch` against the contract; each handler translates them into one
// call of its domain's service (src/main/services/<domain>) and returns plain data.

export interface HandlerOptions {
  /** Turns roster HTML into PDF bytes: headless Chromium by default, printToPDF in the desktop shell. */
  renderPdf?: RenderPdf;
  /** Turns pages into PNG images (the directory's posters): headless Chromium by default. */
  renderImages?: RenderImages;
  /**
   * Parse imported files in this thread instead of a worker: for one-shot command-line runs, which
   * have no window to keep responsive and would only wait for the worker to start.
   */
  parseImportsInThread?: boolean;
  /** Where the page may make new cohort files (Kupu's folder, and what the coordinator chose in a dialog). */
  cohortPlaces?: CohortPlaces;
  /** The desktop app's save dialog for a new cohort (it adds the choice to `cohortPlaces`); other hosts have none. */
  chooseCohortPlace?: ChooseCohortPlace;
  /** Match in this thread, reporting progress here (the CLI); by default matching runs in a worker. */
  matchInThread?: boolean;
  onMatchProgress?: (done: number, total: number) => void;
  /** Kupu's folder, where the coordinator's shared skills vocabulary lives (default: kupuHome()). */
  home?: string;
}

const chromiumPdf: RenderPdf = async (html, paper) => {
  const { htmlToPdf } = await import('./export/pdf');
  return htmlToPdf(html, { paper });
};

const chromiumImages: RenderImages = async (pages, size) => {
  const { renderImages } = await import('./export/image');
  return renderImages(pages, size);
};

export function createHandlers(session: Session, options: HandlerOptions = {}) {
  const home = options.home ?? kupuHome();
  return {
    ...cohortHandlers(session, home, options.cohortPlaces ?? createCohortPlaces(home), options.chooseCohortPlace),
    ...boardHandlers(session),
    ...importHandlers(session, { parseInThread: options.parseImportsInThread, home }),
    ...skillsHandlers(session, home),
    ...journalsHandlers(session),
    ...rostersHandlers(session, options.renderPdf ?? chromiumPdf),
    ...matchHandlers(session, { inThread: options.matchInThread, onProgress: options.onMatchProgress }),
    ...proposalsHandlers(session),
    ...reviewHandlers(session, home),
    ...backupHandlers(session),
    ...directoryHandlers(session, options.renderPdf ?? chromiumPdf, options.renderImages ?? chromiumImages),
  } satisfies Handlers;
}

import type { CohortInfo, Handlers } from '../shared/contract';
import { assignPairing, checkPairing, pinPairing, unassignPairing } from './board';
import { recentCohorts, ensureParentDir } from './config';
import { htmlToPdf } from './export';
import { commitImport, previewImport } from './registrations';
import { exportFile, rosterHtml } from './rosters';
import { mergeSkills } from './skills';
import type { Session } from './session';
import { countRows, getSettings, updateSettings } from './store/cohortRepo';
import { listHistory, mutate, redo, undo, undoState } from './store/journal';
import { schemaVersion } from './store/migrate';
import { listPairings } from './store/pairingsRepo';
import { listParticipants, updateParticipant } from './store/participantsRepo';
import { listProposals } from './store/proposalsRepo';
import { listSkills } from './store/skillsRepo';

// The handler map: the only entry point to the backend. Params arrive already validated by `dispatch`
// against the contract; each handler calls the store and core and returns plain data.

function cohortInfo(session: Session): CohortInfo {
  const { db } = session;
  return { path: session.path, schemaVersion: schemaVersion(db), settings: getSettings(db), ...countRows(db), ...undoState(db) };
}

export interface HandlerOptions {
  /** Turns roster HTML into PDF bytes: headless Chromium by default, printToPDF in the desktop shell. */
  renderPdf?: (html: string, paper: 'A4' | 'Letter') => Promise<Uint8Array>;
}

export function createHandlers(session: Session, options: HandlerOptions = {}) {
  const renderPdf = options.renderPdf ?? ((html: string, paper: 'A4' | 'Letter') => htmlToPdf(html, { paper }));
  return {
    cohortInfo: () => cohortInfo(session),
    cohortOpen: ({ path }) => {
      session.open(path);
      return cohortInfo(session);
    },
    cohortCreate: ({ path, name }) => {
      ensureParentDir(path);
      session.open(path, { name });
      return cohortInfo(session);
    },
    cohortRecent: () => recentCohorts(),
    settingsUpdate: ({ patch }) => {
      const { result, changed } = mutate(session.db, { label: 'history.settings' }, () => updateSettings(session.db, patch));
      return { settings: result, changed };
    },

    participantsList: () => listParticipants(session.db),
    participantUpdate: ({ id, patch }) => {
      const { result, changed } = mutate(session.db, { label: 'history.edit', params: { name: patch.name ?? '' } }, () =>
        updateParticipant(session.db, id, patch),
      );
      return { participant: result, changed };
    },

    pairingsList: () => listPairings(session.db),
    pairingCheck: (intent) => checkPairing(session.db, intent),
    pairingAssign: (request) => assignPairing(session.db, request),
    pairingUnassign: ({ mentorId, menteeId }) => ({ changed: unassignPairing(session.db, mentorId, menteeId).changed }),
    pairingPin: ({ mentorId, menteeId, pinned }) => ({ changed: pinPairing(session.db, mentorId, menteeId, pinned).changed }),

    proposalsList: () => listProposals(session.db),

    historyList: ({ limit }) => listHistory(session.db, limit),
    historyUndo: () => {
      const { result, changed } = undo(session.db);
      return { entry: result, changed };
    },
    historyRedo: () => {
      const { result, changed } = redo(session.db);
      return { entry: result, changed };
    },

    importPreview: (request) => previewImport(session.db, request),
    importCommit: (request) => commitImport(session.db, request),

    skillsList: () => listSkills(session.db),
    skillMerge: ({ from, into }) => ({ changed: mergeSkills(session.db, from, into).changed }),

    rosterHtml: (request) => rosterHtml(session.db, request),
    rosterPdf: async (request) => {
      const { html } = rosterHtml(session.db, request);
      const bytes = await renderPdf(html, request.paper ?? 'A4');
      return { fileName: 'rosters.pdf', data: Buffer.from(bytes).toString('base64') };
    },
    exportCreate: ({ format }) => {
      const file = exportFile(session.db, format);
      return { fileName: file.fileName, data: Buffer.from(file.bytes).toString('base64') };
    },
  } satisfies Handlers;
}

import { api } from './api';

// The cohort's first load, requested by the page's small entry chunk before the app's code (React,
// the board, dnd-kit) has been downloaded and parsed: the backend reads the cohort in the meantime.

export function requestCohort() {
  return Promise.all([api.cohortInfo({}), api.participantsList({}), api.pairingsList({}), api.proposalsList({}), api.historyList({ limit: 100 })]);
}

export type CohortRequest = ReturnType<typeof requestCohort>;

import type { ChangeTopic } from '../../shared/domain';
import { api } from './api';

// The cohort's data as the renderer fetches it: all of it for the first load, or the topics a write
// changed (store.ts refresh). The first load is requested by the page's small entry chunk before the
// app's code (React, the board, dnd-kit) has been downloaded and parsed: the backend reads the cohort in
// the meantime. So this module stays free of React and the store.

/** The five lists; a list no asked-for topic touches is null (info and history are always read). */
export function requestCohort(topics: readonly ChangeTopic[] | 'all' = 'all') {
  const wants = (topic: ChangeTopic) => topics === 'all' || topics.includes(topic);
  return Promise.all([
    api.cohortInfo({}),
    wants('participants') || wants('skills') || wants('cohort') ? api.participantsList({}) : null,
    wants('pairings') || wants('participants') ? api.pairingsList({}) : null,
    wants('proposals') ? api.proposalsList({}) : null,
    api.historyList({ limit: 100 }),
  ]);
}

export type CohortRequest = ReturnType<typeof requestCohort>;

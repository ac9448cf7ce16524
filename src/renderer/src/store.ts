import { useSyncExternalStore } from 'react';
import type { CohortInfo, Params, MethodName, Result } from '../../shared/contract';
import type { ChangeTopic, HistoryEntry, Pairing, Participant, Proposal } from '../../shared/domain';
import { api } from './api';
import { requestCohort, type CohortRequest } from './firstLoad';

// The renderer's copy of the cohort: fetched per topic, refreshed when a write reports what changed.

export interface CohortData {
  info: CohortInfo | null;
  participants: Participant[];
  pairings: Pairing[];
  proposals: Proposal[];
  history: HistoryEntry[];
  saving: number;
  savedAt: number | null;
  loaded: boolean;
  /** Counts undos and redos, so views that hold derived state (the matcher's suggestions) can refresh it. */
  rewinds: number;
}

let data: CohortData = { info: null, participants: [], pairings: [], proposals: [], history: [], saving: 0, savedAt: null, loaded: false, rewinds: 0 };
const listeners = new Set<() => void>();

function set(patch: Partial<CohortData>): void {
  data = { ...data, ...patch };
  for (const listener of listeners) listener();
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useCohort<T>(select: (data: CohortData) => T): T {
  return useSyncExternalStore(subscribe, () => select(data));
}

/** Takes in a request's lists: the first load that main.tsx requested before the app's code was loaded, or a refresh. */
export async function adopt(request: CohortRequest): Promise<void> {
  const [info, participants, pairings, proposals, history] = await request;
  set({
    info,
    history,
    loaded: true,
    ...(participants ? { participants } : {}),
    ...(pairings ? { pairings } : {}),
    ...(proposals ? { proposals } : {}),
  });
}

export function refresh(topics: readonly ChangeTopic[] | 'all' = 'all'): Promise<void> {
  return adopt(requestCohort(topics));
}

/** Calls a writing method, keeps the "saving/saved" indicator honest, and refreshes what it changed. */
export async function write<M extends MethodName>(method: M, params: Params<M>, onPersisted?: () => void): Promise<Result<M>> {
  set({ saving: data.saving + 1 });
  try {
    const call = api[method] as (p: Params<M>) => Promise<Result<M>>;
    const result = await call(params);
    onPersisted?.();
    const changed = (result as { changed?: ChangeTopic[] } | null)?.changed;
    if (changed && changed.length > 0) await refresh(changed);
    const rewound = method === 'historyUndo' || method === 'historyRedo';
    set({ savedAt: Date.now(), ...(rewound ? { rewinds: data.rewinds + 1 } : {}) });
    return result;
  } finally {
    set({ saving: data.saving - 1 });
  }
}

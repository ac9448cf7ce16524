import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Suggestion, SuggestionSet } from '../../../shared/contract';
import { api, KupuError } from '../api';
import { errorMessage } from '../messages';
import { useCohort, write } from '../store';

/** How far a running Suggest is, shown once it has run for a second. */
export interface MatchProgress {
  done: number;
  total: number;
}

/** Polls the backend's progress while a run lasts; the first second shows nothing. */
function watchProgress(onProgress: (progress: MatchProgress) => void): () => void {
  const timer = setInterval(() => {
    void api.matchProgress({}).then((p) => {
      if (p.running && p.ms >= 1000) onProgress({ done: p.done, total: p.total });
    }).catch(() => undefined);
  }, 250);
  return () => clearInterval(timer);
}

const wasCancelled = (e: unknown): boolean => e instanceof KupuError && e.shape.key === 'match.cancelled';

type Mode = 'optimal' | 'stable';

/**
 * The board's current suggestion set: fetched on "Suggest", shrunk as suggestions are accepted or
 * rejected, and fetched again after every undo or redo while it is shown (an undone Accept all frees
 * its mentees again, so "no new pairings possible" would no longer be true).
 */
export function useSuggestions() {
  const [set, setSet] = useState<SuggestionSet | null>(null);
  const shownMode = useRef<Mode | null>(null);
  const rewinds = useCohort((d) => d.rewinds);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [lastApplied, setLastApplied] = useState<number | null>(null);
  const [progress, setProgress] = useState<MatchProgress | null>(null);

  const suggest = useCallback(async (mode: Mode) => {
    shownMode.current = mode;
    setBusy(true);
    setError(null);
    setLastApplied(null);
    const stop = watchProgress(setProgress);
    try {
      setSet(await api.matchSuggest({ mode }));
    } catch (e) {
      shownMode.current = null;
      if (!wasCancelled(e)) setError(errorMessage(e));
    } finally {
      stop();
      setProgress(null);
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    if (rewinds > 0 && shownMode.current) void suggest(shownMode.current);
  }, [rewinds, suggest]);

  const cancel = useCallback(() => void api.matchCancel({}).catch(() => undefined), []);

  const drop = (pairs: Suggestion[]) =>
    setSet((current) => current && { ...current, pairs: current.pairs.filter((p) => !pairs.includes(p)), total: current.total - pairs.reduce((s, p) => s + p.score, 0) });

  const accept = useCallback(async (pairs: Suggestion[]) => {
    if (pairs.length === 0) return;
    const result = await write('matchApply', { pairs: pairs.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, skill: p.skill })) });
    setLastApplied(result.applied);
    drop(pairs);
  }, []);

  const reject = useCallback(async (pair: Suggestion) => {
    await write('matchReject', { mentorId: pair.mentorId, menteeId: pair.menteeId });
    drop([pair]);
  }, []);

  const dismiss = useCallback(() => {
    shownMode.current = null;
    setSet(null);
  }, []);

  const byMentor = useMemo(() => {
    const map = new Map<string, Suggestion[]>();
    for (const pair of set?.pairs ?? []) map.set(pair.mentorId, [...(map.get(pair.mentorId) ?? []), pair]);
    return map;
  }, [set]);
  const byMentee = useMemo(() => new Map((set?.pairs ?? []).map((p) => [p.menteeId, p])), [set]);

  return { set, busy, progress, error, lastApplied, suggest, cancel, accept, reject, dismiss, byMentor, byMentee };
}

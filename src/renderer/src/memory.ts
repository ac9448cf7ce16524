import { useCallback, useState } from 'react';

// Where the coordinator was, remembered per cohort file: the last tab and the board's mode. Kept in
// localStorage, which the Electron window keeps across restarts (its app:// origin is fixed); the
// browser host's origin carries its port, so there it lasts as long as `kupu serve --port` stays the same.

/** The storage key for one remembered thing of one cohort file. */
export const memoryKey = (name: string, cohortPath: string) => `kupu.${name}:${cohortPath}`;

/** A saved value only if it is still one of the allowed ones (views get renamed; storage is user-editable). */
export function pickSaved<T extends string>(saved: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((value) => value === saved) ?? fallback;
}

export function recall<T extends string>(name: string, cohortPath: string, allowed: readonly T[], fallback: T): T {
  try {
    // The cohort's own value first, then the last one used in any cohort.
    return pickSaved(localStorage.getItem(memoryKey(name, cohortPath)), allowed, pickSaved(localStorage.getItem(`kupu.${name}`), allowed, fallback));
  } catch {
    return fallback;
  }
}

export function remember(name: string, cohortPath: string, value: string): void {
  try {
    localStorage.setItem(memoryKey(name, cohortPath), value);
    localStorage.setItem(`kupu.${name}`, value);
  } catch {
    // Storage can be full or disabled; forgetting the view is no reason to fail.
  }
}

/**
 * State remembered per cohort file: it starts from what was saved, returns to the value last used with a
 * cohort when that cohort is opened (or switched to), and saves every change.
 */
export function useRemembered<T extends string>(name: string, cohortPath: string, allowed: readonly T[], fallback: T): [T, (next: T) => void] {
  const [state, setState] = useState(() => ({ path: cohortPath, value: recall(name, cohortPath, allowed, fallback) }));
  let value = state.value;
  // Adjusted while rendering, not in an effect: the views below never render (and fetch) for the new
  // cohort with the old cohort's value. No path yet: the cohort is still loading, and what stands stays.
  if (cohortPath && cohortPath !== state.path) {
    value = recall(name, cohortPath, allowed, state.value);
    setState({ path: cohortPath, value });
  }
  const change = useCallback((next: T) => {
    setState({ path: cohortPath, value: next });
    remember(name, cohortPath, next);
  }, [name, cohortPath]);
  return [value, change];
}

import { useSyncExternalStore } from 'react';

// Light or dark: the system's choice unless the coordinator picked one with the header's switch. The
// choice is kept in this browser's storage; the page's <html data-theme> says which theme is on, so the
// stylesheet has one set of dark colours and no media query to keep in step with it.

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

const storageKey = 'kupu.theme';
const darkQuery = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function saved(): ThemeChoice {
  const value = localStorage.getItem(storageKey);
  return themeChoices.find((c) => c === value) ?? 'system';
}

let choice: ThemeChoice = 'system';

/** The theme a choice shows, given whether the system is dark. */
export function resolveTheme(chosen: ThemeChoice, systemDark: boolean): 'light' | 'dark' {
  return chosen === 'system' ? (systemDark ? 'dark' : 'light') : chosen;
}

function apply(): void {
  document.documentElement.dataset.theme = resolveTheme(choice, matchMedia(darkQuery).matches);
}

/** Puts the saved theme on the page before the first render, and follows the system while it is the choice. */
export function startTheme(): void {
  choice = saved();
  apply();
  matchMedia(darkQuery).addEventListener('change', () => {
    if (choice === 'system') apply();
  });
}

/** The choice after `current` on the header's switch: system → light → dark → system. */
export function nextTheme(current: ThemeChoice): ThemeChoice {
  return themeChoices[(themeChoices.indexOf(current) + 1) % themeChoices.length];
}

export function chooseTheme(next: ThemeChoice): void {
  choice = next;
  localStorage.setItem(storageKey, next);
  apply();
  listeners.forEach((l) => l());
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore((l) => {
    listeners.add(l);
    return () => listeners.delete(l);
  }, () => choice);
}

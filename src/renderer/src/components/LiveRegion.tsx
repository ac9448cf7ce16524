import { useSyncExternalStore } from 'react';

// One polite live region for the whole app, so screen readers hear what a drop or command did.

let message = '';
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // Clearing first makes a repeated sentence be read again.
  message = '';
  listeners.forEach((l) => l());
  setTimeout(() => {
    message = text;
    listeners.forEach((l) => l());
  }, 30);
}

export function LiveRegion() {
  const text = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => message,
  );
  return (
    <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}

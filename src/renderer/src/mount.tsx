import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { CohortRequest } from './firstLoad';
import { initI18n } from './i18n';
import { adopt } from './store';
import './styles.css';

/** Renders the app around the cohort's first load, already on its way (see main.tsx). */
export function mount(request: CohortRequest): void {
  const firstLoad = adopt(request);
  initI18n();
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<StrictMode><App firstLoad={firstLoad} /></StrictMode>);
}

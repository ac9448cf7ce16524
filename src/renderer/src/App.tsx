import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, onMenuCommand } from './api';
import { errorMessage } from './messages';
import { BoardView } from './board/BoardView';
import { BackupsDialog } from './components/BackupsDialog';
import { NameCohortPrompt } from './components/NameCohortDialog';
import { NewCohortDialog } from './components/NewCohortDialog';
import { OpenCohortDialog } from './components/OpenCohortDialog';
import { DialogHost } from './components/ConfirmDialog';
import { HistoryPanel, historyText } from './components/HistoryPanel';
import { LiveRegion, announce } from './components/LiveRegion';
import { Logo } from './components/Logo';
import { setLanguage, type Language } from './i18n';
import { modifierKey as mod } from './keys';
import { useSaying } from './saying';
import { ThemeSwitch } from './components/ThemeSwitch';
import { useRemembered } from './memory';
import { refresh, useCohort, write } from './store';

// The board is the first screen; the other views (and the zod schemas some of them validate with) load
// when first opened, so the board's code is all the first paint waits for.
const ImportView = lazy(() => import('./views/ImportView').then((m) => ({ default: m.ImportView })));
const ParticipantsView = lazy(() => import('./views/ParticipantsView').then((m) => ({ default: m.ParticipantsView })));
const ProposalsView = lazy(() => import('./views/ProposalsView').then((m) => ({ default: m.ProposalsView })));
const RostersView = lazy(() => import('./views/RostersView').then((m) => ({ default: m.RostersView })));
const SkillsView = lazy(() => import('./views/SkillsView').then((m) => ({ default: m.SkillsView })));
const DirectoryView = lazy(() => import('./views/DirectoryView').then((m) => ({ default: m.DirectoryView })));
const TrackerView = lazy(() => import('./views/TrackerView').then((m) => ({ default: m.TrackerView })));
const ReviewView = lazy(() => import('./views/ReviewView').then((m) => ({ default: m.ReviewView })));
const SettingsView = lazy(() => import('./views/SettingsView').then((m) => ({ default: m.SettingsView })));

type View = 'board' | 'proposals' | 'participants' | 'tracker' | 'import' | 'review' | 'rosters' | 'directory' | 'skills' | 'settings';
/** The tabs; Cohort settings opens from the cohort's name and the Cohort menu. */
const tabs = ['board', 'proposals', 'participants', 'tracker', 'import', 'review', 'rosters', 'directory', 'skills'] as const satisfies readonly View[];
const views: readonly View[] = [...tabs, 'settings'];


/** `firstLoad`: the cohort's data, requested before React's first render so the two overlap. */
export function App({ firstLoad }: { firstLoad: Promise<void> }) {
  const { t, i18n } = useTranslation();
  const info = useCohort((d) => d.info);
  const history = useCohort((d) => d.history);
  const saving = useCohort((d) => d.saving);
  const loaded = useCohort((d) => d.loaded);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [cohortDialog, setCohortDialog] = useState<'new' | 'open' | null>(null);
  const [backupsOpen, setBackupsOpen] = useState(false);
  const [error, setError] = useSaying();

  const [view, go] = useRemembered('view', info?.path ?? '', views, 'board');
  const reviewCount = useReviewCount();

  useEffect(() => {
    firstLoad.catch((e: unknown) => setError(() => errorMessage(e)));
  }, [firstLoad]);
  // A message about one cohort does not stay up over another.
  useEffect(() => setError(null), [info?.path, setError]);

  const lastDone = history.find((h) => !h.undone);
  const lastUndone = [...history].reverse().find((h) => h.undone);
  const undo = useCallback(async () => {
    try {
      const { entry } = await write('historyUndo', {});
      if (entry) announce(t('app.undoWhat', { what: historyText(t, entry) }));
    } catch (e) {
      setError(() => errorMessage(e));
    }
  }, [t]);
  const redo = useCallback(async () => {
    try {
      const { entry } = await write('historyRedo', {});
      if (entry) announce(t('app.redoWhat', { what: historyText(t, entry) }));
    } catch (e) {
      setError(() => errorMessage(e));
    }
  }, [t]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable)) return;
      if (!(e.ctrlKey || e.metaKey)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) { e.preventDefault(); void undo(); }
      else if ((key === 'z' && e.shiftKey) || key === 'y') { e.preventDefault(); void redo(); }
      else if (key === 'i') { e.preventDefault(); go('import'); }
      else if (key === 'p') { e.preventDefault(); go('rosters'); }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, redo, undo]);

  useEffect(
    () =>
      onMenuCommand((command) => {
        if (command === 'undo') void undo();
        else if (command === 'redo') void redo();
        else if (command === 'import') go('import');
        else if (command === 'print') go('rosters');
        else if (command === 'cohortNew') setCohortDialog('new');
        else if (command === 'cohortOpen') setCohortDialog('open');
        else if (command === 'cohortChanged') void refresh('all');
      }),
    [go, redo, undo],
  );

  const cohortMenu = useRef<HTMLDetailsElement>(null);
  const fromMenu = (action: () => void) => {
    if (cohortMenu.current) cohortMenu.current.open = false;
    action();
  };
  const cohortName = info?.settings.name || info?.path.split(/[\\/]/).pop() || '';
  useEffect(() => {
    // The window's title names the cohort, so two windows (or the taskbar) tell cohorts apart.
    document.title = cohortName ? `${cohortName} — ${t('app.name')}` : t('app.name');
  }, [cohortName, t]);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <Logo />
          <div>
            <h1>{t('app.name')}</h1>
            <button type="button" className="cohort-name" title={`${t('settings.title')} — ${info?.path ?? ''}`} onClick={() => go('settings')}>
              {cohortName} · {t('cohort.participants', { count: info?.participants ?? 0 })}
            </button>
          </div>
        </div>
        <nav className="tabs" aria-label="Kupu">
          {tabs.map((v) => (
            <button key={v} type="button" className={`tab${view === v ? ' active' : ''}`} aria-current={view === v ? 'page' : undefined} onClick={() => go(v)}>
              {t(`nav.${v}`)}
              {v === 'review' && reviewCount > 0 && <span className="tab-count" data-testid="review-tab-count">{reviewCount}</span>}
            </button>
          ))}
        </nav>
        <div className="header-actions">
          <button type="button" onClick={() => void undo()} disabled={!info?.canUndo} title={`${lastDone ? t('app.undoWhat', { what: historyText(t, lastDone) }) : t('app.nothingToUndo')} (${mod}Z)`} aria-label={t('app.undo')}>
            ↶
          </button>
          <button type="button" onClick={() => void redo()} disabled={!info?.canRedo} title={`${lastUndone ? t('app.redoWhat', { what: historyText(t, lastUndone) }) : t('app.nothingToRedo')} (${mod}⇧Z)`} aria-label={t('app.redo')}>
            ↷
          </button>
          <button type="button" onClick={() => setHistoryOpen(!historyOpen)} aria-pressed={historyOpen}>
            {t('nav.history')}
          </button>
          <span className="save-state" role="status" data-testid="save-state">{saving > 0 ? t('app.saving') : t('app.saved')}</span>
          <select aria-label={t('app.language')} value={i18n.language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'id' satisfies Language)}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
          <ThemeSwitch />
          <details className="cohort-menu" ref={cohortMenu}>
            <summary>{t('cohort.menu')}</summary>
            <div className="menu static">
              <button type="button" onClick={() => fromMenu(() => go('settings'))}>{t('settings.menu')}</button>
              <button type="button" onClick={() => fromMenu(() => setCohortDialog('new'))}>{t('cohort.new')}</button>
              <button type="button" onClick={() => fromMenu(() => setCohortDialog('open'))}>{t('cohort.open')}</button>
              <button type="button" onClick={() => fromMenu(() => setBackupsOpen(true))}>{t('backups.menu')}</button>
            </div>
          </details>
        </div>
      </header>
      <main className="app-main">
        {/* Keyed by the cohort: another cohort opened starts every screen afresh (no filter, report,
            suggestion or open dialog of the last one carries over). */}
        {loaded && <Suspense fallback={null}><Screen key={info?.path} view={view} go={go} /></Suspense>}
        {historyOpen && <HistoryPanel onClose={() => setHistoryOpen(false)} />}
      </main>
      {cohortDialog === 'new' && <NewCohortDialog onClose={() => setCohortDialog(null)} />}
      {cohortDialog === 'open' && <OpenCohortDialog onClose={() => setCohortDialog(null)} />}
      {loaded && !cohortDialog && <NameCohortPrompt />}
      {backupsOpen && <BackupsDialog onClose={() => setBackupsOpen(false)} />}
      {error && (
        <div className="toast toast-error" role="alert">
          <strong>{t('app.error')}:</strong> {error}
          <button type="button" onClick={() => setError(null)} aria-label={t('app.dismiss')}>×</button>
        </div>
      )}
      <DialogHost />
      <LiveRegion />
    </div>
  );
}

/** How many items "Needs review" holds, read again after every change (each one shows up in the history). */
function useReviewCount(): number {
  const history = useCohort((d) => d.history);
  const loaded = useCohort((d) => d.loaded);
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    // The count is a pointer, not a result: a failed read keeps the last one (the list itself says why).
    api.reviewCount({}).then(({ count }) => live && setCount(count), () => undefined);
    return () => {
      live = false;
    };
  }, [history, loaded]);
  return count;
}

function Screen({ view, go }: { view: View; go: (view: View) => void }) {
  switch (view) {
    case 'board': return <BoardView />;
    case 'proposals': return <ProposalsView />;
    case 'participants': return <ParticipantsView />;
    case 'tracker': return <TrackerView />;
    case 'import': return <ImportView onDone={() => go('board')} onReview={() => go('review')} />;
    case 'review': return <ReviewView />;
    case 'rosters': return <RostersView />;
    case 'directory': return <DirectoryView />;
    case 'skills': return <SkillsView />;
    case 'settings': return <SettingsView />;
  }
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportRunSummary } from '../../../shared/contract';
import { api } from '../api';
import { errorMessage } from '../messages';
import { useCohort } from '../store';
import { ChangesTable, DuplicateList } from './ImportReportParts';
import { IssueList } from './IssueList';

// This cohort's last imports, each report reopened as it was when imported: counts, the changes
// person by person, the double submissions merged, the warnings.

export function ImportHistory() {
  const { t, i18n } = useTranslation();
  const history = useCohort((d) => d.history);
  const [runs, setRuns] = useState<ImportRunSummary[]>([]);
  const [open, setOpen] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void api.importHistory({}).then((list) => live && setRuns(list));
    return () => {
      live = false;
    };
  }, [history]);

  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'id' ? 'id-ID' : 'en-US', { dateStyle: 'medium', timeStyle: 'short' });
  const reopen = async (id: number) => {
    setError(null);
    try {
      setOpen(await api.importRun({ id }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (runs.length === 0) return null;
  return (
    <section className="import-history" data-testid="import-history">
      <h3>{t('import.history.title')}</h3>
      {error && <p className="error" role="alert">{error}</p>}
      <ul className="plain history-runs">
        {runs.map((run) => (
          <li key={run.id}>
            <time dateTime={run.committedAt}>{when(run.committedAt)}</time>{' '}
            <span>{t('import.history.row', { ...run, count: run.duplicates })}</span>{' '}
            <button type="button" className="link-button" onClick={() => void reopen(run.id)} aria-expanded={open?.runId === run.id}>
              {t('import.history.open')}
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <div className="panel reopened" data-testid="import-reopened">
          <p>
            <strong>{t('import.history.reopened', { file: open.file, when: when(open.committedAt ?? '') })}</strong>{' '}
            <button type="button" className="link-button" onClick={() => setOpen(null)}>{t('import.history.close')}</button>
          </p>
          <p>{t('import.done', { added: open.added, updated: open.updated, unchanged: open.unchanged })}</p>
          <DuplicateList report={open} />
          <ChangesTable report={open} />
          {open.warnings.length > 0 && (
            <details className="panel panel-warn">
              <summary>{t('import.warnings')} ({open.warnings.length})</summary>
              <IssueList issues={open.warnings} className="issues" />
            </details>
          )}
        </div>
      )}
    </section>
  );
}

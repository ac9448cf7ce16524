import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../shared/domain';
import { useCohort } from '../store';

export function historyText(t: (key: string, params?: Record<string, unknown>) => string, entry: HistoryEntry): string {
  return t(entry.label, entry.params);
}

export function HistoryPanel({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const history = useCohort((d) => d.history);
  const time = new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <aside className="side-panel" aria-label={t('history.title')} data-testid="history">
      <header>
        <h2>{t('history.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('app.dismiss')}>×</button>
      </header>
      {history.length === 0 ? (
        <p className="hint">{t('history.empty')}</p>
      ) : (
        <ol className="history-list">
          {history.map((entry) => (
            <li key={entry.id} className={entry.undone ? 'undone' : ''}>
              <span>{historyText(t, entry)}</span>
              <time dateTime={entry.createdAt}>{time.format(new Date(entry.createdAt))}{entry.undone ? ` · ${t('history.undone')}` : ''}</time>
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

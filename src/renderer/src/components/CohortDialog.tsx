import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { errorMessage } from '../messages';
import { refresh } from '../store';
import { Dialog } from './Dialog';

/** File → New/Open cohort for the browser host (the desktop shell uses native file dialogs). */
export function CohortDialog({ mode, onClose }: { mode: 'new' | 'open'; onClose: () => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [name, setName] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.cohortRecent({}).then(setRecent);
  }, []);
  const submit = async (chosen: string) => {
    try {
      if (mode === 'new') await api.cohortCreate({ path: chosen, name: name || undefined });
      else await api.cohortOpen({ path: chosen });
      await refresh('all');
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <Dialog
      title={mode === 'new' ? t('cohort.new') : t('cohort.open')}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>{t('cohort.cancel')}</button>
          <button type="button" className="primary" disabled={!path} onClick={() => void submit(path)}>
            {mode === 'new' ? t('cohort.create') : t('cohort.openButton')}
          </button>
        </>
      }
    >
      {mode === 'new' && (
        <label className="field">
          {t('cohort.name')}
          <input value={name} onChange={(e) => setName(e.target.value)} />
        </label>
      )}
      <label className="field">
        {t('cohort.path')}
        <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={mode === 'new' ? t('cohort.newPathHint') : t('cohort.pathHint')} />
      </label>
      {mode === 'open' && recent.length > 0 && (
        <>
          <h3>{t('cohort.recent')}</h3>
          <ul className="recent-list">
            {recent.map((p) => (
              <li key={p}>
                <button type="button" onClick={() => void submit(p)}>{p}</button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </Dialog>
  );
}

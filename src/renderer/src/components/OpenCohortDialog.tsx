import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { errorMessage } from '../messages';
import { refresh } from '../store';
import { Dialog } from './Dialog';

/** Open cohort: a typed path or a recent cohort (the desktop shell's File menu uses its native dialog). */
export function OpenCohortDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [path, setPath] = useState('');
  const [recent, setRecent] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void api.cohortRecent({}).then(setRecent);
  }, []);
  const submit = async (chosen: string) => {
    try {
      await api.cohortOpen({ path: chosen });
      await refresh('all');
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <Dialog
      title={t('cohort.open')}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" onClick={onClose}>{t('cohort.cancel')}</button>
          <button type="button" className="primary" disabled={!path} onClick={() => void submit(path)}>
            {t('cohort.openButton')}
          </button>
        </>
      }
    >
      <label className="field">
        {t('cohort.path')}
        <input value={path} onChange={(e) => setPath(e.target.value)} placeholder={t('cohort.pathHint')} />
      </label>
      {recent.length > 0 && (
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

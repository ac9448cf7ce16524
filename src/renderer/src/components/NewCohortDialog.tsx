import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, inDesktopApp } from '../api';
import { errorMessage } from '../messages';
import { refresh } from '../store';
import { announce } from './LiveRegion';
import { Dialog } from './Dialog';

/**
 * New cohort: the coordinator gives it a name, and its file is named after it in Kupu's folder. The
 * desktop app also offers "Choose another place…" (its save dialog); the browser host has only Kupu's folder.
 */
export function NewCohortDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = name.trim() !== '' && !busy;

  const create = async (elsewhere: boolean) => {
    setBusy(true);
    try {
      const place = elsewhere ? await api.cohortChoosePlace({ name }) : null;
      if (elsewhere && !place) return;
      const info = await api.cohortCreate({ name, ...(place ? { path: place.path } : {}) });
      await refresh('all');
      announce(t('cohort.created', { name: info.settings.name, path: info.path }));
      onClose();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ready) void create(false);
  };

  return (
    <Dialog
      title={t('cohort.newTitle')}
      open
      onClose={onClose}
      testId="new-cohort"
      footer={
        <>
          <button type="button" onClick={onClose}>{t('cohort.cancel')}</button>
          {inDesktopApp() && (
            <button type="button" disabled={!ready} onClick={() => void create(true)}>{t('cohort.elsewhere')}</button>
          )}
          <button type="submit" form="new-cohort-form" className="primary" disabled={!ready}>{t('cohort.create')}</button>
        </>
      }
    >
      <form id="new-cohort-form" onSubmit={submit}>
        <label className="field">
          {t('cohort.name')}
          <input data-autofocus value={name} maxLength={200} aria-describedby="new-cohort-hint" onChange={(e) => setName(e.target.value)} />
        </label>
        <p className="hint" id="new-cohort-hint">{t('cohort.nameHint')}</p>
        {error && <p className="error" role="alert">{error}</p>}
      </form>
    </Dialog>
  );
}

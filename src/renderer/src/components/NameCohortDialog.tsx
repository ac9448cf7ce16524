import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../messages';
import { memoryKey } from '../memory';
import { useCohort, write } from '../store';
import { Dialog } from './Dialog';

// The first cohort (made at first launch, before anyone could name it) asks for its name when it is
// shown: an empty cohort with no name. "Later" is remembered for that file; Settings can name it any time.

const laterKey = (path: string) => memoryKey('nameLater', path);

function saidLater(path: string): boolean {
  try {
    return localStorage.getItem(laterKey(path)) === '1';
  } catch {
    return false;
  }
}

/** Asks for the open cohort's name while it has none and no participants, unless put off for this file. */
export function NameCohortPrompt() {
  const info = useCohort((d) => d.info);
  const [putOff, setPutOff] = useState<string | null>(null);
  if (!info || info.settings.name !== '' || info.participants > 0 || putOff === info.path || saidLater(info.path)) return null;
  const later = () => {
    try {
      localStorage.setItem(laterKey(info.path), '1');
    } catch {
      // Without storage it asks again next time, which is no harm.
    }
    setPutOff(info.path);
  };
  return <NameCohortDialog key={info.path} onLater={later} />;
}

function NameCohortDialog({ onLater }: { onLater: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() === '') return;
    try {
      await write('settingsUpdate', { patch: { name: name.trim() } });
    } catch (caught) {
      setError(errorMessage(caught));
    }
  };
  return (
    <Dialog
      title={t('cohort.nameTitle')}
      open
      onClose={onLater}
      testId="name-cohort"
      footer={
        <>
          <button type="button" onClick={onLater}>{t('cohort.later')}</button>
          <button type="submit" form="name-cohort-form" className="primary" disabled={name.trim() === ''}>{t('cohort.saveName')}</button>
        </>
      }
    >
      <form id="name-cohort-form" onSubmit={(e) => void submit(e)}>
        <p>{t('cohort.nameIntro')}</p>
        <label className="field">
          {t('cohort.name')}
          <input data-autofocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        </label>
        {error && <p className="error" role="alert">{error}</p>}
      </form>
    </Dialog>
  );
}

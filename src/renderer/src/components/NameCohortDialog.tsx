import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { memoryKey } from '../memory';
import { useCohort, write } from '../store';
import { CohortNameDialog } from './CohortNameDialog';

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
  return (
    <CohortNameDialog
      title={t('cohort.nameTitle')}
      testId="name-cohort"
      intro={t('cohort.nameIntro')}
      saveLabel={t('cohort.saveName')}
      cancelLabel={t('cohort.later')}
      onSave={async (name) => {
        await write('settingsUpdate', { patch: { name: name.trim() } });
      }}
      onCancel={onLater}
    />
  );
}

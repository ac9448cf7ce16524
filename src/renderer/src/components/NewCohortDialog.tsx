import { useTranslation } from 'react-i18next';
import { api, inDesktopApp } from '../api';
import { refresh } from '../store';
import { CohortNameDialog } from './CohortNameDialog';
import { announce } from './LiveRegion';

/**
 * New cohort: the coordinator gives it a name, and its file is named after it in Kupu's folder. The
 * desktop app also offers "Choose another place…" (its save dialog); the browser host has only Kupu's folder.
 */
export function NewCohortDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = async (name: string, path?: string) => {
    const info = await api.cohortCreate({ name, ...(path ? { path } : {}) });
    await refresh('all');
    announce(t('cohort.created', { name: info.settings.name, path: info.path }));
    onClose();
  };
  const elsewhere = async (name: string) => {
    const place = await api.cohortChoosePlace({ name });
    if (place) await create(name, place.path);
  };
  return (
    <CohortNameDialog
      title={t('cohort.newTitle')}
      testId="new-cohort"
      hint={t('cohort.nameHint')}
      saveLabel={t('cohort.create')}
      cancelLabel={t('cohort.cancel')}
      onSave={(name) => create(name)}
      onCancel={onClose}
      other={inDesktopApp() ? { label: t('cohort.elsewhere'), onSave: elsewhere } : undefined}
    />
  );
}

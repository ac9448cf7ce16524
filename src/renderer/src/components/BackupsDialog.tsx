import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../shared/contract';
import { api } from '../api';
import { errorMessage } from '../messages';
import { refresh } from '../store';
import { confirmDialog } from './ConfirmDialog';
import { announce } from './LiveRegion';
import { Dialog } from './Dialog';

/** Cohort → Backups: every backup with its date and reason; restoring one asks first and is itself undoable. */
export function BackupsDialog({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const time = new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });

  const load = () =>
    api.backupList({}).then(setBackups, (caught: unknown) => setError(errorMessage(caught)));
  useEffect(() => void load(), []);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      announce(done);
      await load();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const restore = async (backup: BackupInfo) => {
    const when = time.format(new Date(backup.createdAt));
    const ok = await confirmDialog({ title: t('backups.restore'), message: t('backups.confirm', { when }), confirmLabel: t('backups.confirmButton'), cancelLabel: t('backups.cancel'), danger: true });
    if (!ok) return;
    await run(async () => {
      await api.backupRestore({ id: backup.id });
      await refresh('all');
    }, t('backups.restored', { when }));
  };

  return (
    <Dialog
      title={t('backups.title')}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" disabled={busy} onClick={() => void run(() => api.backupCreate({}), t('backups.created'))}>{t('backups.create')}</button>
          <button type="button" className="primary" onClick={onClose}>{t('backups.close')}</button>
        </>
      }
    >
      <p className="hint">{t('backups.intro')}</p>
      {backups === null ? null : backups.length === 0 ? (
        <p className="muted">{t('backups.empty')}</p>
      ) : (
        <div className="table-scroll short">
          <table className="grid" data-testid="backups">
            <thead>
              <tr>
                <th scope="col">{t('backups.when')}</th>
                <th scope="col">{t('backups.reason')}</th>
                <th scope="col">{t('backups.participants')}</th>
                <th scope="col"><span className="sr-only">{t('backups.restore')}</span></th>
              </tr>
            </thead>
            <tbody>
              {backups.map((backup) => (
                <tr key={backup.id}>
                  <td><time dateTime={backup.createdAt}>{time.format(new Date(backup.createdAt))}</time></td>
                  <td>{t(`backups.reasons.${backup.reason}`)}</td>
                  <td>{backup.participants ?? t('backups.unreadable')}</td>
                  <td>
                    <button type="button" disabled={busy} onClick={() => void restore(backup)}>{t('backups.restore')}</button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {error && <p className="error" role="alert">{error}</p>}
    </Dialog>
  );
}

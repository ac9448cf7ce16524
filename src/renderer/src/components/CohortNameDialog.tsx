import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../messages';
import { Dialog } from './Dialog';

/**
 * A dialog that asks for a cohort's name (New cohort, and naming the first cohort): the name field, what
 * it is for, and the buttons. `onSave` gets the name as typed, never blank; a refusal shows in the dialog.
 */
export function CohortNameDialog({ title, testId, intro, hint, saveLabel, cancelLabel, onSave, onCancel, other }: {
  title: string;
  testId: string;
  intro?: string;
  hint?: string;
  saveLabel: string;
  cancelLabel: string;
  onSave: (name: string) => Promise<void>;
  onCancel: () => void;
  /** A second way to save (New cohort's "Choose another place…"), between cancel and save. */
  other?: { label: string; onSave: (name: string) => Promise<void> };
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ready = name.trim() !== '' && !busy;
  const save = async (how: (name: string) => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await how(name);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (ready) void save(onSave);
  };
  const formId = `${testId}-form`;
  const footer: ReactNode = (
    <>
      <button type="button" onClick={onCancel}>{cancelLabel}</button>
      {other && <button type="button" disabled={!ready} onClick={() => void save(other.onSave)}>{other.label}</button>}
      <button type="submit" form={formId} className="primary" disabled={!ready}>{saveLabel}</button>
    </>
  );
  return (
    <Dialog title={title} open onClose={onCancel} testId={testId} footer={footer}>
      <form id={formId} onSubmit={submit}>
        {intro && <p>{intro}</p>}
        <label className="field">
          {t('cohort.name')}
          <input data-autofocus value={name} maxLength={200} aria-describedby={hint ? `${formId}-hint` : undefined} onChange={(e) => setName(e.target.value)} />
        </label>
        {hint && <p className="hint" id={`${formId}-hint`}>{hint}</p>}
        {error && <p className="error" role="alert">{error}</p>}
      </form>
    </Dialog>
  );
}

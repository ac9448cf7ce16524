import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participantPatch, type ParticipantPatch } from '../../../shared/domain';
import { errorMessage } from '../messages';
import { write } from '../store';

export type EditableField = 'name' | 'nickname' | 'phone' | 'email' | 'region' | 'level' | 'capacity' | 'kind';

/** Turns the typed text into a patch and validates it with the contract's own schema before saving. */
export function patchFor(field: EditableField, text: string): { ok: true; patch: ParticipantPatch } | { ok: false; message: string } {
  const value = field === 'capacity' ? (text.trim() === '' ? Number.NaN : Number(text)) : text.trim();
  const parsed = participantPatch.safeParse({ [field]: value });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'invalid' };
  return { ok: true, patch: parsed.data };
}

/** A cell that edits in place: Enter or double-click to edit, Enter to save, Escape to cancel. */
export function EditableCell({ id, name, field, value }: { id: string; name: string; field: EditableField; value: string }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const label = t('participants.edit', { field: t(`participants.${field}`), name });

  const save = async (text: string) => {
    if (text === value) return setDraft(null);
    const result = patchFor(field, text);
    if (!result.ok) return setError(t('participants.invalid', { message: result.message }));
    try {
      await write('participantUpdate', { id, patch: result.patch });
      setDraft(null);
      setError(null);
    } catch (caught) {
      setError(t('participants.invalid', { message: errorMessage(caught) }));
    }
  };

  if (draft === null) {
    return (
      <button type="button" className="cell-button" aria-label={label} title={label} onDoubleClick={() => setDraft(value)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === 'F2') { e.preventDefault(); setDraft(value); } }}>
        {field === 'kind' ? t(`board.kind.${value}`) : value || <span className="muted">—</span>}
      </button>
    );
  }
  const common = {
    autoFocus: true,
    'aria-label': label,
    'aria-invalid': error !== null,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Escape') { setDraft(null); setError(null); }
    },
  };
  return (
    <form className="cell-edit" onSubmit={(e) => { e.preventDefault(); void save(draft); }}>
      {field === 'kind' ? (
        <select {...common} value={draft} onChange={(e) => void save(e.target.value)} onBlur={() => setDraft(null)}>
          {(['peer', 'group', 'both'] as const).map((k) => <option key={k} value={k}>{t(`board.kind.${k}`)}</option>)}
        </select>
      ) : (
        <input {...common} value={draft} inputMode={field === 'capacity' ? 'numeric' : undefined} onChange={(e) => setDraft(e.target.value)} onBlur={() => void save(draft)} />
      )}
      {error && <span className="cell-error" role="alert">{error}</span>}
    </form>
  );
}

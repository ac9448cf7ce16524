import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { settingsPatch, type Settings, type SettingsPatch } from '../../../shared/domain';
import { journalWeeks, maxDuration, phaseEnd } from '../../../shared/phase';
import { DateField, longDate } from '../components/DateField';
import { announce } from '../components/LiveRegion';
import { errorMessage } from '../messages';
import { write } from '../store';
import './settings.css';

// The pieces of the Cohort settings screen that the journal tracker's phase editor shares: a labelled
// field with its hint or error, a text input that saves on leaving it, and saving one field's change
// through the contract's schema (checked here first, so the coordinator reads why in her language).

type T = ReturnType<typeof useTranslation>['t'];
const ranges: Record<string, readonly [number, number]> = { groupSizeLimit: [1, 50], mentorsPerMentee: [1, 10], weights: [0, 1000] };

/** The coordinator's words for why a change cannot be saved; null when it is fine. */
export function problemWith(t: T, patch: SettingsPatch, settings: Settings): string | null {
  const next = { ...settings, ...patch };
  if (!Number.isInteger(next.duration) || next.duration < 1 || next.duration > maxDuration[next.durationUnit]) {
    return t('settings.errors.between', { min: 1, max: maxDuration[next.durationUnit] });
  }
  const parsed = settingsPatch.safeParse(patch);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const field = String(issue.path[0]);
  if (field === 'startDate') return t('dates.invalid');
  if (issue.code === 'too_big' && issue.origin === 'string') return t('settings.errors.tooLong', { max: Number(issue.maximum) });
  const [min, max] = ranges[field] ?? [0, 1000];
  return t('settings.errors.between', { min, max });
}

/** Saving one field at a time, with an error line per field. */
export function useSettingsSave(settings: Settings) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const setError = (key: string, error: string | null) => setErrors((e) => ({ ...e, [key]: error }));
  const save = async (key: string, label: string, patch: SettingsPatch) => {
    const problem = problemWith(t, patch, settings);
    setError(key, problem);
    if (problem) return;
    try {
      await write('settingsUpdate', { patch });
      announce(t('settings.saved', { field: label }));
    } catch (caught) {
      setError(key, errorMessage(caught));
    }
  };
  return { errors, setError, save };
}

export type SettingsSave = ReturnType<typeof useSettingsSave>;

export function Field({ label, hint, error, inline, children }: {
  label: string;
  hint?: ReactNode;
  error?: string | null;
  inline?: boolean;
  children: (ids: { id: string; describedBy: string }) => ReactNode;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={`settings-field${inline ? ' inline' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="settings-control">{children({ id, describedBy: hintId })}</div>
      <p className="hint" id={hintId}>{error ? <span className="error" role="alert">{error}</span> : hint}</p>
    </div>
  );
}

/** A text input that saves when left or on Enter, and goes back to the saved value on Escape. */
export function Draft({ value, onCommit, numeric, ...rest }: {
  value: string;
  onCommit: (text: string) => void;
  numeric?: boolean;
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
  maxLength?: number;
  'data-testid'?: string;
}) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <input
      {...rest}
      type="text"
      inputMode={numeric ? 'numeric' : undefined}
      className={numeric ? 'settings-number' : undefined}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => { if (draft !== value) onCommit(draft); }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') { e.preventDefault(); if (draft !== value) onCommit(draft); }
        if (e.key === 'Escape') setDraft(value);
      }}
    />
  );
}

export const toNumber = (text: string) => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** "35 weekly journals · Monday, 5 January 2026 – Friday, 4 September 2026" (the dates once there is a start). */
export function phaseLine(t: T, settings: Settings, language: string): string {
  const end = phaseEnd(settings);
  const weeks = t('settings.journalWeeks', { count: journalWeeks(settings) });
  return settings.startDate && end ? `${weeks} · ${t('settings.phaseDates', { from: longDate(settings.startDate, language), to: longDate(end, language) })}` : weeks;
}

/** Start date, duration and its unit: on the settings screen and in the journal tracker. */
export function PhaseFields({ settings, saver }: { settings: Settings; saver: SettingsSave }) {
  const { t, i18n } = useTranslation();
  const { errors, setError, save } = saver;
  return (
    <>
      <Field label={t('settings.startDate')} hint={settings.startDate ? longDate(settings.startDate, i18n.language) : t('settings.noStart')} error={errors.startDate} inline>
        {({ id, describedBy }) => (
          <DateField id={id} aria-describedby={describedBy} aria-invalid={!!errors.startDate} className="settings-date" value={settings.startDate} data-testid="journal-start"
            onCommit={(date) => (date === undefined ? setError('startDate', t('dates.invalid')) : void save('startDate', t('settings.startDate'), { startDate: date }))} />
        )}
      </Field>
      <Field label={t('settings.duration')} hint={<><span data-testid="phase-line">{phaseLine(t, settings, i18n.language)}</span>. {t('settings.durationHint')}</>} error={errors.duration} inline>
        {({ id, describedBy }) => (
          <>
            <Draft id={id} aria-describedby={describedBy} aria-invalid={!!errors.duration} numeric value={String(settings.duration)} data-testid="journal-weeks"
              onCommit={(value) => void save('duration', t('settings.duration'), { duration: toNumber(value) })} />
            <select aria-label={t('settings.durationUnit')} value={settings.durationUnit} data-testid="duration-unit"
              onChange={(e) => void save('duration', t('settings.durationUnit'), { durationUnit: e.target.value === 'months' ? 'months' : 'weeks' })}>
              <option value="weeks">{t('settings.units.weeks')}</option>
              <option value="months">{t('settings.units.months')}</option>
            </select>
          </>
        )}
      </Field>
    </>
  );
}

import { useEffect, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { dayNumber } from '../../../shared/phase';

// A calendar date typed as dd/mm/yyyy, the order of the interface's language (the browser's own date
// input follows the system's locale instead, so an Indonesian interface could show mm/dd/yyyy).

const pad = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD → "05/01/2026". */
export function typedDate(iso: string | null): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}/${m[2]}/${m[1]}` : '';
}

/** "5/1/2026", "05-01-2026", "5.1.2026" or "2026-01-05" → "2026-01-05"; '' → null; anything else → undefined. */
export function parseTypedDate(text: string): string | null | undefined {
  const value = text.trim();
  if (value === '') return null;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!year) return undefined;
  const date = `${year}-${pad(Number(month))}-${pad(Number(day))}`;
  return dayNumber(date) === null ? undefined : date;
}

/** "Senin, 5 Januari 2026" / "Monday, 5 January 2026": the typed date said in full, so it cannot be misread. */
export function longDate(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A date input in dd/mm/yyyy that reports YYYY-MM-DD (or null when emptied) on blur or Enter, and
 * `undefined` for text that is not a date, so the caller can say so.
 */
export function DateField({ value, onCommit, ...input }: { value: string | null; onCommit: (date: string | null | undefined) => void } & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'>) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(typedDate(value));
  useEffect(() => setDraft(typedDate(value)), [value]);
  const commit = () => {
    if (draft === typedDate(value)) return;
    onCommit(parseTypedDate(draft));
  };
  return (
    <input
      {...input}
      type="text"
      inputMode="numeric"
      placeholder={t('dates.placeholder')}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); commit(); } }}
    />
  );
}

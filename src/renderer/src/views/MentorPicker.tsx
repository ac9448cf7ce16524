import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/domain';
import { queryMatcher } from '../search';

/** The mentors whose rosters to print: everyone (null) or a hand-picked list, searchable by name. */
export function MentorPicker({ mentors, picked, onChange }: {
  mentors: readonly Participant[];
  picked: readonly string[] | null;
  onChange: (picked: string[] | null) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const sorted = useMemo(() => [...mentors].sort((a, b) => a.name.localeCompare(b.name)), [mentors]);
  const shown = useMemo(() => sorted.filter(queryMatcher(query)), [sorted, query]);
  const pickedSet = useMemo(() => (picked === null ? null : new Set(picked)), [picked]);
  const isPicked = (id: string) => pickedSet === null || pickedSet.has(id);
  const toggle = (id: string) => {
    const current = picked ?? sorted.map((m) => m.id);
    const next = current.includes(id) ? current.filter((other) => other !== id) : [...current, id];
    // Every mentor picked is the same as no pick: new mentors then join the rosters by themselves.
    onChange(next.length === sorted.length ? null : next);
  };
  const count = picked?.length ?? sorted.length;
  return (
    <fieldset className="mentor-picker" data-testid="roster-mentors">
      <legend>{t('rosters.mentors')}</legend>
      <div className="mentor-picker-head">
        <span>{t('rosters.mentorsPicked', { count, total: sorted.length })}</span>
        <button type="button" onClick={() => onChange(null)} disabled={picked === null}>{t('rosters.allMentors')}</button>
        <button type="button" onClick={() => onChange([])} disabled={picked?.length === 0}>{t('rosters.noMentors')}</button>
      </div>
      {sorted.length > 8 && (
        <input type="search" value={query} placeholder={t('rosters.findMentor')} aria-label={t('rosters.findMentor')} onChange={(e) => setQuery(e.target.value)} />
      )}
      <ul>
        {shown.map((m) => (
          <li key={m.id}>
            <label>
              <input type="checkbox" checked={isPicked(m.id)} onChange={() => toggle(m.id)} />
              {m.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

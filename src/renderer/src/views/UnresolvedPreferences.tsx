import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnresolvedPreference } from '../../../shared/contract';
import { errorMessage } from '../messages';
import { queryMatcher } from '../search';
import { useCohort, write } from '../store';

// After an import: the preferred mentors typed on the form that fit nobody, or several people. The
// coordinator picks who was meant (or "nobody in this cohort"); each choice is one undoable change.

const nobody = '—';
const maxMatches = 30;
const keyOf = (item: UnresolvedPreference) => `${item.menteeId}:${item.rank}`;

/** Finds the person a typed name meant among the whole cohort (as the board's search does), or nobody. */
export function PersonSearch({ item, onPick }: { item: { menteeId: string; typed: string }; onPick: (mentorId: string | null) => void }) {
  const { t } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => {
    // Nothing typed lists nobody: the whole cohort would be no help in a select.
    if (query.trim() === '') return [];
    const found = queryMatcher(query);
    return participants.filter((p) => p.id !== item.menteeId && found(p)).slice(0, maxMatches);
  }, [participants, query, item.menteeId]);
  return (
    <span className="person-search">
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('import.unresolved.search')} aria-label={`${t('import.unresolved.search')}: ${item.typed}`} />
      <select aria-label={`${t('import.unresolved.who')} ${item.typed}`} value="" onChange={(e) => e.target.value !== '' && onPick(e.target.value === nobody ? null : e.target.value)}>
        <option value="">{t('import.unresolved.choose')}</option>
        {matches.map((p) => <option key={p.id} value={p.id}>{p.name}{p.region ? ` · ${p.region}` : ''}</option>)}
        <option value={nobody}>{t('import.unresolved.nobody')}</option>
      </select>
    </span>
  );
}

/** The head of a table of typed preferred mentors; `matched`: with whom each was matched by a guess. */
export function PreferenceHeader({ matched = false }: { matched?: boolean }) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        <th>{t('import.unresolved.mentee')}</th>
        <th>{t('import.unresolved.rank')}</th>
        <th>{t('import.unresolved.typed')}</th>
        {matched && <th>{t('review.fuzzy.matched')}</th>}
        <th>{t('import.unresolved.who')}</th>
      </tr>
    </thead>
  );
}

/** `more`: what to say of the names not listed (the import wizard and the review list say it differently). */
export function UnresolvedPreferences({ items, count, more = 'import.unresolved.more' }: { items: UnresolvedPreference[]; count: number; more?: 'import.unresolved.more' | 'review.unresolvedMore' }) {
  const { t } = useTranslation();
  const [resolved, setResolved] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const open = count - Object.keys(resolved).length;

  const pick = async (item: UnresolvedPreference, mentorId: string | null, name: string) => {
    setError(null);
    try {
      await write('preferenceResolve', { menteeId: item.menteeId, rank: item.rank, mentorId });
      setResolved((done) => ({ ...done, [keyOf(item)]: name }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const participants = useCohort((d) => d.participants);
  const nameOf = (id: string | null) => (id === null ? t('import.unresolved.nobody') : participants.find((p) => p.id === id)?.name ?? id);

  return (
    <section className={`panel unresolved ${open > 0 ? 'panel-warn' : 'panel-ok'}`} data-testid="import-unresolved">
      <h3>{open > 0 ? t('import.unresolved.title', { count: open }) : t('import.unresolved.allDone')}</h3>
      <p className="hint">{t('import.unresolved.hint')}</p>
      {error && <p className="error" role="alert">{error}</p>}
      <table className="grid">
        <PreferenceHeader />
        <tbody>
          {items.map((item) => {
            const done = resolved[keyOf(item)];
            return (
              <tr key={keyOf(item)}>
                <td>{item.menteeName}{item.row !== null && <span className="hint"> · {t('import.row', { row: item.row })}</span>}</td>
                <td>{item.rank}</td>
                <td>“{item.typed}”</td>
                <td>
                  {done !== undefined ? (
                    <span className="resolved">{t('import.unresolved.resolved', { name: done })}</span>
                  ) : item.candidates.length > 0 ? (
                    <select aria-label={`${t('import.unresolved.who')} ${item.typed}`} value="" onChange={(e) => {
                      if (e.target.value === '') return;
                      const id = e.target.value === nobody ? null : e.target.value;
                      void pick(item, id, id === null ? nameOf(null) : item.candidates.find((c) => c.id === id)?.name ?? id);
                    }}>
                      <option value="">{t('import.unresolved.choose')}</option>
                      {item.candidates.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
                      <option value={nobody}>{t('import.unresolved.nobody')}</option>
                    </select>
                  ) : (
                    <PersonSearch item={item} onPick={(id) => void pick(item, id, nameOf(id))} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {count > items.length && <p className="hint">{t(more, { count: count - items.length })}</p>}
    </section>
  );
}

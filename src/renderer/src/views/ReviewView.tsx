import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FuzzyPreference, ReviewList, ReviewValue, SuggestedMerge } from '../../../shared/contract';
import { api } from '../api';
import { errorMessage, issueMessage } from '../messages';
import { useCohort, write } from '../store';
import { SkillSuggestions } from './SkillSuggestions';
import { PersonSearch, PreferenceHeader, UnresolvedPreferences } from './UnresolvedPreferences';
import './import.css';
import './skills.css';

// "Needs review": what the imports could not decide alone, kept in the cohort file until the coordinator
// answers it — preferred mentors matching nobody or several people, or matched only by a guess (one
// click confirms), answers kept as written, and suggested skill merges. Every answer is undoable.

const keyOf = (f: FuzzyPreference) => `${f.menteeId}:${f.rank}`;

function FuzzyPreferences({ list, run }: { list: ReviewList; run: (change: () => Promise<unknown>) => void }) {
  const { t } = useTranslation();
  // The row whose "someone else" search is open: one at a time keeps the list a column of one-click confirms.
  const [choosing, setChoosing] = useState<string | null>(null);
  if (list.fuzzyCount === 0) return null;
  return (
    <section className="panel panel-warn unresolved" data-testid="review-fuzzy">
      <h3>{t('review.fuzzy.title', { count: list.fuzzyCount })}</h3>
      <p className="hint">{t('review.fuzzy.hint')}</p>
      <table className="grid">
        <PreferenceHeader matched />
        <tbody>
          {list.fuzzy.map((f) => (
            <tr key={keyOf(f)}>
              <td>{f.menteeName}</td>
              <td>{f.rank}</td>
              <td>“{f.typed}”</td>
              <td>{f.mentor.name}</td>
              <td className="review-actions">
                <button type="button" className="primary" aria-label={t('review.fuzzy.confirmLabel', { mentor: f.mentor.name, typed: f.typed, mentee: f.menteeName })}
                  onClick={() => run(() => write('preferenceConfirm', { menteeId: f.menteeId, rank: f.rank }))}>
                  {t('review.fuzzy.confirm')}
                </button>
                {choosing === keyOf(f) ? (
                  <PersonSearch item={f} onPick={(mentorId) => run(() => write('preferenceResolve', { menteeId: f.menteeId, rank: f.rank, mentorId }))} />
                ) : (
                  <button type="button" className="link-button" onClick={() => setChoosing(keyOf(f))} aria-label={t('review.fuzzy.otherLabel', { typed: f.typed, mentee: f.menteeName })}>
                    {t('review.fuzzy.other')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.fuzzyCount > list.fuzzy.length && <p className="hint">{t('review.fuzzy.more', { count: list.fuzzyCount - list.fuzzy.length })}</p>}
    </section>
  );
}

function ValuesToCheck({ values, run }: { values: ReviewValue[]; run: (change: () => Promise<unknown>) => void }) {
  const { t } = useTranslation();
  if (values.length === 0) return null;
  return (
    <section className="panel panel-warn" data-testid="review-values">
      <h3>{t('review.values.title', { count: values.length })}</h3>
      <p className="hint">{t('review.values.hint')}</p>
      <table className="grid">
        <thead>
          <tr><th>{t('review.values.who')}</th><th>{t('import.header')}</th><th>{t('review.values.what')}</th><th /></tr>
        </thead>
        <tbody>
          {values.map((v) => {
            const what = issueMessage(v.issue);
            return (
              <tr key={v.key}>
                <td>{v.name ?? '—'}{v.issue.row !== null && <span className="hint"> · {t('import.row', { row: v.issue.row })}</span>}</td>
                <td>{v.issue.column ?? '—'}</td>
                <td>{what}</td>
                <td>
                  <button type="button" aria-label={t('review.values.checkedLabel', { what })} onClick={() => run(() => write('reviewValueDone', { key: v.key }))}>
                    {t('review.values.checked')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

export function ReviewView() {
  const { t } = useTranslation();
  // Every change shows up in the history: read the list again then.
  const history = useCohort((d) => d.history);
  const [list, setList] = useState<ReviewList | null>(null);
  const [version, setVersion] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.reviewList({}).then((next) => {
      if (!live) return;
      setList(next);
      setVersion((v) => v + 1);
    }, (e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [history]);

  const run = (change: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    change().catch((e: unknown) => setError(errorMessage(e))).finally(() => setBusy(false));
  };
  const merge = (s: SuggestedMerge) => run(() => write('skillMerge', { from: s.from, into: s.into }));
  const notSame = (s: SuggestedMerge) => run(() => write('skillsNotSame', { a: s.from, b: s.into }));

  return (
    <div className="page import-view review-view" data-testid="review">
      <h2>{t('review.title')}</h2>
      <p className="lead">{t('review.intro')}</p>
      {error && <p className="error" role="alert">{error}</p>}
      {list && (list.count === 0 ? (
        <div className="panel panel-ok" role="status" data-testid="review-empty"><p>{t('review.empty')}</p></div>
      ) : (
        <>
          <p role="status" data-testid="review-count">{t('review.count', { count: list.count })}</p>
          {/* Keyed by the list's version: a name just resolved leaves the list rather than staying ticked. */}
          {list.unresolvedCount > 0 && <UnresolvedPreferences key={version} items={list.unresolved} count={list.unresolvedCount} more="review.unresolvedMore" />}
          <FuzzyPreferences list={list} run={run} />
          <ValuesToCheck values={list.values} run={run} />
          <SkillSuggestions suggestions={list.merges} busy={busy} onMerge={merge} onNotSame={notSame} />
        </>
      ))}
    </div>
  );
}

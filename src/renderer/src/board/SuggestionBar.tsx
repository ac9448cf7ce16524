import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion, SuggestionSet } from '../../../shared/contract';
import { Dialog } from '../components/Dialog';
import { modifierKey } from '../keys';
import type { MatchProgress } from './useSuggestions';

export function reasonList(t: (key: string, params?: Record<string, unknown>) => string, pair: Suggestion): string {
  return pair.reasons.map((r) => `${t(`match.reasons.${r.code}`, { detail: r.detail ?? '' })} ${r.points >= 0 ? '+' : ''}${r.points}`).join(' · ');
}

/** The suggestion set's summary: accept all, compare with the board, see who stays unmatched and why. */
export function SuggestionBar({ set, applied, nameOf, mentorOf, onAcceptAll, onDismiss }: {
  set: SuggestionSet;
  /** How many pairings the last accept made, said until the next Suggest. */
  applied: number | null;
  nameOf: (id: string) => string;
  mentorOf: (menteeId: string) => string | null;
  onAcceptAll: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const [comparing, setComparing] = useState(false);
  return (
    <div className="suggestion-bar" role="region" aria-label={t('match.suggested')} data-testid="suggestion-bar">
      <strong>{t('match.summary', { count: set.pairs.length, total: set.total })}</strong>
      {set.unmatched.length > 0 && (
        <details className="unmatched">
          <summary>{t('match.unmatchedCount', { count: set.unmatched.length })}</summary>
          <ul data-testid="unmatched">
            {set.unmatched.map((u) => (
              <li key={`${u.menteeId}:${u.skill}`}>
                <b>{nameOf(u.menteeId)}</b>: {t(`match.unmatched.${u.code}`, { skill: u.skill ?? '' })}
              </li>
            ))}
          </ul>
        </details>
      )}
      <span className="spacer" />
      {applied !== null && <span role="status" data-testid="applied">{t('match.applied', { count: applied, keys: `${modifierKey}Z` })}</span>}
      {set.pairs.length === 0 ? applied === null && <span>{t('match.none')}</span> : (
        <>
          <button type="button" onClick={() => setComparing(true)}>{t('match.compare')}</button>
          <button type="button" className="primary" onClick={onAcceptAll} data-testid="accept-all">{t('match.acceptAll')}</button>
        </>
      )}
      <button type="button" onClick={onDismiss}>{t('match.dismiss')}</button>
      <p className="hint mode-hint" data-testid="mode-hint">{t(`match.modeHints.${set.mode}`)}</p>
      <Dialog title={t('match.compareTitle')} open={comparing} onClose={() => setComparing(false)} wide testId="compare-dialog"
        footer={<button type="button" className="primary" onClick={() => setComparing(false)}>{t('match.close')}</button>}>
        <div className="table-scroll compare-scroll">
          <table className="grid compare" data-testid="compare">
            <thead>
              <tr><th>{t('match.mentee')}</th><th>{t('match.now')}</th><th>{t('match.after')}</th><th>{t('match.skill')}</th><th className="num">{t('match.points')}</th><th>{t('match.why')}</th></tr>
            </thead>
            <tbody>
              {set.pairs.map((p) => {
                const now = mentorOf(p.menteeId);
                return (
                  <tr key={`${p.mentorId}:${p.menteeId}`}>
                    <td className="wrap">{nameOf(p.menteeId)}</td>
                    <td className="wrap">{now ? nameOf(now) : <i>{t('match.unassigned')}</i>}</td>
                    <td className="wrap"><b>{nameOf(p.mentorId)}</b></td>
                    <td className="wrap">{p.skill ?? '—'}</td>
                    <td className="num">{p.score}</td>
                    <td className="wrap">{reasonList(t, p)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Dialog>
    </div>
  );
}

/** A Suggest run that has lasted over a second: how many mentees are placed, and a way to stop it. */
export function MatchProgressBar({ progress, onCancel }: { progress: MatchProgress; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="suggestion-bar" role="status" aria-live="polite" data-testid="match-progress">
      <span>{t('match.progress', { done: progress.done, total: progress.total })}</span>
      <progress max={Math.max(1, progress.total)} value={progress.done} />
      <span className="spacer" />
      <button type="button" title={t('match.cancelTitle')} onClick={onCancel} data-testid="match-cancel">{t('match.cancel')}</button>
    </div>
  );
}

/** A suggested mentee shown in the mentor's column, before the coordinator accepts or rejects it. */
export function GhostCard({ pair, name, onAccept, onReject }: { pair: Suggestion; name: string; onAccept: () => void; onReject: () => void }) {
  const { t } = useTranslation();
  return (
    <li className="card ghost" data-testid="ghost" aria-label={`${t('match.suggested')}: ${name}`}>
      <div className="card-top">
        <span className="card-name">{name}</span>
        <span className="score" title={reasonList(t, pair)}>{pair.score}</span>
      </div>
      <div className="card-meta">{reasonList(t, pair)}</div>
      <div className="ghost-actions">
        <button type="button" className="primary" onClick={onAccept} aria-label={`${t('match.accept')}: ${name}`}>✓</button>
        <button type="button" onClick={onReject} aria-label={`${t('match.reject')}: ${name}`}>✕</button>
      </div>
    </li>
  );
}

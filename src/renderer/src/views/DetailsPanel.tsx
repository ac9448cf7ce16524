import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedPreference } from '../../../shared/contract';
import { api } from '../api';
import { historyText } from '../components/HistoryPanel';
import { proposalReason } from '../proposalText';
import { useCohort } from '../store';

/** Her preferred mentors as typed on the form that still need the coordinator: nobody chosen yet, or matched by a guess. */
function useNamesToReview(menteeId: string): TypedPreference[] {
  const history = useCohort((d) => d.history);
  const [open, setOpen] = useState<TypedPreference[]>([]);
  useEffect(() => {
    let live = true;
    api.menteePreferences({ menteeId }).then((all) => live && setOpen(all.filter((p) => p.status !== 'matched')), () => live && setOpen([]));
    return () => {
      live = false;
    };
  }, [menteeId, history]);
  return open;
}

/** Everything about one person: contacts, skills, their mentor, their mentees, proposals and history. */
export function DetailsPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const pairings = useCohort((d) => d.pairings);
  const proposals = useCohort((d) => d.proposals);
  const history = useCohort((d) => d.history);
  const toReview = useNamesToReview(id);
  const person = participants.find((p) => p.id === id);
  if (!person) return null;
  const nameOf = (other: string) => participants.find((p) => p.id === other)?.name ?? other;
  const mentors = pairings.filter((p) => p.menteeId === id);
  const mentees = pairings.filter((p) => p.mentorId === id);
  const theirProposals = proposals.filter((p) => p.menteeId === id || p.mentorId === id);
  const theirHistory = history.filter((h) => Object.values(h.params).some((v) => v === person.name));
  const extra = Object.entries(person.extra);
  return (
    <aside className="side-panel details" aria-label={`${t('participants.details')}: ${person.name}`} data-testid="details">
      <header>
        <h2>{person.name}</h2>
        <button type="button" onClick={onClose} aria-label={t('app.dismiss')}>×</button>
      </header>
      <dl className="facts">
        <dt>{t('participants.nickname')}</dt><dd>{person.nickname || '—'}</dd>
        <dt>{t('participants.phone')}</dt><dd>{person.phone || '—'}</dd>
        <dt>{t('participants.email')}</dt><dd>{person.email || '—'}</dd>
        <dt>{t('participants.region')}</dt><dd>{person.region || '—'}</dd>
        <dt>{t('participants.level')}</dt><dd>{person.level || '—'}</dd>
        <dt>{t('participants.kind')}</dt><dd>{t(`board.kind.${person.kind}`)} · {person.capacity}{person.closed ? ` · ${t('board.closed')}` : ''}</dd>
        <dt>{t('participants.offers')}</dt><dd>{person.offers.join(', ') || '—'}</dd>
        <dt>{t('participants.seeks')}</dt><dd>{person.seeks.join(', ') || '—'}</dd>
        <dt>{t('participants.preferences')}</dt><dd>{person.preferences.map(nameOf).join(', ') || '—'}</dd>
      </dl>
      {toReview.length > 0 && (
        <section className="panel panel-warn names-to-review" data-testid="details-to-review">
          <h3>{t('review.details.title')}</h3>
          <ul className="plain">
            {toReview.map((p) => (
              <li key={p.rank}>{p.rank}. {p.mentor ? t('review.details.fuzzy', { typed: p.typed, mentor: p.mentor.name }) : t('review.details.unresolved', { typed: p.typed })}</li>
            ))}
          </ul>
        </section>
      )}
      <h3>{t('participants.asMentee')}</h3>
      <p>{mentors.length ? mentors.map((p) => `${nameOf(p.mentorId)}${p.skill ? ` (${p.skill})` : ''}`).join(', ') : t('participants.needsMentor')}</p>
      <h3>{t('participants.asMentor')}</h3>
      <p>{mentees.length ? mentees.map((p) => nameOf(p.menteeId)).join(', ') : '—'}</p>
      {theirProposals.length > 0 && (
        <>
          <h3>{t('participants.proposalsOf')}</h3>
          <ul className="plain">
            {theirProposals.map((p) => {
              const reason = proposalReason(t, p, nameOf);
              return <li key={p.id}>{nameOf(p.menteeId)} → {nameOf(p.mentorId)}: {t(`proposals.status.${p.status}`)}{reason ? ` (${reason})` : ''}</li>;
            })}
          </ul>
        </>
      )}
      {person.notes && (<><h3>{t('participants.notes')}</h3><p className="pre">{person.notes}</p></>)}
      {extra.length > 0 && (
        <>
          <h3>{t('participants.extra')}</h3>
          <dl className="facts">{extra.map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}</dl>
        </>
      )}
      {theirHistory.length > 0 && (
        <>
          <h3>{t('participants.historyOf')}</h3>
          <ul className="plain">{theirHistory.map((h) => <li key={h.id} className={h.undone ? 'undone' : ''}>{historyText(t, h)}</li>)}</ul>
        </>
      )}
    </aside>
  );
}

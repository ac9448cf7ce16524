import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CoordinatorDeclineReason, Participant, Proposal } from '../../../shared/domain';
import { errorMessage } from '../messages';
import { announce } from '../components/LiveRegion';
import { confirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { proposalReason } from '../proposalText';
import { useSaying } from '../saying';
import { useCohort, write } from '../store';
import { MentorPiles } from './proposals/MentorPiles';
import type { MentorPile } from './proposals/model';
import { emptyProposalFilter, filterShowing, type ProposalFilter } from './proposals/model';
import { ProposalList } from './proposals/ProposalList';
import './proposals/proposals.css';

function PersonInput({ id, label, people, value, onChange }: {
  id: string;
  label: string;
  people: Participant[];
  value: string;
  onChange: (text: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {label}
      <input list={`${id}-list`} value={value} placeholder={t('proposals.pick')} onChange={(e) => onChange(e.target.value)} data-testid={id} />
      <datalist id={`${id}-list`}>
        {people.map((p) => <option key={p.id} value={p.name}>{[p.level, p.region].filter(Boolean).join(' · ')}</option>)}
      </datalist>
    </label>
  );
}

/**
 * Proposals as the program runs them: record who asked whom, accept or decline each, and see every
 * decided one beside the waiting ones, with why it stands where it does (a coordinator's reason, or the
 * board's: paired with someone else, the mentor closed or full).
 */
export function ProposalsView() {
  const { t } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const proposals = useCohort((d) => d.proposals);
  const pairings = useCohort((d) => d.pairings);
  const settings = useCohort((d) => d.info?.settings);
  const [menteeText, setMenteeText] = useState('');
  const [mentorText, setMentorText] = useState('');
  const [filter, setFilter] = useState<ProposalFilter>(emptyProposalFilter);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [declining, setDeclining] = useState<Proposal | null>(null);
  const [reason, setReason] = useState<CoordinatorDeclineReason>('skill_mismatch');
  const [note, setNote] = useState('');
  // Kept as how to say it, so a language switch says it again in the new language.
  const [message, setMessage] = useSaying();

  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const byName = useMemo(() => new Map(participants.map((p) => [p.name, p])), [participants]);
  const mentors = useMemo(() => participants.filter((p) => p.offers.length > 0), [participants]);
  const personOf = useCallback((id: string) => byId.get(id), [byId]);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;

  const run = async (action: () => Promise<void>) => {
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(() => errorMessage(error));
    }
  };

  const record = () =>
    run(async () => {
      const mentee = byName.get(menteeText.trim());
      const mentor = byName.get(mentorText.trim());
      if (!mentee || !mentor) return setMessage((say) => say('proposals.unknown'));
      const { proposal } = await write('proposalCreate', { menteeId: mentee.id, mentorId: mentor.id });
      setMenteeText('');
      setMentorText('');
      // Said and shown where it landed: a mentee already paired, or a mentor closed or full, settles it at once.
      const recorded = (say: TFunction) => {
        const why = proposalReason(say, proposal, nameOf);
        return say('proposals.recorded', { mentee: mentee.name, mentor: mentor.name, status: say(`proposals.status.${proposal.status}`) }) + (why ? ` (${why})` : '');
      };
      setMessage(recorded);
      announce(recorded(t));
      setFilter((current) => filterShowing(current, proposal, personOf));
      setHighlight(proposal.id);
    });

  const accept = (proposal: Proposal, override = false) =>
    run(async () => {
      const result = await write('proposalAccept', { id: proposal.id, override });
      if (result.ok) return announce(t('announce.assigned', { mentee: nameOf(proposal.menteeId), mentor: nameOf(proposal.mentorId) }));
      const reasonsIn = (say: TFunction) => result.violations.map((v) => say(`rules.${v.code}`, v.params));
      const reasons = reasonsIn(t);
      const overridable = result.violations.every((v) => v.overridable);
      if (overridable && await confirmDialog({
        title: t('override.title'),
        message: t('override.body', { mentee: nameOf(proposal.menteeId), mentor: nameOf(proposal.mentorId) }),
        details: reasons,
        confirmLabel: t('override.confirm'),
        cancelLabel: t('override.cancel'),
        danger: true,
      })) await accept(proposal, true);
      else if (!overridable) setMessage((say) => reasonsIn(say).join(' '));
    });

  const decline = () =>
    run(async () => {
      if (!declining) return;
      await write('proposalDecline', { id: declining.id, reason, note: note || undefined });
      setDeclining(null);
      setNote('');
    });

  const fromForm = () =>
    run(async () => {
      const { created } = await write('proposalsFromPreferences', {});
      setMessage((say) => say('proposals.fromFormDone', { count: created }));
    });

  /** Closing declines her waiting proposals (they reopen with her), so it asks first and says how many. */
  const toggleClosed = ({ mentor, counts }: MentorPile) =>
    run(async () => {
      const closing = !mentor.closed;
      const ok = !closing || await confirmDialog({
        title: t('participants.closeTitle', { name: mentor.name }),
        message: t('proposals.closeBody', { name: mentor.name, count: counts.pending }),
        confirmLabel: t('participants.closeConfirm', { name: mentor.name }),
      });
      if (!ok) return;
      await write('participantUpdate', { id: mentor.id, patch: { closed: closing } });
      announce(t(closing ? 'proposals.closedDone' : 'proposals.reopenedDone', { name: mentor.name }));
    });

  if (!settings) return null;
  return (
    <div className="page proposals-view">
      <div className="toolbar flush">
        <h2>{t('proposals.title')}</h2>
        <span className="spacer" />
        <button type="button" onClick={() => void fromForm()} data-testid="proposals-from-form">{t('proposals.fromForm')}</button>
      </div>
      <p className="lead">{t('proposals.intro')}</p>
      {message && <p className="panel" role="status" data-testid="proposals-message">{message}</p>}
      <div className="two-columns">
        <section>
          <form className="panel inline-form" onSubmit={(e) => { e.preventDefault(); void record(); }}>
            <strong>{t('proposals.newTitle')}</strong>
            <PersonInput id="proposal-mentee" label={t('proposals.mentee')} people={participants} value={menteeText} onChange={setMenteeText} />
            <PersonInput id="proposal-mentor" label={t('proposals.mentor')} people={mentors} value={mentorText} onChange={setMentorText} />
            <button type="submit" className="primary">{t('proposals.record')}</button>
          </form>
          <ProposalList
            proposals={proposals}
            filter={filter}
            onFilter={(next) => { setFilter(next); setHighlight(null); }}
            personOf={personOf}
            highlight={highlight}
            onAccept={(p) => void accept(p)}
            onDecline={(p) => { setDeclining(p); setReason('skill_mismatch'); }}
          />
        </section>
        <MentorPiles
          participants={participants}
          proposals={proposals}
          pairings={pairings}
          settings={settings}
          selected={filter.mentorId}
          onSelect={(mentorId) => { setFilter({ ...filter, mentorId, status: mentorId ? 'all' : filter.status }); setHighlight(null); }}
          onToggleClosed={(pile) => void toggleClosed(pile)}
        />
      </div>
      <Dialog
        title={declining ? t('proposals.declineTitle', { mentor: nameOf(declining.mentorId), mentee: nameOf(declining.menteeId) }) : ''}
        open={declining !== null}
        onClose={() => setDeclining(null)}
        footer={
          <>
            <button type="button" onClick={() => setDeclining(null)}>{t('cohort.cancel')}</button>
            <button type="button" className="primary danger" onClick={() => void decline()} data-testid="confirm-decline">{t('proposals.confirmDecline')}</button>
          </>
        }
      >
        <fieldset className="reasons">
          <legend>{t('proposals.reason')}</legend>
          {(['skill_mismatch', 'mentor_full', 'other'] as const).map((r) => (
            <label key={r}>
              <input type="radio" name="decline-reason" value={r} checked={reason === r} onChange={() => setReason(r)} /> {t(`proposals.reasons.${r}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          {t('proposals.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </Dialog>
    </div>
  );
}

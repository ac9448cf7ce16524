import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclineReason, Participant, Proposal } from '../../../shared/domain';
import { effectiveCapacity } from '../../../shared/rules';
import { errorMessage } from '../messages';
import { announce } from '../components/LiveRegion';
import { confirmDialog } from '../components/ConfirmDialog';
import { Dialog } from '../components/Dialog';
import { useCohort, write } from '../store';

interface MentorPile {
  mentor: Participant;
  pending: number;
  accepted: number;
  declined: number;
  used: number;
  total: number;
}

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

export function ProposalsView() {
  const { t, i18n } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const proposals = useCohort((d) => d.proposals);
  const pairings = useCohort((d) => d.pairings);
  const settings = useCohort((d) => d.info?.settings);
  const [menteeText, setMenteeText] = useState('');
  const [mentorText, setMentorText] = useState('');
  const [declining, setDeclining] = useState<Proposal | null>(null);
  const [reason, setReason] = useState<DeclineReason>('skill_mismatch');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const byName = useMemo(() => new Map(participants.map((p) => [p.name, p])), [participants]);
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const date = new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  const pending = proposals.filter((p) => p.status === 'pending');

  const piles = useMemo<MentorPile[]>(() => {
    if (!settings) return [];
    const mentors = participants.filter((p) => p.offers.length > 0 && p.capacity > 0);
    return mentors
      .map((mentor) => {
        const mine = proposals.filter((p) => p.mentorId === mentor.id);
        return {
          mentor,
          pending: mine.filter((p) => p.status === 'pending').length,
          accepted: mine.filter((p) => p.status === 'accepted').length,
          declined: mine.filter((p) => p.status === 'declined').length,
          used: pairings.filter((p) => p.mentorId === mentor.id).length,
          total: effectiveCapacity(mentor, settings),
        };
      })
      .sort((a, b) => b.pending + b.accepted + b.declined - (a.pending + a.accepted + a.declined) || a.mentor.name.localeCompare(b.mentor.name));
  }, [participants, proposals, pairings, settings]);

  const run = async (action: () => Promise<void>) => {
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  const record = () =>
    run(async () => {
      const mentee = byName.get(menteeText.trim());
      const mentor = byName.get(mentorText.trim());
      if (!mentee || !mentor) return setMessage(t('proposals.unknown'));
      await write('proposalCreate', { menteeId: mentee.id, mentorId: mentor.id });
      setMenteeText('');
      setMentorText('');
    });

  const accept = (proposal: Proposal, override = false) =>
    run(async () => {
      const result = await write('proposalAccept', { id: proposal.id, override });
      if (result.ok) return announce(t('announce.assigned', { mentee: nameOf(proposal.menteeId), mentor: nameOf(proposal.mentorId) }));
      const reasons = result.violations.map((v) => t(`rules.${v.code}`, v.params));
      const overridable = result.violations.every((v) => v.overridable);
      if (overridable && await confirmDialog({
        title: t('override.title'),
        message: t('override.body', { mentee: nameOf(proposal.menteeId), mentor: nameOf(proposal.mentorId) }),
        details: reasons,
        confirmLabel: t('override.confirm'),
        cancelLabel: t('override.cancel'),
        danger: true,
      })) await accept(proposal, true);
      else if (!overridable) setMessage(reasons.join(' '));
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
      setMessage(t('proposals.fromFormDone', { count: created }));
    });

  return (
    <div className="page proposals-view">
      <div className="toolbar flush">
        <h2>{t('proposals.title')}</h2>
        <span className="spacer" />
        <button type="button" onClick={() => void fromForm()} data-testid="proposals-from-form">{t('proposals.fromForm')}</button>
      </div>
      <p className="lead">{t('proposals.intro')}</p>
      {message && <p className="panel" role="status">{message}</p>}
      <div className="two-columns">
        <section>
          <form className="panel inline-form" onSubmit={(e) => { e.preventDefault(); void record(); }}>
            <strong>{t('proposals.newTitle')}</strong>
            <PersonInput id="proposal-mentee" label={t('proposals.mentee')} people={participants} value={menteeText} onChange={setMenteeText} />
            <PersonInput id="proposal-mentor" label={t('proposals.mentor')} people={participants.filter((p) => p.offers.length > 0)} value={mentorText} onChange={setMentorText} />
            <button type="submit" className="primary">{t('proposals.record')}</button>
          </form>
          <h3>{t('proposals.pending')}</h3>
          {pending.length === 0 ? <p className="hint">{t('proposals.none')}</p> : (
            <ul className="proposal-list" data-testid="pending-proposals">
              {pending.map((p) => (
                <li key={p.id}>
                  <div>
                    <b>{nameOf(p.menteeId)}</b> → <b>{nameOf(p.mentorId)}</b>
                    {p.skill && <span className="chip chip-seek">{p.skill}</span>}
                    <div className="hint"><time dateTime={p.createdAt}>{date.format(new Date(p.createdAt))}</time></div>
                  </div>
                  <div className="row-actions">
                    <button type="button" className="primary" onClick={() => void accept(p)}>{t('proposals.accept')}</button>
                    <button type="button" onClick={() => { setDeclining(p); setReason('skill_mismatch'); }}>{t('proposals.decline')}</button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section>
          <h3>{t('proposals.perMentor')}</h3>
          <table className="grid" data-testid="mentor-piles">
            <thead>
              <tr><th>{t('proposals.mentor')}</th><th>{t('proposals.requests')}</th><th>{t('participants.capacity')}</th><th /></tr>
            </thead>
            <tbody>
              {piles.map((pile) => (
                <tr key={pile.mentor.id} className={pile.pending + pile.accepted + pile.declined === 0 ? 'row-muted' : ''}>
                  <td>{pile.mentor.name}</td>
                  <td>
                    {pile.pending + pile.accepted + pile.declined === 0
                      ? t('proposals.noRequests')
                      : t('proposals.counts', { pending: pile.pending, accepted: pile.accepted, declined: pile.declined })}
                  </td>
                  <td>{pile.used}/{pile.total}{pile.mentor.closed ? ` · ${t('board.closed')}` : ''}</td>
                  <td>
                    <button type="button" onClick={() => void run(async () => { await write('participantUpdate', { id: pile.mentor.id, patch: { closed: !pile.mentor.closed } }); })}>
                      {pile.mentor.closed ? t('proposals.reopen') : t('proposals.close')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
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

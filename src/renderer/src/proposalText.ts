import type { TFunction } from 'i18next';
import type { Proposal } from '../../shared/domain';

/**
 * Why a proposal stands where it does, in the interface's language: the board's own reason (paired with
 * someone, the mentor closed or full), or the coordinator's reason and note; '' when there is none.
 */
export function proposalReason(t: TFunction, proposal: Proposal, nameOf: (id: string) => string): string {
  if (proposal.status === 'withdrawn') return t('proposals.settled.paired', { name: proposal.pairedWith ? nameOf(proposal.pairedWith) : '—' });
  if (proposal.status === 'accepted') return proposal.automatic ? t('proposals.settled.accepted') : '';
  if (proposal.status !== 'declined' || !proposal.declineReason) return '';
  if (proposal.automatic) return t(`proposals.settled.${proposal.declineReason === 'mentor_closed' ? 'mentor_closed' : 'mentor_full'}`);
  const reason = t(`proposals.reasons.${proposal.declineReason}`);
  return proposal.declineNote ? `${reason}: ${proposal.declineNote}` : reason;
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pairing, Participant, Proposal, Settings } from '../../../../shared/domain';
import { mentorPiles, type MentorPile } from './model';

const page = 100;

/** Each mentor's requests by status beside her seats; a click shows her proposals, a button closes or reopens her. */
export function MentorPiles({ participants, proposals, pairings, settings, selected, onSelect, onToggleClosed }: {
  participants: readonly Participant[];
  proposals: readonly Proposal[];
  pairings: readonly Pairing[];
  settings: Settings;
  selected: string | null;
  onSelect: (mentorId: string | null) => void;
  onToggleClosed: (pile: MentorPile) => void;
}) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(page);
  const piles = useMemo(() => mentorPiles(participants, proposals, pairings, settings), [participants, proposals, pairings, settings]);
  const countsText = (pile: MentorPile) =>
    (['pending', 'accepted', 'declined', 'withdrawn'] as const)
      .filter((status) => pile.counts[status] > 0)
      .map((status) => t(`proposals.counted.${status}`, { count: pile.counts[status] }))
      .join(' · ');
  return (
    <section>
      <h3>{t('proposals.perMentor')}</h3>
      <table className="grid" data-testid="mentor-piles">
        <thead>
          <tr><th>{t('proposals.mentor')}</th><th>{t('proposals.requests')}</th><th>{t('participants.capacity')}</th><th /></tr>
        </thead>
        <tbody>
          {piles.slice(0, rows).map((pile) => (
            <tr key={pile.mentor.id} className={`${pile.requests === 0 ? 'row-muted' : ''}${selected === pile.mentor.id ? ' row-selected' : ''}`}>
              <td>
                <button type="button" className="cell-button" aria-pressed={selected === pile.mentor.id} onClick={() => onSelect(selected === pile.mentor.id ? null : pile.mentor.id)} title={t('proposals.showMentor', { name: pile.mentor.name })}>
                  {pile.mentor.name}
                </button>
              </td>
              <td className="wrap">{pile.requests === 0 ? t('proposals.noRequests') : countsText(pile)}</td>
              <td>{pile.used}/{pile.total}{pile.mentor.closed ? ` · ${t('board.closed')}` : ''}</td>
              <td>
                <button type="button" onClick={() => onToggleClosed(pile)} aria-label={`${pile.mentor.closed ? t('proposals.reopen') : t('proposals.close')}: ${pile.mentor.name}`}>
                  {pile.mentor.closed ? t('proposals.reopen') : t('proposals.close')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {piles.length > rows && (
        <button type="button" className="link-button" onClick={() => setRows(rows + page)}>{t('proposals.showMore', { shown: rows, total: piles.length })}</button>
      )}
    </section>
  );
}

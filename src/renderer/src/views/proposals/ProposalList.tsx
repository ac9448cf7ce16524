import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Proposal } from '../../../../shared/domain';
import { proposalReason } from '../../proposalText';
import { emptyListKey, filterProposals, statusCounts, statusFilters, type ProposalFilter } from './model';

const page = 100;

/**
 * Every proposal the filters let through, pending or decided: who asked whom for what, where it stands
 * and why. Shows a hundred at a time (a big cohort records tens of thousands); the one just recorded is
 * marked and scrolled to.
 */
export function ProposalList({ proposals, filter, onFilter, personOf, highlight, onAccept, onDecline }: {
  proposals: readonly Proposal[];
  filter: ProposalFilter;
  onFilter: (next: ProposalFilter) => void;
  personOf: (id: string) => Participant | undefined;
  /** The proposal just recorded, marked where it landed. */
  highlight: number | null;
  onAccept: (proposal: Proposal) => void;
  onDecline: (proposal: Proposal) => void;
}) {
  const { t, i18n } = useTranslation();
  // How many rows are shown: a page more per click, back to one page when the filter changes.
  const [more, setMore] = useState({ filter, rows: page });
  const counts = useMemo(() => statusCounts(proposals), [proposals]);
  const found = useMemo(() => filterProposals(proposals, filter, personOf), [proposals, filter, personOf]);
  const nameOf = (id: string) => personOf(id)?.name ?? id;
  // dd/mm/yyyy and the time, as the rest of the app writes dates, in the interface's language.
  const date = useMemo(() => new Intl.DateTimeFormat(i18n.language === 'id' ? 'id-ID' : 'en-GB', {
    day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }), [i18n.language]);
  const marked = useRef<HTMLLIElement>(null);

  const at = highlight === null ? -1 : found.findIndex((p) => p.id === highlight);
  const shown = Math.max(more.filter === filter ? more.rows : page, at + 1);
  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'nearest' });
  }, [highlight, at]);

  const mentor = filter.mentorId ? personOf(filter.mentorId) : undefined;
  return (
    <section className="proposal-section" aria-label={t('proposals.listTitle')}>
      <div className="proposal-filters" role="search">
        <div className="segmented" role="group" aria-label={t('proposals.statusFilter')}>
          {statusFilters.map((status) => (
            <button key={status} type="button" aria-pressed={filter.status === status} onClick={() => onFilter({ ...filter, status })} data-testid={`status-${status}`}>
              {t(`proposals.tabs.${status}`)} <span className="count">{counts[status]}</span>
            </button>
          ))}
        </div>
        <input
          type="search"
          className="search"
          placeholder={t('proposals.search')}
          aria-label={t('proposals.search')}
          value={filter.query}
          onChange={(e) => onFilter({ ...filter, query: e.target.value })}
        />
        {mentor && (
          <button type="button" className="filter-chip" aria-pressed="true" onClick={() => onFilter({ ...filter, mentorId: null })} title={t('proposals.clearMentor')}>
            {t('proposals.toMentor', { name: mentor.name })} ×
          </button>
        )}
      </div>
      {found.length === 0 ? (
        <p className="hint" data-testid="proposals-empty">{t(`proposals.${emptyListKey(proposals.length, filter)}`)}</p>
      ) : (
        <ul className="proposal-list" data-testid="proposal-list">
          {found.slice(0, shown).map((p) => {
            const reason = proposalReason(t, p, nameOf);
            const when = p.status === 'pending' ? p.createdAt : p.decidedAt ?? p.createdAt;
            return (
              <li key={p.id} ref={p.id === highlight ? marked : undefined} className={`status-${p.status}${p.id === highlight ? ' just-recorded' : ''}`} data-testid="proposal" data-status={p.status}>
                <div className="proposal-main">
                  <div>
                    <b>{nameOf(p.menteeId)}</b> → <b>{nameOf(p.mentorId)}</b>
                    {p.skill && <span className="chip chip-seek">{p.skill}</span>}
                  </div>
                  <div className="hint">
                    <span className={`status-badge status-${p.status}`}>{t(`proposals.status.${p.status}`)}</span>
                    {reason && <span className="proposal-reason"> — {reason}</span>}
                    {' · '}<time dateTime={when}>{date.format(new Date(when))}</time>
                  </div>
                </div>
                {p.status === 'pending' && (
                  <div className="row-actions">
                    <button type="button" className="primary" onClick={() => onAccept(p)}>{t('proposals.accept')}</button>
                    <button type="button" onClick={() => onDecline(p)}>{t('proposals.decline')}</button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {found.length > shown && (
        <button type="button" className="link-button" onClick={() => setMore({ filter, rows: shown + page })}>
          {t('proposals.showMore', { shown, total: found.length })}
        </button>
      )}
    </section>
  );
}

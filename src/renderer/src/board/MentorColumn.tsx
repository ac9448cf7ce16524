import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant, Violation } from '../../../shared/domain';
import type { Suggestion } from '../../../shared/contract';
import { ColumnCard } from './MenteeCard';
import { GhostCard } from './SuggestionBar';
import { cardDragId, columnDropId, type BoardColumn } from './model';

interface ColumnProps {
  column: BoardColumn;
  /** Position in the virtualized row, as numbers so memoization holds while scrolling. */
  left: number;
  width: number;
  /** Rule check for the card being dragged over this column, or null when nothing is dragged here. */
  verdict: Violation[] | null;
  highlighted: boolean;
  selectedId: string | null;
  onMenu: (mentee: Participant, mentorId: string | null, anchor: HTMLElement) => void;
  onSelect: (menteeId: string) => void;
  ghosts?: Suggestion[];
  nameOf?: (id: string) => string;
  onAcceptGhost?: (pair: Suggestion) => void;
  onRejectGhost?: (pair: Suggestion) => void;
  /** Saves the mentor's directory poster (a mentor who offers nothing has none). */
  onPoster?: (mentorId: string) => void;
  posterMaking?: boolean;
}

/**
 * The droppable part of a column, apart from its content: dnd-kit re-renders every droppable whenever
 * one registers (each column mounting while the row scrolls); this shell re-renders then, and the
 * content it was handed by the memoized column is reused as it is.
 */
function DropSection({ id, className, children, ...rest }: {
  id: string;
  className: string;
  children: ReactNode;
  style: CSSProperties;
  'aria-label': string;
  'data-testid': string;
  'data-mentor': string;
}) {
  const { setNodeRef, isOver } = useDroppable({ id });
  return (
    <section ref={setNodeRef} className={`${className}${isOver ? ' over' : ''}`} {...rest}>
      {children}
    </section>
  );
}

export const MentorColumn = memo(function MentorColumn({ column, left, width, verdict, highlighted, selectedId, onMenu, onSelect, ghosts, nameOf, onAcceptGhost, onRejectGhost, onPoster, posterMaking }: ColumnProps) {
  const { t } = useTranslation();
  const { mentor } = column;
  const items = useMemo(() => column.cards.map((c) => cardDragId(column.key, c.mentee.id)), [column.cards, column.key]);
  const refused = verdict?.some((v) => !v.overridable) ?? false;
  const state = verdict === null ? '' : refused ? ' drop-refused' : verdict.length > 0 ? ' drop-warn' : ' drop-ok';
  const closed = column.closed || column.full;
  const style = useMemo<CSSProperties>(() => ({ position: 'absolute', top: 0, bottom: 0, left, width }), [left, width]);
  return (
    <DropSection
      id={columnDropId(column.key)}
      style={style}
      className={`column${closed ? ' column-closed' : ''}${state}${highlighted ? ' highlighted' : ''}`}
      aria-label={mentor.name}
      data-testid="column"
      data-mentor={mentor.id}
    >
      <header className="column-header">
        <div className="column-title">
          <h3>{mentor.name}</h3>
          <span className={`capacity${closed ? ' capacity-full' : ''}`} title={t('board.capacity', { used: column.used, total: column.total })}>
            {column.used}/{column.total}
          </span>
          {column.pending > 0 && (
            <span className="badge badge-pending" title={t('board.pendingCount', { count: column.pending })} aria-label={t('board.pendingCount', { count: column.pending })}>
              ✉ {column.pending}
            </span>
          )}
        </div>
        <div className="column-meta">
          <span className="kind">{t(`board.kind.${mentor.kind}`)}</span>
          {mentor.level && <span>{mentor.level}</span>}
          {mentor.region && <span>{mentor.region}</span>}
          {column.closed ? <span className="state-closed">🔒 {t('board.closed')}</span> : column.over ? <span className="state-closed">{t('board.over')}</span> : column.full ? <span className="state-closed">{t('board.full')}</span> : null}
        </div>
        <div className="meter" aria-hidden="true">
          <div className="meter-fill" style={{ width: `${Math.min(100, (column.used / Math.max(1, column.total)) * 100)}%` }} />
        </div>
        <div className="column-offers">
          <ul className="chips" aria-label={t('board.offers')}>
            {mentor.offers.map((skill) => (
              <li key={skill} className="chip">{skill}</li>
            ))}
          </ul>
          {onPoster && mentor.offers.length > 0 && (
            <button
              type="button"
              className="link-button column-poster"
              onClick={() => onPoster(mentor.id)}
              disabled={posterMaking}
              aria-label={t('board.posterOf', { name: mentor.name })}
              title={t('board.posterHint')}
            >
              {posterMaking ? '…' : t('board.poster')}
            </button>
          )}
        </div>
      </header>
      {verdict && verdict.length > 0 && (
        <div className={`verdict${refused ? ' verdict-refused' : ''}`} role="status">
          {verdict.map((v) => (
            <div key={v.code}>{t(`rules.${v.code}`, v.params)}</div>
          ))}
        </div>
      )}
      <SortableContext items={items} strategy={verticalListSortingStrategy}>
        <ul className="cards">
          {column.cards.map((card) => (
            <ColumnCard
              key={card.mentee.id}
              mentee={card.mentee}
              pairing={card.pairing}
              pendingTo={card.pendingTo}
              mentorId={mentor.id}
              mentor={mentor}
              columnKey={column.key}
              onMenu={onMenu}
              selected={selectedId === card.mentee.id}
              onSelect={onSelect}
            />
          ))}
          {ghosts?.map((pair) => (
            <GhostCard
              key={pair.menteeId}
              pair={pair}
              name={nameOf?.(pair.menteeId) ?? pair.menteeId}
              onAccept={() => onAcceptGhost?.(pair)}
              onReject={() => onRejectGhost?.(pair)}
            />
          ))}
          {column.cards.length === 0 && !ghosts?.length && <li className="empty-drop">{t('board.emptyColumn')}</li>}
        </ul>
      </SortableContext>
    </DropSection>
  );
});

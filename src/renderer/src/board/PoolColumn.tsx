import { useDroppable } from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/domain';
import { PoolCard } from './MenteeCard';
import { poolId, type BoardCard } from './model';

/** The unassigned mentees, virtualized: a cohort of thousands keeps only a screenful of cards. */
export const PoolColumn = memo(function PoolColumn({ cards, emptyText, selectedId, onMenu, onSelect, verdictActive }: {
  cards: BoardCard[];
  /** Why the pool is empty: no participants, a filter that hides everyone, or everyone has a mentor. */
  emptyText: string;
  selectedId: string | null;
  onMenu: (mentee: Participant, mentorId: string | null, anchor: HTMLElement) => void;
  onSelect: (id: string) => void;
  verdictActive: boolean;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: poolId });
  const scrollRef = useRef<HTMLDivElement>(null);
  // Cards differ in height (a name or region that wraps, several skills): each is measured once shown,
  // keyed by mentee so a filtered list reuses what it measured.
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 84,
    gap: 8,
    overscan: 8,
    getItemKey: (index) => cards[index].mentee.id,
  });
  return (
    <section ref={setNodeRef} className={`column pool${isOver && verdictActive ? ' over drop-ok' : ''}`} aria-label={t('board.unassigned')} data-testid="pool">
      <header className="column-header">
        <div className="column-title">
          <h3>{t('board.unassigned')}</h3>
          <span className="capacity">{cards.length}</span>
        </div>
        <p className="hint">{t('board.unassignedHint')}</p>
      </header>
      <div className="pool-scroll" ref={scrollRef}>
        {cards.length === 0 ? (
          <p className="empty-drop" data-testid="pool-empty">{emptyText}</p>
        ) : (
          <ul className="cards" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index];
              return (
                <PoolCard
                  key={card.mentee.id}
                  mentee={card.mentee}
                  pairing={null}
                  pendingTo={card.pendingTo}
                  mentorId={null}
                  onMenu={onMenu}
                  selected={selectedId === card.mentee.id}
                  onSelect={onSelect}
                  top={item.start}
                  index={item.index}
                  measure={virtualizer.measureElement}
                />
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
});

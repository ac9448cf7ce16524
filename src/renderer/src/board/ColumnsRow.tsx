import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { Suggestion } from '../../../shared/contract';
import type { Participant } from '../../../shared/domain';
import { checkAssignment, type RuleContext } from '../../../shared/rules';
import { MentorColumn } from './MentorColumn';
import { offersWanted, type BoardColumn } from './model';

const columnWidth = 288;

/**
 * The mentor (or group) columns, virtualized horizontally. Its own component so that scrolling
 * re-renders only this row, not the toolbar, the pool and the dialogs around it.
 */
export const ColumnsRow = memo(function ColumnsRow({ columns, emptyText, drag, context, selectedMentee, selectedId, onMenu, onSelect, ghostsByKey, nameOf, onAcceptGhost, onRejectGhost, onPoster, posterMaking }: {
  columns: BoardColumn[];
  emptyText: string;
  /** The card being dragged (the mentor it comes from, if any) and the column it is over. */
  drag: { menteeId: string; fromMentorId: string | null; overKey: string | null } | null;
  context: RuleContext;
  selectedMentee: Participant | undefined;
  selectedId: string | null;
  onMenu: (mentee: Participant, mentorId: string | null, anchor: HTMLElement) => void;
  onSelect: (menteeId: string) => void;
  ghostsByKey: ReadonlyMap<string, Suggestion[]>;
  nameOf: (id: string) => string;
  onAcceptGhost: (pair: Suggestion) => void;
  onRejectGhost: (pair: Suggestion) => void;
  onPoster: (mentorId: string) => void;
  /** The mentor whose poster is being made, if any. */
  posterMaking: string | null;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => columnWidth,
    overscan: 4,
    getItemKey: (index) => columns[index]?.key ?? index,
  });
  // Only the column under the dragged card is checked against the rules, live.
  const verdictFor = (column: BoardColumn) =>
    drag && drag.overKey === column.key
      ? checkAssignment(context, { menteeId: drag.menteeId, mentorId: column.mentor.id, fromMentorId: drag.fromMentorId })
      : null;
  return (
    <div className="columns-scroll" ref={scrollRef} data-testid="columns">
      {columns.length === 0 ? (
        <p className="empty-board">{emptyText}</p>
      ) : (
        <div className="columns" style={{ width: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const column = columns[item.index];
            return (
              <MentorColumn
                key={column.key}
                column={column}
                left={item.start}
                width={columnWidth - 12}
                verdict={verdictFor(column)}
                highlighted={offersWanted(column, selectedMentee)}
                selectedId={selectedId}
                onMenu={onMenu}
                onSelect={onSelect}
                ghosts={ghostsByKey.get(column.key)}
                nameOf={nameOf}
                onAcceptGhost={onAcceptGhost}
                onRejectGhost={onRejectGhost}
                onPoster={onPoster}
                posterMaking={posterMaking === column.mentor.id}
              />
            );
          })}
        </div>
      )}
    </div>
  );
});

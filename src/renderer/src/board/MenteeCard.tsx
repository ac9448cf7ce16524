import { useDraggable } from '@dnd-kit/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { memo, useCallback, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pairing, Participant } from '../../../shared/domain';
import { useCohort } from '../store';
import { cardDragId } from './model';
import { overrideNote } from './overrideNote';

interface CardProps {
  mentee: Participant;
  pairing: Pairing | null;
  /** Mentors this mentee's waiting proposals go to, joined; '' when none. */
  pendingTo: string;
  mentorId: string | null;
  /** The column's mentor, for the words of an overridden rule's flag. */
  mentor?: Participant;
  onMenu: (mentee: Participant, mentorId: string | null, anchor: HTMLElement) => void;
  selected: boolean;
  onSelect: (menteeId: string) => void;
}

// Memoized: the draggable <li> around it re-renders whenever dnd-kit's context changes (a column
// mounting while scrolling); the card's content stays as it was.
const CardBody = memo(function CardBody({ mentee, pairing, pendingTo, mentorId, mentor, onMenu }: Omit<CardProps, 'selected' | 'onSelect'>) {
  const { t } = useTranslation();
  const skill = pairing?.skill ?? mentee.seeks[0] ?? null;
  const warnings = pairing?.overrides ?? [];
  const groupSizeLimit = useCohort((d) => d.info?.settings.groupSizeLimit ?? 0);
  const mentorsPerMentee = useCohort((d) => d.info?.settings.mentorsPerMentee ?? 0);
  const warningText = warnings
    .map((code) => overrideNote(code, { mentor: mentor ?? null, mentee, skill, settings: { groupSizeLimit, mentorsPerMentee } }))
    .map(({ key, params }) => t(key, params))
    .join('\n');
  return (
    <>
      <div className="card-top">
        <span className="card-name">{mentee.name}</span>
        <span className="card-badges">
          {pendingTo && (
            <span className="badge badge-pending" title={t('board.pendingTo', { names: pendingTo })} aria-label={t('board.pendingTo', { names: pendingTo })} data-testid="badge-pending">
              ✉
            </span>
          )}
          {pairing?.pinned && <span className="badge badge-pin" title={t('board.pinned')} aria-label={t('board.pinned')}>📌</span>}
          {warnings.length > 0 && (
            <span className="badge badge-warn" title={warningText} aria-label={`${t('board.warning')}: ${warningText}`} data-testid="override-flag">
              ⚠
            </span>
          )}
        </span>
        <button
          type="button"
          className="card-menu"
          aria-label={t('board.actions', { name: mentee.name })}
          onPointerDown={(e) => e.stopPropagation()}
          onKeyDown={(e) => e.stopPropagation()}
          onClick={(e) => onMenu(mentee, mentorId, e.currentTarget)}
        >
          ⋯
        </button>
      </div>
      <div className="card-meta">{[mentee.level, mentee.region].filter(Boolean).join(' · ')}</div>
      <SoughtSkills seeks={mentee.seeks} paired={pairing?.skill ?? null} />
    </>
  );
});

/**
 * Every skill she seeks, small: the one she is paired for first and marked (it may be one she did not
 * list, when a rule was overridden), then the rest. They wrap; the card grows, never overlaps.
 */
function SoughtSkills({ seeks, paired }: { seeks: readonly string[]; paired: string | null }) {
  const { t } = useTranslation();
  const skills = paired ? [paired, ...seeks.filter((s) => s !== paired)] : seeks;
  if (skills.length === 0) return null;
  return (
    <ul className="chips card-skills" aria-label={t('board.seeks')}>
      {skills.map((skill) => (
        <li key={skill} className={paired === null ? 'chip chip-seek' : skill === paired ? 'chip chip-seek chip-paired' : 'chip chip-other'} title={skill === paired ? t('board.pairedFor') : undefined}>
          {skill}
        </li>
      ))}
    </ul>
  );
}

/** A card in a mentor's column: sortable, so it can be reordered or moved. */
export const ColumnCard = memo(function ColumnCard({ columnKey, ...props }: CardProps & { mentorId: string; columnKey: string }) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: cardDragId(columnKey, props.mentee.id),
    data: { menteeId: props.mentee.id, mentorId: props.mentorId },
  });
  const style: CSSProperties = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`card${isDragging ? ' dragging' : ''}${props.selected ? ' selected' : ''}${props.pairing?.overrides.length ? ' warn' : ''}`}
      data-testid="card"
      data-mentee={props.mentee.id}
      onClick={() => props.onSelect(props.mentee.id)}
      {...attributes}
      {...listeners}
    >
      <CardBody mentee={props.mentee} pairing={props.pairing} pendingTo={props.pendingTo} mentorId={props.mentorId} mentor={props.mentor} onMenu={props.onMenu} />
    </li>
  );
});

/**
 * A card in the unassigned pool, placed by the virtualizer at `top`; `measure` reads its real height
 * (a wrapped name or region, several skills), so the next card starts below it.
 */
export const PoolCard = memo(function PoolCard({ index, measure, ...props }: CardProps & { top: number; index: number; measure: (node: Element | null) => void }) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: cardDragId(null, props.mentee.id),
    data: { menteeId: props.mentee.id, mentorId: null },
  });
  const ref = useCallback((node: HTMLLIElement | null) => {
    setNodeRef(node);
    measure(node);
  }, [setNodeRef, measure]);
  return (
    <li
      ref={ref}
      data-index={index}
      style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${props.top}px)` }}
      className={`card${isDragging ? ' dragging' : ''}${props.selected ? ' selected' : ''}`}
      data-testid="card"
      data-mentee={props.mentee.id}
      onClick={() => props.onSelect(props.mentee.id)}
      {...attributes}
      {...listeners}
    >
      <CardBody mentee={props.mentee} pairing={props.pairing} pendingTo={props.pendingTo} mentorId={null} onMenu={props.onMenu} />
    </li>
  );
});

export function DragPreview({ mentee }: { mentee: Participant }) {
  return (
    <div className="card drag-preview">
      <div className="card-top">
        <span className="card-name">{mentee.name}</span>
      </div>
      <div className="card-meta">{[mentee.level, mentee.region].filter(Boolean).join(' · ')}</div>
    </div>
  );
}

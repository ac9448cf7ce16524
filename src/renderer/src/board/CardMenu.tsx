import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/domain';
import { write } from '../store';
import type { DropOutcome } from './model';

export interface CardMenuState {
  mentee: Participant;
  mentorId: string | null;
  anchor: HTMLElement;
}

/** The menu path for every drag: assign, unassign, pin — reachable with the keyboard alone. */
export function CardMenu({ state, onClose, onAssign, onDrop, pinned }: {
  state: CardMenuState;
  onClose: () => void;
  onAssign: () => void;
  onDrop: (outcome: DropOutcome) => void;
  pinned: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const rect = state.anchor.getBoundingClientRect();
  useEffect(() => {
    ref.current?.querySelector('button')?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        onClose();
        state.anchor.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [onClose, state.anchor]);
  const { mentorId, mentee } = state;
  return (
    <div
      ref={ref}
      className="menu"
      role="menu"
      aria-label={t('board.actions', { name: mentee.name })}
      style={{ top: Math.min(rect.bottom + 4, window.innerHeight - 160), left: Math.min(rect.left, window.innerWidth - 220) }}
    >
      <button type="button" role="menuitem" onClick={onAssign}>{t('board.assignTo')}</button>
      {mentorId && (
        <>
          <button type="button" role="menuitem" onClick={() => onDrop({ type: 'unassign', menteeId: mentee.id, mentorId })}>
            {t('board.unassign')}
          </button>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              void write('pairingPin', { mentorId, menteeId: mentee.id, pinned: !pinned });
              onClose();
            }}
          >
            {pinned ? t('board.unpin') : t('board.pin')}
          </button>
        </>
      )}
    </div>
  );
}

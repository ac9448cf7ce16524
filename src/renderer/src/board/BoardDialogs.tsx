import { useTranslation } from 'react-i18next';
import type { Pairing, Participant } from '../../../shared/domain';
import type { RuleContext } from '../../../shared/rules';
import { Dialog } from '../components/Dialog';
import { AssignDialog } from './AssignDialog';
import { CardMenu, type CardMenuState } from './CardMenu';
import type { BoardColumn } from './model';
import type { useDropHandler } from './useDropHandler';

/** Everything the board opens over itself: a card's menu, "Assign to…", the override question, a refusal. */
export function BoardDialogs({ menu, onCloseMenu, assigning, onAssign, onChoose, columns, pairings, context, drop, nameOf }: {
  menu: CardMenuState | null;
  onCloseMenu: () => void;
  assigning: { mentee: Participant; mentorId: string | null } | null;
  onAssign: (next: { mentee: Participant; mentorId: string | null } | null) => void;
  onChoose: (column: BoardColumn) => void;
  /** Every column of the current board mode, filtered or not. */
  columns: ReadonlyMap<string, BoardColumn>;
  pairings: readonly Pairing[];
  context: RuleContext;
  drop: ReturnType<typeof useDropHandler>;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {menu && (
        <CardMenu
          state={menu}
          onClose={onCloseMenu}
          onAssign={() => { onAssign({ mentee: menu.mentee, mentorId: menu.mentorId }); onCloseMenu(); }}
          onDrop={(outcome) => { drop.handle(outcome); onCloseMenu(); }}
          pinned={!!menu.mentorId && pairings.some((p) => p.mentorId === menu.mentorId && p.menteeId === menu.mentee.id && p.pinned)}
        />
      )}
      {assigning && (
        <AssignDialog
          mentee={assigning.mentee}
          fromMentorId={assigning.mentorId}
          columns={columns}
          context={context}
          onClose={() => onAssign(null)}
          onChoose={(column) => { onChoose(column); onAssign(null); }}
        />
      )}
      <Dialog
        title={t('override.title')}
        open={drop.pending !== null}
        onClose={drop.cancelOverride}
        footer={
          <>
            <button type="button" onClick={drop.cancelOverride}>{t('override.cancel')}</button>
            <button type="button" className="primary danger" onClick={drop.confirmOverride}>{t('override.confirm')}</button>
          </>
        }
      >
        {drop.pending && (
          <>
            <p>{t('override.body', { mentee: nameOf(drop.pending.outcome.menteeId), mentor: nameOf(drop.pending.outcome.mentorId) })}</p>
            <ul className="violations">
              {drop.pending.violations.map((v) => (
                <li key={v.code}>{t(`rules.${v.code}`, v.params)}</li>
              ))}
            </ul>
          </>
        )}
      </Dialog>
      {drop.error && (
        <div className="toast toast-error" role="alert">
          <strong>{t('board.refused')}:</strong> {drop.error}
          <button type="button" onClick={drop.clearError} aria-label={t('app.dismiss')}>×</button>
        </div>
      )}
    </>
  );
}

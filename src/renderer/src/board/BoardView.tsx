import {
  DndContext, DragOverlay, KeyboardSensor, PointerSensor, pointerWithin, rectIntersection, useDroppable, useSensor, useSensors,
  type Announcements, type CollisionDetection, type DragEndEvent, type DragOverEvent, type DragStartEvent, type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Participant } from '../../../shared/domain';
import { checkAssignment, pairKey, type RuleContext } from '../../../shared/rules';
import { Dialog } from '../components/Dialog';
import { useCohort } from '../store';
import { AssignDialog } from './AssignDialog';
import { CardMenu, type CardMenuState } from './CardMenu';
import { centerOf, nextTarget, type Direction } from './keyboard';
import { DragPreview, PoolCard } from './MenteeCard';
import { MentorColumn } from './MentorColumn';
import { buildBoard, dropOutcome, parseCardId, parseDropId, poolId, type BoardFilter } from './model';
import { SuggestionBar } from './SuggestionBar';
import { useDropHandler } from './useDropHandler';
import { useSuggestions } from './useSuggestions';

const columnWidth = 288;
const arrowDirections: Record<string, Direction> = { ArrowRight: 'right', ArrowLeft: 'left', ArrowDown: 'down', ArrowUp: 'up' };

// Pointer first (precise under the cursor), rectangles as the fallback for keyboard drags.
const collisions: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

/** Arrow keys jump from one drop target (the pool, then each visible column) to the next. */
function jumpBetweenColumns(last: { current: string | null }): KeyboardCoordinateGetter {
  return (event, { context }) => {
    const direction = arrowDirections[event.code];
    if (!direction || !context.collisionRect) return undefined;
    event.preventDefault();
    const targets = [...context.droppableContainers.getEnabled()]
      .filter((c) => parseDropId(String(c.id)) !== null)
      .flatMap((c) => {
        // Right after pick-up dnd-kit may not have measured the targets yet; measure them here then.
        const rect = context.droppableRects.get(c.id) ?? c.node.current?.getBoundingClientRect();
        return rect ? [{ id: String(c.id), left: rect.left, top: rect.top, width: rect.width, height: rect.height }] : [];
      });
    // Where the card is now, from its own rectangle: `over` lags a frame behind quick key presses.
    const { left, top, width, height } = context.collisionRect;
    const x = left + width / 2;
    const y = top + Math.min(height / 2, 40);
    const under = targets.find((t) => x >= t.left && x <= t.left + t.width && y >= t.top && y <= t.top + t.height);
    const overId = context.over ? String(context.over.id) : null;
    // Quick key presses outrun dnd-kit's own tracking; the target chosen last is the truth.
    const current = last.current ?? under?.id ?? (overId && parseDropId(overId) ? overId : (() => {
      const card = overId ? parseCardId(overId) : null;
      return card ? (card.mentorId ? `column:${card.mentorId}` : poolId) : null;
    })());
    const target = nextTarget(targets, current, direction);
    if (!target) return undefined;
    last.current = target.id;
    return centerOf(target, context.collisionRect);
  };
}

function PoolColumn({ cards, selectedId, onMenu, onSelect, verdictActive }: {
  cards: Array<{ mentee: Participant }>;
  selectedId: string | null;
  onMenu: (mentee: Participant, mentorId: string | null, anchor: HTMLElement) => void;
  onSelect: (id: string) => void;
  verdictActive: boolean;
}) {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: poolId });
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: cards.length, getScrollElement: () => scrollRef.current, estimateSize: () => 84, overscan: 8 });
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
          <p className="empty-drop">{t('board.emptyPool')}</p>
        ) : (
          <ul className="cards" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const card = cards[item.index];
              return (
                <PoolCard
                  key={card.mentee.id}
                  mentee={card.mentee}
                  pairing={null}
                  mentorId={null}
                  onMenu={onMenu}
                  selected={selectedId === card.mentee.id}
                  onSelect={onSelect}
                  top={item.start}
                />
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}

export function BoardView() {
  const { t } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const pairings = useCohort((d) => d.pairings);
  const proposals = useCohort((d) => d.proposals);
  const settings = useCohort((d) => d.info?.settings);
  const [filter, setFilter] = useState<BoardFilter>({ query: '', skill: '' });
  const [active, setActive] = useState<{ menteeId: string; mentorId: string | null } | null>(null);
  const [overMentor, setOverMentor] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [menu, setMenu] = useState<CardMenuState | null>(null);
  const [assigning, setAssigning] = useState<{ mentee: Participant; mentorId: string | null } | null>(null);
  const [mode, setMode] = useState<'optimal' | 'stable'>('optimal');
  const suggestions = useSuggestions();

  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const nameOf = useCallback((id: string) => byId.get(id)?.name ?? id, [byId]);
  const board = useMemo(() => (settings ? buildBoard(participants, pairings, settings, filter) : null), [participants, pairings, settings, filter]);
  const context = useMemo<RuleContext | null>(
    () => settings ? {
      participants: byId,
      pairings,
      declined: new Set(proposals.filter((p) => p.status === 'declined').map((p) => pairKey(p.mentorId, p.menteeId))),
      settings,
    } : null,
    [byId, pairings, proposals, settings],
  );
  const skills = useMemo(() => [...new Set(participants.flatMap((p) => p.offers))].sort((a, b) => a.localeCompare(b)), [participants]);
  const drop = useDropHandler(context ?? { participants: byId, pairings, declined: new Set(), settings: { groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: true } }, nameOf);

  const keyboardTarget = useRef<string | null>(null);
  const keyboardGetter = useMemo(() => jumpBetweenColumns(keyboardTarget), []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardGetter }),
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  const columns = board?.columns ?? [];
  const virtualizer = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => columnWidth,
    overscan: 4,
  });

  const selectedMentee = selectedId ? byId.get(selectedId) : undefined;
  const targetOf = (overId: string | null): { kind: 'pool' } | { kind: 'column'; mentorId: string; index?: number } | null => {
    if (!overId) return null;
    const dropTarget = parseDropId(overId);
    if (dropTarget) return dropTarget;
    const card = parseCardId(overId);
    if (!card) return null;
    if (!card.mentorId) return { kind: 'pool' };
    const column = columns.find((c) => c.mentor.id === card.mentorId);
    const index = column?.cards.findIndex((c) => c.mentee.id === card.menteeId) ?? -1;
    return { kind: 'column', mentorId: card.mentorId, index: index < 0 ? undefined : index };
  };

  const onDragStart = (event: DragStartEvent) => {
    keyboardTarget.current = null;
    const card = parseCardId(String(event.active.id));
    setActive(card);
    if (card) setSelectedId(card.menteeId);
  };
  const onDragOver = (event: DragOverEvent) => {
    const target = targetOf(event.over ? String(event.over.id) : null);
    setOverMentor(target?.kind === 'column' ? target.mentorId : null);
  };
  const onDragEnd = (event: DragEndEvent) => {
    const card = parseCardId(String(event.active.id));
    // A keyboard drop lands where the arrow keys took it, even if rendering hasn't caught up yet.
    const target = targetOf(keyboardTarget.current ?? (event.over ? String(event.over.id) : null));
    keyboardTarget.current = null;
    setActive(null);
    setOverMentor(null);
    if (!card || !target) return;
    const length = target.kind === 'column' ? (columns.find((c) => c.mentor.id === target.mentorId)?.cards.length ?? 0) : 0;
    drop.handle(dropOutcome(card, target, length));
  };

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('announce.start', { name: nameOf(parseCardId(String(a.id))?.menteeId ?? '') }),
    onDragOver: ({ active: a, over }) => {
      const name = nameOf(parseCardId(String(a.id))?.menteeId ?? '');
      const target = targetOf(over ? String(over.id) : null);
      if (!target) return t('announce.overNone', { name });
      return t('announce.over', { name, target: target.kind === 'pool' ? t('board.unassigned') : nameOf(target.mentorId) });
    },
    onDragEnd: ({ active: a, over }) => {
      const name = nameOf(parseCardId(String(a.id))?.menteeId ?? '');
      const target = targetOf(over ? String(over.id) : null);
      if (!target) return t('announce.droppedNone', { name });
      return t('announce.dropped', { name, target: target.kind === 'pool' ? t('board.unassigned') : nameOf(target.mentorId) });
    },
    onDragCancel: ({ active: a }) => t('announce.cancel', { name: nameOf(parseCardId(String(a.id))?.menteeId ?? '') }),
  };

  const verdictFor = (mentorId: string) => {
    if (!active || !context || overMentor !== mentorId) return null;
    return checkAssignment(context, { menteeId: active.menteeId, mentorId, fromMentorId: active.mentorId });
  };
  const openMenu = useCallback((mentee: Participant, mentorId: string | null, anchor: HTMLElement) => setMenu({ mentee, mentorId, anchor }), []);
  const activeMentee = active ? byId.get(active.menteeId) : undefined;

  useEffect(() => {
    // Time to an interactive board, for `npm run bench:board`.
    if (board && board.columns.length > 0 && performance.getEntriesByName('kupu:board-ready').length === 0) performance.mark('kupu:board-ready');
  }, [board]);

  if (!board || !settings) return null;
  return (
    <div className="board-view">
      <div className="toolbar" role="search">
        <input
          type="search"
          className="search"
          placeholder={t('board.search')}
          aria-label={t('board.search')}
          value={filter.query}
          onChange={(e) => setFilter({ ...filter, query: e.target.value })}
        />
        <label className="inline-label">
          {t('board.skillFilter')}
          <select aria-label={t('board.skillFilter')} value={filter.skill} onChange={(e) => setFilter({ ...filter, skill: e.target.value })}>
            <option value="">{t('board.allSkills')}</option>
            {skills.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </select>
        </label>
        <span className="toolbar-count">{t('board.mentors', { count: board.columns.length })}</span>
        <span className="spacer" />
        <label className="inline-label">
          {t('match.mode')}
          <select aria-label={t('match.mode')} value={mode} onChange={(e) => setMode(e.target.value === 'stable' ? 'stable' : 'optimal')}>
            <option value="optimal">{t('match.modes.optimal')}</option>
            <option value="stable">{t('match.modes.stable')}</option>
          </select>
        </label>
        <button type="button" className="primary" title={t('match.suggestTitle')} disabled={suggestions.busy} onClick={() => void suggestions.suggest(mode)} data-testid="suggest">
          {suggestions.busy ? t('match.working') : t('match.suggest')}
        </button>
      </div>
      {suggestions.set && (
        <SuggestionBar
          set={suggestions.set}
          nameOf={nameOf}
          mentorOf={(menteeId) => pairings.find((p) => p.menteeId === menteeId)?.mentorId ?? null}
          onAcceptAll={() => void suggestions.accept(suggestions.set?.pairs ?? [])}
          onDismiss={suggestions.dismiss}
        />
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collisions}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => { setActive(null); setOverMentor(null); }}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('announce.instructions') } }}
      >
        <div className="board">
          <PoolColumn cards={board.pool} selectedId={selectedId} onMenu={openMenu} onSelect={setSelectedId} verdictActive={active?.mentorId !== null} />
          <div className="columns-scroll" ref={scrollRef} data-testid="columns">
            {board.columns.length === 0 ? (
              <p className="empty-board">{t('board.noMentors')}</p>
            ) : (
              <div className="columns" style={{ width: virtualizer.getTotalSize(), position: 'relative' }}>
                {virtualizer.getVirtualItems().map((item) => {
                  const column = columns[item.index];
                  return (
                    <MentorColumn
                      key={column.mentor.id}
                      column={column}
                      left={item.start}
                      width={columnWidth - 12}
                      verdict={verdictFor(column.mentor.id)}
                      highlighted={!!selectedMentee && selectedMentee.seeks.some((s) => column.mentor.offers.includes(s))}
                      selectedId={selectedId}
                      onMenu={openMenu}
                      onSelect={setSelectedId}
                      ghosts={suggestions.byMentor.get(column.mentor.id)}
                      nameOf={nameOf}
                      onAcceptGhost={(pair) => void suggestions.accept([pair])}
                      onRejectGhost={(pair) => void suggestions.reject(pair)}
                    />
                  );
                })}
              </div>
            )}
          </div>
        </div>
        <DragOverlay dropAnimation={null}>{activeMentee ? <DragPreview mentee={activeMentee} /> : null}</DragOverlay>
      </DndContext>

      {menu && (
        <CardMenu
          state={menu}
          onClose={() => setMenu(null)}
          onAssign={() => { setAssigning({ mentee: menu.mentee, mentorId: menu.mentorId }); setMenu(null); }}
          onDrop={(outcome) => { drop.handle(outcome); setMenu(null); }}
          pinned={!!menu.mentorId && pairings.some((p) => p.mentorId === menu.mentorId && p.menteeId === menu.mentee.id && p.pinned)}
        />
      )}
      {assigning && context && (
        <AssignDialog
          mentee={assigning.mentee}
          fromMentorId={assigning.mentorId}
          columns={buildBoard(participants, pairings, settings, { query: '', skill: '' }).columns}
          context={context}
          onClose={() => setAssigning(null)}
          onChoose={(mentorId) => {
            const length = columns.find((c) => c.mentor.id === mentorId)?.cards.length ?? 0;
            drop.handle(dropOutcome({ menteeId: assigning.mentee.id, mentorId: assigning.mentorId }, { kind: 'column', mentorId }, length));
            setAssigning(null);
          }}
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
    </div>
  );
}

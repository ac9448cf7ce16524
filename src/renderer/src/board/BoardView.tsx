import {
  DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors,
  type Announcements, type DragEndEvent, type DragOverEvent, type DragStartEvent,
} from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../../shared/contract';
import type { Participant } from '../../../shared/domain';
import { declinedKeys, type RuleContext } from '../../../shared/rules';
import { useRemembered } from '../memory';
import { useCohort } from '../store';
import { BoardDialogs } from './BoardDialogs';
import type { CardMenuState } from './CardMenu';
import { collisions, jumpBetweenColumns } from './dnd';
import { columnsEmptyKey, poolEmptyKey } from './emptyText';
import { emptyFilter, filterChoices, type BoardFilter } from './filters';
import { FilterBar } from './FilterBar';
import { DragPreview } from './MenteeCard';
import { ColumnsRow } from './ColumnsRow';
import {
  boardModes, columnDropId, dropOutcome, filterBoard, layoutBoard, parseCardId, parseDropId, type BoardColumn, type DropOutcome, type DropTarget,
} from './model';
import { PoolColumn } from './PoolColumn';
import { MatchProgressBar, SuggestionBar } from './SuggestionBar';
import { useDropHandler } from './useDropHandler';
import { usePoster } from './usePoster';
import { useSuggestions } from './useSuggestions';

/** Where a drop id or card id points: a column (null for the pool), with the slot when it is a card. */
type Located = { column: BoardColumn | null; index?: number };

const fallbackSettings = { groupSizeLimit: 5, mentorsPerMentee: 1, peerSameLevel: true, allowMutual: true };

export function BoardView() {
  const { t } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const pairings = useCohort((d) => d.pairings);
  const proposals = useCohort((d) => d.proposals);
  const settings = useCohort((d) => d.info?.settings);
  const cohortPath = useCohort((d) => d.info?.path ?? '');
  const [filter, setFilter] = useState<BoardFilter>(emptyFilter);
  const [boardMode, switchBoard] = useRemembered('boardMode', cohortPath, boardModes, 'mentors');
  const [active, setActive] = useState<{ menteeId: string; key: string | null } | null>(null);
  const [overKey, setOverKey] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [menu, setMenu] = useState<CardMenuState | null>(null);
  const [assigning, setAssigning] = useState<{ mentee: Participant; mentorId: string | null } | null>(null);
  const [mode, setMode] = useState<'optimal' | 'stable'>('optimal');
  const suggestions = useSuggestions();

  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const nameOf = useCallback((id: string) => byId.get(id)?.name ?? id, [byId]);
  // Two steps, so a search keystroke re-filters the built columns instead of rebuilding every card.
  const layout = useMemo(
    () => (settings ? layoutBoard(participants, pairings, settings, { proposals, mode: boardMode }) : null),
    [participants, pairings, settings, proposals, boardMode],
  );
  const board = useMemo(() => (layout ? filterBoard(layout, filter) : null), [layout, filter]);
  const context = useMemo<RuleContext | null>(
    () => settings ? {
      participants: byId,
      pairings,
      declined: declinedKeys(proposals),
      settings,
    } : null,
    [byId, pairings, proposals, settings],
  );
  const choices = useMemo(() => filterChoices(participants), [participants]);
  // A group is a group mentor with mentees: the number the rosters and exports print.
  const count = useMemo(() => ({ columns: board?.columns.length ?? 0, groups: board?.columns.filter((c) => c.cards.length > 0).length ?? 0 }), [board]);
  const poster = usePoster(nameOf);
  const drop = useDropHandler(context ?? { participants: byId, pairings, declined: new Set(), settings: fallbackSettings }, nameOf);

  const keyboardTarget = useRef<string | null>(null);
  const keyboardGetter = useMemo(() => jumpBetweenColumns(keyboardTarget), []);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: keyboardGetter }),
  );

  const selectedMentee = selectedId ? byId.get(selectedId) : undefined;
  /** The column a drop id or card id points at, with the slot when it is a card. */
  const locate = (overId: string | null): Located | null => {
    if (!overId || !board) return null;
    const dropTarget = parseDropId(overId);
    if (dropTarget) return { column: dropTarget.kind === 'pool' ? null : board.byKey.get(dropTarget.key) ?? null };
    const card = parseCardId(overId);
    if (!card) return null;
    if (!card.key) return { column: null };
    const column = board.byKey.get(card.key) ?? null;
    const index = column?.cards.findIndex((c) => c.mentee.id === card.menteeId) ?? -1;
    return { column, index: index < 0 ? undefined : index };
  };
  const targetOf = (found: Located | null): DropTarget | null => {
    if (!found) return null;
    if (!found.column) return { kind: 'pool' };
    return { kind: 'column', mentorId: found.column.mentor.id, index: found.index };
  };
  const labelOf = (overId: string | null) => {
    const found = locate(overId);
    return !found ? null : found.column ? found.column.mentor.name : t('board.unassigned');
  };
  /** What dropping the card of `menteeId`, taken from her mentor's column (null: the pool), on `overId` means. A column's key is its mentor's id. */
  const outcomeOf = (menteeId: string, fromMentorId: string | null, overId: string | null): DropOutcome => {
    const found = locate(overId);
    const target = targetOf(found);
    if (!target) return { type: 'none' };
    return dropOutcome({ menteeId, mentorId: fromMentorId }, target, found?.column?.cards.length ?? 0);
  };

  /** "Assign to…" chose a column: the same outcome as dragging the card there. */
  const chooseColumn = (column: BoardColumn) => {
    if (!assigning) return;
    drop.handle(outcomeOf(assigning.mentee.id, assigning.mentorId, columnDropId(column.key)));
  };

  const onDragStart = (event: DragStartEvent) => {
    keyboardTarget.current = null;
    const card = parseCardId(String(event.active.id));
    setActive(card);
    if (card) setSelectedId(card.menteeId);
  };
  const onDragOver = (event: DragOverEvent) => {
    setOverKey(locate(event.over ? String(event.over.id) : null)?.column?.key ?? null);
  };
  const onDragEnd = (event: DragEndEvent) => {
    const card = parseCardId(String(event.active.id));
    // A keyboard drop lands where the arrow keys took it, even if rendering hasn't caught up yet.
    const overId = keyboardTarget.current ?? (event.over ? String(event.over.id) : null);
    keyboardTarget.current = null;
    setActive(null);
    setOverKey(null);
    if (card) drop.handle(outcomeOf(card.menteeId, card.key, overId));
  };

  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('announce.start', { name: nameOf(parseCardId(String(a.id))?.menteeId ?? '') }),
    onDragOver: ({ active: a, over }) => {
      const name = nameOf(parseCardId(String(a.id))?.menteeId ?? '');
      const target = labelOf(over ? String(over.id) : null);
      return target === null ? t('announce.overNone', { name }) : t('announce.over', { name, target });
    },
    onDragEnd: ({ active: a, over }) => {
      const name = nameOf(parseCardId(String(a.id))?.menteeId ?? '');
      const target = labelOf(over ? String(over.id) : null);
      return target === null ? t('announce.droppedNone', { name }) : t('announce.dropped', { name, target });
    },
    onDragCancel: ({ active: a }) => t('announce.cancel', { name: nameOf(parseCardId(String(a.id))?.menteeId ?? '') }),
  };

  const drag = useMemo(() => {
    if (!active || !board) return null;
    const from = active.key ? board.byKey.get(active.key) : undefined;
    return { menteeId: active.menteeId, fromMentorId: from?.mentor.id ?? null, overKey };
  }, [active, board, overKey]);
  const ghostsByKey = useMemo(() => {
    const map = new Map<string, Suggestion[]>();
    for (const pair of suggestions.set?.pairs ?? []) {
      map.set(pair.mentorId, [...(map.get(pair.mentorId) ?? []), pair]);
    }
    return map;
  }, [suggestions.set]);
  const openMenu = useCallback((mentee: Participant, mentorId: string | null, anchor: HTMLElement) => setMenu({ mentee, mentorId, anchor }), []);
  const acceptGhost = useCallback((pair: Suggestion) => void suggestions.accept([pair]), [suggestions]);
  const rejectGhost = useCallback((pair: Suggestion) => void suggestions.reject(pair), [suggestions]);
  const activeMentee = active ? byId.get(active.menteeId) : undefined;

  useEffect(() => {
    // Time to an interactive board, for `npm run bench:board`.
    if (board && board.columns.length > 0 && performance.getEntriesByName('kupu:board-ready').length === 0) performance.mark('kupu:board-ready');
  }, [board]);

  if (!board || !settings || !context) return null;
  return (
    <div className="board-view">
      <div className="toolbar board-toolbar">
        {/* Filters wrap onto a second line on narrow windows; the matcher's controls stay top right. */}
        <div className="filter-bar" role="search">
          <FilterBar filter={filter} onChange={setFilter} choices={choices} mode={boardMode} onMode={switchBoard} count={count} />
        </div>
        <select aria-label={t('match.mode')} title={t('match.mode')} value={mode} onChange={(e) => setMode(e.target.value === 'stable' ? 'stable' : 'optimal')}>
          <option value="optimal" title={t('match.modeHints.optimal')}>{t('match.modes.optimal')}</option>
          <option value="stable" title={t('match.modeHints.stable')}>{t('match.modes.stable')}</option>
        </select>
        <button type="button" className="primary" title={t('match.suggestTitle')} disabled={suggestions.busy} onClick={() => void suggestions.suggest(mode)} data-testid="suggest">
          {suggestions.busy ? t('match.working') : t('match.suggest')}
        </button>
      </div>
      {suggestions.busy && suggestions.progress && <MatchProgressBar progress={suggestions.progress} onCancel={suggestions.cancel} />}
      {suggestions.set && (
        <SuggestionBar
          set={suggestions.set}
          applied={suggestions.lastApplied}
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
        onDragCancel={() => { setActive(null); setOverKey(null); }}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('announce.instructions') } }}
      >
        <div className="board">
          <PoolColumn
            cards={board.pool}
            emptyText={t(poolEmptyKey({ participants: participants.length, unassigned: layout?.pool.length ?? 0, shown: board.pool.length }) ?? 'board.emptyPool')}
            selectedId={selectedId}
            onMenu={openMenu}
            onSelect={setSelectedId}
            verdictActive={active?.key !== null}
          />
          <ColumnsRow
            columns={board.columns}
            emptyText={t(columnsEmptyKey({ participants: participants.length, mentors: board.totalMentors }))}
            drag={drag}
            context={context}
            selectedMentee={selectedMentee}
            selectedId={selectedId}
            onMenu={openMenu}
            onSelect={setSelectedId}
            ghostsByKey={ghostsByKey}
            nameOf={nameOf}
            onAcceptGhost={acceptGhost}
            onRejectGhost={rejectGhost}
            onPoster={poster.save}
            posterMaking={poster.making}
          />
        </div>
        <DragOverlay dropAnimation={null}>{activeMentee ? <DragPreview mentee={activeMentee} /> : null}</DragOverlay>
      </DndContext>
      <BoardDialogs
        menu={menu}
        onCloseMenu={() => setMenu(null)}
        assigning={assigning}
        onAssign={setAssigning}
        onChoose={chooseColumn}
        columns={board.byKey}
        pairings={pairings}
        context={context}
        drop={drop}
        nameOf={nameOf}
      />
      {poster.outcome && (
        <div className={`toast ${poster.outcome.ok ? 'toast-info' : 'toast-error'}`} role={poster.outcome.ok ? 'status' : 'alert'} data-testid="poster-outcome">
          {poster.outcome.text}
          <button type="button" onClick={poster.dismiss} aria-label={t('app.dismiss')}>×</button>
        </div>
      )}
    </div>
  );
}

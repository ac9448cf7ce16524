import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain';
import { PhaseFields, phaseLine, useSettingsSave } from './settingsFields';
import { journalCellState, type JournalCell, type JournalCellState, type JournalGrid, type JournalUnit } from '../../../shared/contract';

// The tracker's grid, its phase dates and its legend: pure presentation for TrackerView.

const rowHeight = 52;
/** Above this many rows only the visible ones are rendered. */
const virtualizeFrom = 200;
export const cellKey = (unit: string, week: number) => `${unit}\u0000${week}`;

export type T = ReturnType<typeof useTranslation>['t'];

export interface Row {
  unit: JournalUnit;
  mentor: string;
  mentees: string;
  overdue: number;
}

/** The phase in one line ("Week 3 of 35"), or its start date, duration and unit to set (saved field by field). */
export function PhaseDates({ grid, settings }: { grid: JournalGrid; settings: Settings }) {
  const { t, i18n } = useTranslation();
  // Open until the coordinator is done, even once the start date is saved.
  const [editing, setEditing] = useState(!settings.startDate);
  const saver = useSettingsSave(settings);

  if (settings.startDate && !editing) {
    const current = grid.currentWeek ?? 0;
    const status = current === 0
      ? t('tracker.status.notStarted', { date: formatDay(settings.startDate, i18n.language, true) })
      : current > grid.weeks
        ? t('tracker.status.ended', { weeks: grid.weeks })
        : t('tracker.status.current', { week: current, weeks: grid.weeks });
    return (
      <>
        <span className="tracker-phase" data-testid="journal-phase" title={phaseLine(t, settings, i18n.language)}>{status}</span>
        <button type="button" className="link-button" onClick={() => setEditing(true)}>{t('tracker.changeDates')}</button>
      </>
    );
  }
  return (
    <div className="tracker-dates settings-inline" role="group" aria-label={t('settings.sections.phase')}>
      {!settings.startDate && <span className="tracker-phase muted">{t('tracker.status.noStart')}</span>}
      <PhaseFields settings={settings} saver={saver} />
      {settings.startDate && <button type="button" className="primary" onClick={() => setEditing(false)}>{t('tracker.doneDates')}</button>}
    </div>
  );
}

/** "7 Des" / "7 Dec" (with the year when asked) for a YYYY-MM-DD calendar day. */
function formatDay(isoDay: string, language: string, withYear = false): string {
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: withYear ? 'numeric' : undefined, timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}

function cellTitle(t: T, language: string, state: JournalCellState, who: string, week: number, cell: JournalCell | undefined): string {
  const parts = [t(`tracker.cell.${state}`, { who, week })];
  if (cell) {
    const recorded = new Date(cell.recordedAt);
    if (!Number.isNaN(recorded.getTime())) {
      parts.push(t('tracker.cell.recorded', { date: new Intl.DateTimeFormat(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium' }).format(recorded) }));
    }
    if (cell.link) parts.push(t('tracker.cell.link', { link: cell.link }));
  }
  parts.push(t(cell ? 'tracker.cell.toggleOff' : 'tracker.cell.toggleOn'));
  return parts.join(' · ');
}

const stateMark: Record<JournalCellState, string> = { done: '✓', overdue: '!', current: '', future: '', open: '' };

export function JournalTable({ grid, rows, weeks, cells, onToggle }: {
  grid: JournalGrid;
  rows: Row[];
  weeks: number[];
  cells: Map<string, JournalCell>;
  onToggle: (row: Row, week: number) => void;
}) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length > virtualizeFrom;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  // Roving focus: one cell is in the tab order; the arrow keys move between cells.
  const [active, setActive] = useState({ row: 0, week: 1 });
  const focusWanted = useRef(false);
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const shown = items ? items.map((item) => item.index) : rows.map((_, i) => i);
  const padTop = items && items.length > 0 ? items[0].start : 0;
  const padBottom = items && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const activeRow = Math.min(active.row, Math.max(rows.length - 1, 0));

  useLayoutEffect(() => {
    if (!focusWanted.current) return;
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-cell="${activeRow}:${active.week}"]`);
    if (button) {
      button.focus();
      focusWanted.current = false;
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let next = { row: activeRow, week: active.week };
    if (e.key in moves) next = { row: activeRow + moves[e.key][0], week: active.week + moves[e.key][1] };
    else if (e.key === 'Home') next = { row: e.ctrlKey ? 0 : activeRow, week: 1 };
    else if (e.key === 'End') next = { row: e.ctrlKey ? rows.length - 1 : activeRow, week: weeks.length };
    else if (e.key === 'PageDown' || e.key === 'PageUp') next = { row: activeRow + (e.key === 'PageDown' ? 10 : -10), week: active.week };
    else return;
    e.preventDefault();
    next = { row: Math.min(Math.max(next.row, 0), rows.length - 1), week: Math.min(Math.max(next.week, 1), weeks.length) };
    focusWanted.current = true;
    setActive(next);
    if (virtual) virtualizer.scrollToIndex(next.row);
  };

  if (rows.length === 0) return <p className="empty-board">{t('tracker.noneMatch')}</p>;
  const currentWeek = grid.currentWeek;
  return (
    <div className="tracker-scroll" ref={scrollRef}>
      <table className="tracker-grid" data-testid="journal-grid" aria-rowcount={rows.length + 2}>
        <thead>
          <tr>
            <th scope="col" className="tracker-unit-head">{t('tracker.unit')}</th>
            {weeks.map((week) => {
              const from = grid.weekStarts[week - 1];
              return (
                <th key={week} scope="col" className={`tracker-week${week === currentWeek ? ' is-current' : ''}`}
                  title={from ? t('tracker.weekFrom', { week, date: formatDay(from, i18n.language) }) : t('tracker.week', { week })}>
                  <span className="tracker-week-number">{week}</span>
                  {from && <span className="tracker-week-date">{formatDay(from, i18n.language)}</span>}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {padTop > 0 && <tr aria-hidden="true" style={{ height: padTop }} />}
          {shown.map((index) => {
            const row = rows[index];
            const who = row.mentees ? `${row.mentor} ${t('tracker.mentees', { names: row.mentees })}` : row.mentor;
            return (
              <tr key={row.unit.unit} className={row.overdue > 0 ? 'is-behind' : undefined} data-unit={row.unit.unit}>
                <th scope="row" className="tracker-unit">
                  <div className="tracker-mentor">
                    <span className="tracker-mentor-name">{row.mentor}</span>
                    <span className="tracker-kind">{t(`board.kind.${row.unit.kind}`)}</span>
                    {row.overdue > 0 && <span className="tracker-behind-count" title={t('tracker.behindCount', { count: row.overdue })}>{row.overdue}</span>}
                  </div>
                  <div className="tracker-mentees">{row.mentees ? t('tracker.mentees', { names: row.mentees }) : t('tracker.noMentees')}</div>
                </th>
                {weeks.map((week) => {
                  const cell = cells.get(cellKey(row.unit.unit, week));
                  const state = journalCellState(week, cell !== undefined, currentWeek);
                  const isActive = index === activeRow && week === active.week;
                  return (
                    <td key={week} className={week === currentWeek ? 'is-current' : undefined}>
                      <button type="button" className={`tracker-cell state-${state}`} aria-pressed={cell !== undefined}
                        aria-label={t(`tracker.cell.${state}`, { who, week })} title={cellTitle(t, i18n.language, state, who, week, cell)}
                        tabIndex={isActive ? 0 : -1} data-cell={`${index}:${week}`}
                        onFocus={() => { if (!isActive) setActive({ row: index, week }); }}
                        onClick={() => onToggle(row, week)}>
                        <span aria-hidden="true">{stateMark[state]}</span>
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {padBottom > 0 && <tr aria-hidden="true" style={{ height: padBottom }} />}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="tracker-unit">{t('tracker.summary')}</th>
            {grid.summary.map((s) => (
              <td key={s.week} className={`tracker-summary${s.week === currentWeek ? ' is-current' : ''}${s.expected > 0 && s.submitted === s.expected ? ' is-complete' : ''}`}
                title={t('tracker.summaryCell', s)} data-testid={`journal-summary-${s.week}`}>
                {s.submitted}/{s.expected}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function Legend() {
  const { t } = useTranslation();
  const states = ['done', 'overdue', 'current', 'future'] as const;
  return (
    <ul className="tracker-legend" aria-hidden="true">
      {states.map((state) => (
        <li key={state}><span className={`tracker-cell state-${state}`}>{stateMark[state]}</span>{t(`tracker.legend.${state}`)}</li>
      ))}
    </ul>
  );
}

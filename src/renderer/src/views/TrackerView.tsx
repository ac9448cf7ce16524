import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { journalCellState, type JournalCell, type JournalCellState, type JournalGrid, type JournalImportReport, type JournalUnit } from '../../../shared/contract';
import { api, KupuError } from '../api';
import { Dialog } from '../components/Dialog';
import { announce } from '../components/LiveRegion';
import { useCohort, write } from '../store';

// The weekly journal tracker: one row per pair or group, one toggle per week. Overdue weeks (the next
// week has begun without a journal) stand out; the coordinator ticks by hand, imports the form's
// responses, and copies who is behind into the WhatsApp group.

const rowHeight = 52;
/** Above this many rows only the visible ones are rendered. */
const virtualizeFrom = 200;
const cellKey = (unit: string, week: number) => `${unit}\u0000${week}`;

type T = ReturnType<typeof useTranslation>['t'];

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function saveText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function errorText(error: unknown): string {
  return error instanceof KupuError || error instanceof Error ? error.message : String(error);
}

interface Row {
  unit: JournalUnit;
  mentor: string;
  mentees: string;
  overdue: number;
}

export function TrackerView() {
  const { t } = useTranslation();
  const participants = useCohort((d) => d.participants);
  const pairings = useCohort((d) => d.pairings);
  const history = useCohort((d) => d.history);
  const settings = useCohort((d) => d.info?.settings);
  const [grid, setGrid] = useState<JournalGrid | null>(null);
  const [search, setSearch] = useState('');
  const [onlyBehind, setOnlyBehind] = useState(false);
  const [through, setThrough] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const [report, setReport] = useState<JournalImportReport | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loadSeq = useRef(0);

  const load = useCallback(async () => {
    const seq = ++loadSeq.current;
    try {
      const next = await api.journalGrid({});
      if (seq === loadSeq.current) setGrid(next);
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
    }
  }, []);
  // Any write (here, on the board, an undo) refreshes history, so the grid follows every change.
  useEffect(() => {
    void load();
  }, [load, history, pairings, participants, settings]);

  const names = useMemo(() => new Map(participants.map((p) => [p.id, p.name])), [participants]);
  const cells = useMemo(() => new Map((grid?.cells ?? []).map((c) => [cellKey(c.unit, c.week), c])), [grid]);
  const weeks = useMemo(() => Array.from({ length: grid?.weeks ?? 0 }, (_, i) => i + 1), [grid?.weeks]);
  const currentWeek = grid?.currentWeek ?? null;

  const rows = useMemo<Row[]>(() => {
    if (!grid) return [];
    const query = search.trim().toLowerCase();
    const all = grid.units.map((unit) => {
      let overdue = 0;
      for (const week of weeks) if (journalCellState(week, cells.has(cellKey(unit.unit, week)), currentWeek) === 'overdue') overdue++;
      return { unit, mentor: names.get(unit.mentorId) ?? unit.mentorId, mentees: unit.menteeIds.map((id) => names.get(id) ?? id).join(', '), overdue };
    });
    return all.filter((row) => (!onlyBehind || row.overdue > 0) && (!query || `${row.mentor}\n${row.mentees}`.toLowerCase().includes(query)));
  }, [grid, weeks, cells, currentWeek, names, search, onlyBehind]);

  const toggle = async (row: Row, week: number) => {
    const unit = row.unit.unit;
    const submitted = !cells.has(cellKey(unit, week));
    // Optimistic: the cell flips at once; the reload after the write confirms it (or an error reverts it).
    setGrid((g) => g && {
      ...g,
      cells: submitted ? [...g.cells, { unit, week, link: '', recordedAt: new Date().toISOString() }] : g.cells.filter((c) => c.unit !== unit || c.week !== week),
      summary: g.summary.map((s) => (s.week === week ? { ...s, submitted: s.submitted + (submitted ? 1 : -1) } : s)),
    });
    try {
      await write('journalTick', { unit, week, submitted });
      announce(t(submitted ? 'tracker.ticked' : 'tracker.unticked', { week, who: row.mentor }));
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
      void load();
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setReport(null);
    setNotice({ text: t('tracker.importing', { file: file.name }) });
    try {
      const result = await write('journalImport', { fileName: file.name, data: await toBase64(file) });
      setReport(result);
      setNotice(null);
      announce(importSummary(t, result));
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const copyBehind = async () => {
    try {
      const behind = await api.journalBehind({ week: through ?? undefined });
      try {
        // The desktop shell may deny clipboard access; then the text is shown to copy by hand.
        if (!navigator.clipboard) throw new Error('no clipboard');
        await navigator.clipboard.writeText(behind.whatsapp);
        setNotice({ text: t('tracker.copied', { count: behind.rows.length }) });
      } catch {
        setManualCopy(behind.whatsapp);
      }
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
    }
  };

  const downloadCsv = async () => {
    try {
      const behind = await api.journalBehind({ week: through ?? undefined });
      const fileName = t('tracker.csvFile');
      saveText(fileName, behind.csv, 'text/csv;charset=utf-8');
      setNotice({ text: t('tracker.downloaded', { file: fileName }) });
    } catch (error) {
      setNotice({ text: errorText(error), error: true });
    }
  };

  if (!grid || !settings) return <div className="page tracker-view" />;
  const hasUnits = grid.units.length > 0;
  return (
    <div className="page tracker-view">
      <div className="toolbar">
        <h2>{t('tracker.title')}</h2>
        <PhaseDates grid={grid} startDate={settings.startDate} weeks={settings.weeks} />
        <span className="spacer" />
        <label className="file-button" title={t('tracker.importHint')}>
          <input type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={busy}
            onChange={(e) => { void importFile(e.target.files?.[0]); e.target.value = ''; }} data-testid="journal-import" />
          <span className="button">{t('tracker.import')}</span>
        </label>
      </div>
      <div className="toolbar tracker-actions">
        <input type="search" className="search" placeholder={t('tracker.search')} aria-label={t('tracker.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
        <label className="inline-label">
          <input type="checkbox" checked={onlyBehind} onChange={(e) => setOnlyBehind(e.target.checked)} /> {t('tracker.onlyBehind')}
        </label>
        <span className="spacer" />
        <label className="inline-label">
          {t('tracker.through')}
          <select value={through ?? ''} onChange={(e) => setThrough(e.target.value ? Number(e.target.value) : null)} data-testid="journal-through">
            <option value="">{t('tracker.throughAuto')}</option>
            {weeks.map((week) => <option key={week} value={week}>{t('tracker.throughWeek', { week })}</option>)}
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void copyBehind()} disabled={!hasUnits} data-testid="journal-copy">{t('tracker.copyWhatsApp')}</button>
        <button type="button" onClick={() => void downloadCsv()} disabled={!hasUnits} data-testid="journal-csv">{t('tracker.downloadCsv')}</button>
      </div>
      {notice && (
        <p role={notice.error ? 'alert' : 'status'} className={`tracker-notice${notice.error ? ' error' : ''}`} data-testid="journal-notice">
          {notice.text}
          <button type="button" className="link-button" onClick={() => setNotice(null)} aria-label={t('tracker.dismiss')}>×</button>
        </p>
      )}
      {report && <ImportReport report={report} onClose={() => setReport(null)} />}
      {!hasUnits ? (
        <p className="empty-board">{t('tracker.empty')}</p>
      ) : (
        <JournalTable grid={grid} rows={rows} weeks={weeks} cells={cells} onToggle={(row, week) => void toggle(row, week)} />
      )}
      <Legend />
      <Dialog title={t('tracker.copyTitle')} open={manualCopy !== null} onClose={() => setManualCopy(null)} wide
        footer={<button type="button" className="primary" onClick={() => setManualCopy(null)}>{t('tracker.close')}</button>}>
        <p className="hint">{t('tracker.copyHint')}</p>
        <textarea className="tracker-copy" readOnly value={manualCopy ?? ''} rows={14} data-testid="journal-copy-text"
          ref={(el) => el?.select()} lang={settings.language} />
      </Dialog>
    </div>
  );
}

function importSummary(t: T, r: JournalImportReport): string {
  return t('tracker.imported', { file: r.file, rows: r.rows, matched: r.matched, added: r.added, alreadyIn: r.alreadyIn, unmatched: r.unmatched.length });
}

function ImportReport({ report, onClose }: { report: JournalImportReport; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className={`panel tracker-report ${report.unmatched.length > 0 ? 'panel-warn' : 'panel-ok'}`} data-testid="journal-report">
      <div className="tracker-report-head">
        <strong>{importSummary(t, report)}</strong>
        <button type="button" className="link-button" onClick={onClose} aria-label={t('tracker.dismiss')}>×</button>
      </div>
      {report.unmatched.length > 0 && (
        <>
          <p className="hint">{t('tracker.unmatchedTitle')}</p>
          <ul className="issues">
            {report.unmatched.slice(0, 200).map((u) => (
              <li key={u.row}>
                <strong>{t('tracker.row', { row: u.row })}</strong>
                {u.who && <> · {u.who}</>}
                {u.week !== null && <> · {t('tracker.weekOf', { week: u.week })}</>}: {t(`tracker.reasons.${u.reason}`, { detail: u.detail })}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function PhaseDates({ grid, startDate, weeks }: { grid: JournalGrid; startDate: string | null; weeks: number }) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [date, setDate] = useState(startDate ?? '');
  const [count, setCount] = useState(String(weeks));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDate(startDate ?? '');
    setCount(String(weeks));
  }, [startDate, weeks]);

  const save = async () => {
    const n = Number(count);
    try {
      await write('settingsUpdate', { patch: { startDate: date || null, weeks: Number.isInteger(n) && n >= 1 && n <= 52 ? n : weeks } });
      setEditing(false);
      setError(null);
    } catch (e) {
      setError(errorText(e));
    }
  };

  if (startDate && !editing) {
    const current = grid.currentWeek ?? 0;
    const status = current === 0
      ? t('tracker.status.notStarted', { date: formatDay(startDate, i18n.language, true) })
      : current > grid.weeks
        ? t('tracker.status.ended', { weeks: grid.weeks })
        : t('tracker.status.current', { week: current, weeks: grid.weeks });
    return (
      <>
        <span className="tracker-phase" data-testid="journal-phase">{status}</span>
        <button type="button" className="link-button" onClick={() => setEditing(true)}>{t('tracker.changeDates')}</button>
      </>
    );
  }
  return (
    <form className="tracker-dates" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {!startDate && <span className="tracker-phase muted">{t('tracker.status.noStart')}</span>}
      <label className="inline-label">
        {t('tracker.startDate')}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required data-testid="journal-start" />
      </label>
      <label className="inline-label">
        {t('tracker.weeks')}
        <input type="number" min={1} max={52} value={count} onChange={(e) => setCount(e.target.value)} className="tracker-weeks-input" data-testid="journal-weeks" />
      </label>
      <button type="submit" className="primary">{t('tracker.saveDates')}</button>
      {startDate && <button type="button" onClick={() => setEditing(false)}>{t('tracker.cancel')}</button>}
      {error && <span className="error" role="alert">{error}</span>}
    </form>
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

function JournalTable({ grid, rows, weeks, cells, onToggle }: {
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

function Legend() {
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

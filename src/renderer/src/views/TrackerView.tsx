import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { journalCellState, type JournalGrid, type JournalImportReport } from '../../../shared/contract';
import { api } from '../api';
import { errorMessage } from '../messages';
import { Dialog } from '../components/Dialog';
import { announce } from '../components/LiveRegion';
import { downloadBlob, fileToBase64 } from '../components/CopyText';
import { queryMatcher } from '../search';
import { cellKey, JournalTable, Legend, PhaseDates, type Row, type T } from './TrackerTable';
import { useCohort, write } from '../store';

// The weekly journal tracker: one row per pair or group, one toggle per week. Overdue weeks (the next
// week has begun without a journal) stand out; the coordinator ticks by hand, imports the form's
// responses, and copies who is behind into the WhatsApp group.

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
      setNotice({ text: errorMessage(error), error: true });
    }
  }, []);
  // Any write (here, on the board, an undo) refreshes history, so the grid follows every change.
  useEffect(() => {
    void load();
  }, [load, history, pairings, participants, settings]);

  const byId = useMemo(() => new Map(participants.map((p) => [p.id, p])), [participants]);
  const cells = useMemo(() => new Map((grid?.cells ?? []).map((c) => [cellKey(c.unit, c.week), c])), [grid]);
  const weeks = useMemo(() => Array.from({ length: grid?.weeks ?? 0 }, (_, i) => i + 1), [grid?.weeks]);
  const currentWeek = grid?.currentWeek ?? null;

  // Building rows counts every unit's overdue weeks; filtering them is cheap, so a keystroke only filters.
  const allRows = useMemo<Row[]>(() => (grid?.units ?? []).map((unit) => {
    let overdue = 0;
    for (const week of weeks) if (journalCellState(week, cells.has(cellKey(unit.unit, week)), currentWeek) === 'overdue') overdue++;
    return { unit, mentor: byId.get(unit.mentorId)?.name ?? unit.mentorId, mentees: unit.menteeIds.map((id) => byId.get(id)?.name ?? id).join(', '), overdue };
  }), [grid, weeks, cells, currentWeek, byId]);

  const rows = useMemo<Row[]>(() => {
    const found = queryMatcher(search);
    const matches = (id: string) => {
      const person = byId.get(id);
      return person !== undefined && found(person);
    };
    return allRows.filter((row) => (!onlyBehind || row.overdue > 0) && (!search.trim() || matches(row.unit.mentorId) || row.unit.menteeIds.some(matches)));
  }, [allRows, byId, search, onlyBehind]);

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
      setNotice({ text: errorMessage(error), error: true });
      void load();
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setReport(null);
    setNotice({ text: t('tracker.importing', { file: file.name }) });
    try {
      const result = await write('journalImport', { fileName: file.name, data: await fileToBase64(file) });
      setReport(result);
      setNotice(null);
      announce(importSummary(t, result));
    } catch (error) {
      setNotice({ text: errorMessage(error), error: true });
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
      setNotice({ text: errorMessage(error), error: true });
    }
  };

  const downloadCsv = async () => {
    try {
      const behind = await api.journalBehind({ week: through ?? undefined });
      const fileName = t('tracker.csvFile');
      downloadBlob(fileName, behind.csv, 'text/csv;charset=utf-8');
      setNotice({ text: t('tracker.downloaded', { file: fileName }) });
    } catch (error) {
      setNotice({ text: errorMessage(error), error: true });
    }
  };

  if (!grid || !settings) return <div className="page tracker-view" />;
  const hasUnits = grid.units.length > 0;
  return (
    <div className="page tracker-view">
      <div className="toolbar">
        <h2>{t('tracker.title')}</h2>
        <PhaseDates grid={grid} settings={settings} />
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

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldKey, type FieldKey, type ImportReport } from '../../../shared/contract';
import type { ImportIssue } from '../../../shared/domain';
import { api, KupuError } from '../api';
import { errorMessage } from '../messages';
import { fileToBase64 } from '../components/CopyText';
import { write } from '../store';
import { ImportHistory } from './ImportHistory';
import { ChangesTable, DuplicateList, kindText, NeededFields } from './ImportReportParts';
import { IssueList } from './IssueList';
import { UnresolvedPreferences } from './UnresolvedPreferences';
import './import.css';

// The import wizard: choose a file, see the detected columns and the first rows as they will be
// stored, correct any column or pick another sheet, then import in one step. The backend remembers
// the columns for the cohort, so the next export of the same form needs no corrections.

interface Chosen {
  fileName: string;
  data: string;
}

type Mapping = Record<string, FieldKey | null>;


const failureOf = (error: unknown) => ({ message: errorMessage(error), details: error instanceof KupuError ? error.shape.details ?? [] : [] });

const previewColumns = ['row', 'name', 'nickname', 'email', 'phone', 'region', 'level', 'kind', 'capacity', 'offers', 'seeks', 'preferences'];

/** `onReview`: opens "Needs review", where what this import could not decide stays until answered. */
export function ImportView({ onDone, onReview }: { onDone: () => void; onReview: () => void }) {
  const { t } = useTranslation();
  const fileInput = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  // The workbook's sheets stay choosable while a sheet that holds no registrations shows its error.
  const [sheets, setSheets] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Mapping | undefined>();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; details: ImportIssue[] } | null>(null);
  const [commits, setCommits] = useState(0);

  const preview = async (next: Chosen, options: { sheet?: string; mapping?: Mapping }) => {
    setBusy(true);
    setFailure(null);
    try {
      const result = await api.importPreview({ fileName: next.fileName, data: next.data, sheet: options.sheet, mapping: options.mapping });
      setReport(result);
      setSheets(result.sheets);
    } catch (error) {
      setReport(null);
      setFailure(failureOf(error));
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setChosen(null);
    setSheet(undefined);
    setSheets([]);
    setMapping(undefined);
    setReport(null);
    setFailure(null);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    reset();
    const next = { fileName: file.name, data: await fileToBase64(file) };
    // Choosing the same file again (a re-import) must fire the change event again.
    if (fileInput.current) fileInput.current.value = '';
    setChosen(next);
    await preview(next, {});
  };

  const commit = async () => {
    if (!chosen || !report) return;
    setBusy(true);
    try {
      const result = await write('importCommit', { fileName: chosen.fileName, data: chosen.data, sheet: sheet ?? report.sheet ?? undefined, mapping: mapping ?? report.mapping });
      setReport(result);
      setCommits((n) => n + 1);
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setBusy(false);
    }
  };

  const changeField = (header: string, field: string) => {
    if (!chosen || !report) return;
    const next = { ...report.mapping, ...mapping, [header]: field === '' ? null : fieldKey.parse(field) };
    setMapping(next);
    void preview(chosen, { sheet, mapping: next });
  };

  const changeSheet = (next: string) => {
    if (!chosen) return;
    // Another sheet has other columns: start from what the backend detects (or remembers) there.
    setSheet(next);
    setMapping(undefined);
    void preview(chosen, { sheet: next });
  };

  const committed = report?.committed === true;
  return (
    <div className="page import-view">
      <h2>{t('import.title')}</h2>
      <p className="lead">{t('import.intro')}</p>
      <div className="import-actions">
        <label className="file-button">
          <input ref={fileInput} type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void onFile(e.target.files?.[0])} data-testid="import-file" />
          <span className="button primary">{t(committed ? 'import.again' : 'import.choose')}</span>
        </label>
        {chosen && <span className="import-file-name">{chosen.fileName}</span>}
        {!committed && sheets.length > 1 && (
          <label className="inline-label">
            {t('import.sheet')}
            <select value={sheet ?? report?.sheet ?? ''} onChange={(e) => changeSheet(e.target.value)} data-testid="import-sheet" disabled={busy}>
              {sheets.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
        )}
      </div>
      {busy && chosen && <p role="status">{t('import.reading', { file: chosen.fileName })}</p>}
      {failure && (
        <div className="panel panel-error" role="alert" data-testid="import-failure">
          <p><strong>{t('import.refused')}</strong></p>
          {failure.details.length > 0 ? (
            <IssueList issues={failure.details} className="issues" />
          ) : (
            <ul className="issues"><li><strong>{chosen?.fileName ?? ''}</strong>: {failure.message}</li></ul>
          )}
        </div>
      )}
      {report && (
        <>
          {!committed && <NeededFields report={report} />}
          {committed ? (
            <div className="panel panel-ok" role="status" data-testid="import-done">
              <p>{t('import.done', { added: report.added, updated: report.updated, unchanged: report.unchanged })}</p>
              <button type="button" className="primary" onClick={onDone}>{t('nav.board')} →</button>
              <button type="button" onClick={onReview} data-testid="import-to-review">{t('nav.review')} →</button>
            </div>
          ) : (
            <div className="panel" data-testid="import-summary">
              <p>{t('import.summary', { rows: report.rows, added: report.added, updated: report.updated, unchanged: report.unchanged, duplicates: report.duplicates })}</p>
              {report.errors.length === 0 && (
                <button type="button" className="primary" disabled={busy} onClick={() => void commit()} data-testid="import-commit">
                  {t('import.commit', { count: report.rows })}
                </button>
              )}
            </div>
          )}
          {report.errors.length > 0 && (
            <div className="panel panel-error" role="alert" data-testid="import-errors">
              <p><strong>{t('import.errors')}</strong></p>
              <IssueList issues={report.errors} className="issues" />
            </div>
          )}
          <DuplicateList report={report} />
          <ChangesTable report={report} />
          {committed && report.unresolvedCount > 0 && <UnresolvedPreferences key={commits} items={report.unresolved} count={report.unresolvedCount} />}
          {report.warnings.length > 0 && (
            <details className="panel panel-warn">
              <summary>{t('import.warnings')} ({report.warnings.length})</summary>
              <IssueList issues={report.warnings} className="issues" />
            </details>
          )}
          {!committed && (
            <>
              <h3>{t('import.mapping')}</h3>
              <table className="grid mapping" data-testid="import-mapping">
                <thead>
                  <tr><th>{t('import.header')}</th><th>{t('import.field')}</th></tr>
                </thead>
                <tbody>
                  {report.headers.map((header) => (
                    <tr key={header}>
                      <td>{header}</td>
                      <td>
                        <select aria-label={header} value={report.mapping[header] ?? ''} onChange={(e) => changeField(header, e.target.value)} disabled={busy}>
                          <option value="">{t('import.extra')}</option>
                          {fieldKey.options.map((f) => <option key={f} value={f}>{t(`import.fields.${f}`)}</option>)}
                        </select>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h3>{t('import.preview')}</h3>
              <div className="table-scroll short">
                <table className="grid" data-testid="import-preview">
                  <thead>
                    <tr>{previewColumns.map((c) => <th key={c}>{c === 'row' ? '#' : t(`participants.${c === 'preferences' ? 'mentor' : c}`)}</th>)}</tr>
                  </thead>
                  <tbody>
                    {report.preview.map((row, i) => (
                      <tr key={i}>{previewColumns.map((c) => <td key={c}>{c === 'kind' ? kindText(t, row[c]) : row[c]}</td>)}</tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
      {!busy && <ImportHistory />}
    </div>
  );
}

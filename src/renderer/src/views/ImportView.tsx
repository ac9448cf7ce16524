import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldKey, type FieldKey, type ImportReport } from '../../../shared/contract';
import type { ImportIssue } from '../../../shared/domain';
import { api, KupuError } from '../api';
import { write } from '../store';

interface Chosen {
  fileName: string;
  data: string;
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function IssueList({ issues, className }: { issues: ImportIssue[]; className: string }) {
  const { t } = useTranslation();
  return (
    <ul className={className}>
      {issues.slice(0, 200).map((issue, i) => (
        <li key={i}>
          <strong>{issue.file}</strong>
          {issue.row !== null && <> · {t('import.row', { row: issue.row })}</>}
          {issue.column && <> · {t('import.column', { column: issue.column })}</>}: {issue.message}
        </li>
      ))}
    </ul>
  );
}

export function ImportView({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [sheet, setSheet] = useState<string | undefined>();
  const [mapping, setMapping] = useState<Record<string, FieldKey | null> | undefined>();
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ message: string; details: ImportIssue[] } | null>(null);

  const preview = async (next: Chosen, options: { sheet?: string; mapping?: Record<string, FieldKey | null> }) => {
    setBusy(true);
    setFailure(null);
    try {
      setReport(await api.importPreview({ fileName: next.fileName, data: next.data, sheet: options.sheet, mapping: options.mapping }));
    } catch (error) {
      setReport(null);
      setFailure(error instanceof KupuError ? { message: error.message, details: error.shape.details ?? [] } : { message: String(error), details: [] });
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const next = { fileName: file.name, data: await toBase64(file) };
    setChosen(next);
    setSheet(undefined);
    setMapping(undefined);
    await preview(next, {});
  };

  const commit = async () => {
    if (!chosen || !report) return;
    setBusy(true);
    try {
      const result = await write('importCommit', { fileName: chosen.fileName, data: chosen.data, sheet, mapping: mapping ?? report.mapping });
      setReport(result);
    } catch (error) {
      setFailure(error instanceof KupuError ? { message: error.message, details: error.shape.details ?? [] } : { message: String(error), details: [] });
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

  const previewColumns = ['row', 'name', 'nickname', 'email', 'phone', 'region', 'level', 'kind', 'capacity', 'offers', 'seeks', 'preferences'];
  return (
    <div className="page import-view">
      <h2>{t('import.title')}</h2>
      <p className="lead">{t('import.intro')}</p>
      <label className="file-button">
        <input type="file" accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => void onFile(e.target.files?.[0])} data-testid="import-file" />
        <span className="button primary">{t('import.choose')}</span>
      </label>
      {busy && chosen && <p role="status">{t('import.reading', { file: chosen.fileName })}</p>}
      {failure && (
        <div className="panel panel-error" role="alert">
          <p><strong>{failure.message}</strong></p>
          <IssueList issues={failure.details} className="issues" />
        </div>
      )}
      {report && (
        <>
          {report.committed ? (
            <div className="panel panel-ok" role="status" data-testid="import-done">
              <p>{t('import.done', { added: report.added, updated: report.updated, unchanged: report.unchanged })}</p>
              <button type="button" className="primary" onClick={onDone}>{t('nav.board')} →</button>
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
            <div className="panel panel-error" role="alert">
              <p><strong>{t('import.errors')}</strong></p>
              <IssueList issues={report.errors} className="issues" />
            </div>
          )}
          {report.warnings.length > 0 && (
            <details className="panel panel-warn">
              <summary>{t('import.warnings')} ({report.warnings.length})</summary>
              <IssueList issues={report.warnings} className="issues" />
            </details>
          )}
          {!report.committed && (
            <>
              {report.sheets.length > 1 && (
                <label className="inline-label">
                  {t('import.sheet')}
                  <select value={sheet ?? report.sheet ?? ''} onChange={(e) => { setSheet(e.target.value); if (chosen) void preview(chosen, { sheet: e.target.value, mapping }); }}>
                    {report.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
                  </select>
                </label>
              )}
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
                        <select aria-label={header} value={report.mapping[header] ?? ''} onChange={(e) => changeField(header, e.target.value)}>
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
                      <tr key={i}>{previewColumns.map((c) => <td key={c}>{row[c]}</td>)}</tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}

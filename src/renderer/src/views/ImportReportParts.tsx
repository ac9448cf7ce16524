import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FieldChange, ImportReport } from '../../../shared/contract';

// Parts of an import's report, shown in the preview, after the import, and when an earlier import's
// report is reopened: what changes person by person, who answered twice, and what is missing.

const kinds = new Set(['peer', 'group', 'both']);

/** A kind of mentoring as stored ("peer") in the interface's words; anything else as it is. */
export const kindText = (t: TFunction, value: string): string => (kinds.has(value) ? t(`board.kind.${value}`) : value);

/** A changed value as the coordinator reads it: a kind in words, an empty value as a dash. */
function valueText(t: TFunction, change: FieldChange, value: string): string {
  if (value === '') return '—';
  if (change.field === 'kind') return kindText(t, value);
  return value;
}

function fieldText(t: TFunction, change: FieldChange): string {
  if (change.field === 'extra') return change.column ?? '';
  if (change.field === 'preferences') return t('participants.preferences');
  return t(`import.fields.${change.field}`);
}

export function ChangesTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  if (report.updated === 0) return null;
  return (
    <section className="import-changes" data-testid="import-changes">
      <h3>{t('import.changes.title', { count: report.changesCount, people: report.updated })}</h3>
      {report.changes.length === 0 ? (
        <p className="hint">{t('import.changes.none')}</p>
      ) : (
        <div className="table-scroll short">
          <table className="grid changes">
            <thead>
              <tr><th>{t('import.changes.person')}</th><th>{t('import.changes.field')}</th><th>{t('import.changes.from')}</th><th>{t('import.changes.to')}</th></tr>
            </thead>
            <tbody>
              {report.changes.map((change, i) => {
                const first = i === 0 || report.changes[i - 1].participantId !== change.participantId;
                return (
                  <tr key={i} className={first ? 'first-of-person' : undefined}>
                    <td>{first ? change.participant : ''}</td>
                    <td>{fieldText(t, change)}</td>
                    <td className="from">{valueText(t, change, change.from)}</td>
                    <td className="to">{valueText(t, change, change.to)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {report.changesCount > report.changes.length && <p className="hint">{t('import.changes.more', { count: report.changesCount - report.changes.length })}</p>}
    </section>
  );
}

export function DuplicateList({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  if (report.duplicateList.length === 0) return null;
  return (
    <details className="panel duplicates" data-testid="import-duplicates" open={report.duplicateList.length <= 5}>
      <summary>{t('import.duplicates.title', { count: report.duplicates })}</summary>
      <ul className="plain">
        {report.duplicateList.map((d) => (
          <li key={d.droppedRow}>{t('import.duplicates.row', { name: d.name, kept: d.keptRow, dropped: d.droppedRow })}</li>
        ))}
      </ul>
    </details>
  );
}

/** Before importing: fields matching needs that no column gives, and columns whose values mostly do not read. */
export function NeededFields({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  if (report.missingFields.length === 0 && report.columnProblems.length === 0) return null;
  return (
    <div className="panel panel-warn" role="alert" data-testid="import-needed">
      {report.missingFields.length > 0 && (
        <>
          <p><strong>{t('import.needed.title', { count: report.missingFields.length })}</strong></p>
          <ul className="issues">{report.missingFields.map((f) => <li key={f}>{t(`import.fields.${f}`)}: {t(`import.needed.default.${f}`)}</li>)}</ul>
        </>
      )}
      {report.columnProblems.length > 0 && (
        <ul className="issues">
          {report.columnProblems.map((p) => (
            <li key={p.column}>{t('import.needed.column', { column: p.column, failed: p.failed, total: p.total, field: t(`import.fields.${p.field}`) })}</li>
          ))}
        </ul>
      )}
      <p className="hint">{t('import.needed.hint')}</p>
    </div>
  );
}

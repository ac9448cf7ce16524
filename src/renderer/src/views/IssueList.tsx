import { useTranslation } from 'react-i18next';
import type { ImportIssue } from '../../../shared/domain';
import { issueMessage } from '../messages';

/** An import's issues, each with its file, row and column, in the interface's language. */
export function IssueList({ issues, className }: { issues: ImportIssue[]; className: string }) {
  const { t } = useTranslation();
  return (
    <ul className={className}>
      {issues.slice(0, 200).map((issue, i) => (
        <li key={i}>
          <strong>{issue.file}</strong>
          {issue.row !== null && <> · {t('import.row', { row: issue.row })}</>}
          {issue.column && <> · {t('import.column', { column: issue.column })}</>}: {issueMessage(issue)}
        </li>
      ))}
    </ul>
  );
}

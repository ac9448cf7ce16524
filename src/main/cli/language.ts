import type { ApiErrorShape } from '../../shared/contract';
import type { ImportIssue } from '../../shared/domain';
import { languageForLocale, translate, type Language } from '../../shared/i18n';

// The CLI speaks the language of the terminal's locale (LC_ALL, LC_MESSAGES, LANG): Indonesian for id_ID,
// English otherwise. Messages come from the same catalogs as the app's.

export function cliLanguage(env: NodeJS.ProcessEnv = process.env): Language {
  return languageForLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');
}

/** "file.csv, row 3, column "Kind": …" in the CLI's language. */
export function issueLine(issue: ImportIssue, language: Language): string {
  const row = issue.row ? `, ${translate(language, 'messages.where.row', { row: issue.row })}` : '';
  const column = issue.column ? `, ${translate(language, 'messages.where.column', { column: `"${issue.column}"` })}` : '';
  return `${issue.file}${row}${column}: ${language === 'en' ? issue.message : translate(language, `messages.${issue.key}`, issue.params)}`;
}

/** An error that crossed the handler map, said in the CLI's language when it carries a catalog key. */
export function errorText(error: ApiErrorShape, language: Language): string {
  return error.key && language !== 'en' ? translate(language, `messages.${error.key}`, error.params) : error.message;
}

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createHandlers } from '../api';
import { defaultCohortPath, ensureParentDir } from '../config';
import { dispatch, toApiError } from '../dispatch';
import { openSession, type Session } from '../session';
import { parseCliArgs, usage, type CliArgs } from './args';
import { backupCommand } from './backup';
import { directoryCommand, postersCommand } from './directory';
import { cliLanguage, errorText, issueLine } from './language';
import { exportCommand, matchCommand, rosterCommand, UsageError } from './output';
import { serveCommand } from './serve';
import { skillsCommand } from './skills';
import { settingsCommand } from './settings';
import { redact } from '../redact';
import { translate } from '../../shared/i18n';
import { waitForBackups } from '../store/backups';
import { ImportFailure, limits } from '../import';
import { fail } from '../import/errors';

// `kupu`: the command line over the same handler map as the app. One JSON document on stdout with
// --json; errors on stderr naming file, row and column, and a non-zero exit code.

export class CliError extends Error {}

type Handlers = ReturnType<typeof createHandlers>;
const call = (handlers: Handlers, method: string, params: unknown) => dispatch(handlers, method, params);

/** stderr is a log: a bad cell is named by file, row and column, never by the email or phone in it. */
function logError(line: string): void {
  process.stderr.write(`${redact(line)}\n`);
}

function print(value: unknown, json: boolean): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${String(value)}\n`);
}

/** A saved column mapping: a JSON object of column header -> field (null keeps the column as an extra field). */
function readMapping(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Cannot read the mapping file ${file}`);
  }
  let mapping: unknown;
  try {
    mapping = JSON.parse(text);
  } catch {
    throw new CliError(`${file} is not a JSON mapping of column headers to fields, e.g. {"Nama Lengkap": "name", "Hobi": null}`);
  }
  // JSON.parse keeps a "__proto__" key, but no object built from it would: say so rather than drop it.
  if (typeof mapping === 'object' && mapping !== null && Object.hasOwn(mapping, '__proto__')) {
    throw new CliError(translate(cliLanguage(), 'messages.cli.mappingProto', { file }));
  }
  return mapping;
}

async function importCommand(session: Session, handlers: Handlers, args: CliArgs): Promise<number> {
  const file = args.positionals[0];
  if (!file) throw new CliError('import needs a FILE');
  let data: Buffer;
  try {
    // By its size first: a file many times the limit would fill memory before the importer could refuse it.
    if (statSync(file).size > limits.maxFileBytes) fail(basename(file), null, null, 'file.tooBig', { limitMb: limits.maxFileBytes / 1024 / 1024 });
    data = readFileSync(file);
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw new CliError(`Cannot read ${file}`);
  }
  const mapping = args.mapping ? readMapping(args.mapping) : undefined;
  const request = { fileName: basename(file), data: data.toString('base64'), sheet: args.sheet, mapping };
  // A dry run is the wizard's preview: the same report, nothing written.
  const report = (await call(handlers, args.dryRun ? 'importPreview' : 'importCommit', request)) as Awaited<ReturnType<Handlers['importCommit']>>;
  const said = (i: { row: number | null; column: string | null; message: string }) => ({ row: i.row, column: i.column, message: i.message });
  // A refused import added nothing: its counts are what it would have done, which is not what happened.
  const counts = report.committed || args.dryRun
    ? { added: report.added, updated: report.updated, unchanged: report.unchanged, duplicates: report.duplicates }
    : { added: 0, updated: 0, unchanged: 0, duplicates: 0 };
  if (args.json) {
    print({
      ...counts,
      changes: report.changes.map((c) => ({ participant: c.participant, field: c.column === undefined ? c.field : `extra: ${c.column}`, from: c.from, to: c.to })),
      changesCount: report.changesCount,
      duplicateList: report.duplicateList, missingFields: report.missingFields, columnProblems: report.columnProblems,
      errors: report.errors.map(said), warnings: report.warnings.map(said), sheet: report.sheet, committed: report.committed,
    }, true);
  } else if (report.committed || args.dryRun) {
    const summary = `${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged, ${report.duplicates} duplicates merged`;
    print(`${report.file}: ${args.dryRun ? `would be ${summary} (nothing written)` : summary}`, false);
    for (const c of report.changes) print(`  ${c.participant}: ${c.column ?? c.field}: ${c.from || '—'} → ${c.to || '—'}`, false);
  }
  const language = cliLanguage();
  for (const w of report.warnings) logError(`${translate(language, 'messages.cli.warning')}: ${issueLine(w, language)}`);
  for (const e of report.errors) logError(issueLine(e, language));
  if (args.dryRun) return report.errors.length === 0 ? 0 : 1;
  if (!report.committed) process.stderr.write(`${translate(language, 'messages.cli.nothingImported', { count: report.errors.length })}\n`);
  return report.committed ? 0 : 1;
}

async function participantsCommand(handlers: Handlers, args: CliArgs): Promise<number> {
  const participants = (await call(handlers, 'participantsList', {})) as Awaited<ReturnType<Handlers['participantsList']>>;
  if (args.json) {
    print(participants.map((p) => ({ id: p.id, name: p.name, nickname: p.nickname, email: p.email, phone: p.phone, region: p.region,
      level: p.level, kind: p.kind, capacity: p.capacity, closed: p.closed, offers: p.offers, seeks: p.seeks, preferences: p.preferences })), true);
  } else {
    for (const p of participants) print(`${p.id}\t${p.name}\t${p.phone}\t${p.region}\t${p.level}\toffers: ${p.offers.join(', ')}\tseeks: ${p.seeks.join(', ')}`, false);
  }
  return 0;
}

/** Commands that only read the cohort: they may run while a window or `kupu serve` holds it. */
function onlyReads(args: CliArgs): boolean {
  const [first] = args.positionals;
  switch (args.command) {
    case 'participants': case 'export': case 'roster': case 'directory': case 'posters': return true;
    case 'skills': return first === undefined || first === 'suggest' || first === 'export';
    case 'backup': return first === 'list';
    case 'settings': return first !== 'set';
    case 'match': return !args.apply;
    default: return false;
  }
}

/**
 * Progress of `kupu match` on stderr, one line rewritten in place, only when stderr is a terminal and
 * the run has gone on for over a second (a pipe or a quick run gets nothing).
 */
export function matchProgressLine(stream: NodeJS.WriteStream = process.stderr, now: () => number = Date.now): ((done: number, total: number) => void) | undefined {
  if (!stream.isTTY) return undefined;
  const started = now();
  let shown = false;
  return (done, total) => {
    if (!shown && now() - started < 1000) return;
    shown = true;
    stream.write(done >= total ? '\r\x1b[K' : `\rMatching: ${done} of ${total} mentees placed (${((now() - started) / 1000).toFixed(1)} s)\x1b[K`);
  };
}

export async function runCli(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help || args.command === 'help') {
    print(usage, false);
    return 0;
  }
  const chosenPath = args.db ?? defaultCohortPath();
  // A dry run against a cohort that does not exist yet previews against an empty one, made in a scratch
  // folder and removed afterwards: "writes nothing" holds for the chosen path too.
  const scratch = args.command === 'import' && args.dryRun && !existsSync(chosenPath) ? mkdtempSync(join(tmpdir(), 'kupu-dry-run-')) : null;
  const dbPath = scratch ? join(scratch, 'preview.sqlite') : chosenPath;
  ensureParentDir(dbPath);
  const session = openSession(dbPath, { remember: args.command === 'serve', readIfHeld: onlyReads(args) });
  // Only `serve` has a window to keep responsive while a file is parsed or a cohort matched; the other
  // commands run once, in this thread, and `kupu match` shows its progress on a terminal.
  const oneShot = args.command !== 'serve';
  const handlers = createHandlers(session, { parseImportsInThread: oneShot, matchInThread: oneShot, onMatchProgress: oneShot ? matchProgressLine() : undefined });
  try {
    switch (args.command) {
      case 'import': return await importCommand(session, handlers, args);
      case 'participants': return await participantsCommand(handlers, args);
      case 'skills': return await skillsCommand(handlers, args);
      case 'serve': return await serveCommand(session, handlers, args);
      case 'match': return await matchCommand(handlers, args);
      case 'export': return await exportCommand(handlers, args);
      case 'roster': return await rosterCommand(handlers, args);
      case 'backup': return await backupCommand(handlers, args);
      case 'settings': return await settingsCommand(handlers, args);
      case 'directory': return await directoryCommand(handlers, args);
      case 'posters': return await postersCommand(handlers, args);
      default: throw new CliError(`Unknown command "${args.command}".\n\n${usage}`);
    }
  } finally {
    if (args.command !== 'serve') {
      // Let the day's first backup finish rather than abort it.
      await Promise.resolve().then(() => waitForBackups(session.db)).catch(() => undefined);
      session.close();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
    }
  }
}

/**
 * A reader that stops early (`kupu match --json | head`) closes the pipe: what is left is not wanted,
 * so the command finishes its work (the day's backup, closing the file) without a crash trace.
 */
function quietWhenPipeCloses(stream: NodeJS.WritableStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

export async function main(argv: string[]): Promise<void> {
  quietWhenPipeCloses(process.stdout);
  try {
    process.exitCode = await runCli(argv);
  } catch (error) {
    const usage = error instanceof CliError || error instanceof UsageError || (error instanceof TypeError && 'code' in error);
    const language = cliLanguage();
    const shape = toApiError(error);
    const details = usage ? [] : (shape.details ?? []);
    // A refused file is said once per issue, each naming its file, row and column.
    if (details.length === 0) logError(`kupu: ${usage ? error.message : errorText(shape, language)}`);
    for (const d of details) logError(`kupu: ${issueLine(d, language)}`);
    process.exitCode = 1;
  }
}

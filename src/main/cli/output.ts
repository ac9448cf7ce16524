import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { createHandlers } from '../api';
import { unmatchedText } from '../core/matching';
import { dispatch } from '../dispatch';
import type { CliArgs } from './args';
import { writeMatchJson } from './matchJson';

// `kupu match`, `kupu export` and `kupu roster`: the coordinator's outputs, from the command line.

type Handlers = ReturnType<typeof createHandlers>;
export class UsageError extends Error {}

export async function matchCommand(handlers: Handlers, args: CliArgs): Promise<number> {
  const mode = args.mode ?? 'optimal';
  if (mode !== 'optimal' && mode !== 'stable') throw new UsageError(`--mode must be optimal or stable, not "${mode}"`);
  const set = await handlers.matchSuggest({ mode });
  const language = (await handlers.cohortInfo({})).settings.language;
  let applied: number | null = null;
  if (args.apply && set.pairs.length > 0) {
    const result = await dispatch(handlers, 'matchApply', { pairs: set.pairs.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, skill: p.skill })) });
    applied = (result as { applied: number }).applied;
  }
  if (args.json) {
    await writeMatchJson(process.stdout, set, language, applied);
    return 0;
  }
  // Names only for the text listing: the JSON names people by id.
  const names = new Map((await handlers.participantsList({})).map((p) => [p.id, p.name]));
  for (const p of set.pairs) process.stdout.write(`${names.get(p.mentorId)} ← ${names.get(p.menteeId)}\t${p.skill}\t${p.score}\n`);
  for (const u of set.unmatched) process.stdout.write(`unmatched: ${names.get(u.menteeId)}\t${unmatchedText(u, language)}\n`);
  process.stdout.write(`${set.pairs.length} pairs, total score ${set.total}${applied === null ? '' : `, ${applied} applied`}\n`);
  return 0;
}

export async function exportCommand(handlers: Handlers, args: CliArgs): Promise<number> {
  const file = args.positionals[0];
  const format = file ? extname(file).slice(1).toLowerCase() : '';
  if (!file || (format !== 'csv' && format !== 'xlsx')) throw new UsageError('export needs FILE.csv or FILE.xlsx');
  const result = await handlers.exportCreate({ format });
  writeFileSync(file, Buffer.from(result.data, 'base64'));
  process.stderr.write(`Wrote ${file}\n`);
  return 0;
}

export async function rosterCommand(handlers: Handlers, args: CliArgs): Promise<number> {
  const file = args.positionals[0];
  const format = file ? extname(file).slice(1).toLowerCase() : '';
  if (!file || (format !== 'pdf' && format !== 'html')) throw new UsageError('roster needs FILE.pdf or FILE.html');
  if (format === 'html') {
    const { html, groups } = await handlers.rosterHtml({});
    writeFileSync(file, html);
    process.stderr.write(`Wrote ${groups} group page(s) to ${file}\n`);
  } else {
    const pdf = await handlers.rosterPdf({});
    writeFileSync(file, Buffer.from(pdf.data, 'base64'));
    process.stderr.write(`Wrote ${file}\n`);
  }
  return 0;
}

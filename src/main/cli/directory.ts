import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { createHandlers } from '../api';
import { posterBatchMax } from '../../shared/contract';
import { dispatch } from '../dispatch';
import type { CliArgs } from './args';
import { UsageError } from './output';

// `kupu directory FILE.html|FILE.pdf|FILE.txt` and `kupu posters DIR`: the mentor directory the
// participants browse, from the command line.

type Handlers = ReturnType<typeof createHandlers>;
const formats = ['html', 'pdf', 'txt'] as const;

function filterOf(args: CliArgs) {
  return { ...(args.skill ? { skill: args.skill } : {}), ...(args.openOnly ? { openOnly: true } : {}) };
}

export async function directoryCommand(handlers: Handlers, args: CliArgs): Promise<number> {
  const file = args.positionals[0];
  const format = formats.find((f) => f === (file ? extname(file).slice(1).toLowerCase() : ''));
  if (!file || !format) throw new UsageError('directory needs FILE.html, FILE.pdf or FILE.txt');
  const result = (await dispatch(handlers, 'directoryExport', { format, filter: filterOf(args) })) as Awaited<ReturnType<Handlers['directoryExport']>>;
  writeFileSync(file, Buffer.from(result.data, 'base64'));
  if (args.json) process.stdout.write(`${JSON.stringify({ file, format, mentors: result.mentors, skills: result.skills })}\n`);
  else process.stderr.write(`Wrote ${result.mentors} mentor(s) under ${result.skills} skill(s) to ${file}\n`);
  return 0;
}

/** The directory's mentors, each once, in the directory's order: what `kupu posters` renders. */
function mentorIdsOf(directory: Awaited<ReturnType<Handlers['directoryShow']>>): string[] {
  return [...new Set(directory.sections.flatMap((section) => section.mentors.map((mentor) => mentor.id)))];
}

/**
 * Writes every listed mentor's poster into DIR, a batch at a time: each batch is one zip in memory, so a
 * cohort of thousands of mentors never becomes one reply of gigabytes.
 */
export async function postersCommand(handlers: Handlers, args: CliArgs, batchSize = posterBatchMax): Promise<number> {
  const dir = args.positionals[0];
  if (!dir) throw new UsageError('posters needs a folder DIR');
  const filter = filterOf(args);
  const directory = (await dispatch(handlers, 'directoryShow', { filter })) as Awaited<ReturnType<Handlers['directoryShow']>>;
  const ids = mentorIdsOf(directory);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (let start = 0; start < ids.length; start += batchSize) {
    const mentorIds = ids.slice(start, start + batchSize);
    const result = (await dispatch(handlers, 'directoryPosters', { mentorIds, filter })) as Awaited<ReturnType<Handlers['directoryPosters']>>;
    for (const [name, bytes] of Object.entries(unzipSync(Buffer.from(result.data, 'base64')))) {
      writeFileSync(join(dir, name), bytes);
      written.push(name);
    }
    if (!args.json && process.stderr.isTTY) process.stderr.write(`\rPosters: ${written.length} of ${ids.length}\x1b[K`);
  }
  if (!args.json && process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  if (args.json) process.stdout.write(`${JSON.stringify({ dir, posters: written.length, files: written })}\n`);
  else process.stderr.write(`Wrote ${written.length} poster(s) to ${dir}\n`);
  return 0;
}

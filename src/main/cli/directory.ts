import { mkdirSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { createHandlers } from '../api';
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

export async function postersCommand(handlers: Handlers, args: CliArgs): Promise<number> {
  const dir = args.positionals[0];
  if (!dir) throw new UsageError('posters needs a folder DIR');
  const result = (await dispatch(handlers, 'directoryPosters', { filter: filterOf(args) })) as Awaited<ReturnType<Handlers['directoryPosters']>>;
  mkdirSync(dir, { recursive: true });
  const files = unzipSync(Buffer.from(result.data, 'base64'));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
  if (args.json) process.stdout.write(`${JSON.stringify({ dir, posters: result.posters, files: Object.keys(files) })}\n`);
  else process.stderr.write(`Wrote ${result.posters} poster(s) to ${dir}\n`);
  return 0;
}


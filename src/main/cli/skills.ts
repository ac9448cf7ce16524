import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { mergeReasonMessage } from '../../shared/contract';
import { translate } from '../../shared/i18n';
import type { createHandlers } from '../api';
import { dispatch } from '../dispatch';
import type { CliArgs } from './args';
import { cliLanguage } from './language';
import { UsageError } from './output';

// `kupu skills …`: the skills vocabulary from the command line — list, merge, rename, split, suggested
// merges, "not the same", and the vocabulary exported to or imported from a file.

type Handlers = ReturnType<typeof createHandlers>;
const call = (handlers: Handlers, method: string, params: unknown) => dispatch(handlers, method, params);
const say = (text: string) => process.stdout.write(`${text}\n`);

function readFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch {
    throw new UsageError(`Cannot read ${file}`);
  }
}

export async function skillsCommand(handlers: Handlers, args: CliArgs): Promise<number> {
  const [sub, ...rest] = args.positionals;
  const language = cliLanguage();
  const need = (count: number, usage: string) => {
    if (rest.length < count || rest.slice(0, count).some((value) => value.trim() === '')) throw new UsageError(`skills ${sub} needs ${usage}`);
  };
  switch (sub) {
    case 'merge': {
      need(2, 'FROM and INTO');
      await call(handlers, 'skillMerge', { from: rest[0], into: rest[1] });
      say(`Merged "${rest[0]}" into "${rest[1]}"; later imports (in every cohort) will file it under "${rest[1]}".`);
      return 0;
    }
    case 'rename': {
      need(2, 'FROM and TO');
      await call(handlers, 'skillRename', { from: rest[0], to: rest[1] });
      say(`Renamed "${rest[0]}" to "${rest[1]}"; later cohorts will use this name too.`);
      return 0;
    }
    case 'split': {
      need(2, 'SKILL and one or more SPELLINGs');
      const { name } = (await call(handlers, 'skillSplit', { skill: rest[0], spellings: rest.slice(1) })) as { name: string };
      say(`Took ${rest.slice(1).map((s) => `"${s}"`).join(', ')} out of "${rest[0]}" into "${name}".`);
      return 0;
    }
    case 'not-same': {
      need(2, 'A and B');
      await call(handlers, 'skillsNotSame', { a: rest[0], b: rest[1] });
      say(`"${rest[0]}" and "${rest[1]}" will not be suggested as one skill again.`);
      return 0;
    }
    case 'suggest': {
      const suggestions = await handlers.skillsSuggest({});
      const list = suggestions.map((s) => ({
        from: s.from, into: s.into, score: s.score,
        why: s.why.map((reason) => {
          const { key, params } = mergeReasonMessage(reason);
          return translate(language, key, params);
        }),
      }));
      if (args.json) say(JSON.stringify(list, null, 2));
      else for (const s of list) say(`${s.from} → ${s.into}\t${s.score}\t${s.why.join('; ')}`);
      return 0;
    }
    case 'export': {
      need(1, 'FILE');
      const { data } = await handlers.vocabularyExport({});
      writeFileSync(rest[0], Buffer.from(data, 'base64'));
      process.stderr.write(`Wrote ${rest[0]}\n`);
      return 0;
    }
    case 'import': {
      need(1, 'FILE');
      const data = readFile(rest[0]).toString('base64');
      const { imported } = (await call(handlers, 'vocabularyImport', { fileName: basename(rest[0]), data })) as { imported: number };
      say(`Imported ${imported} vocabulary decisions from ${rest[0]}; they apply to this cohort now and to your later cohorts.`);
      return 0;
    }
    case undefined: {
      const skills = await handlers.skillsList({});
      if (args.json) say(JSON.stringify(skills, null, 2));
      else for (const s of skills) say(`${s.name}\toffered by ${s.offeredBy}\tsought by ${s.soughtBy}\t${s.spellings.map((x) => x.spelling).join(' | ')}`);
      return 0;
    }
    default:
      throw new UsageError(`Unknown skills command "${sub}": use merge, rename, split, not-same, suggest, export or import.`);
  }
}

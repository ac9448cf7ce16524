import { parseArgs } from 'node:util';

export interface CliArgs {
  command: string;
  positionals: string[];
  db?: string;
  json: boolean;
  sheet?: string;
  mapping?: string;
  mode?: string;
  apply: boolean;
  dryRun: boolean;
  port?: number;
  /** `directory` and `posters`: one skill only, open mentors only. */
  skill?: string;
  openOnly: boolean;
  help: boolean;
}

export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      sheet: { type: 'string' },
      mapping: { type: 'string' },
      mode: { type: 'string' },
      apply: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      port: { type: 'string' },
      skill: { type: 'string' },
      'open-only': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command = 'help', ...rest] = positionals;
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new Error(`--port must be a port number, not "${values.port}"`);
  return {
    command,
    positionals: rest,
    db: values.db,
    json: values.json ?? false,
    sheet: values.sheet,
    mapping: values.mapping,
    mode: values.mode,
    apply: values.apply ?? false,
    dryRun: values['dry-run'] ?? false,
    port,
    skill: values.skill,
    openOnly: values['open-only'] ?? false,
    help: values.help ?? false,
  };
}

export const usage = `Kupu — pair mentees with mentors.

Usage:
  kupu import FILE [--db PATH] [--sheet NAME] [--mapping FILE.json] [--dry-run] [--json]
                                                                             CSV or XLSX registration export; --dry-run
                                                                             shows what would change and writes nothing
  kupu participants [--db PATH] --json                                       normalized participants
  kupu match [--db PATH] [--mode optimal|stable] [--apply] [--json]
  kupu export FILE.csv|FILE.xlsx [--db PATH]                                 pairings and groups
  kupu roster FILE.pdf|FILE.html [--db PATH]                                 printable rosters, one group a page
  kupu serve [--db PATH] [--port N]                                          the app in a browser
  kupu skills [--db PATH] --json                                             the skills vocabulary with spellings
  kupu skills merge FROM INTO [--db PATH]                                    one skill from now on, in every cohort
  kupu skills rename FROM TO [--db PATH]                                     a skill's display name
  kupu skills split SKILL SPELLING... [--db PATH]                            take spellings back out of a skill
  kupu skills suggest [--db PATH] [--json]                                   likely merges, best first, with why
  kupu skills not-same A B [--db PATH]                                       never suggest A and B as one skill
  kupu skills export FILE | import FILE [--db PATH]                          share the vocabulary with another coordinator
  kupu backup list|restore [ID] [--db PATH]
  kupu settings [--db PATH] [--json]                                          the cohort's settings
  kupu settings set KEY VALUE [--db PATH] [--json]                            e.g. program "Kelas Ibu", duration "8 months"
  kupu directory FILE.html|FILE.pdf|FILE.txt [--skill NAME] [--open-only] [--db PATH] [--json]
                                                                             the mentor directory participants browse
  kupu posters DIR [--skill NAME] [--open-only] [--db PATH] [--json]         a profile poster (PNG) per mentor

--db defaults to the cohort the app last opened.`;

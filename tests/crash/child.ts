// The process the crash test kills: one real write through Kupu's own code, announced on stdout.
//   import  DB CSV        importCommit of the CSV through the handler map
//   apply   DB PAIRS.json matchApply of the pairs through the handler map
//   migrate DIR           first opens (schema creation) of new cohort files, one after another
//   backup  DB            backups of the cohort, one after another
// Prints "ready" just before the write starts and "done <ms>" when it finished, then stays alive
// (as the app would) until it is killed.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createHandlers } from '../../src/main/api';
import { dispatch } from '../../src/main/dispatch';
import { openSession } from '../../src/main/session';
import { createBackup } from '../../src/main/store/backups';

const [mode, target, input] = process.argv.slice(2);
const say = (line: string) => process.stdout.write(`${line}\n`);

async function work(): Promise<void> {
  if (mode === 'migrate') {
    say('ready');
    const until = Date.now() + 2_000;
    for (let i = 0; Date.now() < until; i++) openSession(join(target, `first-open-${i}.kupu.sqlite`)).close();
    return;
  }
  const session = openSession(target);
  const handlers = createHandlers(session, { renderPdf: async () => new Uint8Array() });
  if (mode === 'import') {
    const data = readFileSync(input).toString('base64');
    say('ready');
    const report = (await dispatch(handlers, 'importCommit', { fileName: basename(input), data })) as { added: number; errors: unknown[] };
    if (report.errors.length > 0) throw new Error(`import refused: ${JSON.stringify(report.errors.slice(0, 3))}`);
  } else if (mode === 'apply') {
    const pairs: unknown = JSON.parse(readFileSync(input, 'utf8'));
    say('ready');
    await dispatch(handlers, 'matchApply', { pairs });
  } else if (mode === 'backup') {
    say('ready');
    for (let i = 0; i < 5; i++) await createBackup(session.db, session.path, 'manual');
  } else throw new Error(`unknown mode ${mode}`);
}

const started = Date.now();
await work();
say(`done ${Date.now() - started}`);
setInterval(() => undefined, 60_000); // alive until killed, like the app after a write

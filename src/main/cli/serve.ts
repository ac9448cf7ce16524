import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handlers } from '../../shared/contract';
import type { Session } from '../session';
import { startWebHost } from '../web/server';
import type { CliArgs } from './args';

export const rendererDir = () => process.env.KUPU_RENDERER_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'out', 'renderer');

export async function serveCommand(session: Session, handlers: Handlers, args: CliArgs): Promise<number> {
  const dir = rendererDir();
  if (!existsSync(join(dir, 'index.html'))) {
    process.stderr.write(`kupu: the app's page is not built yet (${dir}); run \`npm run build:renderer\` once, then serve again.\n`);
    return 1;
  }
  const host = await startWebHost({ handlers, rendererDir: dir, port: args.port ?? 0 });
  process.stdout.write(`${host.openUrl}\n`);
  process.stderr.write(`Kupu is serving ${session.path} — open the address above in your browser. Press Ctrl+C to stop.\n`);
  await new Promise<void>((done) => {
    const stop = () => void host.close().then(() => { session.close(); done(); });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

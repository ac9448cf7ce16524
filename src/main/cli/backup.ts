import type { createHandlers } from '../api';
import { dispatch } from '../dispatch';
import type { CliArgs } from './args';
import { UsageError } from './output';

// `kupu backup list` and `kupu backup restore ID`: the cohort's backups from the command line.

type Handlers = ReturnType<typeof createHandlers>;

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function backupCommand(handlers: Handlers, args: CliArgs): Promise<number> {
  const [action, id] = args.positionals;
  if (action === 'list') {
    const backups = await handlers.backupList({});
    if (args.json) process.stdout.write(`${JSON.stringify(backups, null, 2)}\n`);
    else if (backups.length === 0) process.stdout.write('No backups yet.\n');
    else {
      for (const b of backups) {
        const people = b.participants === null ? 'unreadable' : `${b.participants} participants`;
        process.stdout.write(`${b.id}\t${b.reason}\t${b.createdAt}\t${megabytes(b.size)}\t${people}\n`);
      }
    }
    return 0;
  }
  if (action === 'restore') {
    if (!id) throw new UsageError('backup restore needs the ID of a backup (see `kupu backup list`)');
    await dispatch(handlers, 'backupRestore', { id });
    const undo = (await handlers.backupList({})).find((b) => b.reason === 'restore');
    process.stderr.write(`Restored ${id}.${undo ? ` To undo, restore ${undo.id}.` : ''}\n`);
    return 0;
  }
  throw new UsageError('backup needs list or restore ID');
}

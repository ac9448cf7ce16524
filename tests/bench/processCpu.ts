import { readdirSync, readFileSync } from 'node:fs';

// CPU seconds of this process and every living process it started (Chromium's browser, GPU and renderer
// processes: sample before closing the browser), from /proc. Unlike wall time it does not grow when
// others load the machine. Linux only; null elsewhere. (Children's cutime would miss Chromium's
// helpers, which are not all waited for when the browser exits.)
export function treeCpuSeconds(): number | null {
  if (process.platform !== 'linux') return null;
  const table = new Map<number, { parent: number; seconds: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // After the command name: the parent is field 4, utime and stime fields 14 and 15 (clock ticks, 100 a second).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(entry), { parent: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / 100 });
    } catch {
      // the process ended while we read
    }
  }
  const inTree = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 16; at = table.get(at)?.parent ?? 0, hops++) if (at === process.pid) return true;
    return false;
  };
  let seconds = 0;
  for (const [pid, entry] of table) if (inTree(pid)) seconds += entry.seconds;
  return seconds;
}

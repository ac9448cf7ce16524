import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { formatIssue, ImportFailure } from './errors';
import { parseRegistration } from './parse';
import { readTable } from './table';
import { buildXlsx } from '../../../tests/support/xlsxWriter';
import { defaultWorkerRuntime, inlineBelowBytes, nodeInflateRaw, parseRegistrationInThread, parseRegistrationOffThread, type WorkerRuntime } from './worker';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/registrations/${name}`, import.meta.url)));

/** The default runtime, used even for the small fixtures (they would otherwise be parsed in-thread). */
const always = (): WorkerRuntime => ({ ...defaultWorkerRuntime(), inlineBelowBytes: 0 });

/** A worker script that answers every request with a crash, so a test can tell whether a worker ran. */
function probeWorker(extension: 'mjs' | 'mts', answer = "port.postMessage({ type: 'crash', message: 'the probe worker ran' })"): { entry: URL; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'kupu-worker-probe-'));
  const file = join(dir, `probe.${extension}`);
  const typed = extension === 'mts' ? ': unknown' : '';
  writeFileSync(file, `import { parentPort } from 'node:worker_threads';
const port = parentPort;
port?.once('message', (_request${typed}) => ${answer});
port?.postMessage({ type: 'ready' });
`);
  return { entry: pathToFileURL(file), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('parseRegistrationOffThread', () => {
  it('runs the TypeScript worker through tsx (registered inside the worker) when loaded from source', () => {
    const runtime = defaultWorkerRuntime();
    expect(runtime?.entry?.pathname).toMatch(/worker-thread\.ts$/);
    expect(runtime?.tsxApi).toMatch(/^file:.*tsx.*\.mjs$/);
  });

  it('really starts a TypeScript worker through tsx', async () => {
    const probe = probeWorker('mts');
    try {
      const runtime = { ...defaultWorkerRuntime(), entry: probe.entry, inlineBelowBytes: 0 };
      await expect(parseRegistrationOffThread(fixture('google-forms-en.csv'), 'en.csv', {}, runtime)).rejects.toThrow('the probe worker ran');
    } finally {
      probe.cleanup();
    }
  }, 30_000);

  it('parses a small file in this thread (no worker start), a big one in the worker', async () => {
    const probe = probeWorker('mjs');
    try {
      const runtime = { entry: probe.entry, execArgv: [] };
      const small = fixture('google-forms-en.csv');
      expect(small.length).toBeLessThan(inlineBelowBytes);
      expect((await parseRegistrationOffThread(small, 'en.csv', {}, runtime)).rows).toHaveLength(12);
      await expect(parseRegistrationOffThread(small, 'en.csv', {}, { ...runtime, inlineBelowBytes: small.length })).rejects.toThrow('the probe worker ran');
    } finally {
      probe.cleanup();
    }
  }, 30_000);

  it('a reader that fails or stops is refused in the coordinator\'s words, naming the file', async () => {
    for (const [answer, key, indonesian] of [
      ["port.postMessage({ type: 'crash', message: 'the probe worker ran' })", 'registration.readerFailed', 'kesalahan Kupu sendiri (the probe worker ran)'],
      ['process.exit(3)', 'registration.readerStopped', 'berhenti sebelum selesai (kode 3)'],
    ]) {
      const probe = probeWorker('mjs', answer);
      try {
        const error = await parseRegistrationOffThread(fixture('google-forms-en.csv'), 'en.csv', {}, { entry: probe.entry, execArgv: [], inlineBelowBytes: 0 }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportFailure);
        const [only] = (error as ImportFailure).issues;
        expect(only).toMatchObject({ file: 'en.csv', row: null, column: null, key });
        expect(formatIssue(only, 'id')).toContain(indonesian);
      } finally {
        probe.cleanup();
      }
    }
  }, 30_000);

  it('gives the same result as parsing in this thread, with null-prototype records restored', async () => {
    const bytes = fixture('proto-header.csv');
    const off = await parseRegistrationOffThread(bytes, 'proto-header.csv', {}, always());
    const here = parseRegistration(bytes, 'proto-header.csv');
    expect(JSON.stringify(off)).toBe(JSON.stringify(here));
    expect(Object.getPrototypeOf(off.mapping)).toBeNull();
    expect(Object.getPrototypeOf(off.rows[0].extra)).toBeNull();
    expect(Object.keys(off.rows[0].extra)).toContain('__proto__');
  }, 30_000);

  it('keeps duplicates pointing at the kept rows', async () => {
    const off = await parseRegistrationOffThread(fixture('multi-sheet.xlsx'), 'multi-sheet.xlsx', {}, always());
    expect(off.sheet).toBe('Pendaftaran');
    expect(off.rows).toContain(off.duplicates[0].kept);
  }, 30_000);

  it('rejects with the same ImportFailure', async () => {
    const error = await parseRegistrationOffThread(fixture('ragged.csv'), 'ragged.csv', {}, always()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFailure);
    expect((error as ImportFailure).issues).toEqual([{ file: 'ragged.csv', row: 5, column: 'P', key: 'file.ragged', params: expect.any(Object), message: expect.any(String) }]);
  }, 30_000);

  it('falls back to this thread when no worker can start', async () => {
    const missing = { entry: new URL('./no-such-worker.mjs', import.meta.url), execArgv: [], inlineBelowBytes: 0 };
    const parsed = await parseRegistrationOffThread(fixture('google-forms-en.csv'), 'en.csv', {}, missing);
    expect(parsed.rows).toHaveLength(12);
    const inline = parseRegistrationInThread(fixture('google-forms-en.csv'), 'en.csv');
    expect(inline.rows).toHaveLength(12);
  }, 30_000);
});

describe('nodeInflateRaw (what the worker reads XLSX parts with)', () => {
  it('reads workbooks exactly as fflate does', () => {
    const bytes = fixture('multi-sheet.xlsx');
    expect(readTable(bytes, 'm.xlsx', { inflateRaw: nodeInflateRaw })).toEqual(readTable(bytes, 'm.xlsx'));
  });

  it('still refuses a part that unpacks past its declared size, and damaged data', () => {
    const parts = unzipSync(buildXlsx([{ name: 'S', rows: [['Nama'], ['Siti']] }]));
    parts['xl/worksheets/sheet1.xml'] = strToU8(`<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>a</t></is></c></row>'.repeat(5000)}</sheetData></worksheet>`);
    const lying = zipSync(parts, { level: 9 });
    const view = new DataView(lying.buffer);
    let end = lying.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    let p = view.getUint32(end + 16, true);
    for (let k = 0; k < view.getUint16(end + 10, true); k++) {
      const nameLength = view.getUint16(p + 28, true);
      if (new TextDecoder().decode(lying.subarray(p + 46, p + 46 + nameLength)) === 'xl/worksheets/sheet1.xml') view.setUint32(p + 24, 1000, true);
      p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    }
    expect(() => readTable(lying, 'lying.xlsx', { inflateRaw: nodeInflateRaw })).toThrow(/unpacks to more than its declared size/);
    // Scramble every worksheet's compressed bytes (a part Kupu never reads, like the theme, may be damaged harmlessly).
    const damaged = fixture('multi-sheet.xlsx').slice();
    const local = new DataView(damaged.buffer, damaged.byteOffset, damaged.byteLength);
    for (let q = 0; q + 30 <= damaged.length && local.getUint32(q, true) === 0x04034b50; ) {
      const nameLength = local.getUint16(q + 26, true);
      const start = q + 30 + nameLength + local.getUint16(q + 28, true);
      const size = local.getUint32(q + 18, true);
      if (new TextDecoder().decode(damaged.subarray(q + 30, q + 30 + nameLength)).startsWith('xl/worksheets/')) {
        for (let i = start + 2; i < start + size - 2; i += 3) damaged[i] ^= 0xff;
      }
      q = start + size;
    }
    expect(() => readTable(damaged, 'bad.xlsx', { inflateRaw: nodeInflateRaw })).toThrow(ImportFailure);
  });
});

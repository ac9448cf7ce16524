import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportFailure, limits } from './errors';
import { nodeInflateRaw } from './worker';
import { readZipDirectory, readZipEntry, type InflateRaw } from './zip';

// The zip container of an XLSX, built byte by byte here so each field can be what a writer (or an
// attacker) puts there: stored and deflated entries, ZIP64 records, archive comments, lies about sizes.

interface RawEntry {
  name: string;
  data: Uint8Array;
  /** 0 stored, 8 deflate, anything else unsupported. */
  method?: number;
  flags?: number;
  /** What the directory claims, when it lies. */
  declaredSize?: number;
  /** Write sizes and offset as 0xFFFFFFFF with a ZIP64 extra field carrying them. */
  zip64?: boolean;
}

function buildZip(entries: RawEntry[], options: { comment?: string; zip64Directory?: boolean; countOverride?: number } = {}): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    offset += bytes.length;
  };
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const body = method === 8 ? new Uint8Array(deflateRawSync(entry.data)) : entry.data;
    const name = strToU8(entry.name);
    const size = entry.declaredSize ?? entry.data.length;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(8, method, true);
    local.setUint16(26, name.length, true);
    const localOffset = offset;
    push(new Uint8Array(local.buffer));
    push(name);
    push(body);
    const extra = new DataView(new ArrayBuffer(entry.zip64 ? 28 : 0));
    if (entry.zip64) {
      extra.setUint16(0, 1, true);
      extra.setUint16(2, 24, true);
      extra.setBigUint64(4, BigInt(size), true);
      extra.setBigUint64(12, BigInt(body.length), true);
      extra.setBigUint64(20, BigInt(localOffset), true);
    }
    const record = new DataView(new ArrayBuffer(46));
    record.setUint32(0, 0x02014b50, true);
    record.setUint16(8, entry.flags ?? 0x800, true);
    record.setUint16(10, method, true);
    record.setUint32(20, entry.zip64 ? 0xffffffff : body.length, true);
    record.setUint32(24, entry.zip64 ? 0xffffffff : size, true);
    record.setUint16(28, name.length, true);
    record.setUint16(30, extra.byteLength, true);
    record.setUint32(42, entry.zip64 ? 0xffffffff : localOffset, true);
    central.push(new Uint8Array(record.buffer), name, new Uint8Array(extra.buffer));
  }
  const dirOffset = offset;
  for (const part of central) push(part);
  const dirSize = offset - dirOffset;
  const count = options.countOverride ?? entries.length;
  if (options.zip64Directory) {
    const z64 = new DataView(new ArrayBuffer(56));
    const z64Offset = offset;
    z64.setUint32(0, 0x06064b50, true);
    z64.setBigUint64(4, 44n, true);
    z64.setBigUint64(24, BigInt(count), true);
    z64.setBigUint64(32, BigInt(count), true);
    z64.setBigUint64(40, BigInt(dirSize), true);
    z64.setBigUint64(48, BigInt(dirOffset), true);
    push(new Uint8Array(z64.buffer));
    const locator = new DataView(new ArrayBuffer(20));
    locator.setUint32(0, 0x07064b50, true);
    locator.setBigUint64(8, BigInt(z64Offset), true);
    locator.setUint32(16, 1, true);
    push(new Uint8Array(locator.buffer));
  }
  const comment = strToU8(options.comment ?? '');
  const eocd = new DataView(new ArrayBuffer(22));
  eocd.setUint32(0, 0x06054b50, true);
  eocd.setUint16(8, options.zip64Directory ? 0xffff : count, true);
  eocd.setUint16(10, options.zip64Directory ? 0xffff : count, true);
  eocd.setUint32(12, options.zip64Directory ? 0xffffffff : dirSize, true);
  eocd.setUint32(16, options.zip64Directory ? 0xffffffff : dirOffset, true);
  eocd.setUint16(20, comment.length, true);
  push(new Uint8Array(eocd.buffer));
  push(comment);
  const out = new Uint8Array(offset);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const sheet = strToU8(`<worksheet><sheetData>${'<row><c t="inlineStr"><is><t>Siti Nurhaliza</t></is></c></row>'.repeat(500)}</sheetData></worksheet>`);
const inflaters: Array<[string, InflateRaw | undefined]> = [['fflate', undefined], ['node:zlib', nodeInflateRaw]];

function entryText(bytes: Uint8Array, name: string, inflateRaw?: InflateRaw): string {
  const entries = readZipDirectory(bytes, 'book.xlsx');
  const entry = entries.get(name);
  if (!entry) throw new Error(`no ${name}`);
  return new TextDecoder().decode(readZipEntry(bytes, entry, 'book.xlsx', inflateRaw));
}

function failure(run: () => unknown): { key: string; params: Record<string, unknown>; file: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFailure);
    const [first] = (error as ImportFailure).issues;
    return { key: first.key, params: first.params, file: first.file };
  }
  throw new Error('expected the archive to be refused');
}

describe.each(inflaters)('reading entries (%s)', (_, inflateRaw) => {
  it('reads stored and deflated entries, with UTF-8 names', () => {
    const bytes = buildZip([{ name: 'xl/stored.xml', data: strToU8('<a/>'), method: 0 }, { name: 'xl/ünïcode.xml', data: sheet }]);
    expect(entryText(bytes, 'xl/stored.xml', inflateRaw)).toBe('<a/>');
    expect(entryText(bytes, 'xl/ünïcode.xml', inflateRaw)).toBe(new TextDecoder().decode(sheet));
  });

  it('reads what fflate writes, and an empty entry', () => {
    const bytes = zipSync({ 'xl/sheet.xml': sheet, 'empty.xml': new Uint8Array(0) }, { level: 9 });
    expect(entryText(bytes, 'xl/sheet.xml', inflateRaw)).toBe(new TextDecoder().decode(sheet));
    expect(entryText(bytes, 'empty.xml', inflateRaw)).toBe('');
  });

  it('stops an entry that inflates past its declared size, and one that falls short', () => {
    const tooBig = buildZip([{ name: 'xl/sheet.xml', data: sheet, declaredSize: 1000 }]);
    expect(failure(() => entryText(tooBig, 'xl/sheet.xml', inflateRaw))).toMatchObject({ key: 'file.partTooBig', params: { part: 'xl/sheet.xml' } });
    const short = buildZip([{ name: 'xl/sheet.xml', data: sheet, declaredSize: sheet.length + 10 }]);
    expect(failure(() => entryText(short, 'xl/sheet.xml', inflateRaw)).key).toMatch(/file\.part(Truncated|Damaged)/);
  });

  it('calls a scrambled deflate stream a damaged part', () => {
    const bytes = buildZip([{ name: 'xl/sheet.xml', data: sheet }]);
    for (let i = 40; i < 200; i += 3) bytes[i] ^= 0xa5;
    expect(failure(() => entryText(bytes, 'xl/sheet.xml', inflateRaw)).key).toMatch(/file\.part(Damaged|Truncated|TooBig)/);
  });
});

describe('the central directory', () => {
  it('finds the end record behind an archive comment', () => {
    const bytes = buildZip([{ name: 'a.xml', data: strToU8('<a/>') }], { comment: 'PK\u0005\u0006 not a record '.repeat(100) });
    expect(entryText(bytes, 'a.xml')).toBe('<a/>');
  });

  it('reads ZIP64 sizes and offsets from the extra field and the ZIP64 end record', () => {
    const bytes = buildZip([{ name: 'a.xml', data: strToU8('<a/>'), zip64: true }, { name: 'b.xml', data: sheet, zip64: true }], { zip64Directory: true });
    const entries = readZipDirectory(bytes, 'z64.xlsx');
    expect(entries.get('b.xml')).toMatchObject({ size: sheet.length, method: 8, encrypted: false });
    expect(entryText(bytes, 'b.xml')).toBe(new TextDecoder().decode(sheet));
  });

  it('keeps the first of two entries with the same name', () => {
    const bytes = buildZip([{ name: 'a.xml', data: strToU8('first') }, { name: 'a.xml', data: strToU8('second') }]);
    expect(entryText(bytes, 'a.xml')).toBe('first');
  });

  it.each([
    ['not a zip at all', () => strToU8('Nama,Kota\nSiti,Bandung\n'), 'file.zipDirectory'],
    ['a cut-off archive', () => buildZip([{ name: 'a.xml', data: sheet }]).subarray(0, 200), 'file.zipDirectory'],
    ['a directory claiming more entries than it holds', () => buildZip([{ name: 'a.xml', data: strToU8('<a/>') }], { countOverride: 3 }), 'file.zipDirectory'],
    ['more than 100,000 entries', () => buildZip([{ name: 'a.xml', data: strToU8('<a/>') }], { countOverride: 100_001 }), 'file.zipDirectory'],
    ['a declared total past the limit', () => buildZip([{ name: 'a.xml', data: strToU8('<a/>'), declaredSize: limits.maxUnzippedBytes + 1 }]), 'file.zipTooBig'],
    ['a part compressed beyond 100:1', () => buildZip([{ name: 'xl/sheet.xml', data: new Uint8Array(4 * 1024 * 1024) }]), 'file.zipRatio'],
  ])('refuses %s before inflating anything', (_, bytes, key) => {
    expect(failure(() => readZipDirectory(bytes(), 'bad.xlsx'))).toMatchObject({ key, file: 'bad.xlsx' });
  });

  it.each([
    ['an encrypted entry', { flags: 1 }, 'file.encrypted'],
    ['an unsupported compression method', { method: 12 }, 'file.compression'],
    ['a stored entry whose sizes disagree', { method: 0, declaredSize: 3 }, 'file.zipDirectory'],
  ])('refuses %s when reading it', (_, entry, key) => {
    const bytes = buildZip([{ name: 'xl/sheet.xml', data: strToU8('<worksheet/>'), ...entry }]);
    expect(failure(() => entryText(bytes, 'xl/sheet.xml'))).toMatchObject({ key });
  });

  it('refuses an entry whose local header is not where the directory says', () => {
    const bytes = buildZip([{ name: 'a.xml', data: strToU8('<a/>') }]);
    bytes[0] = 0; // the local header's signature
    expect(failure(() => entryText(bytes, 'a.xml')).key).toBe('file.zipDirectory');
  });
});

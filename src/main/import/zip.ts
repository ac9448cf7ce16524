import { Inflate } from 'fflate';
import { fail, ImportFailure, limits } from './errors';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;


/**
 * Reads the zip central directory without inflating anything, and refuses archives whose declared
 * sizes look like a zip bomb (before a single byte is decompressed).
 */
export function readZipDirectory(bytes: Uint8Array, file: string): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(bytes, view);
  if (eocd < 0) fail(file, null, null, 'file.zipDirectory');
  let count = view.getUint16(eocd + 10, true);
  let dirSize = view.getUint32(eocd + 12, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || dirOffset === 0xffffffff || dirSize === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const z64 = safeNumber(view.getBigUint64(eocd - 12, true));
    if (z64 + 56 > bytes.length || view.getUint32(z64, true) !== ZIP64_EOCD) fail(file, null, null, 'file.zipDirectory');
    count = safeNumber(view.getBigUint64(z64 + 32, true));
    dirSize = safeNumber(view.getBigUint64(z64 + 40, true));
    dirOffset = safeNumber(view.getBigUint64(z64 + 48, true));
  }
  if (dirOffset + dirSize > bytes.length || count > 100_000) fail(file, null, null, 'file.zipDirectory');

  const entries = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder('utf-8');
  let total = 0;
  let p = dirOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) fail(file, null, null, 'file.zipDirectory');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength + extraLength > bytes.length) fail(file, null, null, 'file.zipDirectory');
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    // ZIP64 extra field (id 1) carries the sizes that overflowed 32 bits, in this order.
    let e = p + 46 + nameLength;
    const extraEnd = e + extraLength;
    while (e + 4 <= extraEnd) {
      const id = view.getUint16(e, true);
      const length = view.getUint16(e + 2, true);
      if (id === 1) {
        let q = e + 4;
        const next = (): number => {
          if (q + 8 > Math.min(e + 4 + length, extraEnd)) fail(file, null, null, 'file.zipDirectory');
          const value = safeNumber(view.getBigUint64(q, true));
          q += 8;
          return value;
        };
        if (size === 0xffffffff) size = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = next();
      }
      e += 4 + length;
    }
    const entry: ZipEntry = { name, method, compressedSize, size, localHeaderOffset, encrypted: (flags & 1) === 1 };
    total += size;
    if (total > limits.maxUnzippedBytes) {
      fail(file, null, null, 'file.zipTooBig', { limitMb: limits.maxUnzippedBytes / 1024 / 1024 });
    }
    // Tiny parts may compress extremely well (a sheet of empty rows); only big ones are suspicious.
    if (size > 1024 * 1024 && size > compressedSize * limits.maxCompressionRatio) {
      fail(file, null, null, 'file.zipRatio', { part: name, ratio: limits.maxCompressionRatio });
    }
    if (!entries.has(name)) entries.set(name, entry);
    p = extraEnd + commentLength;
  }
  return entries;
}

/**
 * A faster raw-deflate inflater the host may supply (the import worker passes node:zlib's). It must
 * throw rather than produce more than `size` bytes.
 */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

/** Inflates one entry, never producing more than the size its directory record declared. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, file: string, inflateRaw?: InflateRaw): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL) fail(file, null, null, 'file.zipDirectory');
  if (entry.encrypted) fail(file, null, null, 'file.encrypted');
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) fail(file, null, null, 'file.zipDirectory');
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) fail(file, null, null, 'file.zipDirectory');
    return data;
  }
  if (entry.method !== 8) fail(file, null, null, 'file.compression', { part: entry.name, method: entry.method });

  if (inflateRaw) {
    let out: Uint8Array;
    try {
      out = inflateRaw(data, entry.size);
    } catch (error) {
      if (error instanceof RangeError) fail(file, null, null, 'file.partTooBig', { part: entry.name });
      return fail(file, null, null, 'file.partDamaged', { part: entry.name, detail: error instanceof Error ? error.message : String(error) });
    }
    if (out.length !== entry.size) fail(file, null, null, 'file.partTruncated', { part: entry.name });
    return out;
  }

  const out = new Uint8Array(entry.size);
  let written = 0;
  const lying = () => fail(file, null, null, 'file.partTooBig', { part: entry.name });
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > out.length) lying();
    out.set(chunk, written);
    written += chunk.length;
  });
  // Input chunks bound how much one push can produce (deflate expands at most ~1032:1, so <= 66 MB).
  const step = 64 * 1024;
  try {
    if (data.length === 0) inflater.push(data, true);
    for (let offset = 0; offset < data.length; offset += step) {
      inflater.push(data.subarray(offset, Math.min(offset + step, data.length)), offset + step >= data.length);
    }
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    fail(file, null, null, 'file.partDamaged', { part: entry.name, detail: error instanceof Error ? error.message : String(error) });
  }
  if (written !== out.length) fail(file, null, null, 'file.partTruncated', { part: entry.name });
  return out;
}

/**
 * The end-of-central-directory record: the one whose comment runs exactly to the end of the file (an
 * archive comment may itself contain the signature), else the last signature found (trailing junk).
 */
function findEocd(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let fallback = -1;
  for (let p = bytes.length - 22; p >= lowest; p--) {
    if (bytes[p] !== 0x50 || view.getUint32(p, true) !== EOCD) continue;
    if (p + 22 + view.getUint16(p + 20, true) === bytes.length) return p;
    if (fallback < 0) fallback = p;
  }
  return fallback;
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

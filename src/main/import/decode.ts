import { fail } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/**
 * Text files coordinators receive: Google Forms (UTF-8), Excel "CSV UTF-8" (BOM), Excel "Unicode text"
 * (UTF-16LE with BOM) and plain Excel CSV in an Indonesian Windows locale (windows-1252).
 * Order: BOM, else UTF-16 without BOM (NUL-every-other-byte), else valid UTF-8, else windows-1252.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return checked(decode('utf-8', bytes.subarray(3), file), file);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return checked(decode('utf-16le', bytes.subarray(2), file), file);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return checked(decode('utf-16be', bytes.subarray(2), file), file);
  const bomless = sniffUtf16(bytes);
  if (bomless) return checked(decode(bomless, bytes, file), file);
  if (bytes.includes(0)) fail(file, null, null, 'file.binary');
  try {
    return checked({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }, file);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return checked(decode('windows-1252', bytes, file), file);
  }
}

// Node 20's TextDecoder('windows-1252') is really ISO-8859-1: 0x80-0x9F come out as C1 controls
// instead of € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ. Map that range by hand (undefined
// bytes 81 8D 8F 90 9D stay as their C1 code points, as the WHATWG decoder does).
const cp1252High = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\x80-\x9f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80]);
}

function decode(encoding: TextEncodingName, bytes: Uint8Array, file: string): DecodedText {
  if (encoding === 'windows-1252') return { text: decodeWindows1252(bytes), encoding };
  // UTF-16 with an odd byte count or lone surrogates is a broken file, not something to guess around.
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return fail(file, null, null, 'file.badEncoding', { encoding: encoding.toUpperCase() });
  }
}

/** UTF-16 without a BOM: in the first KB, one byte of nearly every pair is NUL (ASCII-heavy text). */
function sniffUtf16(bytes: Uint8Array): TextEncodingName | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.7 && evenNul === 0) return 'utf-16le';
  if (evenNul > pairs * 0.7 && oddNul === 0) return 'utf-16be';
  return null;
}

const anyControl = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;

/**
 * Random bytes decode "fine" as windows-1252, so judge the text: a NUL, or more than a few control
 * characters (other than tab/newlines) making up over 1% of it, mean a binary file merely named .csv.
 */
function checked(decoded: DecodedText, file: string): DecodedText {
  const { text } = decoded;
  // Nearly every file has no control characters at all: one regex scan (native code) says so.
  if (!anyControl.test(text)) return decoded;
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 || c === 9 || c === 10 || c === 13) continue;
    if (c === 0) controls = Infinity;
    else controls++;
    if (controls > 8 && controls * 100 > text.length) {
      fail(file, null, null, 'file.binary');
    }
  }
  return decoded;
}

// Just enough XML for the parts of an XLSX we read: tags found with indexOf, attributes scanned by hand.
// No DOM: a 50,000-row sheet is tens of MB of XML, and a tree of it would be several times that.

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities and Excel's `_xHHHH_` escapes (how a cell stores a carriage return or a control char). */
export function decodeXmlText(raw: string): string {
  let text = raw;
  // XML line-end normalisation comes first, so a CR written as &#13; survives.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.includes('&')) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
      if (name.startsWith('#x')) return codePoint(Number.parseInt(name.slice(2), 16), whole);
      if (name.startsWith('#')) return codePoint(Number.parseInt(name.slice(1), 10), whole);
      return Object.hasOwn(entities, name) ? entities[name] : whole;
    });
  }
  if (text.includes('_x')) text = text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return text;
}

function codePoint(value: number, fallback: string): string {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : fallback;
}

/**
 * Calls `onAttribute` for each attribute between `start` and `end` (the inside of a start tag).
 * Values are passed raw (still entity-encoded).
 */
export function scanAttributes(xml: string, start: number, end: number, onAttribute: (name: string, value: string) => void): void {
  let i = start;
  while (i < end) {
    const eq = indexBefore(xml, '=', i, end);
    if (eq < 0) return;
    const name = xml.slice(i, eq).trim();
    let q = eq + 1;
    while (q < end && xml.charCodeAt(q) <= 32) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") return;
    const close = indexBefore(xml, quote, q + 1, end);
    if (close < 0) return;
    onAttribute(name, xml.slice(q + 1, close));
    i = close + 1;
  }
}

/** `xml.indexOf(needle, from)` for a match that starts before `limit`, reading nothing past it. */
export function indexBefore(xml: string, needle: string, from: number, limit: number): number {
  if (limit >= xml.length) return xml.indexOf(needle, from);
  if (from >= limit) return -1;
  const found = xml.slice(from, limit + needle.length - 1).indexOf(needle);
  return found < 0 ? -1 : from + found;
}

/** All attributes of the start tag at `tagStart` (which points at '<'), keyed without surprises. */
export function attributesAt(xml: string, tagStart: number): { attributes: Map<string, string>; end: number; selfClosing: boolean } {
  const end = xml.indexOf('>', tagStart);
  const attributes = new Map<string, string>();
  if (end < 0) return { attributes, end: xml.length, selfClosing: true };
  let nameEnd = tagStart + 1;
  while (nameEnd < end && xml.charCodeAt(nameEnd) > 32 && xml[nameEnd] !== '/') nameEnd++;
  const selfClosing = xml.charCodeAt(end - 1) === 47;
  scanAttributes(xml, nameEnd, selfClosing ? end - 1 : end, (name, value) => attributes.set(name, decodeXmlText(value)));
  return { attributes, end, selfClosing };
}

/** The namespace prefix of the document's root element ("" or e.g. "x:"), so tag searches match it. */
export function rootPrefix(xml: string): string {
  let i = 0;
  for (;;) {
    i = xml.indexOf('<', i);
    if (i < 0) return '';
    const next = xml[i + 1];
    if (next !== '?' && next !== '!') break;
    i++;
  }
  let j = i + 1;
  while (j < xml.length && xml.charCodeAt(j) > 32 && xml[j] !== '>' && xml[j] !== '/') j++;
  const name = xml.slice(i + 1, j);
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}

/** Whether the character after `<name` ends the tag's name ('>', '/', whitespace): `<c ` but not `<cols`. */
function endsTagName(c: number): boolean {
  return c === 62 || c === 47 || c <= 32;
}

/**
 * Index of the next start tag `<name` at or after `from` that is really that element (not `<nameLonger`),
 * or -1. It searches to the end of the document: call it in loops that move forward past each match.
 */
export function findTag(xml: string, tag: string, from: number): number {
  let i = xml.indexOf(tag, from);
  while (i >= 0 && !endsTagName(xml.charCodeAt(i + tag.length))) i = xml.indexOf(tag, i + tag.length);
  return i;
}

/**
 * The next index at or after `from` where `needle` starts (as a whole start tag when `tag`), or -1.
 * A finder remembers its last answer: asking again from anywhere between the last start and that answer
 * costs nothing. A scan that moves forward and compares the answer with its own limit therefore reads
 * each character at most once per finder, however many of its cells lack the thing it looks for
 * (searching per cell with indexOf instead reads to the end of the sheet each time: quadratic).
 */
export type Finder = (from: number) => number;

export function finder(xml: string, needle: string, tag = false): Finder {
  let searchedFrom = Infinity;
  let found = -1;
  return (from) => {
    if (from >= searchedFrom && (found < 0 || from <= found)) return found;
    searchedFrom = from;
    found = tag ? findTag(xml, needle, from) : xml.indexOf(needle, from);
    return found;
  };
}

/** `finder(from)` when it lies before `limit`, else -1. */
export function before(find: Finder, from: number, limit: number): number {
  const i = find(from);
  return i < limit ? i : -1;
}

/**
 * Concatenated text of the `<t>` elements between two offsets, skipping phonetic runs (`<rPh>`): plain
 * strings, rich text runs and inline strings all store their text this way. One collector serves a
 * whole part (a sheet or the shared strings), asked for its spans in document order.
 */
export function textCollector(xml: string, prefix: string): (start: number, end: number) => string {
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  const phoneticClose = `</${prefix}rPh>`;
  const nextText = finder(xml, tOpen, true);
  const nextTextClose = finder(xml, tClose);
  const nextPhonetic = finder(xml, `<${prefix}rPh`, true);
  const nextPhoneticClose = finder(xml, phoneticClose);
  const nextTagEnd = finder(xml, '>');
  return (start, end) => {
    let text = '';
    let i = start;
    for (;;) {
      const t = before(nextText, i, end);
      if (t < 0) break;
      const ph = before(nextPhonetic, i, t);
      if (ph >= 0) {
        const after = before(nextPhoneticClose, ph, end);
        if (after < 0) break;
        i = after + phoneticClose.length;
        continue;
      }
      const open = before(nextTagEnd, t, end);
      if (open < 0) break;
      if (xml.charCodeAt(open - 1) === 47) {
        i = open + 1; // <t/>
        continue;
      }
      const close = before(nextTextClose, open, end);
      if (close < 0) break;
      text += decodeXmlText(xml.slice(open + 1, close));
      i = close + tClose.length;
    }
    return text;
  };
}

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
    const eq = xml.indexOf('=', i);
    if (eq < 0 || eq >= end) return;
    const name = xml.slice(i, eq).trim();
    let q = eq + 1;
    while (q < end && xml.charCodeAt(q) <= 32) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") return;
    const close = xml.indexOf(quote, q + 1);
    if (close < 0 || close >= end) return;
    onAttribute(name, xml.slice(q + 1, close));
    i = close + 1;
  }
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

/** Index of the next start tag `<name` that is really that element (not `<nameLonger`), or -1. */
export function findTag(xml: string, tag: string, from: number, limit = xml.length): number {
  let i = from;
  for (;;) {
    i = xml.indexOf(tag, i);
    if (i < 0 || i >= limit) return -1;
    const c = xml.charCodeAt(i + tag.length);
    if (c === 62 || c === 47 || c <= 32) return i; // '>', '/', whitespace
    i += tag.length;
  }
}

/**
 * Concatenated text of the `<t>` elements between `start` and `end`, skipping phonetic runs (`<rPh>`):
 * plain strings, rich text runs and inline strings all store their text this way.
 */
export function collectText(xml: string, start: number, end: number, prefix: string): string {
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  const phonetic = `<${prefix}rPh`;
  const phoneticClose = `</${prefix}rPh>`;
  let text = '';
  let i = start;
  for (;;) {
    const t = findTag(xml, tOpen, i, end);
    if (t < 0) break;
    const ph = findTag(xml, phonetic, i, t);
    if (ph >= 0) {
      const after = xml.indexOf(phoneticClose, ph);
      if (after < 0 || after >= end) break;
      i = after + phoneticClose.length;
      continue;
    }
    const open = xml.indexOf('>', t);
    if (open < 0 || open >= end) break;
    if (xml.charCodeAt(open - 1) === 47) {
      i = open + 1; // <t/>
      continue;
    }
    const close = xml.indexOf(tClose, open);
    if (close < 0 || close > end) break;
    text += decodeXmlText(xml.slice(open + 1, close));
    i = close + tClose.length;
  }
  return text;
}

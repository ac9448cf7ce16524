import { describe, expect, it } from 'vitest';
import { attributesAt, before, decodeXmlText, finder, findTag, indexBefore, rootPrefix, scanAttributes, textCollector } from './xml';

describe('xml helpers', () => {
  it.each([
    ['a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;', 'a & b <c> "d" \'e\''],
    ['&#10;&#x41;&#128512;', '\nA😀'],
    ['&unknown; &#xZZ;', '&unknown; &#xZZ;'],
    ['line_x000D_break', 'line\rbreak'],
    ['_x005F_x0041_', '_x0041_'], // an escaped literal "_x0041_"
    ['a\r\nb\rc', 'a\nb\nc'], // XML line-end normalisation
    ['keep&#13;cr', 'keep\rcr'],
  ])('decodeXmlText(%j)', (raw, text) => expect(decodeXmlText(raw)).toBe(text));

  it('reads attributes in either quote style, decoding entities', () => {
    const xml = `<sheet name='Data &amp; "More"' sheetId="2" r:id="rId3"/>`;
    const { attributes, selfClosing } = attributesAt(xml, 0);
    expect(Object.fromEntries(attributes)).toEqual({ name: 'Data & "More"', sheetId: '2', 'r:id': 'rId3' });
    expect(selfClosing).toBe(true);
  });

  it('finds the root prefix and whole tags only', () => {
    expect(rootPrefix('<?xml version="1.0"?><!-- c --><x:worksheet xmlns:x="...">')).toBe('x:');
    expect(rootPrefix('<worksheet>')).toBe('');
    expect(findTag('<cols><col/></cols><c r="A1">', '<c', 0)).toBe(19);
  });

  it('collects rich-text runs but not phonetic guides', () => {
    const xml = '<si><r><rPr><b/></rPr><t>Desain </t></r><r><t xml:space="preserve">Grafis</t></r><rPh sb="0" eb="1"><t>デザイン</t></rPh><t/></si>';
    expect(textCollector(xml, '')(0, xml.length)).toBe('Desain Grafis');
  });

  it('collects each span of a part in turn, stopping at the span\'s end', () => {
    const xml = '<c><is><t>Siti</t></is></c><c><is><t>Dewi</t><rPh><t>x</t></rPh></is></c><c><is><t>unclosed</is></c><c><is><t/></is></c>';
    const collect = textCollector(xml, '');
    const spans = [...xml.matchAll(/<is>.*?<\/is>/g)].map((m) => [m.index, m.index + m[0].length] as const);
    expect(spans.map(([start, end]) => collect(start, end))).toEqual(['Siti', 'Dewi', '', '']);
    expect(collect(spans[0][0], spans[0][1])).toBe('Siti'); // asked again, out of order
  });

  it('finds forward, remembers its answer, and answers again correctly from anywhere', () => {
    const xml = '<cols/><c r="A1"/><cfRule/><c r="B1"/>';
    const next = finder(xml, '<c', true);
    expect(next(0)).toBe(7);
    expect(next(3)).toBe(7); // remembered: nothing between 0 and 7
    expect(next(8)).toBe(27);
    expect(next(0)).toBe(7); // backwards: searched again
    expect(next(28)).toBe(-1);
    expect(before(next, 8, 27)).toBe(-1);
    expect(before(next, 8, 28)).toBe(27);
    const plain = finder(xml, '<c');
    expect(plain(0)).toBe(0); // not a whole-tag finder: <cols counts
  });

  it('indexBefore reads nothing at or past its limit', () => {
    expect(indexBefore('ab=cd=', '=', 0, 2)).toBe(-1);
    expect(indexBefore('ab=cd=', '=', 0, 3)).toBe(2);
    expect(indexBefore('ab=cd=', '=', 3, 99)).toBe(5);
    expect(indexBefore('<tag x>', 'x>', 0, 6)).toBe(5); // a match may end past the limit, if it starts before it
    expect(indexBefore('abc', 'c', 2, 2)).toBe(-1);
  });

  it('stops reading attributes at the end of their tag', () => {
    const seen: string[] = [];
    const xml = '<sheet name="S" broken="x/><next a="1"/>';
    scanAttributes(xml, 6, xml.indexOf('>'), (name, value) => seen.push(`${name}=${value}`));
    expect(seen).toEqual(['name=S']);
  });
});

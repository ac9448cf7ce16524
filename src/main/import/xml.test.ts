import { describe, expect, it } from 'vitest';
import { attributesAt, collectText, decodeXmlText, findTag, rootPrefix } from './xml';

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
    expect(collectText(xml, 0, xml.length, '')).toBe('Desain Grafis');
  });
});

// A minimal XLSX writer for tests and the import benchmark (not used by the app): shared or inline
// strings (plain, or rich text runs with a phonetic guide), numbers, booleans, date-formatted serials,
// an optional namespace prefix as some writers use, and the sheet markup of a few applications.
import { strToU8, zipSync, type Zippable } from 'fflate';

/** Text in runs of their own formatting, with an optional phonetic guide (<rPh>, as Japanese input adds). */
export interface RichText {
  runs: Array<{ text: string; bold?: boolean; italic?: boolean }>;
  phonetic?: string;
}

export type TestCell = string | number | boolean | null | { serial: number; format: string } | RichText;

export interface TestSheet {
  name: string;
  rows: TestCell[][];
  hidden?: boolean;
}

export interface TestWorkbookOptions {
  /** Strings in sharedStrings.xml (Excel, Google Sheets) or inline (openpyxl, some exporters). */
  strings?: 'shared' | 'inline';
  /** Element prefix for the spreadsheetml namespace ("x" -> <x:row>), as the Open XML SDK writes. */
  prefix?: string;
  date1904?: boolean;
  /** Leave out the r="A1" references (allowed by the format; some generators do). */
  omitReferences?: boolean;
  /**
   * The sheet markup of a given application around the same cells: Excel's dimension, sheet view,
   * column widths and row spans; LibreOffice's explicit row and cell attributes; Google Sheets' styled
   * cells. ('plain', the default, writes only what reading needs.)
   */
  flavor?: 'plain' | 'excel' | 'libreoffice' | 'googleSheets';
}

/** What each application writes around rows and cells (see TestWorkbookOptions.flavor). */
const flavors = {
  plain: { sheetHead: () => '', row: () => '', text: '', number: '' },
  excel: {
    sheetHead: (p: string, ref: string, width: number) =>
      `<${p}dimension ref="${ref}"/><${p}sheetViews><${p}sheetView tabSelected="1" workbookViewId="0"><${p}pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></${p}sheetView></${p}sheetViews>` +
      `<${p}sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><${p}cols><${p}col min="1" max="${width}" width="18.7109375" customWidth="1"/></${p}cols>`,
    row: (width: number) => ` spans="1:${width}" x14ac:dyDescent="0.25"`,
    text: '',
    number: '',
  },
  libreoffice: {
    sheetHead: (p: string, ref: string) => `<${p}sheetPr filterMode="false"><${p}pageSetUpPr fitToPage="false"/></${p}sheetPr><${p}dimension ref="${ref}"/>`,
    row: () => ' customFormat="false" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"',
    text: ' s="0"',
    number: ' s="0" t="n"',
  },
  googleSheets: { sheetHead: (p: string) => `<${p}sheetPr><${p}outlinePr summaryBelow="0" summaryRight="0"/></${p}sheetPr>`, row: () => '', text: ' s="1"', number: ' s="1"' },
} as const;

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' })[c] ?? c)
    // Characters XML 1.0 cannot carry are written the way Excel does: _xHHHH_ (and a literal "_x" escaped).
    .replace(/_x(?=[0-9A-Fa-f]{4}_)/g, '_x005F_x')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}

function letter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The inside of a shared string item (<si>) or an inline string (<is>). */
function stringItem(p: string, cell: string | RichText): string {
  const t = (text: string) => `<${p}t${/^\s|\s$/.test(text) ? ' xml:space="preserve"' : ''}>${escapeXml(text)}</${p}t>`;
  if (typeof cell === 'string') return t(cell);
  const runs = cell.runs.map((run) => {
    const props = `${run.bold ? `<${p}b/>` : ''}${run.italic ? `<${p}i/>` : ''}`;
    return `<${p}r>${props ? `<${p}rPr>${props}</${p}rPr>` : ''}${t(run.text)}</${p}r>`;
  });
  const phonetic = cell.phonetic === undefined ? '' : `<${p}rPh sb="0" eb="1">${t(cell.phonetic)}</${p}rPh><${p}phoneticPr fontId="1" type="noConversion"/>`;
  return runs.join('') + phonetic;
}

export function buildXlsx(sheets: readonly TestSheet[], options: TestWorkbookOptions = {}): Uint8Array {
  const p = options.prefix ? `${options.prefix}:` : '';
  const xmlns = options.prefix ? `xmlns:${options.prefix}="${MAIN_NS}"` : `xmlns="${MAIN_NS}"`;
  const shared = options.strings !== 'inline';
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const formats: string[] = [];
  const styleOf = (format: string) => {
    let i = formats.indexOf(format);
    if (i < 0) i = formats.push(format) - 1;
    return i + 2; // style 0 is the default, 1 a plain styled cell (Google Sheets styles every cell)
  };

  const flavor = flavors[options.flavor ?? 'plain'];
  const files: Zippable = {};
  sheets.forEach((sheet, s) => {
    const width = Math.max(1, ...sheet.rows.map((row) => row.length));
    const ref = `A1:${letter(width - 1)}${Math.max(1, sheet.rows.length)}`;
    const x14ac = options.flavor === 'excel' ? ' xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"' : '';
    const parts: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${xmlns}${x14ac}>${flavor.sheetHead(p, ref, width)}<${p}sheetData>`];
    const rowAttributes = flavor.row(width);
    sheet.rows.forEach((row, r) => {
      const ref = (c: number) => (options.omitReferences ? '' : ` r="${letter(c)}${r + 1}"`);
      parts.push(`<${p}row${options.omitReferences ? '' : ` r="${r + 1}"`}${rowAttributes}>`);
      row.forEach((cell, c) => {
        if (cell === null) {
          if (options.omitReferences) parts.push(`<${p}c/>`);
          return;
        }
        if (typeof cell === 'string' || (typeof cell === 'object' && 'runs' in cell)) {
          const item = stringItem(p, cell);
          if (shared) {
            let index = stringIndex.get(item);
            if (index === undefined) {
              index = strings.push(item) - 1;
              stringIndex.set(item, index);
            }
            parts.push(`<${p}c${ref(c)}${flavor.text} t="s"><${p}v>${index}</${p}v></${p}c>`);
          } else {
            parts.push(`<${p}c${ref(c)} t="inlineStr"><${p}is>${item}</${p}is></${p}c>`);
          }
        } else if (typeof cell === 'number') {
          parts.push(`<${p}c${ref(c)}${flavor.number}><${p}v>${cell}</${p}v></${p}c>`);
        } else if (typeof cell === 'boolean') {
          parts.push(`<${p}c${ref(c)} t="b"><${p}v>${cell ? 1 : 0}</${p}v></${p}c>`);
        } else {
          parts.push(`<${p}c${ref(c)} s="${styleOf(cell.format)}"><${p}v>${cell.serial}</${p}v></${p}c>`);
        }
      });
      parts.push(`</${p}row>`);
    });
    parts.push(`</${p}sheetData></${p}worksheet>`);
    files[`xl/worksheets/sheet${s + 1}.xml`] = strToU8(parts.join(''));
  });

  const sheetEntries = sheets
    .map((sheet, s) => `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${s + 1}"${sheet.hidden ? ' state="hidden"' : ''} r:id="rId${s + 1}"/>`)
    .join('');
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${xmlns} xmlns:r="${REL_NS}">` +
      `${options.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}sheets>${sheetEntries}</${p}sheets></${p}workbook>`,
  );
  const rels = sheets.map((_, s) => `<Relationship Id="rId${s + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${s + 1}.xml"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${REL_NS}/styles" Target="styles.xml"/>`);
  if (shared) rels.push(`<Relationship Id="rIdSS" Type="${REL_NS}/sharedStrings" Target="/xl/sharedStrings.xml"/>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${rels.join('')}</Relationships>`);
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const numFmts = formats.map((f, i) => `<${p}numFmt numFmtId="${164 + i}" formatCode="${escapeXml(f)}"/>`).join('');
  const xf = (numFmtId: number, extra = '') => `<${p}xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0"${extra}/>`;
  const xfs = [xf(0), xf(0, ' applyAlignment="1"'), ...formats.map((_, i) => xf(164 + i, ' applyNumberFormat="1"'))].join('');
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${xmlns}><${p}numFmts count="${formats.length}">${numFmts}</${p}numFmts>` +
      `<${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts>` +
      `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>` +
      `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>` +
      // A date format on the cell *style* (not the cell's own xf) must not make cells dates: a trap some readers fall in.
      `<${p}cellStyleXfs count="1"><${p}xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs><${p}cellXfs count="${formats.length + 2}">${xfs}</${p}cellXfs></${p}styleSheet>`,
  );
  if (shared) {
    const items = strings.map((item) => `<${p}si>${item}</${p}si>`).join('');
    files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><${p}sst ${xmlns} count="${strings.length}" uniqueCount="${strings.length}">${items}</${p}sst>`);
  }
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${ct}.styles+xml"/>`,
    ...(shared ? [`<Override PartName="/xl/sharedStrings.xml" ContentType="${ct}.sharedStrings+xml"/>`] : []),
    ...sheets.map((_, s) => `<Override PartName="/xl/worksheets/sheet${s + 1}.xml" ContentType="${ct}.worksheet+xml"/>`),
  ];
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `${overrides.join('')}</Types>`,
  );
  return zipSync(files, { level: 6 });
}

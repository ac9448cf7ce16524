// A minimal XLSX writer for tests and the import benchmark (not used by the app): shared or inline
// strings, numbers, booleans, date-formatted serials, an optional namespace prefix as some writers use.
import { strToU8, zipSync, type Zippable } from 'fflate';

export type TestCell = string | number | boolean | null | { serial: number; format: string };

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
}

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
    return i + 1; // style 0 is the default
  };

  const files: Zippable = {};
  sheets.forEach((sheet, s) => {
    const parts: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${p}worksheet ${xmlns}><${p}sheetData>`];
    sheet.rows.forEach((row, r) => {
      const ref = (c: number) => (options.omitReferences ? '' : ` r="${letter(c)}${r + 1}"`);
      parts.push(`<${p}row${options.omitReferences ? '' : ` r="${r + 1}"`}>`);
      row.forEach((cell, c) => {
        if (cell === null) {
          if (options.omitReferences) parts.push(`<${p}c/>`);
          return;
        }
        if (typeof cell === 'string') {
          if (shared) {
            let index = stringIndex.get(cell);
            if (index === undefined) {
              index = strings.push(cell) - 1;
              stringIndex.set(cell, index);
            }
            parts.push(`<${p}c${ref(c)} t="s"><${p}v>${index}</${p}v></${p}c>`);
          } else {
            parts.push(`<${p}c${ref(c)} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(cell)}</${p}t></${p}is></${p}c>`);
          }
        } else if (typeof cell === 'number') {
          parts.push(`<${p}c${ref(c)}><${p}v>${cell}</${p}v></${p}c>`);
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
  const xfs = [`<${p}xf numFmtId="0"/>`, ...formats.map((_, i) => `<${p}xf numFmtId="${164 + i}" applyNumberFormat="1"/>`)].join('');
  files['xl/styles.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${xmlns}><${p}numFmts count="${formats.length}">${numFmts}</${p}numFmts>` +
      `<${p}cellStyleXfs count="1"><${p}xf numFmtId="14"/></${p}cellStyleXfs><${p}cellXfs count="${formats.length + 1}">${xfs}</${p}cellXfs></${p}styleSheet>`,
  );
  if (shared) {
    const items = strings.map((s) => `<${p}si><${p}t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ''}>${escapeXml(s)}</${p}t></${p}si>`).join('');
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

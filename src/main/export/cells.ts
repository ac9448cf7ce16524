// CSV/formula injection defence (OWASP "CSV Injection"): a spreadsheet program may treat a cell that
// begins with = + - @, tab (0x09) or carriage return (0x0D) as a formula. Every cell written
// by toCsv and toXlsx goes through neutralizeCell, so no caller can forget it.
//
// Choice: prefix such cells with a single quote, as OWASP recommends, rather than dropping characters,
// so nothing is lost. This applies to phone numbers too: "+6281234567890" is written as
// "'+6281234567890". That is deliberate: it keeps the number text in every spreadsheet (Excel would
// otherwise turn it into 6.28123E+12 on opening a CSV); the importer's phone normalization ignores the
// quote, and restoreCell undoes the whole neutralization exactly. XLSX cells are always typed strings as
// well, so the quote there is defence in depth for whoever later saves the sheet as CSV; a phone number
// (a plus and digits, nothing a spreadsheet could run) is the one cell the XLSX writes as it is, so the
// coordinator sees +6281234567890 and no apostrophe (xlsxCell).

// A CSV is not always read with the separator it was written with: Excel with Indonesian regional
// settings splits on ";", so "Budi;=2+5+0" written as one comma-separated field becomes the cells "Budi"
// and "=2+5+0". So every segment that begins after a character some reader splits on (, ; tab CR LF)
// is neutralized like the cell's start, quotes in front of it included ('"=1' is a quoted =1 there).

/** Where a segment begins (the cell's start, or after a character a reader may split on) with what a spreadsheet may evaluate: = + - @ tab or CR, behind any quotes. */
const dangerousSegment = /(?<=^|[,;\t\r\n])(?=['"]*[=+\-@\t\r])/g;
const neutralizedSegment = /(?<=^|[,;\t\r\n])'(?=['"]*[=+\-@\t\r])/g;

/**
 * Prefixes "'" to the cell and to each segment of it (see above) that begins with = + - @ tab or CR.
 * A segment that already begins with quotes before such a character gets one more, so restoreCell is an
 * exact inverse.
 */
export function neutralizeCell(value: string): string {
  return value.replace(dangerousSegment, "'");
}

/** An E.164 phone number, "+6281234567890": a plus and digits only, a number at worst, never a formula that runs. */
const phoneNumber = /^\+\d{6,15}$/;

/** A cell as the XLSX writes it: neutralized, except a phone number, which a typed text cell keeps as text already. */
export function xlsxCell(value: string): string {
  return phoneNumber.test(value) ? value : neutralizeCell(value);
}

/** The inverse of neutralizeCell, for the importer: restoreCell(neutralizeCell(v)) === v for every v. */
export function restoreCell(value: string): string {
  return value.replace(neutralizedSegment, '');
}

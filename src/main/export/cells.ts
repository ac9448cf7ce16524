// CSV/formula injection defence (OWASP "CSV Injection"): a spreadsheet program may treat a cell that
// begins with = + - @, tab (0x09) or carriage return (0x0D) as a formula. Every cell written
// by toCsv and toXlsx goes through neutralizeCell, so no caller can forget it.
//
// Choice: prefix such cells with a single quote, as OWASP recommends, rather than dropping characters,
// so nothing is lost. This applies to phone numbers too: "+6281234567890" is written as
// "'+6281234567890". That is deliberate: it keeps the number text in every spreadsheet (Excel would
// otherwise turn it into 6.28123E+12 on opening a CSV), and our importer removes the quote again
// (restoreCell) and normalizes phones anyway. XLSX cells are always typed strings as well, so the
// quote there is defence in depth for whoever later saves the sheet as CSV; a phone number (a plus and
// digits, nothing a spreadsheet could run) is the one cell the XLSX writes as it is, so the coordinator
// sees +6281234567890 and no apostrophe (xlsxCell).

const dangerous = /^'*[=+\-@\t\r]/;

/**
 * Prefixes "'" to a cell that begins with = + - @ tab or CR. Cells that already begin with quotes
 * followed by such a character get one more, so restoreCell is an exact inverse.
 */
export function neutralizeCell(value: string): string {
  return dangerous.test(value) ? `'${value}` : value;
}

/** An E.164 phone number, "+6281234567890": a plus and digits only, a number at worst, never a formula that runs. */
const phoneNumber = /^\+\d{6,15}$/;

/** A cell as the XLSX writes it: neutralized, except a phone number, which a typed text cell keeps as text already. */
export function xlsxCell(value: string): string {
  return phoneNumber.test(value) ? value : neutralizeCell(value);
}

/** The inverse of neutralizeCell, for the importer: restoreCell(neutralizeCell(v)) === v for every v. */
export function restoreCell(value: string): string {
  return value.startsWith("'") && dangerous.test(value.slice(1)) ? value.slice(1) : value;
}

/** A plain number such as `-2`, `+3.5` or `-1e-5`: a spreadsheet reads it as a value, not a formula. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What a spreadsheet may run as a formula: a cell starting — after any whitespace — with `=`, `+`,
 * `-` or `@` (or their full-width forms), or starting with a tab, carriage return or line feed.
 * See OWASP, "CSV Injection".
 */
const FORMULA_START = /^(\s*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\t\r\n])/;

/** True when `text` would be run as a formula by a spreadsheet opening the CSV. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break; a cell a spreadsheet
 * would run as a formula gets a leading apostrophe and quotes, so it opens as text.
 */
export function csvCell(text: string): string {
  const guarded = isFormulaLike(text) ? `'${text}` : text;
  return guarded !== text || /[",\n\r]/.test(text) ? `"${guarded.replace(/"/g, '""')}"` : text;
}

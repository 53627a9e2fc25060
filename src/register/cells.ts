/**
 * Values as they go into cells. Sheets parses a written string as user input: «=…» becomes
 * a formula, «+7…» or «-…» may too, «12» becomes a number, «01.09.2026» a date. Text from
 * people is therefore written with a leading apostrophe whenever Sheets would not keep it
 * as the same text; the apostrophe is not part of the value that getValues returns.
 */
const FORMULA_START = /^[=+\-@]/;
const NUMBER_LIKE = /^\s*[+-]?(\d[\d\s\u00a0]*([.,]\d*)?|[.,]\d+)(e[+-]?\d+)?\s*%?\s*$/i;
const DATE_LIKE = /^\s*(\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?)(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false|истина|ложь)\s*$/i;

/** A string Sheets would read as something other than this very text. */
export function needsTextGuard(text: string): boolean {
  return (
    FORMULA_START.test(text) || text.startsWith("'") || NUMBER_LIKE.test(text) || DATE_LIKE.test(text) || BOOLEAN_LIKE.test(text)
  );
}

/** Text written so that the cell holds exactly this text. */
export function asText(text: string): string {
  return needsTextGuard(text) ? `'${text}` : text;
}

/** A value ready for setValues: strings guarded, other primitives and Dates as they are. */
export function toCell(value: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return asText(value);
  return value;
}

export function isBlankCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined;
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlankCell);
}

/** A1 notation: column letters, parsing of A1 ranges and formatting of rectangles. */

export function columnToLetters(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** One end of an A1 range: either part may be missing (A:C, 1:3, A2:C). */
interface A1Ref {
  row: number | null;
  column: number | null;
}

/** The parsed, not yet bounded range; null parts extend to the sheet's edge. */
export interface A1Range {
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

const REF = /^\$?([A-Z]*)\$?(\d*)$/;

function parseRef(text: string): A1Ref | null {
  const m = REF.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  const row = m[2] === '' ? null : Number(m[2]);
  if (row === 0) return null;
  return { column: m[1] === '' ? null : lettersToColumn(m[1]), row };
}

/**
 * Parses "A1", "A1:C5", "A:C", "A2:C", "1:3", "$A$1". Returns null for anything else
 * (Google then throws "Range not found"). A sheet prefix is returned separately.
 */
export function parseA1(input: string): { sheetName: string | null; range: A1Range } | null {
  let text = input.trim();
  let sheetName: string | null = null;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'") && sheetName.length >= 2) {
      sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    }
    text = text.slice(bang + 1);
  }
  text = text.toUpperCase();
  const parts = text.split(':');
  if (parts.length > 2) return null;
  const a = parseRef(parts[0]);
  if (!a) return null;
  if (parts.length === 1) {
    // A lone cell needs both parts: "A" or "3" alone is not a range in Sheets.
    if (a.row === null || a.column === null) return null;
    return {
      sheetName,
      range: { startRow: a.row, startColumn: a.column, endRow: a.row, endColumn: a.column },
    };
  }
  const b = parseRef(parts[1]);
  if (!b) return null;
  // "A:3" mixes a column-only and a row-only end: not valid.
  const aColOnly = a.row === null;
  const bColOnly = b.row === null;
  const aRowOnly = a.column === null;
  const bRowOnly = b.column === null;
  if ((aColOnly && bRowOnly) || (aRowOnly && bColOnly)) return null;
  let startRow = a.row;
  let endRow = b.row;
  let startColumn = a.column;
  let endColumn = b.column;
  // "A:C" starts at row 1; "1:3" starts at column 1; "A2:C" ends at the last row.
  if (startRow === null) startRow = 1;
  if (startColumn === null) startColumn = 1;
  // Sheets normalises reversed corners (C5:A1 is A1:C5).
  if (endRow !== null && endRow < startRow) [startRow, endRow] = [endRow, startRow];
  if (endColumn !== null && endColumn < startColumn) [startColumn, endColumn] = [endColumn, startColumn];
  return { sheetName, range: { startRow, startColumn, endRow, endColumn } };
}

/** "A1" for one cell, "A1:C5" otherwise. */
export function formatA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnToLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

/**
 * Test-side helpers (not part of Google's API): read a sheet's grid straight from the state,
 * without counting calls, and apply a user's edit as the playground would.
 */
import { parseA1 } from './a1';
import { getCell, lastColumn, lastRow, readDisplayValues, readFormulas, readValues, writeInput, type Rect } from './grid';
import type { CellState, CellValue, SheetState, SpreadsheetState } from './state';
import { checkValidation } from './validation';

export function sheetState(state: SpreadsheetState, sheetName: string): SheetState {
  const s = state.sheets.find((x) => x.name === sheetName);
  if (!s) throw new Error(`No sheet named "${sheetName}"`);
  return s;
}

/** The A1 range, or the data range (A1 to last row/column with content; empty if none). */
function rectOf(sheet: SheetState, a1?: string): Rect {
  if (a1 === undefined) return { row: 1, column: 1, numRows: lastRow(sheet), numColumns: lastColumn(sheet) };
  const p = parseA1(a1);
  if (!p) throw new Error(`Bad A1 notation: ${a1}`);
  const r = p.range;
  const row = r.startRow ?? 1;
  const column = r.startColumn ?? 1;
  return {
    row,
    column,
    numRows: (r.endRow ?? sheet.maxRows) - row + 1,
    numColumns: (r.endColumn ?? sheet.maxColumns) - column + 1,
  };
}

function isEmpty(rect: Rect): boolean {
  return rect.numRows < 1 || rect.numColumns < 1;
}

/** Values as getValues returns them ([] for an empty sheet without a1). */
export function gridValues(state: SpreadsheetState, sheetName: string, a1?: string): CellValue[][] {
  const sheet = sheetState(state, sheetName);
  const rect = rectOf(sheet, a1);
  return isEmpty(rect) ? [] : readValues(state, sheet, rect);
}

/** Formulas as getFormulas returns them ('' for non-formula cells). */
export function gridFormulas(state: SpreadsheetState, sheetName: string, a1?: string): string[][] {
  const sheet = sheetState(state, sheetName);
  const rect = rectOf(sheet, a1);
  return isEmpty(rect) ? [] : readFormulas(sheet, rect);
}

/** Strings as getDisplayValues returns them. */
export function gridDisplayValues(state: SpreadsheetState, sheetName: string, a1?: string): string[][] {
  const sheet = sheetState(state, sheetName);
  const rect = rectOf(sheet, a1);
  return isEmpty(rect) ? [] : readDisplayValues(state, sheet, rect);
}

/** The stored state of one cell (null if never written). */
export function cellAt(state: SpreadsheetState, sheetName: string, a1: string): CellState | null {
  const sheet = sheetState(state, sheetName);
  const rect = rectOf(sheet, a1);
  return getCell(sheet, rect.row, rect.column);
}

/**
 * A user typing `input` into a cell: rejected with the validation message if a rule with
 * allowInvalid=false forbids it (the cell keeps its value), else stored as typed input.
 * Returns the rejection message or null.
 */
export function applyUserEdit(
  state: SpreadsheetState,
  sheetName: string,
  row: number,
  column: number,
  input: unknown,
): string | null {
  const sheet = sheetState(state, sheetName);
  const error = checkValidation(sheet, row, column, input, state);
  if (error !== null) return error;
  writeInput(state, sheet, row, column, input);
  return null;
}

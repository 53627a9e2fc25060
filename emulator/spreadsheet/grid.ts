/**
 * Cell storage of one sheet: reading and writing rectangles, last row/column, inserting
 * columns. Plain functions over SheetState so the services and the test helpers share them.
 * Loops touch each cell once: a 5,000 × 25 read or write is linear.
 */
import { DEFAULT_NUMBER_FORMAT, displayOf } from './format';
import { localeInfo } from './locale';
import type { CellState, CellValue, RowState, SheetState, SpreadsheetState } from './state';
import { checkCellLength, parseInput, typedValue, type ParsedInput, type ValueContext } from './values';

export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export function getCell(sheet: SheetState, row: number, column: number): CellState | null {
  const r = sheet.cells[row - 1];
  return r?.[column - 1] || null;
}

/**
 * Sets arr[index], padding with nulls: arrays stay dense, so a JSON round trip gives back
 * an equal state (holes would come back as nulls) and V8 keeps them packed.
 */
function setAt<T>(arr: (T | null)[], index: number, value: T): void {
  while (arr.length < index) arr.push(null);
  arr[index] = value;
}

function rowForWrite(sheet: SheetState, row: number): RowState {
  let r = sheet.cells[row - 1];
  if (!r) {
    r = [];
    setAt(sheet.cells, row - 1, r);
  }
  return r;
}

/** The cell's state object, created empty if absent. */
export function cellForWrite(sheet: SheetState, row: number, column: number): CellState {
  const r = rowForWrite(sheet, row);
  let c = r[column - 1];
  if (!c) {
    c = { v: '' };
    setAt(r, column - 1, c);
  }
  return c;
}

export function hasContent(cell: CellState | null | undefined): boolean {
  return !!cell && (cell.f !== undefined || cell.v !== '');
}

/** Last row with a value or formula; 0 on an empty sheet. Scans from the bottom. */
export function lastRow(sheet: SheetState): number {
  for (let i = sheet.cells.length - 1; i >= 0; i--) {
    const r = sheet.cells[i];
    if (!r) continue;
    for (let j = 0; j < r.length; j++) if (hasContent(r[j])) return i + 1;
  }
  return 0;
}

/** Last column with a value or formula in any row; 0 on an empty sheet. */
export function lastColumn(sheet: SheetState): number {
  let last = 0;
  for (const r of sheet.cells) {
    if (!r) continue;
    for (let j = r.length - 1; j >= last; j--) {
      if (hasContent(r[j])) {
        last = j + 1;
        break;
      }
    }
  }
  return last;
}

/** Calls fn for every existing cell of the rectangle (cells never written are skipped). */
export function forExisting(sheet: SheetState, rect: Rect, fn: (cell: CellState) => void): void {
  const endRow = Math.min(rect.row + rect.numRows - 1, sheet.cells.length);
  for (let r = rect.row; r <= endRow; r++) {
    const row = sheet.cells[r - 1];
    if (!row) continue;
    const endCol = Math.min(rect.column + rect.numColumns - 1, row.length);
    for (let c = rect.column; c <= endCol; c++) {
      const cell = row[c - 1];
      if (cell) fn(cell);
    }
  }
}

/** Calls fn for every cell of the rectangle, creating the cells. */
export function forAll(sheet: SheetState, rect: Rect, fn: (cell: CellState, i: number, j: number) => void): void {
  for (let i = 0; i < rect.numRows; i++) {
    const row = rowForWrite(sheet, rect.row + i);
    for (let j = 0; j < rect.numColumns; j++) {
      const idx = rect.column + j - 1;
      let cell = row[idx];
      if (!cell) {
        cell = { v: '' };
        setAt(row, idx, cell);
      }
      fn(cell, i, j);
    }
  }
}

/** A 2-D array of the rectangle, mapping each cell (null when never written). */
export function mapRect<T>(sheet: SheetState, rect: Rect, fn: (cell: CellState | null) => T): T[][] {
  const out: T[][] = new Array(rect.numRows);
  for (let i = 0; i < rect.numRows; i++) {
    const row = sheet.cells[rect.row - 1 + i];
    const line: T[] = new Array(rect.numColumns);
    for (let j = 0; j < rect.numColumns; j++) line[j] = fn(row?.[rect.column - 1 + j] || null);
    out[i] = line;
  }
  return out;
}

export function valueContext(ss: SpreadsheetState): ValueContext {
  return { locale: ss.locale, timeZone: ss.timeZone };
}

export function readValues(ss: { timeZone: string }, sheet: SheetState, rect: Rect): CellValue[][] {
  const tz = ss.timeZone;
  return mapRect(sheet, rect, (c) => typedValue(c, tz));
}

export function readDisplayValues(ss: SpreadsheetState, sheet: SheetState, rect: Rect): string[][] {
  const tz = ss.timeZone;
  const info = localeInfo(ss.locale);
  return mapRect(sheet, rect, (c) => (c ? displayOf(c.v, c.nf, tz, info) : ''));
}

export function readFormulas(sheet: SheetState, rect: Rect): string[][] {
  return mapRect(sheet, rect, (c) => (c && c.f !== undefined ? c.f : ''));
}

export function readNumberFormats(sheet: SheetState, rect: Rect): string[][] {
  return mapRect(sheet, rect, (c) => (c && c.nf !== undefined ? c.nf : DEFAULT_NUMBER_FORMAT));
}

/** Stores a parsed value in a cell, keeping its formats, note and validation. */
export function storeParsed(sheet: SheetState, row: number, column: number, p: ParsedInput): void {
  const r = sheet.cells[row - 1];
  const existing = r ? r[column - 1] : null;
  if (!existing) {
    if (p.v === '' && p.f === undefined) return;
    const cell: CellState = p.f === undefined ? { v: p.v } : { v: p.v, f: p.f };
    setAt(rowForWrite(sheet, row), column - 1, cell);
    return;
  }
  existing.v = p.v;
  if (p.f !== undefined) existing.f = p.f;
  else if (existing.f !== undefined) delete existing.f;
}

/** Writes user-style input into one cell: coerced as Sheets parses typed input. */
export function writeInput(ss: SpreadsheetState, sheet: SheetState, row: number, column: number, raw: unknown): void {
  const cell = getCell(sheet, row, column);
  storeParsed(sheet, row, column, parseInput(raw, cell ? cell.nf : undefined, valueContext(ss)));
}

/** Writes a 2-D array of inputs whose shape the caller has checked; all or nothing (cell size checked first). */
export function writeInputs(ss: SpreadsheetState, sheet: SheetState, rect: Rect, values: readonly (readonly unknown[])[]): void {
  for (let i = 0; i < rect.numRows; i++) for (let j = 0; j < rect.numColumns; j++) checkCellLength(values[i][j]);
  const ctx = valueContext(ss);
  for (let i = 0; i < rect.numRows; i++) {
    const src = values[i];
    const rowNo = rect.row + i;
    const existingRow = sheet.cells[rowNo - 1];
    for (let j = 0; j < rect.numColumns; j++) {
      const col = rect.column + j;
      const cell = existingRow ? existingRow[col - 1] : null;
      storeParsed(sheet, rowNo, col, parseInput(src[j], cell ? cell.nf : undefined, ctx));
    }
  }
}

type RectLike = { row: number; column: number; numRows: number; numColumns: number };
type Axis = 'row' | 'column';

/** Moves a rectangle for columns (or rows) inserted before `before`: shift if past it, grow if across. */
function shiftRect(rect: RectLike, axis: Axis, before: number, count: number): void {
  const size = axis === 'row' ? 'numRows' : 'numColumns';
  if (rect[axis] >= before) rect[axis] += count;
  else if (rect[axis] + rect[size] - 1 >= before) rect[size] += count;
}

/**
 * Fits a rectangle to `count` rows (or columns) deleted from `start`: one past them moves back,
 * one across them shrinks. Returns false when none of its rows is left.
 */
function shrinkRect(rect: RectLike, axis: Axis, start: number, count: number): boolean {
  const size = axis === 'row' ? 'numRows' : 'numColumns';
  const end = start + count - 1;
  const first = rect[axis];
  const last = first + rect[size] - 1;
  if (last < start) return true;
  if (first > end) {
    rect[axis] -= count;
    return true;
  }
  rect[size] -= Math.min(last, end) - Math.max(first, start) + 1;
  if (first > start) rect[axis] = start;
  return rect[size] > 0;
}

/** An anchor cell (a chart's) moves with the cells; inside deleted rows it lands where they were (guessed). */
function moveAnchor(pos: { row: number; column: number }, axis: Axis, start: number, count: number, inserted: boolean): void {
  if (inserted) {
    if (pos[axis] >= start) pos[axis] += count;
  } else if (pos[axis] >= start + count) pos[axis] -= count;
  else if (pos[axis] >= start) pos[axis] = start;
}

/**
 * Everything that points at cells of `sheet` by position follows an insertion (count > 0 before
 * `at`) or a deletion (count < 0 rows from `at`): protected ranges, validation list ranges of any
 * sheet, this sheet's conditional format ranges, chart data ranges of any sheet and the anchors of
 * this sheet's charts. What a deletion empties is dropped (a protection, a rule's range and a rule
 * left without ranges, a chart's range: guessed from how Sheets shows them), except a validation
 * list range, which keeps one row where its rows were (Sheets shows a #REF! there; not emulated).
 */
function shiftReferences(ss: SpreadsheetState, sheet: SheetState, axis: Axis, at: number, count: number): void {
  const inserted = count > 0;
  const n = Math.abs(count);
  /** Applies the move; false when the rectangle is gone. */
  const fit = (rect: RectLike): boolean => {
    if (inserted) {
      shiftRect(rect, axis, at, n);
      return true;
    }
    return shrinkRect(rect, axis, at, n);
  };
  sheet.protections = sheet.protections.filter((p) => !p.range || fit(p.range));
  if (sheet.conditionalFormats) {
    sheet.conditionalFormats = sheet.conditionalFormats.filter((rule) => {
      rule.ranges = rule.ranges.filter(fit);
      return rule.ranges.length > 0;
    });
  }
  for (const c of sheet.charts ?? []) moveAnchor(c.position, axis, at, n, inserted);
  for (const s of ss.sheets) {
    for (const rule of Object.values(s.validationRules)) {
      if (rule.criteria !== 'VALUE_IN_RANGE' || rule.range.sheetId !== sheet.sheetId) continue;
      if (fit(rule.range)) continue;
      const edge = axis === 'row' ? sheet.maxRows : sheet.maxColumns;
      if (axis === 'row') Object.assign(rule.range, { row: Math.max(1, Math.min(at, edge)), numRows: 1 });
      else Object.assign(rule.range, { column: Math.max(1, Math.min(at, edge)), numColumns: 1 });
    }
    for (const c of s.charts ?? []) c.ranges = c.ranges.filter((r) => r.sheetId !== sheet.sheetId || fit(r));
  }
}

/**
 * Inserts `count` blank columns before column `before`, shifting cells (with their formats,
 * notes and validation), column widths, protected ranges and validation ranges that point
 * at this sheet. Inserted cells are fully blank: whether Sheets copies a neighbour's format
 * into them was not verified, and blank is the choice that cannot hide a missing format.
 * Formulas are not rewritten (the emulator does not evaluate them).
 */
export function insertColumnsAt(ss: SpreadsheetState, sheet: SheetState, before: number, count: number): void {
  const at = before - 1;
  const cells = sheet.cells;
  const fresh: null[] = new Array(count).fill(null);
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i];
    if (!row || row.length <= at) continue;
    // concat, not splice(...spread): no argument-count limit for large inserts.
    cells[i] = row.slice(0, at).concat(fresh, row.slice(at));
  }
  sheet.maxColumns += count;
  const widths: Record<string, number> = {};
  for (const [k, w] of Object.entries(sheet.columnWidths)) {
    const c = Number(k);
    widths[String(c >= before ? c + count : c)] = w;
  }
  sheet.columnWidths = widths;
  shiftReferences(ss, sheet, 'column', before, count);
}

/** Inserts `count` blank rows before row `before`, like insertColumnsAt. */
export function insertRowsAt(ss: SpreadsheetState, sheet: SheetState, before: number, count: number): void {
  const at = before - 1;
  if (sheet.cells.length > at) {
    const fresh: null[] = new Array(count).fill(null);
    sheet.cells = sheet.cells.slice(0, at).concat(fresh, sheet.cells.slice(at));
  }
  sheet.maxRows += count;
  shiftReferences(ss, sheet, 'row', before, count);
}

/**
 * Deletes `count` rows from row `start` (the caller has checked the bounds): the cells below move
 * up with their formats, notes and validation, the sheet shrinks, frozen rows among the deleted
 * ones unfreeze, and references follow (see shiftReferences).
 */
export function deleteRowsAt(ss: SpreadsheetState, sheet: SheetState, start: number, count: number): void {
  const at = start - 1;
  if (sheet.cells.length > at) sheet.cells = sheet.cells.slice(0, at).concat(sheet.cells.slice(at + count));
  sheet.maxRows -= count;
  const frozenGone = Math.max(0, Math.min(sheet.frozenRows, start + count - 1) - start + 1);
  sheet.frozenRows -= frozenGone;
  shiftReferences(ss, sheet, 'row', start, -count);
}

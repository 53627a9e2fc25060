/**
 * Writing records back into header-mapped sheets: new rows in one setValues after the last
 * filled row, and changed cells column by column, so the curator's own columns are never
 * rewritten. Others may edit the sheet while an action runs (the document lock keeps out
 * other executions, not people): a write first looks at what the sheet holds now — one read
 * of the range it writes — and leaves every cell someone changed since the action read it.
 */
import { excerpt } from '../domain/excerpt';
import { toRussianDate } from '../domain/isoDate';
import type { SheetPort } from '../gas/ports';
import { cellIssueText, WRITE_CONFLICTS } from '../i18n/messages';
import type { ColumnKey } from '../i18n/register';
import { isBlankCell, isBlankRow, toCell } from './cells';
import type { HeaderMap } from './headers';

/** 1-based number of the last row holding anything (0 for an empty grid). */
export function lastFilledRow(grid: readonly (readonly unknown[])[]): number {
  for (let i = grid.length - 1; i >= 0; i--) if (!isBlankRow(grid[i])) return i + 1;
  return 0;
}

/** Rows added beyond what a write needs, so that a growing bank does not grow the sheet on every answer. */
const GROWTH_HEADROOM = 200;

/** Grows the sheet when a block would end below its last row. */
export function ensureRows(sheet: SheetPort, lastRow: number): void {
  const maxRows = sheet.getMaxRows();
  if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows + GROWTH_HEADROOM);
}

/** A row laid out by the sheet's own header order; unknown keys are ignored. */
export function rowFor(values: Partial<Record<ColumnKey, unknown>>, headers: HeaderMap, width: number): unknown[] {
  const row: unknown[] = new Array(width).fill('');
  for (const [key, value] of Object.entries(values)) {
    const at = headers.index.get(key as ColumnKey);
    if (at !== undefined) row[at] = toCell(value);
  }
  return row;
}

/**
 * The first row after the last non-empty one as the sheet is now: the grid as the action read
 * it, and whatever someone typed below it since (one getLastRow; the rows below are read only
 * when there are any).
 */
export function firstFreeRow(sheet: SheetPort, grid: readonly (readonly unknown[])[]): number {
  const lastNow = sheet.getLastRow();
  if (lastNow <= grid.length) return lastFilledRow(grid.slice(0, lastNow)) + 1;
  const below = sheet.getRange(grid.length + 1, 1, lastNow - grid.length, Math.max(sheet.getLastColumn(), 1)).getValues();
  return lastFilledRow([...grid, ...below]) + 1;
}

/**
 * Appends rows after the last non-empty row at the time of writing (never over a row someone
 * typed since the read) with one setValues; returns the first row written.
 */
export function appendRows(sheet: SheetPort, grid: readonly (readonly unknown[])[], rows: unknown[][]): number {
  if (!rows.length) return lastFilledRow(grid) + 1;
  // The sheet's size first: the last look at its content is the one right before the write.
  const maxRows = sheet.getMaxRows();
  const start = firstFreeRow(sheet, grid);
  const end = start + rows.length - 1;
  if (end > maxRows) sheet.insertRowsAfter(maxRows, end - maxRows + GROWTH_HEADROOM);
  sheet.getRange(start, 1, rows.length, rows[0].length).setValues(rows);
  return start;
}

/** A cell to set: 1-based row, 0-based column, new value. */
export interface CellChange {
  row: number;
  column: number;
  value: unknown;
}

/**
 * A cell left as it is because it changed between the action's read and its write: `cell`, the
 * cell itself was changed; `row`, the row now holds another record (its key cell changed: rows
 * were inserted, deleted or sorted), so nothing of it is written.
 */
export interface WriteConflict {
  reason: 'cell' | 'row';
  /** 1-based row, 0-based column of the cell not written. */
  row: number;
  column: number;
  /** What the action read, what the cell holds now (for `row`: the key cell's), what it would have written. */
  read: unknown;
  now: unknown;
  wanted: unknown;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Two cell values as getValues gives them: blanks alike, dates by their instant. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (isBlankCell(a) || isBlankCell(b)) return isBlankCell(a) && isBlankCell(b);
  if (isDate(a) || isDate(b)) return isDate(a) && isDate(b) && a.getTime() === b.getTime();
  return a === b;
}

export interface WriteOptions {
  /**
   * 0-based column of the record's key (its ID): a changed row whose key is no longer what was
   * read holds another record now, and none of its cells is written.
   */
  keyColumn?: number;
}

/**
 * Writes changed cells with one setValues per changed column, over the rows from the first
 * to the last change, after one getValues of the range those writes cover (and the key
 * column): right before writing, it is checked against what the action read.
 * - A cell to change that someone changed since the read is left as they made it (unless it
 *   already holds the new value) and returned as a conflict; so is every cell of a row whose
 *   key changed.
 * - Cells in between are written back as they are now: their formula if they hold one, else
 *   their current value — never the value of the read.
 * A column none of whose cells is to be written is not written at all. `formulas` (the sheet's,
 * from row 1) is called once, before the values are read, and only when a column's block has
 * more than one row: the values are the last look at the sheet before the writes.
 */
export function writeChanges(
  sheet: SheetPort,
  grid: readonly (readonly unknown[])[],
  formulas: () => readonly (readonly string[])[],
  changes: readonly CellChange[],
  options: WriteOptions = {},
): WriteConflict[] {
  if (!changes.length) return [];
  const byColumn = new Map<number, Map<number, unknown>>();
  for (const c of changes) {
    if (!byColumn.has(c.column)) byColumn.set(c.column, new Map());
    byColumn.get(c.column)!.set(c.row, c.value);
  }
  const rows = changes.map((c) => c.row);
  const firstRow = Math.min(...rows);
  const lastRow = Math.max(...rows);
  const { keyColumn } = options;
  const columns = [...byColumn.keys(), ...(keyColumn === undefined ? [] : [keyColumn])];
  const firstColumn = Math.min(...columns);
  const lastColumn = Math.max(...columns);
  ensureRows(sheet, lastRow);
  // Formulas are needed only where a column's block has more than one row (a cell in it may be
  // written back); they are read before the values, so that the values are the last look at
  // the sheet before the writes.
  const multiRow = [...byColumn.values()].some((cells) => cells.size > 1);
  const knownFormulas = multiRow ? formulas() : [];
  const current = sheet.getRange(firstRow, firstColumn + 1, lastRow - firstRow + 1, lastColumn - firstColumn + 1).getValues();
  const now = (row: number, column: number) => current[row - firstRow]?.[column - firstColumn] ?? '';
  const read = (row: number, column: number) => grid[row - 1]?.[column] ?? '';
  const moved = (row: number) => keyColumn !== undefined && !sameCell(now(row, keyColumn), read(row, keyColumn));

  const conflicts: WriteConflict[] = [];
  /** The cell as it is now, to write back over itself: its formula if it has one, else its value. */
  const asNow = (row: number, column: number) => knownFormulas[row - 1]?.[column] || toCell(now(row, column));
  const writes: { column: number; first: number; block: unknown[][] }[] = [];
  for (const [column, cells] of byColumn) {
    const changed = [...cells.keys()];
    const first = Math.min(...changed);
    const last = Math.max(...changed);
    const block: unknown[][] = [];
    let writesSomething = false;
    for (let r = first; r <= last; r++) {
      if (!cells.has(r)) {
        block.push([null]); // filled below, once it is known that the column is written
        continue;
      }
      const wanted = cells.get(r);
      const value = now(r, column);
      if (moved(r)) {
        conflicts.push({ reason: 'row', row: r, column, read: read(r, keyColumn!), now: now(r, keyColumn!), wanted });
      } else if (!sameCell(value, read(r, column)) && !sameCell(value, wanted)) {
        conflicts.push({ reason: 'cell', row: r, column, read: read(r, column), now: value, wanted });
      } else {
        block.push([toCell(wanted)]);
        writesSomething = true;
        continue;
      }
      block.push([null]);
    }
    if (writesSomething) writes.push({ column, first, block });
  }
  for (const { column, first, block } of writes) {
    block.forEach((cell, i) => {
      if (cell[0] === null) cell[0] = asNow(first + i, column);
    });
    sheet.getRange(first, column + 1, block.length, 1).setValues(block);
  }
  return conflicts;
}

function shown(value: unknown): string {
  return isDate(value) ? toRussianDate(value) : excerpt(value);
}

/**
 * The conflicts in Russian, one line a cell: «Лист «Наставники», строка 5, столбец «Должность»:
 * пока выполнялось действие, значение изменили на «…»; оно оставлено как есть, «…» не записано».
 * Columns are named by the sheet's header. The caller adds WRITE_CONFLICTS.advice once.
 */
export function conflictLines(sheetName: string, headerRow: readonly unknown[], conflicts: readonly WriteConflict[]): string[] {
  return conflicts.map((c) => {
    const column = String(headerRow[c.column] ?? '').trim() || String(c.column + 1);
    const problem =
      c.reason === 'row'
        ? WRITE_CONFLICTS.row(shown(c.now), shown(c.read))
        : WRITE_CONFLICTS.cell(shown(c.now), isBlankCell(c.wanted) ? '' : shown(c.wanted));
    return `${cellIssueText(sheetName, c.row, column, problem, '')}.`;
  });
}

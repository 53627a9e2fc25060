/**
 * Writing records back into header-mapped sheets: new rows in one setValues after the last
 * filled row, and changed cells column by column, so the curator's own columns are never
 * rewritten.
 */
import type { SheetPort } from '../gas/ports';
import type { ColumnKey } from '../i18n/register';
import { isBlankRow, toCell } from './cells';
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

/** Appends rows after the last filled row with one setValues; returns the first row written. */
export function appendRows(sheet: SheetPort, grid: readonly (readonly unknown[])[], rows: unknown[][]): number {
  const start = lastFilledRow(grid) + 1;
  if (!rows.length) return start;
  ensureRows(sheet, start + rows.length - 1);
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
 * Writes changed cells with one setValues per changed column, over the rows from the first
 * to the last change. Cells in between that did not change are written back as they were:
 * their formula if they hold one, else their value.
 */
export function writeChanges(
  sheet: SheetPort,
  grid: readonly (readonly unknown[])[],
  formulas: () => readonly (readonly string[])[],
  changes: readonly CellChange[],
): void {
  const byColumn = new Map<number, Map<number, unknown>>();
  for (const c of changes) {
    if (!byColumn.has(c.column)) byColumn.set(c.column, new Map());
    byColumn.get(c.column)!.set(c.row, c.value);
  }
  let knownFormulas: readonly (readonly string[])[] | null = null;
  const maxRow = Math.max(0, ...changes.map((c) => c.row));
  if (maxRow) ensureRows(sheet, maxRow);
  for (const [column, cells] of byColumn) {
    const rows = [...cells.keys()];
    const first = Math.min(...rows);
    const last = Math.max(...rows);
    const block: unknown[][] = [];
    for (let r = first; r <= last; r++) {
      if (cells.has(r)) {
        block.push([toCell(cells.get(r))]);
        continue;
      }
      knownFormulas ??= formulas();
      const formula = knownFormulas[r - 1]?.[column] ?? '';
      block.push([formula || toCell(grid[r - 1]?.[column] ?? '')]);
    }
    sheet.getRange(first, column + 1, block.length, 1).setValues(block);
  }
}

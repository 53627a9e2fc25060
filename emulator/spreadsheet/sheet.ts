/** Sheet: a view over one SheetState of the spreadsheet. */
import { GasException, Service } from '../core';
import type { SheetPort } from '../../src/gas/ports';
import { parseA1 } from './a1';
import { signatureError, type SpreadsheetContext } from './context';
import {
  type EmuEmbeddedChart,
  EmuEmbeddedChartBuilder,
  insertChartInto,
  readCharts,
  removeChartFrom,
  updateChartIn,
} from './chart';
import { type EmuConditionalFormatRule, readRules, writeRules } from './conditional-format';
import { deleteRowsAt, insertColumnsAt, insertRowsAt, lastColumn, lastRow, writeInputs } from './grid';
import { EmuProtection } from './protection';
import { EmuRange } from './range';
import { EmuSpreadsheet } from './spreadsheet';
import { DEFAULT_COLUMN_WIDTH, type SheetState } from './state';

type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

/** Google's message when another sheet already has the name (names are case-insensitive). */
export function checkSheetName(ctx: SpreadsheetContext, name: string, self: SheetState | null): void {
  const lower = name.toLowerCase();
  if (ctx.state.sheets.some((s) => s !== self && s.name.toLowerCase() === lower)) {
    throw new GasException(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

export class EmuSheet extends Service implements SheetPort {
  readonly serviceName = 'Sheet';
  readonly #ctx: SpreadsheetContext;
  readonly #s: SheetState;

  constructor(ctx: SpreadsheetContext, sheet: SheetState) {
    super();
    this.#ctx = ctx;
    this.#s = sheet;
  }

  _state(): SheetState {
    return this.#s;
  }

  getName(): string {
    return this.#s.name;
  }

  setName(name: string): EmuSheet {
    const n = String(name);
    checkSheetName(this.#ctx, n, this.#s);
    this.#s.name = n;
    return this;
  }

  getSheetId(): number {
    return this.#s.sheetId;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.#ctx.state.sheets.indexOf(this.#s) + 1;
  }

  getLastRow(): number {
    return lastRow(this.#s);
  }

  getLastColumn(): number {
    return lastColumn(this.#s);
  }

  getMaxRows(): number {
    return this.#s.maxRows;
  }

  getMaxColumns(): number {
    return this.#s.maxColumns;
  }

  getFrozenRows(): number {
    return this.#s.frozenRows;
  }

  setFrozenRows(rows: number): void {
    this.#s.frozenRows = Math.max(0, Math.trunc(rows));
  }

  getColumnWidth(columnPosition: number): number {
    return this.#s.columnWidths[String(columnPosition)] ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): EmuSheet {
    if (width === DEFAULT_COLUMN_WIDTH) delete this.#s.columnWidths[String(columnPosition)];
    else this.#s.columnWidths[String(columnPosition)] = width;
    return this;
  }

  /** The linked form's URL (its edit URL here; Google's exact form is unverified), else null. */
  getFormUrl(): string | null {
    return this.#s.formUrl ?? null;
  }

  isSheetHidden(): boolean {
    return this.#s.hidden;
  }

  setTabColor(color: string | null): EmuSheet {
    this.#s.tabColor = color === null || color === undefined ? null : String(color);
    return this;
  }

  activate(): EmuSheet {
    this.#ctx.state.activeSheetId = this.#s.sheetId;
    return this;
  }

  getParent(): EmuSpreadsheet {
    return new EmuSpreadsheet(this.#ctx);
  }

  // ---------- ranges ----------

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): EmuRange {
    if (typeof a === 'string' && column === undefined) return this.#rangeA1(a);
    if (
      !isInt(a) ||
      !isInt(column) ||
      (numRows !== undefined && !isInt(numRows)) ||
      (numColumns !== undefined && !isInt(numColumns))
    ) {
      throw signatureError(
        'Sheet.getRange',
        [a, column, numRows, numColumns].filter((x) => x !== undefined),
      );
    }
    return this.#range(
      Math.trunc(a),
      Math.trunc(column),
      numRows === undefined ? 1 : Math.trunc(numRows),
      numColumns === undefined ? 1 : Math.trunc(numColumns),
    );
  }

  /** Checks coordinates as Google does, in the order of its messages. */
  #range(row: number, column: number, numRows: number, numColumns: number): EmuRange {
    if (row < 1) throw new GasException('The starting row of the range is too small.');
    if (column < 1) throw new GasException('The starting column of the range is too small.');
    if (numRows < 1) throw new GasException('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new GasException('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.#s.maxRows || column + numColumns - 1 > this.#s.maxColumns) {
      throw new GasException('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new EmuRange(this.#ctx, this.#s, row, column, numRows, numColumns);
  }

  #rangeA1(a1: string): EmuRange {
    const parsed = parseA1(a1);
    if (!parsed || (parsed.sheetName !== null && parsed.sheetName !== this.#s.name)) {
      throw new GasException('Range not found');
    }
    const r = parsed.range;
    const startRow = r.startRow ?? 1;
    const startColumn = r.startColumn ?? 1;
    const endRow = r.endRow ?? this.#s.maxRows;
    const endColumn = r.endColumn ?? this.#s.maxColumns;
    return this.#range(startRow, startColumn, endRow - startRow + 1, endColumn - startColumn + 1);
  }

  /** A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): EmuRange {
    return new EmuRange(this.#ctx, this.#s, 1, 1, Math.max(1, lastRow(this.#s)), Math.max(1, lastColumn(this.#s)));
  }

  // ---------- content ----------

  /**
   * Writes after the last row with content, from column A, growing the sheet if needed
   * (Google adds the row). Values are parsed like setValues.
   */
  appendRow(rowContents: any[]): EmuSheet {
    if (!Array.isArray(rowContents)) throw signatureError('Sheet.appendRow', [rowContents]);
    if (rowContents.length === 0) return this;
    const row = lastRow(this.#s) + 1;
    if (row > this.#s.maxRows) this.#s.maxRows = row;
    if (rowContents.length > this.#s.maxColumns) this.#s.maxColumns = rowContents.length;
    writeInputs(this.#ctx.state, this.#s, { row, column: 1, numRows: 1, numColumns: rowContents.length }, [rowContents]);
    return this;
  }

  /** Inserts blank columns before `columnIndex`; see grid.insertColumnsAt for what moves. */
  insertColumns(columnIndex: number, numColumns?: number): void {
    const n = numColumns === undefined ? 1 : numColumns;
    if (!isInt(columnIndex) || !isInt(n)) throw signatureError('Sheet.insertColumns', [columnIndex, numColumns]);
    if (columnIndex < 1 || columnIndex > this.#s.maxColumns || n < 1) {
      throw new GasException('Those columns are out of bounds.');
    }
    insertColumnsAt(this.#ctx.state, this.#s, Math.trunc(columnIndex), Math.trunc(n));
  }

  insertColumnsAfter(afterPosition: number, howMany: number): EmuSheet {
    if (!isInt(afterPosition) || !isInt(howMany)) {
      throw signatureError('Sheet.insertColumnsAfter', [afterPosition, howMany]);
    }
    if (afterPosition < 1 || afterPosition > this.#s.maxColumns || howMany < 1) {
      throw new GasException('Those columns are out of bounds.');
    }
    insertColumnsAt(this.#ctx.state, this.#s, Math.trunc(afterPosition) + 1, Math.trunc(howMany));
    return this;
  }

  /** Inserts blank rows after `afterPosition`, growing the sheet; see grid.insertRowsAt. */
  insertRowsAfter(afterPosition: number, howMany: number): EmuSheet {
    if (!isInt(afterPosition) || !isInt(howMany)) {
      throw signatureError('Sheet.insertRowsAfter', [afterPosition, howMany]);
    }
    if (afterPosition < 1 || afterPosition > this.#s.maxRows || howMany < 1) {
      throw new GasException('Those rows are out of bounds.');
    }
    insertRowsAt(this.#ctx.state, this.#s, Math.trunc(afterPosition) + 1, Math.trunc(howMany));
    return this;
  }

  /**
   * Deletes rows, moving the ones below up (with their values, formats, notes and validation)
   * and shrinking the sheet; protected, validation, conditional-format and chart ranges follow
   * (see grid.deleteRowsAt). Messages: "Sorry, it is not possible to delete all non-frozen rows."
   * is Google's (quoted in Sheets API and Apps Script reports; scripts clearing a sheet below a
   * frozen header hit it); "Those rows are out of bounds." for rows past the sheet is what users
   * report from deleteRow(s), the same text insertRowsAfter uses.
   */
  deleteRows(rowPosition: number, howMany: number): void {
    if (!isInt(rowPosition) || !isInt(howMany)) throw signatureError('Sheet.deleteRows', [rowPosition, howMany]);
    const start = Math.trunc(rowPosition);
    const count = Math.trunc(howMany);
    const s = this.#s;
    if (start < 1 || count < 1 || start + count - 1 > s.maxRows) throw new GasException('Those rows are out of bounds.');
    const end = start + count - 1;
    const deletedUnfrozen = Math.max(0, end - Math.max(start, s.frozenRows + 1) + 1);
    if (deletedUnfrozen >= s.maxRows - s.frozenRows) {
      throw new GasException('Sorry, it is not possible to delete all non-frozen rows.');
    }
    deleteRowsAt(this.#ctx.state, s, start, count);
  }

  // ---------- conditional formatting ----------

  /** Copies of the sheet's rules, in order. */
  getConditionalFormatRules(): EmuConditionalFormatRule[] {
    return readRules(this.#ctx, this.#s);
  }

  /** The rules passed become the sheet's whole list (documented). */
  setConditionalFormatRules(rules: EmuConditionalFormatRule[]): void {
    writeRules(this.#s, rules);
  }

  // ---------- charts ----------

  newChart(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder(this.#ctx);
  }

  insertChart(chart: EmuEmbeddedChart): void {
    insertChartInto(this.#ctx, this.#s, chart);
  }

  /** Replaces the sheet's chart with the same id (a chart from getCharts().modify().build()). */
  updateChart(chart: EmuEmbeddedChart): void {
    updateChartIn(this.#s, chart);
  }

  removeChart(chart: EmuEmbeddedChart): void {
    removeChartFrom(this.#s, chart);
  }

  getCharts(): EmuEmbeddedChart[] {
    return readCharts(this.#ctx, this.#s);
  }

  /** Clears contents and formats; notes and validation stay (Google: "content and formatting"). */
  clear(): EmuSheet {
    for (const row of this.#s.cells) {
      if (!row) continue;
      for (const c of row) {
        if (!c) continue;
        c.v = '';
        delete c.f;
        delete c.nf;
        delete c.fw;
        delete c.bg;
        delete c.wrap;
      }
    }
    return this;
  }

  getProtections(type: ProtectionType): EmuProtection[] {
    const t = String(type);
    return this.#s.protections.filter((p) => p.type === t).map((p) => new EmuProtection(this.#ctx, this.#s, p));
  }
}

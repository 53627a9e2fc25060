/**
 * Range: a fixed rectangle of a sheet (like Google's, it does not move when columns are
 * inserted). Reads return fresh arrays; writes parse values as Sheets parses typed input.
 * Single-value setters (setValue, setNumberFormat, setNote...) apply to every cell, as in
 * Google ("Sets the value of the range").
 */
import { GasException, Service, unwrap } from '../core';
import type { RangePort } from '../../src/gas/ports';
import { formatA1 } from './a1';
import { signatureError, type SpreadsheetContext } from './context';
import {
  forAll,
  forExisting,
  getCell,
  mapRect,
  readDisplayValues,
  readFormulas,
  readNumberFormats,
  readValues,
  storeParsed,
  valueContext,
  writeInputs,
  type Rect,
} from './grid';
import { DEFAULT_NUMBER_FORMAT, displayOf } from './format';
import { localeInfo } from './locale';
import { EmuProtection } from './protection';
import { EmuSheet } from './sheet';
import type { SheetState } from './state';
import { EmuDataValidation, internRule } from './validation';
import { parseInput, typedValue } from './values';

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

/** Google's messages for data whose shape differs from the range's. */
export function checkShape(data: unknown, numRows: number, numColumns: number, method: string): unknown[][] {
  if (!Array.isArray(data)) throw signatureError(method, [data]);
  if (data.length !== numRows) {
    throw new GasException(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const row of data) {
    if (!Array.isArray(row)) throw signatureError(method, [data]);
    if (row.length !== numColumns) {
      throw new GasException(
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${numColumns}.`,
      );
    }
  }
  return data as unknown[][];
}

export class EmuRange extends Service implements RangePort {
  readonly serviceName = 'Range';
  readonly #ctx: SpreadsheetContext;
  readonly #sheet: SheetState;
  readonly #rect: Rect;

  /** Coordinates must already be checked against the sheet (Sheet.getRange does it). */
  constructor(ctx: SpreadsheetContext, sheet: SheetState, row: number, column: number, numRows: number, numColumns: number) {
    super();
    this.#ctx = ctx;
    this.#sheet = sheet;
    this.#rect = { row, column, numRows, numColumns };
  }

  _sheet(): SheetState {
    return this.#sheet;
  }

  _rect(): Rect {
    return { ...this.#rect };
  }

  // ---------- geometry ----------

  getRow(): number {
    return this.#rect.row;
  }
  getColumn(): number {
    return this.#rect.column;
  }
  getNumRows(): number {
    return this.#rect.numRows;
  }
  getNumColumns(): number {
    return this.#rect.numColumns;
  }
  getLastRow(): number {
    return this.#rect.row + this.#rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.#rect.column + this.#rect.numColumns - 1;
  }
  getA1Notation(): string {
    const r = this.#rect;
    return formatA1(r.row, r.column, r.numRows, r.numColumns);
  }
  getSheet(): EmuSheet {
    return new EmuSheet(this.#ctx, this.#sheet);
  }

  // ---------- reads ----------

  getValues(): any[][] {
    return readValues(this.#ctx.state, this.#sheet, this.#rect);
  }
  getValue(): any {
    return typedValue(getCell(this.#sheet, this.#rect.row, this.#rect.column), this.#ctx.state.timeZone);
  }
  getDisplayValues(): string[][] {
    return readDisplayValues(this.#ctx.state, this.#sheet, this.#rect);
  }
  getDisplayValue(): string {
    const c = getCell(this.#sheet, this.#rect.row, this.#rect.column);
    const ss = this.#ctx.state;
    return c ? displayOf(c.v, c.nf, ss.timeZone, localeInfo(ss.locale)) : '';
  }
  getFormulas(): string[][] {
    return readFormulas(this.#sheet, this.#rect);
  }
  getFormula(): string {
    const c = getCell(this.#sheet, this.#rect.row, this.#rect.column);
    return c && c.f !== undefined ? c.f : '';
  }
  getNumberFormats(): string[][] {
    return readNumberFormats(this.#sheet, this.#rect);
  }
  getNumberFormat(): string {
    const c = getCell(this.#sheet, this.#rect.row, this.#rect.column);
    return c && c.nf !== undefined ? c.nf : DEFAULT_NUMBER_FORMAT;
  }
  getNote(): string {
    const c = getCell(this.#sheet, this.#rect.row, this.#rect.column);
    return c && c.note !== undefined ? c.note : '';
  }
  /** '' for cells without a note, as getNote. */
  getNotes(): string[][] {
    return mapRect(this.#sheet, this.#rect, (c) => (c && c.note !== undefined ? c.note : ''));
  }

  getDataValidation(): EmuDataValidation | null {
    return this.#rule(getCell(this.#sheet, this.#rect.row, this.#rect.column)?.dv);
  }

  /**
   * Inner elements are exposed here because env.expose only wraps services found directly in
   * a returned array, not in a 2-D one (see the report: core's exposeResult could recurse).
   */
  getDataValidations(): (EmuDataValidation | null)[][] {
    // Raw rules: env.expose wraps services inside nested arrays.
    return mapRect(this.#sheet, this.#rect, (c) => this.#rule(c?.dv));
  }

  #rule(id: string | undefined): EmuDataValidation | null {
    if (id === undefined) return null;
    const data = this.#sheet.validationRules[id];
    return data ? new EmuDataValidation(this.#ctx, data) : null;
  }

  // ---------- writes ----------

  setValues(values: any[][]): EmuRange {
    const r = this.#rect;
    const data = checkShape(values, r.numRows, r.numColumns, 'Range.setValues');
    writeInputs(this.#ctx.state, this.#sheet, r, data);
    return this;
  }

  setValue(value: any): EmuRange {
    const ctx = valueContext(this.#ctx.state);
    const r = this.#rect;
    for (let i = 0; i < r.numRows; i++) {
      for (let j = 0; j < r.numColumns; j++) {
        const cell = getCell(this.#sheet, r.row + i, r.column + j);
        storeParsed(this.#sheet, r.row + i, r.column + j, parseInput(value, cell ? cell.nf : undefined, ctx));
      }
    }
    return this;
  }

  setFormulas(formulas: string[][]): EmuRange {
    const r = this.#rect;
    const data = checkShape(formulas, r.numRows, r.numColumns, 'Range.setFormulas');
    writeInputs(this.#ctx.state, this.#sheet, r, data);
    return this;
  }

  setNumberFormat(numberFormat: string): EmuRange {
    const nf = String(numberFormat);
    forAll(this.#sheet, this.#rect, (c) => {
      c.nf = nf;
    });
    return this;
  }

  setNumberFormats(numberFormats: string[][]): EmuRange {
    const r = this.#rect;
    const data = checkShape(numberFormats, r.numRows, r.numColumns, 'Range.setNumberFormats');
    forAll(this.#sheet, r, (c, i, j) => {
      c.nf = String(data[i][j]);
    });
    return this;
  }

  setDataValidation(rule: EmuDataValidation | null): EmuRange {
    if (rule === null || rule === undefined) return this.clearDataValidations();
    const dv = unwrap(rule);
    if (!(dv instanceof EmuDataValidation)) throw signatureError('Range.setDataValidation', [rule]);
    const id = internRule(this.#ctx.state, this.#sheet, dv._data());
    forAll(this.#sheet, this.#rect, (c) => {
      c.dv = id;
    });
    return this;
  }

  clearDataValidations(): EmuRange {
    forExisting(this.#sheet, this.#rect, (c) => {
      delete c.dv;
    });
    return this;
  }

  setNote(note: string | null): EmuRange {
    if (note === null || note === undefined || note === '') {
      forExisting(this.#sheet, this.#rect, (c) => {
        delete c.note;
      });
    } else {
      const text = String(note);
      forAll(this.#sheet, this.#rect, (c) => {
        c.note = text;
      });
    }
    return this;
  }

  setFontWeight(fontWeight: FontWeight | null): EmuRange {
    if (fontWeight === null || fontWeight === undefined) {
      forExisting(this.#sheet, this.#rect, (c) => {
        delete c.fw;
      });
    } else {
      const fw = fontWeight === 'bold' ? 'bold' : 'normal';
      forAll(this.#sheet, this.#rect, (c) => {
        c.fw = fw;
      });
    }
    return this;
  }

  setBackground(color: string | null): EmuRange {
    if (color === null || color === undefined) {
      forExisting(this.#sheet, this.#rect, (c) => {
        delete c.bg;
      });
    } else {
      const bg = String(color);
      forAll(this.#sheet, this.#rect, (c) => {
        c.bg = bg;
      });
    }
    return this;
  }

  setWrap(isWrapEnabled: boolean): EmuRange {
    const wrap = !!isWrapEnabled;
    forAll(this.#sheet, this.#rect, (c) => {
      c.wrap = wrap;
    });
    return this;
  }

  /** Clears values and formulas; formats, notes and validation stay (Google: "leaving the formatting intact"). */
  clearContent(): EmuRange {
    forExisting(this.#sheet, this.#rect, (c) => {
      c.v = '';
      if (c.f !== undefined) delete c.f;
    });
    return this;
  }

  /** A RANGE protection over this range, with an empty description, not warning-only. */
  protect(): EmuProtection {
    const r = this.#rect;
    const p = {
      id: `p${this.#ctx.state.nextObjectId++}`,
      type: 'RANGE' as const,
      range: { row: r.row, column: r.column, numRows: r.numRows, numColumns: r.numColumns },
      description: '',
      warningOnly: false,
    };
    this.#sheet.protections.push(p);
    return new EmuProtection(this.#ctx, this.#sheet, p);
  }
}

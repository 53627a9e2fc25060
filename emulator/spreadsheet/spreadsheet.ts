/** Spreadsheet: the bound spreadsheet, a view over SpreadsheetState. */
import { GasException, Service, unwrap } from '../core';
import type { SpreadsheetPort } from '../../src/gas/ports';
import { signatureError, type SpreadsheetContext } from './context';
import { checkSheetName, EmuSheet } from './sheet';
import { newSheetState } from './state';

export class EmuSpreadsheet extends Service implements SpreadsheetPort {
  readonly serviceName = 'Spreadsheet';
  readonly #ctx: SpreadsheetContext;

  constructor(ctx: SpreadsheetContext) {
    super();
    this.#ctx = ctx;
  }

  getId(): string {
    return this.#ctx.state.id;
  }

  getName(): string {
    return this.#ctx.state.name;
  }

  getUrl(): string {
    return this.#ctx.state.url;
  }

  getSpreadsheetTimeZone(): string {
    return this.#ctx.state.timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.#ctx.state.locale;
  }

  /** Recorded in state.toasts with the emulated time; Google's default timeout is 5 s. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.#ctx.state.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? 5 : timeoutSeconds,
      at: this.#ctx.env.clock.now(),
    });
  }

  getSheets(): EmuSheet[] {
    return this.#ctx.state.sheets.map((s) => new EmuSheet(this.#ctx, s));
  }

  getSheetByName(name: string): EmuSheet | null {
    const s = this.#ctx.state.sheets.find((x) => x.name === name);
    return s ? new EmuSheet(this.#ctx, s) : null;
  }

  /**
   * A new 1000 × 26 sheet; sheetIndex is 0-based (Google: "To insert a sheet as the first
   * one in the spreadsheet, set it to 0"), default after the last tab. The new sheet
   * becomes the active sheet, as documented.
   */
  insertSheet(sheetName: string, sheetIndex?: number): EmuSheet {
    if (typeof sheetName !== 'string') throw signatureError('Spreadsheet.insertSheet', [sheetName, sheetIndex]);
    const st = this.#ctx.state;
    checkSheetName(this.#ctx, sheetName, null);
    let index = st.sheets.length;
    if (sheetIndex !== undefined) {
      if (typeof sheetIndex !== 'number' || !Number.isFinite(sheetIndex)) {
        throw signatureError('Spreadsheet.insertSheet', [sheetName, sheetIndex]);
      }
      // Guessed wording: Google's message for an index past the tabs was not verified.
      if (sheetIndex < 0 || sheetIndex > st.sheets.length) {
        throw new GasException(`The sheet index ${sheetIndex} is out of range.`);
      }
      index = Math.trunc(sheetIndex);
    }
    const sheet = newSheetState(st.nextSheetId++, sheetName);
    st.sheets.splice(index, 0, sheet);
    st.activeSheetId = sheet.sheetId;
    return new EmuSheet(this.#ctx, sheet);
  }

  deleteSheet(sheet: EmuSheet): void {
    const target = unwrap(sheet);
    if (!(target instanceof EmuSheet)) throw signatureError('Spreadsheet.deleteSheet', [sheet]);
    const st = this.#ctx.state;
    const i = st.sheets.indexOf(target._state());
    if (i < 0) return;
    if (st.sheets.length === 1) throw new GasException("You can't remove all the sheets in a document.");
    st.sheets.splice(i, 1);
    if (st.activeSheetId === target._state().sheetId) st.activeSheetId = null;
  }

  /** The sheet last activated (or inserted), else the first sheet. */
  getActiveSheet(): EmuSheet {
    const st = this.#ctx.state;
    const s = st.sheets.find((x) => x.sheetId === st.activeSheetId) ?? st.sheets[0];
    return new EmuSheet(this.#ctx, s);
  }
}

/** Protection: a view over one entry of a sheet's protections list. */
import { Service } from '../core';
import type { ProtectionPort } from '../../src/gas/ports';
import type { SpreadsheetContext } from './context';
import { EmuRange } from './range';
import type { ProtectionState, SheetState } from './state';

export class EmuProtection extends Service implements ProtectionPort {
  readonly serviceName = 'Protection';
  readonly #ctx: SpreadsheetContext;
  readonly #sheet: SheetState;
  readonly #data: ProtectionState;

  constructor(ctx: SpreadsheetContext, sheet: SheetState, data: ProtectionState) {
    super();
    this.#ctx = ctx;
    this.#sheet = sheet;
    this.#data = data;
  }

  getDescription(): string {
    return this.#data.description;
  }

  setDescription(description: string): EmuProtection {
    this.#data.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    return this.#data.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): EmuProtection {
    this.#data.warningOnly = !!warningOnly;
    return this;
  }

  /** The protected range; for a SHEET protection, the whole sheet. */
  getRange(): EmuRange {
    const r = this.#data.range;
    if (r) return new EmuRange(this.#ctx, this.#sheet, r.row, r.column, r.numRows, r.numColumns);
    return new EmuRange(this.#ctx, this.#sheet, 1, 1, this.#sheet.maxRows, this.#sheet.maxColumns);
  }

  remove(): void {
    const i = this.#sheet.protections.indexOf(this.#data);
    if (i >= 0) this.#sheet.protections.splice(i, 1);
  }
}

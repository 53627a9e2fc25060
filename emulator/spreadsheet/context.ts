/** What every spreadsheet service object shares, and Google's argument-error message. */
import { GasException, isDate, type Env } from '../core';
import type { UiPort } from '../../src/gas/ports';
import type { SheetState, SpreadsheetState } from './state';

export interface SpreadsheetContext {
  env: Env;
  state: SpreadsheetState;
  /** Provides the Ui service; absent means no UI (as in a trigger). */
  ui?: () => UiPort;
  /** False while an execution has no active document (an add-on's time-driven trigger); absent: always active. */
  hasActiveDocument?: () => boolean;
}

export function sheetById(ctx: SpreadsheetContext, sheetId: number): SheetState | null {
  return ctx.state.sheets.find((s) => s.sheetId === sheetId) ?? null;
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'Boolean';
  if (isDate(v)) return 'Date';
  if (Array.isArray(v)) return 'Object[]';
  return 'Object';
}

/**
 * Apps Script's error for arguments of the wrong type, e.g.
 * "The parameters (String) don't match the method signature for SpreadsheetApp.Range.setValues."
 */
export function signatureError(method: string, args: unknown[]): GasException {
  return new GasException(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for SpreadsheetApp.${method}.`,
  );
}

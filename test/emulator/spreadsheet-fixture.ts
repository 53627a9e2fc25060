/** Shared setup for the SpreadsheetApp emulator tests (not a test file itself). */
import { Env, isDate } from '../../emulator/core';
import { createSpreadsheetApp, newSpreadsheetState, type SpreadsheetState } from '../../emulator/spreadsheet';
import type { SheetPort, SpreadsheetAppPort, SpreadsheetPort, UiPort } from '../../src/gas/ports';

export interface Fixture {
  env: Env;
  state: SpreadsheetState;
  app: SpreadsheetAppPort;
  ss: SpreadsheetPort;
  sheet: SheetPort;
}

export function setup(opts: { locale?: string; timeZone?: string; ui?: () => UiPort } = {}): Fixture {
  const env = new Env();
  const state = newSpreadsheetState({
    id: 'sheet-id-1',
    name: 'Реестр наставничества',
    timeZone: opts.timeZone ?? 'Europe/Moscow',
    locale: opts.locale ?? 'ru_RU',
  });
  const app = env.expose(createSpreadsheetApp(env, state, opts.ui));
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  env.counter.reset();
  return { env, state, app, ss, sheet };
}

/** A tiny Date-aware JSON encoder, as a snapshot store would use. */
export function encode(state: unknown): string {
  return JSON.stringify(state, function (this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return isDate(raw) ? { $date: raw.getTime() } : value;
  });
}

export function decode<T>(text: string): T {
  return JSON.parse(text, (_key, value) =>
    value !== null && typeof value === 'object' && typeof value.$date === 'number' && Object.keys(value).length === 1
      ? new Date(value.$date)
      : value,
  ) as T;
}

/** Moscow wall time as an instant (UTC+3 all year). */
export function msk(y: number, m: number, d: number, h = 0, mi = 0, s = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h - 3, mi, s));
}

/** Shared setup for the FormApp/DriveApp emulator tests (not a test file itself). */
import { Emulator, type EmulatorOptions } from '../../emulator';
import type { FormPort } from '../../src/gas/ports';

/** An emulator without a bundle: the tests drive the services the add-on would see. */
export function emulator(options: EmulatorOptions = {}) {
  const emu = new Emulator(options);
  const { FormApp, DriveApp, SpreadsheetApp } = emu.globals;
  return { emu, FormApp, DriveApp, SpreadsheetApp, ss: emu.state.spreadsheet };
}

/** Google's Form has setAcceptingResponses; the port leaves it out, the emulator has it. */
export function closable(form: FormPort): FormPort & { setAcceptingResponses(enabled: boolean): FormPort } {
  return form as FormPort & { setAcceptingResponses(enabled: boolean): FormPort };
}

/** Moscow wall time as an instant (UTC+3 all year). */
export function msk(y: number, m: number, d: number, h = 0, mi = 0, s = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h - 3, mi, s));
}

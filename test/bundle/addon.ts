/** Test helpers: the built add-on in a fresh emulator, and readable views of its workbook. */
import { Emulator, type EmulatorOptions, gridFormulas, gridValues } from '../../emulator';

export function loadAddOn(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options).load();
}

/**
 * A menu click with its dialogs answered (each `answers` in turn, then OK); returns the text of
 * every dialog it showed.
 */
export function runMenu(
  emu: Emulator,
  handler: string,
  answers: { button: 'OK' | 'YES' | 'NO' | 'CANCEL'; text?: string }[] = [],
): string {
  emu.state.ui.script.length = 0;
  emu.state.ui.script.push(...answers, { button: 'OK' }, { button: 'OK' });
  const before = emu.state.ui.dialogs.length;
  emu.call(handler);
  emu.state.ui.script.length = 0;
  return emu.state.ui.dialogs
    .slice(before)
    .map((d) => d.prompt)
    .join('\n');
}

/** Runs «Создать или проверить реестр», answering its alert; returns the alert's text. */
export function runSetup(emu: Emulator): string {
  emu.state.ui.script.push({ button: 'OK' });
  const before = emu.state.ui.dialogs.length;
  emu.call('runSetupRegister');
  const dialogs = emu.state.ui.dialogs.slice(before);
  expect(dialogs).toHaveLength(1);
  return dialogs[0].prompt;
}

export function sheetNames(emu: Emulator): string[] {
  return emu.state.spreadsheet.sheets.map((s) => s.name);
}

/** Values of a sheet's data range (header row first). */
export function values(emu: Emulator, sheet: string): unknown[][] {
  return gridValues(emu.state.spreadsheet, sheet);
}

export function formulas(emu: Emulator, sheet: string): string[][] {
  return gridFormulas(emu.state.spreadsheet, sheet);
}

/** Writes rows through the add-on-facing API, as a curator typing or pasting would. */
export function writeRows(emu: Emulator, sheet: string, startRow: number, rows: unknown[][]): void {
  const target = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
  if (!target) throw new Error(`no sheet ${sheet}`);
  target.getRange(startRow, 1, rows.length, rows[0].length).setValues(rows);
}

export function header(emu: Emulator, sheet: string): string[] {
  return (values(emu, sheet)[0] ?? []).map(String);
}

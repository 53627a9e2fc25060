/**
 * Builds the demo workbook the way a curator would: the real add-on's «Создать или проверить
 * реестр» on a fresh spreadsheet (its alert answered OK), then «Настройки», «Наставники» and
 * «Наставляемые» and the two pairs already made in «Пары» typed in through SpreadsheetApp,
 * columns found by header text. Reproducible: the emulated clock is fixed and the people come
 * from a seeded generator.
 */
import { Emulator } from '../../emulator';
import { vocabularyByKey } from '../../src/domain/vocabulary';
import type { SheetPort, SpreadsheetPort } from '../../src/gas/ports';
import { SHEET_TITLES } from '../../src/i18n/register';
import { toCell } from '../../src/register/cells';
import { mapHeaders } from '../../src/register/headers';
import { settingByTitle } from '../../src/register/settings';
import { LIST_SEPARATOR, sheetSpec, type SheetSpec } from '../../src/register/spec';
import { demoSchool, type DemoSchool, type RowValues, SPREADSHEET_NAME } from './school';

/** The demo's moment: the first school day of 2026/2027, 9:00 in Moscow. */
export const DEMO_NOW = new Date('2026-09-01T09:00:00+03:00');

export interface DemoOptions {
  /** Folder with Code.js and Sidebar.html (default build/). */
  buildDir?: string;
}

function sheetNamed(ss: SpreadsheetPort, name: string): SheetPort {
  const sheet = ss.getSheetByName(name);
  if (!sheet) throw new Error(`demo: the add-on did not create the sheet «${name}»`);
  return sheet;
}

/** Throws if a demo value is not in the vocabulary its column's drop-down offers. */
function checkVocabulary(spec: SheetSpec, row: RowValues): void {
  for (const column of spec.columns) {
    const value = row[column.key];
    if (value === undefined || !column.vocabulary) continue;
    const allowed = vocabularyByKey(column.vocabulary).values;
    const parts = column.type === 'choices' ? String(value).split(LIST_SEPARATOR) : [String(value)];
    for (const part of parts) {
      if (!allowed.includes(part)) throw new Error(`demo: «${part}» is not in the vocabulary ${column.vocabulary}`);
    }
  }
}

/** Writes records below the header, each value into the column whose header matches. */
function writeRecords(ss: SpreadsheetPort, spec: SheetSpec, rows: RowValues[]): void {
  const sheet = sheetNamed(ss, spec.name);
  const width = sheet.getLastColumn();
  const header = sheet.getRange(1, 1, 1, width).getValues()[0];
  const map = mapHeaders(header, spec.columns);
  const grid = rows.map((row) => {
    checkVocabulary(spec, row);
    const line: unknown[] = new Array(width).fill('');
    for (const [key, value] of Object.entries(row)) {
      const at = map.index.get(key as keyof RowValues);
      if (at === undefined) throw new Error(`demo: the add-on made no column for ${key} in «${spec.name}»`);
      line[at] = toCell(value);
    }
    return line;
  });
  sheet.getRange(2, 1, grid.length, width).setValues(grid);
}

/** Fills the «Значение» of each setting the demo knows, found by its «Параметр» text. */
function writeSettings(ss: SpreadsheetPort, settings: DemoSchool['settings']): void {
  const spec = sheetSpec('settings');
  const sheet = sheetNamed(ss, spec.name);
  const grid = sheet.getDataRange().getValues();
  const map = mapHeaders(grid[0], spec.columns);
  const parameter = map.index.get('parameter');
  const value = map.index.get('value');
  if (parameter === undefined || value === undefined) throw new Error('demo: «Настройки» has no «Параметр» or «Значение»');
  const column = grid.slice(1).map((row) => {
    const setting = settingByTitle(row[parameter]);
    const wanted = setting ? settings[setting.key] : undefined;
    return [wanted === undefined ? row[value] : toCell(wanted)];
  });
  sheet.getRange(2, value + 1, column.length, 1).setValues(column);
}

/** A fresh emulator holding the demo school, its dialogs answered by script. */
export function buildDemoEmulator(options: DemoOptions = {}): Emulator {
  const school = demoSchool();
  const emulator = new Emulator({ buildDir: options.buildDir, spreadsheetName: SPREADSHEET_NAME, now: DEMO_NOW }).load();
  emulator.state.session.activeUserEmail = school.curator.email;
  emulator.state.session.effectiveUserEmail = school.curator.email;

  emulator.call('onOpen', [emulator.openEvent('LIMITED')], { authMode: 'LIMITED' });
  emulator.state.ui.script.push({ button: 'OK' });
  emulator.call('runSetupRegister');
  if (emulator.state.ui.script.length) throw new Error('demo: «Создать или проверить реестр» showed no alert');

  const ss = emulator.globals.SpreadsheetApp.getActiveSpreadsheet();
  writeSettings(ss, school.settings);
  writeRecords(ss, sheetSpec('mentors'), school.mentors);
  writeRecords(ss, sheetSpec('mentees'), school.mentees);
  writeRecords(ss, sheetSpec('pairs'), school.pairs);
  sheetNamed(ss, SHEET_TITLES.mentors).activate();
  // The dialog log is the history of this build, not of the curator's work.
  emulator.state.ui.dialogs.length = 0;
  emulator.resetCounts();
  return emulator;
}

/** The demo workbook as an emulator snapshot (what playground/state/workbook.json holds). */
export function buildDemoSnapshot(options: DemoOptions = {}): string {
  return buildDemoEmulator(options).snapshot();
}

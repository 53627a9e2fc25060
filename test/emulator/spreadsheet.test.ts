import { Env, GasException, unwrap } from '../../emulator/core';
import {
  createSpreadsheetApp,
  gridFormulas,
  gridValues,
  newSpreadsheetState,
  type SpreadsheetState,
} from '../../emulator/spreadsheet';
import { loadBundle } from '../../emulator/vm';
import type { UiPort } from '../../src/gas/ports';
import { decode, encode, msk, setup } from './spreadsheet-fixture';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an exception');
}

describe('a new spreadsheet', () => {
  test('has one sheet «Лист1» of 1000 × 26 with id 0, and the spreadsheet metadata', () => {
    const { ss, sheet } = setup();
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getSheetId()).toBe(0);
    expect(sheet.getIndex()).toBe(1);
    expect(ss.getId()).toBe('sheet-id-1');
    expect(ss.getName()).toBe('Реестр наставничества');
    expect(ss.getUrl()).toBe('https://docs.google.com/spreadsheets/d/sheet-id-1/edit');
    expect(ss.getSpreadsheetTimeZone()).toBe('Europe/Moscow');
    expect(ss.getSpreadsheetLocale()).toBe('ru_RU');
  });

  test('an en_US spreadsheet starts with «Sheet1»', () => {
    expect(newSpreadsheetState({ id: 'x', name: 'x', timeZone: 'UTC', locale: 'en_US' }).sheets[0].name).toBe('Sheet1');
  });
});

describe('getRange', () => {
  test('row/column forms and A1 forms give the expected rectangles', () => {
    const { sheet } = setup();
    const dims = (r: ReturnType<typeof sheet.getRange>) => [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()];
    expect(dims(sheet.getRange(2, 3))).toEqual([2, 3, 1, 1]);
    expect(dims(sheet.getRange(2, 3, 4))).toEqual([2, 3, 4, 1]);
    expect(dims(sheet.getRange(2, 3, 4, 5))).toEqual([2, 3, 4, 5]);
    expect(dims(sheet.getRange('B2'))).toEqual([2, 2, 1, 1]);
    expect(dims(sheet.getRange('A1:C5'))).toEqual([1, 1, 5, 3]);
    expect(dims(sheet.getRange('$A$1:$C$5'))).toEqual([1, 1, 5, 3]);
    expect(dims(sheet.getRange('C5:A1'))).toEqual([1, 1, 5, 3]);
    expect(dims(sheet.getRange('A:C'))).toEqual([1, 1, 1000, 3]);
    expect(dims(sheet.getRange('A2:C'))).toEqual([2, 1, 999, 3]);
    expect(dims(sheet.getRange('2:3'))).toEqual([2, 1, 2, 26]);
    expect(dims(sheet.getRange('b2:c3'))).toEqual([2, 2, 2, 2]);
    expect(sheet.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
    expect(sheet.getRange('Z1000').getA1Notation()).toBe('Z1000');
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getLastRow(), r.getLastColumn()]).toEqual([5, 7]);
  });

  test("throws Google's messages for bad coordinates", () => {
    const { sheet } = setup();
    const cases: [() => unknown, string][] = [
      [() => sheet.getRange(0, 1), 'The starting row of the range is too small.'],
      [() => sheet.getRange(1, 0), 'The starting column of the range is too small.'],
      [() => sheet.getRange(1, 1, 0, 1), 'The number of rows in the range must be at least 1.'],
      [() => sheet.getRange(1, 1, 1, 0), 'The number of columns in the range must be at least 1.'],
      [() => sheet.getRange(1000, 1, 2, 1), 'The coordinates of the range are outside the dimensions of the sheet.'],
      [() => sheet.getRange(1, 26, 1, 2), 'The coordinates of the range are outside the dimensions of the sheet.'],
      [() => sheet.getRange('A1001'), 'The coordinates of the range are outside the dimensions of the sheet.'],
      [() => sheet.getRange('A'), 'Range not found'],
      [() => sheet.getRange('hello world'), 'Range not found'],
    ];
    for (const [fn, message] of cases) {
      const e = thrown(fn);
      expect(e).toBeInstanceOf(GasException);
      expect(e.name).toBe('Exception');
      expect(e.message).toBe(message);
    }
  });

  test('the empty-tab bug: getLastRow() - 1 rows on an empty sheet throws', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(2, 1, sheet.getLastRow() - 1, 3)).toThrow('The number of rows in the range must be at least 1.');
  });
});

describe('reading and writing values', () => {
  test('getValues returns a fresh 2-D array with blanks as empty strings', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      [1, 'x'],
      [true, null],
    ]);
    const values = sheet.getRange('A1:C2').getValues();
    expect(values).toEqual([
      [1, 'x', ''],
      [true, '', ''],
    ]);
    values[0][0] = 99;
    expect(sheet.getRange('A1').getValue()).toBe(1);
    expect(sheet.getRange('A1:C2').getValues()).not.toBe(values);
  });

  test("setValues checks the data's shape with Google's messages", () => {
    const { sheet } = setup();
    const range = sheet.getRange(1, 1, 2, 3);
    expect(() => range.setValues([[1, 2, 3]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() =>
      range.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
    expect(() => range.setFormulas([['=1', '=2', '=3']])).toThrow(/number of rows in the data/);
    expect(() => range.setNumberFormats([['0'], ['0']])).toThrow(/number of columns in the data/);
    expect(sheet.getLastRow()).toBe(0);
  });

  test('setValue sets every cell of the range', () => {
    const { sheet } = setup();
    sheet.getRange('B2:C3').setValue('да');
    expect(sheet.getRange('A1:D4').getValues()).toEqual([
      ['', '', '', ''],
      ['', 'да', 'да', ''],
      ['', 'да', 'да', ''],
      ['', '', '', ''],
    ]);
  });

  test('single-cell getters read the top-left cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['=2', 'x']]);
    sheet.getRange('A1').setNumberFormat('0.00').setNote('заметка');
    const r = sheet.getRange('A1:B2');
    expect(r.getValue()).toBe(2);
    expect(r.getFormula()).toBe('=2');
    expect(r.getDisplayValue()).toBe('2,00');
    expect(r.getNumberFormat()).toBe('0.00');
    expect(r.getNote()).toBe('заметка');
    expect(sheet.getRange('B2').getNote()).toBe('');
  });

  test('setFormulas stores formulas; getFormulas gives "" for plain cells', () => {
    const { sheet, state } = setup();
    sheet.getRange('A1:B1').setValues([['plain', 5]]);
    sheet.getRange('A2:B2').setFormulas([['=SUM(B1:B1)', '="x"']]);
    expect(sheet.getRange('A1:B2').getFormulas()).toEqual([
      ['', ''],
      ['=SUM(B1:B1)', '="x"'],
    ]);
    // Not evaluated: a real formula's cached value is ''; a literal formula's is the literal.
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['', 'x']]);
    expect(gridFormulas(state, 'Лист1')).toEqual([
      ['', ''],
      ['=SUM(B1:B1)', '="x"'],
    ]);
  });
});

describe('last row and column, data range', () => {
  test('an empty sheet has 0/0 and a 1 × 1 data range at A1', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  test('content counts; formats, notes and validation alone do not', () => {
    const { sheet, app } = setup();
    sheet.getRange('A1:A1000').setNumberFormat('@');
    sheet.getRange('Z900').setNote('n');
    sheet.getRange('Y800').setDataValidation(app.newDataValidation().requireCheckbox().build());
    expect(sheet.getLastRow()).toBe(0);
    sheet.getRange('C7').setValue(0);
    sheet.getRange('E3').setValue(false);
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(5);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E7');
    sheet.getRange('C7').clearContent();
    expect(sheet.getLastRow()).toBe(3);
  });
});

describe('appendRow', () => {
  test('writes after the last row with content, with the same coercion as setValues', () => {
    const { sheet } = setup();
    sheet.appendRow(['Имя', 'Дата']);
    sheet.appendRow(['Анна', '01.09.2026']);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['Имя', 'Дата'],
      ['Анна', msk(2026, 9, 1)],
    ]);
  });

  test('grows the sheet when it is full', () => {
    const { sheet } = setup();
    sheet.getRange('A1000').setValue('last');
    sheet.appendRow(Array.from({ length: 30 }, (_, i) => i));
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1001, 30).getValue()).toBe(29);
  });
});

describe('inserting columns and rows', () => {
  test('insertColumns shifts values, formats, notes, validation, widths and protections right', () => {
    const { sheet, app, state } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.getRange('B2').setNumberFormat('0.00').setNote('note B2').setValue(1.5);
    sheet.getRange('B3').setDataValidation(app.newDataValidation().requireCheckbox().build());
    sheet.setColumnWidth(2, 250);
    sheet.getRange('B1:C1').protect().setDescription('header');
    sheet.insertColumns(2, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', '', '', 'b', 'c']]);
    expect(sheet.getRange('D2').getDisplayValue()).toBe('1,50');
    expect(sheet.getRange('D2').getNote()).toBe('note B2');
    expect(sheet.getRange('B2').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('D3').getDataValidation()?.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
    expect(sheet.getRange('B3').getDataValidation()).toBeNull();
    expect(sheet.getColumnWidth(4)).toBe(250);
    expect(sheet.getColumnWidth(2)).toBe(100);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('D1:E1');
    expect(gridValues(state, 'Лист1')).toEqual([
      ['a', '', '', 'b', 'c'],
      ['', '', '', 1.5, ''],
    ]);
  });

  test('insertColumns(1) defaults to one column; a protected range across the insertion grows', () => {
    const { sheet, app } = setup();
    sheet
      .getRange('A1:C1')
      .setValues([['a', 'b', 'c']])
      .protect();
    sheet.insertColumns(2);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['a', '', 'b', 'c']]);
    expect(sheet.getProtections(app.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A1:D1');
  });

  test('insertColumnsAfter inserts after the position; the sheet can grow at its right edge', () => {
    const { sheet } = setup();
    sheet.getRange('Z1').setValue('z');
    sheet.insertColumnsAfter(26, 3);
    expect(sheet.getMaxColumns()).toBe(29);
    sheet.getRange('AC1').setValue('new');
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getRange('AA1').getValue()).toBe('z');
    expect(sheet.getRange('AD1').getValue()).toBe('new');
  });

  test('out-of-bounds positions throw', () => {
    const { sheet } = setup();
    expect(() => sheet.insertColumns(27)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.insertColumnsAfter(0, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
  });

  test('insertRowsAfter shifts rows down and grows the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['h'], ['r2'], ['r3']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['h'], [''], [''], ['r2'], ['r3']]);
    sheet.insertRowsAfter(1002, 10);
    expect(sheet.getMaxRows()).toBe(1012);
    expect(sheet.getRange(1012, 1).getValue()).toBe('');
  });
});

describe('spreadsheet and sheets', () => {
  test('insertSheet appends by default, takes a 0-based index, and activates the new sheet', () => {
    const { ss } = setup();
    const a = ss.insertSheet('Наставники');
    expect(a.getMaxRows()).toBe(1000);
    expect(a.getMaxColumns()).toBe(26);
    expect(ss.getActiveSheet().getName()).toBe('Наставники');
    ss.insertSheet('Первый', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Первый', 'Лист1', 'Наставники']);
    expect(ss.getSheetByName('Наставники')!.getIndex()).toBe(3);
    const ids = ss.getSheets().map((s) => s.getSheetId());
    expect(new Set(ids).size).toBe(3);
  });

  test("duplicate names fail with Google's message, case-insensitively, on insert and rename", () => {
    const { ss, sheet } = setup();
    ss.insertSheet('Пары');
    expect(() => ss.insertSheet('Пары')).toThrow('A sheet with the name "Пары" already exists. Please enter another name.');
    expect(() => ss.insertSheet('пары')).toThrow('A sheet with the name "пары" already exists. Please enter another name.');
    expect(() => sheet.setName('Пары')).toThrow(GasException);
    expect(sheet.setName('Лист1').getName()).toBe('Лист1');
    expect(sheet.setName('Главный').getName()).toBe('Главный');
  });

  test('getSheetByName is exact and returns null when missing', () => {
    const { ss } = setup();
    expect(ss.getSheetByName('Лист1')!.getName()).toBe('Лист1');
    expect(ss.getSheetByName('Лист2')).toBeNull();
  });

  test('deleteSheet accepts the exposed sheet; the last sheet cannot be deleted', () => {
    const { ss, sheet } = setup();
    const extra = ss.insertSheet('Временный');
    ss.deleteSheet(extra);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Лист1']);
    expect(ss.getActiveSheet().getName()).toBe('Лист1');
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  test('activate changes the active sheet; getParent is the spreadsheet', () => {
    const { ss } = setup();
    ss.insertSheet('Второй');
    ss.getSheets()[0].activate();
    expect(ss.getActiveSheet().getName()).toBe('Лист1');
    expect(ss.getSheets()[1].activate().getParent().getId()).toBe('sheet-id-1');
    expect(ss.getActiveSheet().getName()).toBe('Второй');
  });

  test('sheet properties: frozen rows, column widths, tab colour, hidden', () => {
    const { sheet, state } = setup();
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(3)).toBe(100);
    sheet.setColumnWidth(3, 240).setTabColor('#ff0000');
    expect(sheet.getColumnWidth(3)).toBe(240);
    expect(state.sheets[0].tabColor).toBe('#ff0000');
    sheet.setTabColor(null);
    expect(state.sheets[0].tabColor).toBeNull();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  test('clear removes contents and formats but keeps notes and validation', () => {
    const { sheet, app } = setup();
    sheet.getRange('A1').setValue(5).setNumberFormat('0.00').setNote('n').setFontWeight('bold');
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    expect(sheet.getRange('A1').getNote()).toBe('n');
    expect(sheet.getRange('A1').getDataValidation()).not.toBeNull();
  });

  test('clearContent keeps formats, notes and validation', () => {
    const { sheet, app, state } = setup();
    const r = sheet.getRange('A1:B1');
    r.setValues([['=1+1', 'x']])
      .setNumberFormat('@')
      .setNote('n')
      .setBackground('#eee')
      .setWrap(true);
    r.setDataValidation(app.newDataValidation().requireValueInList(['x']).build());
    r.clearContent();
    expect(r.getValues()).toEqual([['', '']]);
    expect(r.getFormulas()).toEqual([['', '']]);
    expect(r.getNumberFormats()).toEqual([['@', '@']]);
    expect(r.getNote()).toBe('n');
    expect(r.getDataValidation()).not.toBeNull();
    expect(state.sheets[0].cells[0]![0]).toMatchObject({ v: '', nf: '@', bg: '#eee', wrap: true });
  });

  test('toast is recorded with the emulated time', () => {
    const { ss, state, env } = setup();
    ss.toast('Готово');
    env.clock.advance(1000);
    ss.toast('Ошибка', 'Реестр', 10);
    expect(state.toasts).toEqual([
      { message: 'Готово', title: '', timeoutSeconds: 5, at: Date.parse('2026-09-01T09:00:00+03:00') },
      { message: 'Ошибка', title: 'Реестр', timeoutSeconds: 10, at: Date.parse('2026-09-01T09:00:01+03:00') },
    ]);
  });
});

describe('SpreadsheetApp', () => {
  test('getUi delegates to the provider and fails without one', () => {
    const fakeUi = { alert: () => 'OK' } as unknown as UiPort;
    const { app, env } = setup({ ui: () => fakeUi });
    expect(app.getUi()).toBe(fakeUi);
    expect(env.counter.get('SpreadsheetApp.getUi')).toBe(1);
    const bare = setup();
    expect(() => bare.app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  test('enums are frozen objects whose members are their names', () => {
    const { app } = setup();
    expect({ ...app.ProtectionType }).toEqual({ RANGE: 'RANGE', SHEET: 'SHEET' });
    expect(app.DataValidationCriteria.VALUE_IN_RANGE).toBe('VALUE_IN_RANGE');
    expect(Object.isFrozen(app.DataValidationCriteria)).toBe(true);
  });

  test('calls are counted per class and method; returned services are wrapped', () => {
    const { app, env, sheet } = setup();
    const range = sheet.getRange('A1:B2');
    range.setValues([
      [1, 2],
      [3, 4],
    ]);
    range.getValues();
    range.getValues();
    app.getActiveSpreadsheet().getSheets()[0].getName();
    expect(env.counter.byMethod()).toEqual({
      'Range.getValues': 2,
      'Range.setValues': 1,
      'Sheet.getName': 1,
      'Sheet.getRange': 1,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    // Chained results are proxies too: internals are hidden from the add-on.
    const chained = range.setValue(0) as unknown as Record<string, unknown>;
    expect(chained._sheet).toBeUndefined();
    expect(env.counter.get('Range.setValue')).toBe(1);
    expect(unwrap(range)).not.toBe(range);
  });
});

describe('state snapshots', () => {
  test('the state survives a Date-aware JSON round trip', () => {
    const { sheet, state, app } = setup();
    sheet.getRange('A1:D1').setValues([['Анна', 42, msk(2026, 9, 1, 10, 30), true]]);
    sheet.getRange('A3').setFormulas([['=A1']]);
    sheet.getRange('B1:B5').setDataValidation(app.newDataValidation().requireNumberBetween(1, 100).build());
    sheet.getRange('A1').protect().setDescription('p');
    sheet.getRange('C1').setNumberFormat('dd.mm.yyyy hh:mm');
    const copy = decode<SpreadsheetState>(encode(state));
    expect(copy).toEqual(state);
    const env = new Env();
    const again = env.expose(createSpreadsheetApp(env, copy)).getActiveSpreadsheet().getActiveSheet();
    expect(again.getRange('A1:D1').getValues()).toEqual([['Анна', 42, msk(2026, 9, 1, 10, 30), true]]);
    expect(again.getRange('C1').getDisplayValue()).toBe('01.09.2026 10:30');
    expect(again.getRange('B3').getDataValidation()!.getCriteriaValues()).toEqual([1, 100]);
    expect(again.getRange('A3').getFormula()).toBe('=A1');
  });
});

describe('performance', () => {
  // Speed is measured by `npm run bench`, not asserted here (machines are noisy).
  test('a 5,000 × 25 sheet round-trips through one setValues and one getValues', () => {
    const { sheet } = setup();
    sheet.insertRowsAfter(1000, 4000);
    const rows = Array.from({ length: 5000 }, (_, i) =>
      Array.from({ length: 25 }, (_, j) =>
        j % 4 === 0 ? `Учитель ${i}` : j % 4 === 1 ? i * j : j % 4 === 2 ? msk(2026, 1 + (i % 12), 1 + (j % 28)) : `'${i}`,
      ),
    );
    sheet.getRange(1, 1, 5000, 25).setValues(rows);
    const back = sheet.getDataRange().getValues();
    expect(back.length).toBe(5000);
    expect(back[4999][23]).toBe('4999');
    expect(back[4999][1]).toBe(4999);
    expect(back[10][2]).toEqual(rows[10][2]);
  });
});

describe('across the vm realm', () => {
  test('Dates and arrays from the add-on realm are stored; results are that realm’s own', () => {
    const env = new Env();
    const state = newSpreadsheetState({ id: 'v', name: 'v', timeZone: 'Europe/Moscow', locale: 'ru_RU' });
    const code = `
      function write() {
        var sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        sheet.getRange(1, 1, 1, 3).setValues([[new Date(Date.UTC(2026, 8, 1, 6)), "'=x", 5]]);
        var rule = SpreadsheetApp.newDataValidation()
          .requireValueInRange(sheet.getRange('C1:C2')).setAllowInvalid(false).build();
        sheet.getRange('D1').setDataValidation(rule);
      }
      function read() {
        var sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        var v = sheet.getRange(1, 1, 1, 3).getValues();
        var rules = sheet.getRange('D1:D2').getDataValidations();
        return [v[0][0] instanceof Date, Array.isArray(v), v[0][0].getTime(), v[0][1], String(rules[0][0].getCriteriaType())];
      }
    `;
    const loaded = loadBundle(code, { SpreadsheetApp: env.expose(createSpreadsheetApp(env, state)) });
    env.marshal = loaded.marshal;
    loaded.call('write');
    const out = loaded.call('read') as unknown[];
    expect([...out]).toEqual([true, true, Date.UTC(2026, 8, 1, 6), '=x', 'VALUE_IN_RANGE']);
    expect(gridValues(state, 'Лист1')).toEqual([[msk(2026, 9, 1, 9), '=x', 5]]);
  });
});

import { GasException } from '../../emulator/core';
import { cellAt, gridValues } from '../../emulator/spreadsheet';
import { setup } from './spreadsheet-fixture';

const ALL_NON_FROZEN = 'Sorry, it is not possible to delete all non-frozen rows.';

describe('Sheet.deleteRows', () => {
  test('rows below move up with their values, formats, notes and validation; the sheet shrinks', () => {
    const { app, sheet, state } = setup();
    sheet.getRange('A1:B5').setValues([
      ['ФИО', 'Статус'],
      ['Анна', 'в работе'],
      ['Борис', 'выполнено'],
      ['Вера', 'просрочено'],
      ['Глеб', 'в работе'],
    ]);
    sheet.getRange('A4').setNote('перевелась').setBackground('#eeeeee').setNumberFormat('@');
    sheet
      .getRange('B2:B5')
      .setDataValidation(app.newDataValidation().requireValueInList(['в работе', 'выполнено', 'просрочено']).build());
    sheet.deleteRows(2, 2);
    expect(gridValues(state, 'Лист1')).toEqual([
      ['ФИО', 'Статус'],
      ['Вера', 'просрочено'],
      ['Глеб', 'в работе'],
    ]);
    expect(cellAt(state, 'Лист1', 'A2')).toMatchObject({ v: 'Вера', note: 'перевелась', bg: '#eeeeee', nf: '@' });
    expect(sheet.getRange('B3').getDataValidation()!.getCriteriaValues()[0]).toEqual(['в работе', 'выполнено', 'просрочено']);
    expect(sheet.getRange('B4').getDataValidation()).toBeNull();
    expect(sheet.getMaxRows()).toBe(998);
    expect(sheet.getLastRow()).toBe(3);
    // Rows nobody wrote to can be deleted too.
    sheet.deleteRows(500, 10);
    expect(sheet.getMaxRows()).toBe(988);
    expect(sheet.getLastRow()).toBe(3);
  });

  test("Google's messages: rows out of bounds, and all non-frozen rows", () => {
    const { sheet } = setup();
    expect(() => sheet.deleteRows(0, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1000, 2)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(5, 0)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1, 1000)).toThrow(ALL_NON_FROZEN);
    sheet.setFrozenRows(1);
    // A header row frozen over the rest: deleting everything below it is refused...
    expect(() => sheet.deleteRows(2, 999)).toThrow(ALL_NON_FROZEN);
    expect(() => sheet.deleteRows(1, 1000)).toThrow(ALL_NON_FROZEN);
    // ...one row short of it is allowed.
    sheet.deleteRows(2, 998);
    expect([sheet.getMaxRows(), sheet.getFrozenRows()]).toEqual([2, 1]);
    expect(() => sheet.deleteRows(2, 1)).toThrow(GasException);
    expect(() => sheet.deleteRows('2' as never, 1)).toThrow(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.deleteRows.",
    );
  });

  test('deleting frozen rows unfreezes them', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(3);
    sheet.deleteRows(2, 5);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getMaxRows()).toBe(995);
  });

  test('protected ranges move, shrink, or go when all their rows go', () => {
    const { sheet, state } = setup();
    sheet.getRange('A2:C3').protect().setDescription('выше');
    sheet.getRange('A5:C9').protect().setDescription('поперёк');
    sheet.getRange('A12:C14').protect().setDescription('ниже');
    sheet.getRange('A20:C21').protect().setDescription('внутри');
    sheet.deleteRows(7, 15); // rows 7..21
    expect(state.sheets[0].protections.map((p) => [p.description, p.range])).toEqual([
      ['выше', { row: 2, column: 1, numRows: 2, numColumns: 3 }],
      ['поперёк', { row: 5, column: 1, numRows: 2, numColumns: 3 }],
    ]);
    sheet.getRange('A10:C12').protect().setDescription('под удалёнными');
    sheet.deleteRows(4, 3); // rows 4..6: the one across loses its rows, the one below moves up
    expect(state.sheets[0].protections.map((p) => [p.description, p.range?.row, p.range?.numRows])).toEqual([
      ['выше', 2, 2],
      ['под удалёнными', 7, 3],
    ]);
  });

  test('validation list ranges pointing at the sheet follow; an emptied one keeps one row', () => {
    const { app, ss, sheet, state } = setup();
    const lists = ss.insertSheet('Списки');
    lists.getRange('A1:A6').setValues([['a'], ['b'], ['c'], ['d'], ['e'], ['f']]);
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInRange(lists.getRange('A3:A6')).build());
    sheet.getRange('A2').setDataValidation(app.newDataValidation().requireValueInRange(lists.getRange('A5:A6')).build());
    lists.deleteRows(1, 4); // rows 1..4 go
    const rules = Object.values(state.sheets[0].validationRules).map((r) => (r.criteria === 'VALUE_IN_RANGE' ? r.range : null));
    expect(rules).toEqual([
      { sheetId: lists.getSheetId(), row: 1, column: 1, numRows: 2, numColumns: 1 },
      { sheetId: lists.getSheetId(), row: 1, column: 1, numRows: 2, numColumns: 1 },
    ]);
    lists.deleteRows(1, 2);
    expect(sheet.getRange('A1').getDataValidation()!.getCriteriaValues()[0].getA1Notation()).toBe('A1');
  });

  test('conditional format ranges shrink and move; a rule left without ranges goes', () => {
    const { app, sheet } = setup();
    const rule = (a1: string[], text: string) =>
      app
        .newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground('#fff')
        .setRanges(a1.map((x) => sheet.getRange(x)))
        .build();
    sheet.setConditionalFormatRules([rule(['A2:I100'], 'все'), rule(['K5:K6', 'L50:L60'], 'две'), rule(['M5:M6'], 'внутри')]);
    sheet.deleteRows(3, 5); // rows 3..7
    expect(
      sheet
        .getConditionalFormatRules()
        .map((r) => [r.getBooleanCondition()!.getCriteriaValues()[0], r.getRanges().map((x) => x.getA1Notation())]),
    ).toEqual([
      ['все', ['A2:I95']],
      ['две', ['L45:L55']],
    ]);
  });
});

describe('Range.getNotes', () => {
  test("gives every cell's note, '' where there is none", () => {
    const { sheet } = setup();
    sheet.getRange('B2').setNote('согласие отозвано');
    expect(sheet.getRange('A1:B2').getNotes()).toEqual([
      ['', ''],
      ['', 'согласие отозвано'],
    ]);
  });
});

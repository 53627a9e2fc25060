/**
 * Writes while someone else edits the sheet: the emulator's sheet stands for the workbook, the
 * test edits it between the read (the grid) and the write, as a co-editor would.
 */
import { applyUserEdit, Emulator, gridFormulas, gridValues } from '../../emulator';
import type { SheetPort } from '../../src/gas/ports';
import { appendRows, conflictLines, writeChanges } from '../../src/register/tableWrite';

const SHEET = 'Наставники';
const HEADER = ['ID', 'ФИО', 'Должность', 'Статус', 'Заметка'];

function workbook(rows: unknown[][]): { emu: Emulator; sheet: SheetPort; grid: unknown[][] } {
  const emu = new Emulator();
  const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet(SHEET);
  const all = [HEADER, ...rows];
  if (all.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), all.length + 10 - sheet.getMaxRows());
  sheet.getRange(1, 1, all.length, HEADER.length).setValues(all);
  const grid = sheet.getDataRange().getValues();
  emu.resetCounts();
  return { emu, sheet, grid };
}

const people = (n: number) => Array.from({ length: n }, (_, i) => [`НТ-${i + 1}`, `Учитель ${i + 1}`, 'учитель', 'кандидат', '']);

/** A person typing into the sheet (1-based row and column). */
const type = (emu: Emulator, row: number, column: number, input: unknown) =>
  expect(applyUserEdit(emu.state.spreadsheet, SHEET, row, column, input)).toBeNull();

const formulasOf = (sheet: SheetPort, grid: unknown[][]) => () => sheet.getRange(1, 1, grid.length, grid[0].length).getFormulas();

describe('writeChanges re-checks right before writing', () => {
  test('an interleaved cell someone changed is not written back with its old value; a changed target is left and reported', () => {
    const { emu, sheet, grid } = workbook(people(6));
    // The action read the sheet; now a co-editor types into rows 3 and 5.
    type(emu, 3, 3, 'методист'); // between two changes of column C: must survive
    type(emu, 5, 4, 'резерв'); // a cell the action is about to change: left
    const conflicts = writeChanges(sheet, grid, formulasOf(sheet, grid), [
      { row: 2, column: 2, value: 'завуч' },
      { row: 4, column: 2, value: 'директор' },
      { row: 2, column: 3, value: 'наставник' },
      { row: 5, column: 3, value: 'наставник' },
      { row: 6, column: 3, value: 'наставник' },
    ]);
    const values = gridValues(emu.state.spreadsheet, SHEET);
    expect(values.slice(1, 7).map((r) => [r[2], r[3]])).toEqual([
      ['завуч', 'наставник'],
      ['методист', 'кандидат'],
      ['директор', 'кандидат'],
      ['учитель', 'резерв'],
      ['учитель', 'наставник'],
      ['учитель', 'кандидат'],
    ]);
    expect(conflicts).toEqual([{ reason: 'cell', row: 5, column: 3, read: 'кандидат', now: 'резерв', wanted: 'наставник' }]);
    expect(conflictLines(SHEET, HEADER, conflicts)).toEqual([
      'Лист «Наставники», строка 5, столбец «Статус»: пока выполнялось действие, значение изменили на «резерв»; оно оставлено как есть, «наставник» не записано.',
    ]);
  });

  test('a cell someone changed to the very value the action wanted is no conflict; a cleared one is reported', () => {
    const { emu, sheet, grid } = workbook(people(3));
    type(emu, 2, 4, 'наставник');
    type(emu, 3, 3, '');
    const conflicts = writeChanges(sheet, grid, formulasOf(sheet, grid), [
      { row: 2, column: 3, value: 'наставник' },
      { row: 3, column: 2, value: 'завуч' },
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflictLines(SHEET, HEADER, conflicts)).toEqual([
      'Лист «Наставники», строка 3, столбец «Должность»: пока выполнялось действие, ячейку очистили; она оставлена пустой, «завуч» не записано.',
    ]);
    expect(gridValues(emu.state.spreadsheet, SHEET)[2][2]).toBe('');
  });

  test('a row that holds another record now (rows sorted or inserted above) is not written at all', () => {
    const { emu, sheet, grid } = workbook(people(3));
    // Someone sorted: rows 2 and 3 swapped places.
    const swapped = [grid[2], grid[1]];
    swapped.forEach((row, i) => row.forEach((v, c) => type(emu, i + 2, c + 1, v)));
    const conflicts = writeChanges(
      sheet,
      grid,
      formulasOf(sheet, grid),
      [
        { row: 2, column: 3, value: 'наставник' },
        { row: 4, column: 3, value: 'наставник' },
      ],
      { keyColumn: 0 },
    );
    expect(conflicts).toEqual([{ reason: 'row', row: 2, column: 3, read: 'НТ-1', now: 'НТ-2', wanted: 'наставник' }]);
    const values = gridValues(emu.state.spreadsheet, SHEET);
    expect(values.slice(1, 4).map((r) => [r[0], r[3]])).toEqual([
      ['НТ-2', 'кандидат'],
      ['НТ-1', 'кандидат'],
      ['НТ-3', 'наставник'],
    ]);
    expect(conflictLines(SHEET, HEADER, conflicts)[0]).toBe(
      'Лист «Наставники», строка 2, столбец «Статус»: пока выполнялось действие, строки сдвинулись (в строке теперь запись «НТ-2», а не «НТ-1»); ячейка не изменена.',
    );
  });

  test('formulas between the changed cells stay formulas, including one typed after the read', () => {
    const { emu, sheet, grid } = workbook(people(4));
    type(emu, 3, 5, '=B3&"!"');
    const conflicts = writeChanges(sheet, grid, formulasOf(sheet, grid), [
      { row: 2, column: 4, value: 'a' },
      { row: 5, column: 4, value: 'b' },
    ]);
    expect(conflicts).toEqual([]);
    expect(gridFormulas(emu.state.spreadsheet, SHEET)[2][4]).toBe('=B3&"!"');
    expect(
      gridFormulas(emu.state.spreadsheet, SHEET)
        .slice(1, 5)
        .map((r) => r[4]),
    ).toEqual(['', '=B3&"!"', '', '']);
    expect(
      gridValues(emu.state.spreadsheet, SHEET)
        .slice(1, 5)
        .map((r) => r[4]),
    ).toEqual(['a', expect.anything(), '', 'b']);
  });

  test('dates compare by their instant: the same date read again is no change', () => {
    const day = new Date(2026, 8, 1);
    const { sheet, grid } = workbook([['НТ-1', 'А', day, 'кандидат', '']]);
    expect(writeChanges(sheet, grid, formulasOf(sheet, grid), [{ row: 2, column: 2, value: new Date(2026, 8, 2) }])).toEqual([]);
  });

  test('the re-check is one getValues of the written range, whatever the number of rows; a column left whole is not written', () => {
    const calls = (n: number) => {
      const { emu, sheet, grid } = workbook(people(n));
      type(emu, n + 1, 3, 'методист');
      const conflicts = writeChanges(
        sheet,
        grid,
        formulasOf(sheet, grid),
        [
          { row: 2, column: 3, value: 'наставник' },
          { row: n + 1, column: 3, value: 'наставник' },
          { row: n + 1, column: 2, value: 'завуч' },
        ],
        { keyColumn: 0 },
      );
      expect(conflicts).toHaveLength(1);
      return emu.counts();
    };
    const small = calls(10);
    expect(calls(2000)).toEqual(small);
    expect(small['Range.getValues']).toBe(1);
    expect(small['Range.setValues']).toBe(1); // column «Должность» had only the conflicting cell
  });
});

describe('appendRows goes after the last non-empty row at the time of writing', () => {
  const row = (id: string) => [id, 'Новый', 'учитель', 'кандидат', ''];

  test('a row someone typed below the last one since the read is kept; the new rows go after it', () => {
    const { emu, sheet, grid } = workbook(people(3));
    type(emu, 5, 2, 'Вписан вручную');
    type(emu, 6, 5, 'и ещё заметка');
    expect(appendRows(sheet, grid, [row('НТ-4'), row('НТ-5')])).toBe(7);
    const values = gridValues(emu.state.spreadsheet, SHEET);
    expect(values[4][1]).toBe('Вписан вручную');
    expect(values[5][4]).toBe('и ещё заметка');
    expect(values.slice(6, 8).map((r) => r[0])).toEqual(['НТ-4', 'НТ-5']);
  });

  test('rows cleared since the read: the new rows follow the last row that still holds something', () => {
    const { emu, sheet, grid } = workbook(people(4));
    for (let c = 1; c <= HEADER.length; c++) type(emu, 5, c, '');
    expect(appendRows(sheet, grid, [row('НТ-9')])).toBe(5);
    expect(gridValues(emu.state.spreadsheet, SHEET)[4][0]).toBe('НТ-9');
  });

  test('nothing typed since the read: one getLastRow more than before, whatever the size', () => {
    const calls = (n: number) => {
      const { emu, sheet, grid } = workbook(people(n));
      expect(appendRows(sheet, grid, [row('НТ-X')])).toBe(n + 2);
      return emu.counts();
    };
    const small = calls(5);
    expect(calls(3000)).toEqual(small);
    expect(small['Sheet.getLastRow']).toBe(1);
    expect(small['Range.getValues']).toBeUndefined();
  });
});

/**
 * Sheets holds at most 50,000 characters in a cell: a longer value or formula is refused in
 * Sheets' words, and a setValues with one such cell writes nothing.
 */
import { CELL_CHARACTER_LIMIT, CELL_TOO_LONG_MESSAGE, Emulator, gridFormulas, gridValues } from '../../emulator';

const code = `
  function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
  function setOne(text) { sheet().getRange('A1').setValue(text); }
  function setMany(rows) { sheet().getRange(1, 1, rows.length, rows[0].length).setValues(rows); }
  function setFormulas(rows) { sheet().getRange(1, 1, rows.length, rows[0].length).setFormulas(rows); }
  function append(row) { sheet().appendRow(row); }
  function caught(text) {
    try { setOne(text); return 'written'; } catch (e) { return e.name + ': ' + e.message; }
  }
`;

const longest = 'ж'.repeat(CELL_CHARACTER_LIMIT);
const tooLong = `${longest}ж`;

describe('50,000 characters per cell', () => {
  test('Google’s figure and words', () => {
    expect(CELL_CHARACTER_LIMIT).toBe(50_000);
    expect(CELL_TOO_LONG_MESSAGE).toBe('Your input contains more than the maximum of 50000 characters in a single cell.');
  });

  test('setValue: 50,000 characters are kept, 50,001 are refused as an Exception the script can catch', () => {
    const emu = new Emulator().load(code);
    emu.call('setOne', [longest]);
    expect(gridValues(emu.state.spreadsheet, 'Лист1', 'A1')[0][0]).toBe(longest);
    expect(emu.call('caught', [tooLong])).toBe(`Exception: ${CELL_TOO_LONG_MESSAGE}`);
    expect(gridValues(emu.state.spreadsheet, 'Лист1', 'A1')[0][0]).toBe(longest);
  });

  test('setValues writes nothing when one cell is too long', () => {
    const emu = new Emulator().load(code);
    expect(() =>
      emu.call('setMany', [
        [
          ['a', 'b'],
          ['c', tooLong],
        ],
      ]),
    ).toThrow(CELL_TOO_LONG_MESSAGE);
    expect(gridValues(emu.state.spreadsheet, 'Лист1', 'A1:B2')).toEqual([
      ['', ''],
      ['', ''],
    ]);
  });

  test('a formula counts its text, as a value does; appendRow is refused too', () => {
    const emu = new Emulator().load(code);
    const formula = `="${'x'.repeat(CELL_CHARACTER_LIMIT - 3)}"`;
    emu.call('setFormulas', [[[formula]]]);
    expect(gridFormulas(emu.state.spreadsheet, 'Лист1', 'A1')[0][0]).toBe(formula);
    expect(() => emu.call('setFormulas', [[[`${formula} `]]])).toThrow(CELL_TOO_LONG_MESSAGE);
    expect(() => emu.call('append', [['ok', tooLong]])).toThrow(CELL_TOO_LONG_MESSAGE);
    expect(gridValues(emu.state.spreadsheet, 'Лист1', 'A2:B2')).toEqual([['', '']]);
  });
});

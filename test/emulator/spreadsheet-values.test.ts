import { DEFAULT_NUMBER_FORMAT, formatDate } from '../../emulator/spreadsheet';
import { msk, setup } from './spreadsheet-fixture';

/** Writes one value into A1 and reads it back as getValues / getFormula / display see it. */
function roundTrip(input: unknown, opts: { nf?: string; locale?: string } = {}) {
  const { sheet, state } = setup({ locale: opts.locale });
  const cell = sheet.getRange('A1');
  if (opts.nf) cell.setNumberFormat(opts.nf);
  cell.setValues([[input]]);
  return {
    value: cell.getValue() as unknown,
    formula: cell.getFormula(),
    display: cell.getDisplayValue(),
    stored: state.sheets[0].cells[0]?.[0] ?? null,
  };
}

describe('input coercion (as Sheets parses typed input)', () => {
  test('a string starting with = becomes a formula; only literal formulas have a value', () => {
    expect(roundTrip('=5')).toMatchObject({ value: 5, formula: '=5', display: '5' });
    expect(roundTrip('="x"')).toMatchObject({ value: 'x', formula: '="x"' });
    expect(roundTrip('=TRUE')).toMatchObject({ value: true, display: 'TRUE' });
    expect(roundTrip('=A1+B1')).toMatchObject({ value: '', formula: '=A1+B1', display: '' });
  });

  test('a leading apostrophe keeps text and is not part of the value', () => {
    expect(roundTrip("'=1+1")).toMatchObject({ value: '=1+1', formula: '', display: '=1+1' });
    expect(roundTrip("'42")).toMatchObject({ value: '42', display: '42' });
    expect(roundTrip("'TRUE")).toMatchObject({ value: 'TRUE' });
    expect(roundTrip("'01.09.2026")).toMatchObject({ value: '01.09.2026' });
  });

  test('number-like strings become numbers with the ru_RU decimal comma', () => {
    expect(roundTrip('42').value).toBe(42);
    expect(roundTrip('3,5').value).toBe(3.5);
    expect(roundTrip('-7').value).toBe(-7);
    expect(roundTrip(' 12 ').value).toBe(12);
    expect(roundTrip('007').value).toBe(7);
    expect(roundTrip('1 000').value).toBe(1000);
    expect(roundTrip('1e3').value).toBe(1000);
    // Not a number in ru_RU (the decimal separator is a comma).
    expect(roundTrip('3.5').value).toBe('3.5');
    expect(roundTrip('12abc').value).toBe('12abc');
  });

  test('en_US uses the decimal point and comma grouping', () => {
    expect(roundTrip('3.5', { locale: 'en_US' }).value).toBe(3.5);
    expect(roundTrip('1,000', { locale: 'en_US' }).value).toBe(1000);
    expect(roundTrip('3,5', { locale: 'en_US' }).value).toBe('3,5');
  });

  test('TRUE/FALSE and ИСТИНА/ЛОЖЬ become booleans, in any case', () => {
    expect(roundTrip('TRUE').value).toBe(true);
    expect(roundTrip('false').value).toBe(false);
    expect(roundTrip('ИСТИНА').value).toBe(true);
    expect(roundTrip('ложь').value).toBe(false);
    expect(roundTrip('Да').value).toBe('Да');
  });

  test('date-like strings become dates at midnight in the spreadsheet time zone', () => {
    expect(roundTrip('01.09.2026').value).toEqual(msk(2026, 9, 1));
    expect(roundTrip('1.9.2026').value).toEqual(msk(2026, 9, 1));
    expect(roundTrip('2026-09-01').value).toEqual(msk(2026, 9, 1));
    expect(roundTrip('01.09.2026 10:30').value).toEqual(msk(2026, 9, 1, 10, 30));
    expect(roundTrip('31.02.2026').value).toBe('31.02.2026');
    expect(roundTrip('09/01/2026', { locale: 'en_US' }).value).toEqual(new Date(Date.UTC(2026, 8, 1, -3)));
  });

  test('Date objects are stored as instants and come back as fresh, equal Dates', () => {
    const { sheet } = setup();
    const when = msk(2026, 9, 1, 9, 15);
    sheet.getRange('A1').setValue(when);
    const a = sheet.getRange('A1').getValue() as Date;
    const b = sheet.getRange('A1').getValue() as Date;
    expect(a).toEqual(when);
    expect(a).not.toBe(when);
    expect(a).not.toBe(b);
    a.setFullYear(2000);
    expect(sheet.getRange('A1').getValue()).toEqual(when);
  });

  test('null and undefined store blanks; numbers and booleans are kept', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([[null, undefined, 0, false]]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['', '', 0, false]]);
    expect(sheet.getLastColumn()).toBe(4);
  });

  test('in a plain-text (@) cell strings are stored verbatim', () => {
    expect(roundTrip('42', { nf: '@' })).toMatchObject({ value: '42', display: '42' });
    expect(roundTrip('=1+1', { nf: '@' })).toMatchObject({ value: '=1+1', formula: '' });
    expect(roundTrip('01.09.2026', { nf: '@' }).value).toBe('01.09.2026');
    expect(roundTrip("'x", { nf: '@' }).value).toBe("'x");
    // Non-strings are not text: a number stays a number.
    expect(roundTrip(42, { nf: '@' }).value).toBe(42);
  });

  test('setFormulas parses like typed input', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setFormulas([['=1', 'text', '']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([[1, 'text', '']]);
    expect(sheet.getRange('A1:C1').getFormulas()).toEqual([['=1', '', '']]);
  });
});

describe('number formats and display values', () => {
  test('a fresh cell has the default format; formats are per cell', () => {
    const { sheet } = setup();
    expect(DEFAULT_NUMBER_FORMAT).toBe('0.###############');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A1:B2').setNumberFormats([
      ['0', '0.00'],
      ['@', 'dd.mm.yyyy'],
    ]);
    expect(sheet.getRange('A1:C2').getNumberFormats()).toEqual([
      ['0', '0.00', '0.###############'],
      ['@', 'dd.mm.yyyy', '0.###############'],
    ]);
  });

  test('ru_RU display: decimal comma, TRUE/FALSE, dates as dd.mm.yyyy', () => {
    const { sheet } = setup();
    sheet.getRange('A1:E1').setValues([[3.5, 1234567, true, false, msk(2026, 9, 1)]]);
    expect(sheet.getRange('A1:E1').getDisplayValues()).toEqual([['3,5', '1234567', 'TRUE', 'FALSE', '01.09.2026']]);
  });

  test('a date with a time of day shows date and time by default', () => {
    expect(roundTrip(msk(2026, 9, 1, 9, 5, 7)).display).toBe('01.09.2026 9:05:07');
  });

  test('explicit formats: dates, times, fixed decimals, grouping, percent, text', () => {
    const cases: [unknown, string, string][] = [
      [msk(2026, 9, 1, 14, 5), 'dd.mm.yyyy', '01.09.2026'],
      [msk(2026, 9, 1, 14, 5), 'dd.mm.yyyy hh:mm', '01.09.2026 14:05'],
      [msk(2026, 3, 7, 8, 0), 'd.m.yy h:mm', '7.3.26 8:00'],
      [msk(2026, 9, 1), 'yyyy-mm-dd', '2026-09-01'],
      [2.5, '0', '3'],
      [2.345, '0.00', '2,35'],
      [-1234.5, '#,##0.00', '-1\u00a0234,50'],
      [0.25, '0%', '25%'],
      [42, '@', '42'],
      ['текст', '0.00', 'текст'],
      [0.5, '#.##', ',5'],
    ];
    for (const [value, nf, display] of cases) expect(roundTrip(value, { nf }).display).toBe(display);
  });

  test('en_US display uses a decimal point and M/d/yyyy', () => {
    expect(roundTrip(3.5, { locale: 'en_US' }).display).toBe('3.5');
    expect(roundTrip(1234.5, { locale: 'en_US', nf: '#,##0.00' }).display).toBe('1,234.50');
    expect(roundTrip(msk(2026, 9, 1), { locale: 'en_US' }).display).toBe('9/1/2026');
  });

  test('the cell type follows its format: a number in a date format reads as a Date, a date in a number format as a serial', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('dd.mm.yyyy').setValue(46266);
    expect(sheet.getRange('A1').getValue()).toEqual(msk(2026, 9, 1));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('01.09.2026');
    sheet
      .getRange('B1')
      .setNumberFormat('0.00')
      .setValue(msk(2026, 9, 1, 12));
    expect(sheet.getRange('B1').getValue()).toBe(46266.5);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('46266,50');
  });

  test('formatDate helper formats an instant in a zone', () => {
    expect(formatDate(msk(2026, 9, 1, 23, 30).getTime(), 'dd.mm.yyyy hh:mm', 'Europe/Moscow', 'ru_RU')).toBe('01.09.2026 23:30');
    expect(formatDate(msk(2026, 9, 1, 23, 30).getTime(), 'dd.mm.yyyy', 'UTC', 'ru_RU')).toBe('01.09.2026');
  });
});

describe('notes and cell formatting', () => {
  test('setNote applies to every cell; null or "" clears', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setNote('важно');
    expect(sheet.getRange('B1').getNote()).toBe('важно');
    sheet.getRange('A1').setNote(null);
    expect(sheet.getRange('A1').getNote()).toBe('');
    sheet.getRange('B1').setNote('');
    expect(sheet.getRange('B1').getNote()).toBe('');
  });

  test('font weight, background and wrap are kept in the state', () => {
    const { sheet, state } = setup();
    sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#e8f0fe').setWrap(true);
    expect(state.sheets[0].cells[0]).toEqual([
      { v: '', fw: 'bold', bg: '#e8f0fe', wrap: true },
      { v: '', fw: 'bold', bg: '#e8f0fe', wrap: true },
    ]);
    sheet.getRange('A1').setFontWeight(null).setBackground(null);
    expect(state.sheets[0].cells[0]![0]).toEqual({ v: '', wrap: true });
  });
});

import { type ActionCase, measureActions, totalCalls } from '../../scripts/actionBudgets';
import { Emulator } from '../../emulator';

/** Every read costs one getValues per sheet touched; nothing grows with the register. */
describe('service-call budgets of every user action', () => {
  const small = measureActions(50);
  const large = measureActions(5000);

  test.each([...small.keys()])('%s: the same calls for 50 and 5,000 people, under 700', (name) => {
    expect(large.get(name)).toEqual(small.get(name));
    expect(totalCalls(small.get(name)!)).toBeLessThan(700);
  });
});

describe('the budget check is honest', () => {
  const perRowRead = `
    function readRowByRow() {
      var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Наставники');
      var last = sheet.getLastRow();
      for (var r = 2; r <= last; r++) sheet.getRange(r, 1, 1, 3).getValues();
    }`;

  test('an action that reads per row is caught: its calls grow with the register', () => {
    const measure = (people: number) => {
      const emu = new Emulator().load(perRowRead);
      const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet('Наставники');
      sheet.insertRowsAfter(1, people + 1);
      sheet.getRange(1, 1, people + 1, 1).setValues(Array.from({ length: people + 1 }, (_, i) => [`строка ${i}`]));
      emu.resetCounts();
      emu.call('readRowByRow');
      return emu.counts();
    };
    const small = measure(50);
    const large = measure(5000);
    expect(() => expect(large).toEqual(small)).toThrow();
    expect(large['Range.getValues']).toBe(5000);
  });

  test('every action of the table ran (none failed silently)', () => {
    const failing: ActionCase[] = [{ name: 'broken', run: (e) => e.call('noSuchFunction') }];
    expect(() => measureActions(5, failing)).toThrow('Script function not found: noSuchFunction');
  });
});

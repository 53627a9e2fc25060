import { GasException } from '../../emulator/core';
import {
  conditionalFormatFor,
  conditionalFormatRules,
  Emulator,
  evaluateCustomFormula,
  NO_RANGE_MESSAGE,
  sheetState,
} from '../../emulator';
import type { SheetPort, SpreadsheetAppPort } from '../../src/gas/ports';
import { msk, setup } from './spreadsheet-fixture';

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an exception');
}

/** The register's shapes: a status column I and a due date column G, data from row 2. */
const OVERDUE = '=$I2="просрочено"';
const LATE = '=AND($G2<TODAY(),$I2<>"выполнено")';

function addRule(app: SpreadsheetAppPort, sheet: SheetPort, formula: string, a1: string, color: string): void {
  const rules = sheet.getConditionalFormatRules();
  rules.push(
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(formula)
      .setBackground(color)
      .setRanges([sheet.getRange(a1)])
      .build(),
  );
  sheet.setConditionalFormatRules(rules);
}

describe('SpreadsheetApp.BooleanCriteria', () => {
  test('is frozen and its members are their names', () => {
    const { app } = setup();
    expect(app.BooleanCriteria.CUSTOM_FORMULA).toBe('CUSTOM_FORMULA');
    expect(app.BooleanCriteria.TEXT_EQUAL_TO).toBe('TEXT_EQUAL_TO');
    expect(Object.keys(app.BooleanCriteria)).toHaveLength(22);
    expect(Object.isFrozen(app.BooleanCriteria)).toBe(true);
  });
});

describe('building a rule', () => {
  test('a formula rule reads back its ranges, criteria, values and format', () => {
    const { app, sheet } = setup();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied(OVERDUE)
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('A2:I100'), sheet.getRange('K2:K100')])
      .build();
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['A2:I100', 'K2:K100']);
    const c = rule.getBooleanCondition()!;
    expect(c.getCriteriaType()).toBe(app.BooleanCriteria.CUSTOM_FORMULA);
    expect(c.getCriteriaValues()).toEqual([OVERDUE]);
    expect([c.getBackground(), c.getFontColor(), c.getBold()]).toEqual(['#f4cccc', '#990000', true]);
  });

  test('a text rule; format fields never set read back as null; null clears one', () => {
    const { app, sheet } = setup();
    const c = app
      .newConditionalFormatRule()
      .whenTextEqualTo('выполнено')
      .setFontColor('#38761d')
      .setBackground('#ffffff')
      .setBackground(null)
      .setRanges([sheet.getRange('I2:I')])
      .build()
      .getBooleanCondition()!;
    expect(c.getCriteriaType()).toBe('TEXT_EQUAL_TO');
    expect(c.getCriteriaValues()).toEqual(['выполнено']);
    expect([c.getBackground(), c.getFontColor(), c.getBold()]).toEqual([null, '#38761d', null]);
  });

  test('build() needs ranges and a condition; setRanges needs Ranges', () => {
    const { app, sheet } = setup();
    expect(() => app.newConditionalFormatRule().whenTextEqualTo('x').build()).toThrow(NO_RANGE_MESSAGE);
    expect(() =>
      app
        .newConditionalFormatRule()
        .setRanges([sheet.getRange('A1')])
        .build(),
    ).toThrow(GasException);
    expect(() =>
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('x')
        .setRanges([sheet.getRange('A1')])
        .setRanges([])
        .build(),
    ).toThrow(NO_RANGE_MESSAGE);
    expect(() => app.newConditionalFormatRule().setRanges(['A1:B2' as never])).toThrow(
      "The parameters (Object[]) don't match the method signature for SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges.",
    );
    expect(() => app.newConditionalFormatRule().whenFormulaSatisfied(5 as never)).toThrow(GasException);
  });
});

describe("a sheet's rules", () => {
  test('start empty; the list passed to setConditionalFormatRules becomes the whole list', () => {
    const { app, sheet, state } = setup();
    expect(sheet.getConditionalFormatRules()).toEqual([]);
    addRule(app, sheet, OVERDUE, 'A2:I100', '#f4cccc');
    addRule(app, sheet, LATE, 'G2:G100', '#fce5cd');
    expect(sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()!.getCriteriaValues()[0])).toEqual([
      OVERDUE,
      LATE,
    ]);
    // Plain data: rectangles of this sheet, criteria names and the format.
    expect(state.sheets[0].conditionalFormats).toEqual([
      {
        ranges: [{ row: 2, column: 1, numRows: 99, numColumns: 9 }],
        criteria: 'CUSTOM_FORMULA',
        values: [OVERDUE],
        background: '#f4cccc',
        fontColor: null,
        bold: null,
      },
      expect.objectContaining({ values: [LATE], ranges: [{ row: 2, column: 7, numRows: 99, numColumns: 1 }] }),
    ]);
    expect(conditionalFormatRules(state, 'Лист1').map((r) => r.ranges)).toEqual([['A2:I100'], ['G2:G100']]);
    // Setting only the second one drops the first: Google replaces, it does not merge.
    sheet.setConditionalFormatRules([sheet.getConditionalFormatRules()[1]]);
    expect(state.sheets[0].conditionalFormats!.map((r) => r.values[0])).toEqual([LATE]);
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  test('rules read back are copies: changing a copy reaches the sheet only when set again', () => {
    const { app, sheet, state } = setup();
    addRule(app, sheet, OVERDUE, 'A2:I100', '#f4cccc');
    const [rule] = sheet.getConditionalFormatRules();
    const changed = (rule as unknown as { copy(): ReturnType<typeof app.newConditionalFormatRule> })
      .copy()
      .setBackground('#000000')
      .build();
    expect(state.sheets[0].conditionalFormats![0].background).toBe('#f4cccc');
    sheet.setConditionalFormatRules([changed]);
    expect(state.sheets[0].conditionalFormats![0].background).toBe('#000000');
    expect(state.sheets[0].conditionalFormats![0].values).toEqual([OVERDUE]);
  });

  test("a rule over another sheet's cells is refused; wrong arguments give Google's signature error", () => {
    const { app, ss, sheet } = setup();
    const other = ss.insertSheet('Другой');
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('x')
      .setRanges([other.getRange('A1:A5')])
      .build();
    expect(() => sheet.setConditionalFormatRules([rule])).toThrow(GasException);
    other.setConditionalFormatRules([rule]);
    expect(other.getConditionalFormatRules()).toHaveLength(1);
    expect(() => sheet.setConditionalFormatRules('rules' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.",
    );
    expect(() => sheet.setConditionalFormatRules([{}] as never)).toThrow(GasException);
  });

  test('ranges follow inserted columns and rows; a rule of a deleted sheet has no ranges left', () => {
    const { app, ss, sheet } = setup();
    addRule(app, sheet, OVERDUE, 'B2:I10', '#f4cccc');
    addRule(app, sheet, LATE, 'K2:K10', '#fce5cd');
    sheet.insertColumns(1, 2); // before everything: both move right
    sheet.insertColumnsAfter(5, 1); // inside the first: it grows
    sheet.insertRowsAfter(1, 3); // above both: they move down
    expect(sheet.getConditionalFormatRules().map((r) => r.getRanges()[0].getA1Notation())).toEqual(['D5:L13', 'N5:N13']);
    const other = ss.insertSheet('Другой');
    const rule = app
      .newConditionalFormatRule()
      .whenTextEqualTo('x')
      .setRanges([other.getRange('A1')])
      .build();
    ss.deleteSheet(other);
    expect(rule.getRanges()).toEqual([]);
  });

  test('snapshots keep the rules; a snapshot from before them restores with none', () => {
    const emu = new Emulator();
    const { SpreadsheetApp } = emu.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    addRule(SpreadsheetApp, sheet, OVERDUE, 'A2:I10', '#f4cccc');
    const again = new Emulator({ snapshot: emu.snapshot() });
    expect(again.state.spreadsheet.sheets[0].conditionalFormats).toEqual(emu.state.spreadsheet.sheets[0].conditionalFormats);
    const old = JSON.parse(emu.snapshot());
    delete old.spreadsheet.sheets[0].conditionalFormats;
    const restored = new Emulator({ snapshot: JSON.stringify(old) });
    const s = restored.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    expect(s.getConditionalFormatRules()).toEqual([]);
    expect(restored.state.spreadsheet.sheets[0].conditionalFormats).toBeUndefined(); // reading adds nothing
    addRule(restored.globals.SpreadsheetApp, s, OVERDUE, 'A2:A3', '#fff');
    expect(restored.state.spreadsheet.sheets[0].conditionalFormats).toHaveLength(1);
  });

  test('the add-on builds rules in its own realm (arrays and enums cross the vm boundary)', () => {
    const emu = new Emulator().load(`
      function addRules() {
        var sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        var rules = sheet.getConditionalFormatRules();
        rules.push(SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('просрочено')
          .setBackground('#f4cccc').setRanges([sheet.getRange('I2:I50')]).build());
        sheet.setConditionalFormatRules(rules);
        var read = sheet.getConditionalFormatRules()[0].getBooleanCondition();
        return [Array.isArray(rules), read.getCriteriaType() === SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO,
                read.getCriteriaValues() instanceof Array];
      }`);
    expect(emu.call('addRules')).toEqual([true, true, true]);
    expect(emu.counts()['Sheet.setConditionalFormatRules']).toBe(1);
    expect(emu.counts()['SpreadsheetApp.newConditionalFormatRule']).toBe(1);
  });
});

describe('conditionalFormatFor (test helper)', () => {
  function register() {
    const f = setup();
    const { app, sheet } = f;
    sheet.getRange('A1:I1').setValues([['ФИО', '', '', '', '', '', 'Срок', '', 'Статус']]);
    sheet.getRange('G2:G5').setValues([[msk(2026, 8, 31)], [msk(2026, 9, 1)], [msk(2026, 8, 20)], ['']]);
    sheet.getRange('I2:I5').setValues([['в работе'], ['в работе'], ['выполнено'], ['просрочено']]);
    addRule(app, sheet, OVERDUE, 'A2:I100', '#f4cccc');
    addRule(app, sheet, LATE, 'A2:I100', '#fce5cd');
    return f;
  }
  // 00:30 in Moscow on 1 September is still 31 August in UTC: TODAY() is Moscow's date.
  const now = msk(2026, 9, 1, 0, 30);

  test('relative rows move with the cell, $ columns stay; the first rule that holds wins', () => {
    const { state } = register();
    const at = (row: number, col: number) => conditionalFormatFor(state, 'Лист1', row, col, { now });
    expect(at(5, 1)).toMatchObject({ index: 0, criteria: 'CUSTOM_FORMULA', background: '#f4cccc', ranges: ['A2:I100'] });
    expect(at(5, 9)).toMatchObject({ index: 0 }); // both rules cover it; the first holds
    expect(at(2, 3)).toMatchObject({ index: 1, background: '#fce5cd', values: [LATE] }); // due 31.08, in work
    expect(at(3, 3)).toBeNull(); // due today: not before TODAY()
    expect(at(4, 3)).toBeNull(); // overdue date but done
    expect(at(1, 1)).toBeNull(); // the header is outside the ranges
    // A blank row is coloured too, as in Sheets: a blank date is 0, before any date, and a
    // blank status is not "выполнено". A rule meant for filled rows must say so.
    expect(at(6, 1)).toMatchObject({ index: 1 });
  });

  test('a guard against blank rows keeps them plain', () => {
    const { app, sheet, state } = register();
    const guarded = '=AND($G2<>"",$G2<TODAY(),$I2<>"выполнено")';
    sheet.setConditionalFormatRules([
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(guarded)
        .setBackground('#fce5cd')
        .setRanges([sheet.getRange('A2:I100')])
        .build(),
    ]);
    expect(conditionalFormatFor(state, 'Лист1', 6, 1, { now })).toBeNull();
    expect(conditionalFormatFor(state, 'Лист1', 2, 1, { now })).toMatchObject({ index: 0 });
  });

  test('whenTextEqualTo matches the display value exactly', () => {
    const { app, sheet, state } = setup();
    sheet.getRange('A1:A3').setValues([['просрочено'], ['Просрочено'], [5]]);
    const rules = [
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('просрочено')
        .setBold(true)
        .setRanges([sheet.getRange('A1:A3')])
        .build(),
      app
        .newConditionalFormatRule()
        .whenTextEqualTo('5')
        .setFontColor('#f00')
        .setRanges([sheet.getRange('A1:A3')])
        .build(),
    ];
    sheet.setConditionalFormatRules(rules);
    expect(conditionalFormatFor(state, 'Лист1', 1, 1)).toMatchObject({ index: 0, bold: true, criteria: 'TEXT_EQUAL_TO' });
    expect(conditionalFormatFor(state, 'Лист1', 2, 1)).toBeNull();
    expect(conditionalFormatFor(state, 'Лист1', 3, 1)).toMatchObject({ index: 1, fontColor: '#f00' });
  });

  test('what the tiny evaluator does not know is unknown, never a guess', () => {
    const { app, sheet, state } = setup();
    sheet.getRange('A1:B1').setValues([['x', '=A1&"!"']]);
    const rule = (formula: string) =>
      app
        .newConditionalFormatRule()
        .whenFormulaSatisfied(formula)
        .setBackground('#fff')
        .setRanges([sheet.getRange('A1:C3')])
        .build();
    const verdict = (formula: string) => {
      sheet.setConditionalFormatRules([rule(formula)]);
      return conditionalFormatFor(state, 'Лист1', 1, 1);
    };
    expect(verdict('=COUNTIF($A$1:$A$3,"x")>0')).toBe('unknown'); // a function and a range
    expect(verdict("='Другой'!A1=1")).toBe('unknown'); // another sheet
    expect(verdict('=$B1="x!"')).toBe('unknown'); // B1 holds a formula the emulator cannot compute
    expect(verdict('A1="x"')).toBe('unknown'); // not a formula
    expect(verdict('=$A1="X"')).toMatchObject({ index: 0 }); // text compares case-insensitively
    // An unknown rule hides the rules after it; a caller's evaluator can settle it.
    sheet.setConditionalFormatRules([rule('=ISODD(ROW())'), rule('=TRUE')]);
    expect(conditionalFormatFor(state, 'Лист1', 1, 1)).toBe('unknown');
    expect(conditionalFormatFor(state, 'Лист1', 1, 1, (f) => (f === '=ISODD(ROW())' ? false : undefined))).toMatchObject({
      index: 1,
    });
  });

  test('the evaluator: literals, operators, AND/OR/NOT, ISBLANK, TODAY and errors', () => {
    const { sheet, state } = setup();
    sheet.getRange('A1:D1').setValues([[3, 'да', true, '']]);
    sheet.getRange('A2').setValue(msk(2026, 9, 1));
    const s = state.sheets[0];
    const at = { row: 1, column: 1, anchorRow: 1, anchorColumn: 1 };
    const ev = (f: string, cell = at) => evaluateCustomFormula(state, s, f, cell, now.getTime());
    expect(ev('=A1>2')).toBe(true);
    expect(ev('=A1*2=6')).toBe(true);
    expect(ev('=(A1+1)/2=2')).toBe(true);
    expect(ev('=-A1<0')).toBe(true);
    expect(ev('=B1&"!"="ДА!"')).toBe(true);
    expect(ev('=C1')).toBe(true);
    expect(ev('=A1')).toBe(true); // a non-zero number holds
    expect(ev('=D1')).toBe(false); // blank
    expect(ev('=B1')).toBe(false); // text does not hold
    expect(ev('=AND(A1>2,OR(C1,FALSE),NOT(D1))')).toBe(true);
    expect(ev('=OR(A1>5, B1="нет")')).toBe(false);
    expect(ev('=ISBLANK(D1)')).toBe(true);
    expect(ev('=ISBLANK(A1)')).toBe(false);
    expect(ev('=A2=TODAY()')).toBe(true); // dates are serial numbers; TODAY() is Moscow's date
    expect(ev('=A2<TODAY()+1')).toBe(true);
    expect(ev('=A1<"a"')).toBe(true); // numbers sort before text
    expect(ev('=C1>"я"')).toBe(true); // logicals after text
    expect(ev('=D1=0')).toBe(true);
    expect(ev('=D1=""')).toBe(true);
    expect(ev('=AND(B1)')).toBe(false); // #VALUE! never applies
    expect(ev('=A1/0>1')).toBe(false); // #DIV/0!
    // Relative references move with the cell; one that leaves the sheet is #REF!.
    expect(ev('=A1=3', { row: 2, column: 1, anchorRow: 1, anchorColumn: 1 })).toBe(false);
    expect(ev('=$A$1=3', { row: 2, column: 2, anchorRow: 1, anchorColumn: 1 })).toBe(true);
    expect(ev('=A1=3', { row: 1, column: 1, anchorRow: 2, anchorColumn: 1 })).toBe(false);
    expect(ev('=LEN(B1)=2')).toBe('unknown');
    expect(ev('=A1:A2')).toBe('unknown');
    expect(ev('=A1>')).toBe('unknown');
    expect(() => evaluateCustomFormula(state, s, '=TODAY()>0', at, null)).toThrow(/TODAY\(\) needs the clock/);
  });

  test("given the emulator's state, TODAY() reads its clock", () => {
    const emu = new Emulator({ now: now });
    const { SpreadsheetApp } = emu.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange('G2:I2').setValues([[msk(2026, 8, 31), '', 'в работе']]);
    addRule(SpreadsheetApp, sheet, LATE, 'A2:I100', '#fce5cd');
    expect(conditionalFormatFor(emu.state, 'Лист1', 2, 1)).toMatchObject({ index: 0 });
    expect(conditionalFormatFor(emu.state, 'Лист1', 2, 1, { now: msk(2026, 8, 31, 12) })).toBeNull();
    expect(sheetState(emu.state.spreadsheet, 'Лист1').conditionalFormats).toHaveLength(1);
  });

  test('an unknown sheet is an error of the test', () => {
    const { state } = setup();
    expect(thrown(() => conditionalFormatFor(state, 'Нет такого', 1, 1)).message).toBe('No sheet named "Нет такого"');
  });
});

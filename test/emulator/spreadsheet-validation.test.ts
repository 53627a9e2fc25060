import { applyUserEdit, checkValidation, gridValues } from '../../emulator/spreadsheet';
import { msk, setup } from './spreadsheet-fixture';

describe('DataValidationBuilder and DataValidation', () => {
  test('defaults: invalid input allowed, no help text (null, as Google)', () => {
    const { app } = setup();
    const rule = app.newDataValidation().requireValueInList(['да', 'нет']).build();
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBeNull();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['да', 'нет'], true]);
  });

  test('each criterion round-trips its type and values', () => {
    const { app } = setup();
    const C = app.DataValidationCriteria;
    const b = () => app.newDataValidation();
    const cases = [
      [b().requireValueInList(['a'], false).build(), C.VALUE_IN_LIST, [['a'], false]],
      [b().requireDate().build(), C.DATE_IS_VALID_DATE, []],
      [b().requireNumberBetween(1, 10).build(), C.NUMBER_BETWEEN, [1, 10]],
      [b().requireNumberGreaterThanOrEqualTo(0).build(), C.NUMBER_GREATER_THAN_OR_EQUAL_TO, [0]],
      [b().requireCheckbox().build(), C.CHECKBOX, []],
    ] as const;
    for (const [rule, type, values] of cases) {
      expect(rule.getCriteriaType()).toBe(type);
      expect(rule.getCriteriaValues()).toEqual(values);
    }
    const help = b().requireDate().setAllowInvalid(false).setHelpText('Введите дату').build();
    expect(help.getAllowInvalid()).toBe(false);
    expect(help.getHelpText()).toBe('Введите дату');
  });

  test('requireValueInRange accepts an exposed range and gives it back as a Range', () => {
    const { app, ss, env } = setup();
    const vocab = ss.insertSheet('Справочники');
    const source = vocab.getRange(2, 1, vocab.getMaxRows() - 1, 1);
    const rule = app.newDataValidation().requireValueInRange(source, true).setAllowInvalid(false).build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_RANGE);
    const [range, dropdown] = rule.getCriteriaValues() as [typeof source, boolean];
    expect(dropdown).toBe(true);
    expect(range.getA1Notation()).toBe('A2:A1000');
    expect(range.getSheet().getName()).toBe('Справочники');
    expect(env.counter.get('Range.getA1Notation')).toBe(1);
  });

  test('build without criteria throws', () => {
    const { app } = setup();
    expect(() => app.newDataValidation().setHelpText('x').build()).toThrow();
  });
});

describe('validation on ranges', () => {
  test('setDataValidation applies to every cell; getDataValidation reads the top-left or null', () => {
    const { app, sheet } = setup();
    sheet.getRange('B2:B4').setDataValidation(app.newDataValidation().requireCheckbox().build());
    expect(sheet.getRange('B3').getDataValidation()!.getCriteriaType()).toBe(app.DataValidationCriteria.CHECKBOX);
    expect(sheet.getRange('A1:B2').getDataValidation()).toBeNull();
    const grid = sheet.getRange('A2:B3').getDataValidations();
    expect(grid.map((row) => row.map((r) => (r ? String(r.getCriteriaType()) : null)))).toEqual([
      [null, 'CHECKBOX'],
      [null, 'CHECKBOX'],
    ]);
  });

  test('rules from getDataValidations are exposed services: their calls are counted', () => {
    const { app, sheet, env } = setup();
    sheet.getRange('A2').setDataValidation(app.newDataValidation().requireDate().build());
    const rule = sheet.getRange('A2:A3').getDataValidations()[0][0]!;
    rule.getCriteriaType();
    expect(env.counter.get('DataValidation.getCriteriaType')).toBe(1);
    expect((rule as unknown as Record<string, unknown>)._data).toBeUndefined();
  });

  test('clearDataValidations and setDataValidation(null) remove rules', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireDate().build();
    sheet.getRange('A1:A3').setDataValidation(rule);
    sheet.getRange('A1').clearDataValidations();
    sheet.getRange('A2').setDataValidation(null);
    expect(
      sheet
        .getRange('A1:A3')
        .getDataValidations()
        .map((r) => r[0] !== null),
    ).toEqual([false, false, true]);
  });

  test('equal rules share one entry in the sheet rule table', () => {
    const { app, sheet, state } = setup();
    sheet.getRange('A1:A500').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('B1:B500').setDataValidation(app.newDataValidation().requireDate().build());
    sheet.getRange('C1').setDataValidation(app.newDataValidation().requireDate().setAllowInvalid(false).build());
    expect(Object.keys(state.sheets[0].validationRules)).toHaveLength(2);
  });

  test('script writes are not checked against rules', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false).build());
    sheet.getRange('A1').setValue(99);
    expect(sheet.getRange('A1').getValue()).toBe(99);
  });
});

describe('checkValidation (for the playground)', () => {
  test('rejects a value outside a strict list with the default message or the help text', () => {
    const { app, sheet, state } = setup();
    sheet
      .getRange('A1')
      .setDataValidation(app.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build());
    sheet
      .getRange('A2')
      .setDataValidation(
        app.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).setHelpText('Только да или нет').build(),
      );
    const s = state.sheets[0];
    expect(checkValidation(s, 1, 1, 'да', state)).toBeNull();
    expect(checkValidation(s, 1, 1, 'может быть', state)).toBe('Input must be an item on the specified list');
    expect(checkValidation(s, 2, 1, 'может быть', state)).toBe('Только да или нет');
    expect(checkValidation(s, 1, 1, '', state)).toBeNull();
    expect(checkValidation(s, 3, 1, 'anything', state)).toBeNull();
  });

  test('a rule that allows invalid input never rejects', () => {
    const { app, sheet, state } = setup();
    sheet.getRange('A1').setDataValidation(app.newDataValidation().requireValueInList(['x']).build());
    expect(checkValidation(state.sheets[0], 1, 1, 'y', state)).toBeNull();
  });

  test('value-in-range reads the current values of the referenced range, also on another sheet', () => {
    const { app, ss, sheet, state } = setup();
    const vocab = ss.insertSheet('Справочники');
    vocab.getRange('A1:A3').setValues([['Роли'], ['Наставник'], ['Наставляемый']]);
    const rule = app.newDataValidation().requireValueInRange(vocab.getRange('A2:A10'), true).setAllowInvalid(false).build();
    sheet.getRange('B2').setDataValidation(rule);
    const s = state.sheets[0];
    expect(checkValidation(s, 2, 2, 'Наставник', state)).toBeNull();
    expect(checkValidation(s, 2, 2, 'Куратор', state)).toBe('Input must fall within specified range');
    vocab.getRange('A4').setValue('Куратор');
    expect(checkValidation(s, 2, 2, 'Куратор', state)).toBeNull();
    expect(() => checkValidation(s, 2, 2, 'Куратор')).toThrow(/another sheet/);
  });

  test('date, number and checkbox rules check the parsed input', () => {
    const { app, sheet, state } = setup();
    const strict = () => app.newDataValidation().setAllowInvalid(false);
    sheet.getRange('A1').setDataValidation(strict().requireDate().build());
    sheet.getRange('A2').setDataValidation(strict().requireNumberBetween(1, 10).build());
    sheet.getRange('A3').setDataValidation(strict().requireNumberGreaterThanOrEqualTo(0).build());
    sheet.getRange('A4').setDataValidation(strict().requireCheckbox().build());
    const s = state.sheets[0];
    expect(checkValidation(s, 1, 1, '01.09.2026', state)).toBeNull();
    expect(checkValidation(s, 1, 1, msk(2026, 9, 1), state)).toBeNull();
    expect(checkValidation(s, 1, 1, 'завтра', state)).toBe('Input must be a valid date');
    expect(checkValidation(s, 2, 1, '5', state)).toBeNull();
    expect(checkValidation(s, 2, 1, '11', state)).toBe('Input must be a number between 1 and 10');
    expect(checkValidation(s, 3, 1, '-1', state)).toBe('Input must be a number greater than or equal to 0');
    expect(checkValidation(s, 4, 1, 'TRUE', state)).toBeNull();
    expect(checkValidation(s, 4, 1, 'да', state)).not.toBeNull();
  });

  test('applyUserEdit stores allowed input and refuses the rest', () => {
    const { app, sheet, state } = setup();
    sheet.getRange('A1:A2').setDataValidation(app.newDataValidation().requireNumberBetween(1, 5).setAllowInvalid(false).build());
    expect(applyUserEdit(state, 'Лист1', 1, 1, '3')).toBeNull();
    expect(applyUserEdit(state, 'Лист1', 2, 1, '9')).toBe('Input must be a number between 1 and 5');
    expect(gridValues(state, 'Лист1', 'A1:A2')).toEqual([[3], ['']]);
  });
});

describe('protection', () => {
  test('Range.protect creates a RANGE protection with Google defaults; setters chain', () => {
    const { app, sheet, state, env } = setup();
    const p = sheet.getRange('A1:C1').protect();
    expect(p.getDescription()).toBe('');
    expect(p.isWarningOnly()).toBe(false);
    p.setDescription('Шапка').setWarningOnly(true);
    const [again] = sheet.getProtections(app.ProtectionType.RANGE);
    expect(again.getDescription()).toBe('Шапка');
    expect(again.isWarningOnly()).toBe(true);
    expect(again.getRange().getA1Notation()).toBe('A1:C1');
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toEqual([]);
    expect(state.sheets[0].protections).toMatchObject([
      { type: 'RANGE', range: { row: 1, column: 1, numRows: 1, numColumns: 3 }, description: 'Шапка', warningOnly: true },
    ]);
    expect(env.counter.get('Protection.setDescription')).toBe(1);
  });

  test('remove deletes the protection', () => {
    const { app, sheet } = setup();
    sheet.getRange('A1').protect();
    sheet.getRange('B1').protect();
    sheet.getProtections(app.ProtectionType.RANGE)[0].remove();
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation())).toEqual(['B1']);
  });

  test('a SHEET protection from the state covers the whole sheet', () => {
    const { app, sheet, state } = setup();
    state.sheets[0].protections.push({ id: 'p0', type: 'SHEET', range: null, description: 'лист', warningOnly: false });
    const [p] = sheet.getProtections(app.ProtectionType.SHEET);
    expect(p.getRange().getA1Notation()).toBe('A1:Z1000');
  });
});

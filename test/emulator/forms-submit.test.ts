import { cellAt, Emulator, FormSubmitError, gridDisplayValues, gridValues } from '../../emulator';
import { isDate } from '../../emulator/core';
import type { FormAppPort, FormPort } from '../../src/gas/ports';
import { closable, msk } from './forms-fixture';

const SHEET = 'Ответы на форму (1)';

/** A form with one item of every answerable kind, linked to the spreadsheet. */
function mentoringForm(FormApp: FormAppPort, spreadsheetId: string, collectEmail = true): FormPort {
  const form = FormApp.create('Анкета', true).setCollectEmail(collectEmail);
  form.addTextItem().setTitle('ФИО').setRequired(true);
  form.addParagraphTextItem().setTitle('Комментарий');
  form.addMultipleChoiceItem().setTitle('Роль').setChoiceValues(['Наставник', 'Наставляемый']).showOtherOption(true);
  form
    .addCheckboxItem()
    .setTitle('Темы')
    .setChoiceValues(['Методика', 'Классное руководство', 'Документы'])
    .showOtherOption(true);
  form.addListItem().setTitle('Кафедра').setChoiceValues(['Математика', 'История']);
  form.addScaleItem().setTitle('Оценка').setBounds(1, 5);
  form.addDateItem().setTitle('Дата встречи');
  form.addGridItem().setTitle('Встречи').setRows(['Сентябрь', 'Октябрь']).setColumns(['Да', 'Нет']);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  return form;
}

const FULL_ANSWERS = {
  ФИО: '=IMPORTXML("https://evil.example", "//a")',
  Комментарий: "'007 и 3,5",
  Роль: 'Наставник',
  Темы: ['Документы', 'Методика'],
  Кафедра: 'История',
  Оценка: 4,
  'Дата встречи': msk(2026, 9, 15),
  Встречи: { Сентябрь: 'Да', Октябрь: 'Нет' },
};

describe('submitting a response', () => {
  test('appends a row as Google does: timestamp, e-mail, answers; text is kept verbatim', () => {
    const emu = new Emulator();
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id);
    emu.env.clock.advance(60_000);
    const result = emu.submitForm(form.getId(), FULL_ANSWERS, { email: 'teacher@school.example' });
    expect(result.row).toBe(2);
    const ss = emu.state.spreadsheet;
    const [row] = gridValues(ss, SHEET, 'A2:L2');
    expect(isDate(row[0]) && (row[0] as Date).getTime()).toBe(emu.env.clock.now());
    expect(row.slice(1)).toEqual([
      'teacher@school.example',
      '=IMPORTXML("https://evil.example", "//a")',
      "'007 и 3,5",
      'Наставник',
      'Методика, Документы', // the form's choice order
      'История',
      4,
      msk(2026, 9, 15),
      'Да',
      'Нет',
      '',
    ]);
    // A formula-looking answer is a string, not a formula (Forms never writes formulas).
    expect(cellAt(ss, SHEET, 'C2')).toEqual({ v: '=IMPORTXML("https://evil.example", "//a")' });
    expect(cellAt(ss, SHEET, 'C2')!.f).toBeUndefined();
    expect(gridDisplayValues(ss, SHEET, 'A2:J2')[0]).toEqual([
      '01.09.2026 9:01:00',
      'teacher@school.example',
      '=IMPORTXML("https://evil.example", "//a")',
      "'007 и 3,5",
      'Наставник',
      'Методика, Документы',
      'История',
      '4',
      '15.09.2026',
      'Да',
    ]);
  });

  test('keeps the response with the form, by item, and a second one goes to the next row', () => {
    const emu = new Emulator();
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id, false);
    emu.submitForm(form.getId(), { ФИО: 'Анна' });
    const byId = String(form.getItems()[0].getId());
    expect(emu.submitForm(form.getId(), { [byId]: 'Борис', Оценка: 5 }).row).toBe(3);
    const stored = emu.state.forms.forms[form.getId()].responses;
    expect(stored).toHaveLength(2);
    expect(stored[1]).toMatchObject({
      email: null,
      row: 3,
      answers: [
        { itemId: Number(byId), response: 'Борис' },
        { itemId: form.getItems()[5].getId(), response: '5' },
      ],
    });
    expect(stored[1].id).toMatch(/^2_[A-Za-z0-9_-]{60}$/);
    expect(stored[1].timestamp).toBeInstanceOf(Date);
    expect(gridValues(emu.state.spreadsheet, SHEET, 'B2:B3')).toEqual([['Анна'], ['Борис']]);
  });

  test('a form without a destination stores the response only', () => {
    const emu = new Emulator();
    const form = emu.globals.FormApp.create('Без таблицы', true);
    form.addTextItem().setTitle('ФИО');
    expect(emu.submitForm(form.getId(), { ФИО: 'Анна' })).toEqual({ row: null, event: null, handlers: [] });
    expect(emu.state.forms.forms[form.getId()].responses).toHaveLength(1);
    expect(emu.state.spreadsheet.sheets).toHaveLength(1);
  });

  test('refuses what the form page refuses, with a clear emulator error', () => {
    const emu = new Emulator();
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id);
    const id = form.getId();
    const email = { email: 'teacher@school.example' };
    const cases: [Record<string, unknown>, { email?: string }, RegExp][] = [
      [{}, email, /required question\(s\) not answered: "ФИО"/],
      [{ ФИО: 'А' }, {}, /collects e-mails/],
      [{ ФИО: 'А', Кафедра: 'Физика' }, email, /not one of the choices/],
      [{ ФИО: 'А', Темы: ['Свои', 'Ещё свои'] }, email, /only one "Other"/],
      [{ ФИО: 'А', Оценка: 6 }, email, /integer from 1 to 5/],
      [{ ФИО: 'А', Встречи: { Ноябрь: 'Да' } }, email, /no row "Ноябрь"/],
      [{ ФИО: 'А', 'Нет такого': 'x' }, email, /no question "Нет такого"/],
      [{ ФИО: 42 }, email, /expected a string/],
    ];
    for (const [answers, options, message] of cases) {
      expect(() => emu.submitForm(id, answers as never, options)).toThrow(message);
    }
    expect(() => emu.submitForm(id, { ФИО: 'А' }, email)).not.toThrow();
    // "Other" is allowed where the item shows it.
    expect(() => emu.submitForm(id, { ФИО: 'А', Роль: 'Куратор', Темы: ['Своя тема'] }, email)).not.toThrow();
    expect(() => emu.submitForm('1nope', {}, email)).toThrow(FormSubmitError);
    closable(form).setAcceptingResponses(false);
    expect(() => emu.submitForm(id, { ФИО: 'А' }, email)).toThrow(/not accepting responses$/);
    form.setCustomClosedFormMessage('Анкета закрыта.');
    expect(() => emu.submitForm(id, { ФИО: 'А' }, email)).toThrow(/not accepting responses; the page says: Анкета закрыта\.$/);
    closable(form).setAcceptingResponses(true);
    form.setPublished(false);
    expect(() => emu.submitForm(id, { ФИО: 'А' }, email)).toThrow(/not published/);
    const plain = emu.globals.FormApp.create('Без почты', true);
    expect(() => emu.submitForm(plain.getId(), {}, email)).toThrow(/does not collect e-mails/);
    expect(emu.state.forms.forms[id].responses).toHaveLength(2);
  });

  test('a required grid needs an answer in every row', () => {
    const emu = new Emulator();
    const form = emu.globals.FormApp.create('Сетка', true);
    form.addGridItem().setTitle('Встречи').setRows(['Сентябрь', 'Октябрь']).setColumns(['Да', 'Нет']).setRequired(true);
    expect(() => emu.submitForm(form.getId(), { Встречи: { Сентябрь: 'Да' } })).toThrow(/every row/);
    expect(() => emu.submitForm(form.getId(), { Встречи: { Сентябрь: 'Да', Октябрь: 'Нет' } })).not.toThrow();
  });
});

const BUNDLE = `
function installTrigger() {
  ScriptApp.newTrigger('recordSubmit').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
}
function recordSubmit(e) {
  var uiError = '';
  try { SpreadsheetApp.getUi(); } catch (err) { uiError = String(err && err.message); }
  PropertiesService.getDocumentProperties().setProperty('event', JSON.stringify({
    keys: Object.keys(e).sort(),
    authMode: String(e.authMode),
    isFull: e.authMode === ScriptApp.AuthMode.FULL,
    namedValues: e.namedValues,
    values: e.values,
    valuesIsArray: Array.isArray(e.values),
    triggerUid: e.triggerUid,
    a1: e.range.getA1Notation(),
    sheet: e.range.getSheet().getName(),
    source: e.source.getId(),
    firstCell: e.range.getValues()[0][0] instanceof Date,
    uiError: uiError
  }));
}
`;

describe("the spreadsheet's form-submit trigger", () => {
  test('fires without UI, with the event object Google sends', () => {
    const emu = new Emulator().load(BUNDLE);
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id);
    emu.call('installTrigger');
    const uid = emu.state.script.triggers[0].uniqueId;
    const formId = form.getId();
    emu.resetCounts();
    const result = emu.submitForm(formId, FULL_ANSWERS, { email: 'teacher@school.example' });
    expect(result.handlers).toEqual(['recordSubmit']);
    expect(result.event!.triggerUid).toBe(uid);
    const seen = JSON.parse(emu.state.properties.document!.event);
    const values = [
      '01.09.2026 9:00:00',
      'teacher@school.example',
      '=IMPORTXML("https://evil.example", "//a")',
      "'007 и 3,5",
      'Наставник',
      'Методика, Документы',
      'История',
      '4',
      '15.09.2026',
      'Да',
      'Нет',
    ];
    expect(seen).toEqual({
      keys: ['authMode', 'namedValues', 'range', 'source', 'triggerUid', 'values'],
      authMode: 'FULL',
      isFull: true,
      namedValues: {
        'Отметка времени': [values[0]],
        'Адрес электронной почты': [values[1]],
        ФИО: [values[2]],
        Комментарий: [values[3]],
        Роль: [values[4]],
        Темы: [values[5]],
        Кафедра: [values[6]],
        Оценка: [values[7]],
        'Дата встречи': [values[8]],
        'Встречи [Сентябрь]': [values[9]],
        'Встречи [Октябрь]': [values[10]],
      },
      values,
      valuesIsArray: true,
      triggerUid: uid,
      a1: 'A2:K2',
      sheet: SHEET,
      source: emu.state.spreadsheet.id,
      firstCell: true,
      uiError: 'Cannot call SpreadsheetApp.getUi() from this context.',
    });
    // Only the handler's own calls are counted: building the event costs the add-on nothing.
    expect(emu.counts()).toEqual({
      'Properties.setProperty': 1,
      'PropertiesService.getDocumentProperties': 1,
      'Range.getA1Notation': 1,
      'Range.getSheet': 1,
      'Range.getValues': 1,
      'Sheet.getName': 1,
      'Spreadsheet.getId': 1,
      'SpreadsheetApp.getUi': 1,
    });
  });

  test("every installed trigger runs (each user's own); a failing one does not stop the next, its error comes after", () => {
    const code = `
      function failing(e) { e.values.push('changed'); throw new Error('boom'); }
      function counting(e) {
        PropertiesService.getDocumentProperties().setProperty('seen', String(e.values.length) + ' ' + e.triggerUid);
      }
      function installFailing() {
        ScriptApp.newTrigger('failing').forSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).onFormSubmit().create();
      }
      function installCounting() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        ScriptApp.newTrigger('counting').forSpreadsheet(ss).onFormSubmit().create();
        ScriptApp.newTrigger('counting').forSpreadsheet(ss).onEdit().create();
      }
    `;
    // An add-on has one trigger of each type per user per document: the second is another user's.
    const first = new Emulator().load(code);
    const form = mentoringForm(first.globals.FormApp, first.state.spreadsheet.id, false);
    first.call('installFailing');
    const deputy = new Emulator({ snapshot: first.snapshot(), userEmail: 'deputy@school.example' }).load(code);
    deputy.call('installCounting');
    const emu = new Emulator({ snapshot: deputy.snapshot() }).load(code);
    expect(() => emu.submitForm(form.getId(), { ФИО: 'Анна' })).toThrow('boom');
    const second = emu.state.script.triggers[1].uniqueId;
    expect(emu.state.properties.document!.seen).toBe(`10 ${second}`);
    expect(emu.state.forms.forms[form.getId()].responses).toHaveLength(1);
  });

  test('no trigger, no call: the event is still reported, with an empty triggerUid', () => {
    const emu = new Emulator();
    const formId = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id, false).getId();
    emu.resetCounts();
    const { event, handlers } = emu.submitForm(formId, { ФИО: 'Анна' });
    expect(handlers).toEqual([]);
    expect(event).toMatchObject({ authMode: 'FULL', triggerUid: '', values: expect.arrayContaining(['Анна']) });
    expect(emu.counts()).toEqual({});
  });
});

describe('snapshots', () => {
  test('forms, Drive and responses survive a snapshot round trip', () => {
    const emu = new Emulator();
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id);
    emu.submitForm(form.getId(), FULL_ANSWERS, { email: 'teacher@school.example' });
    const saved = emu.snapshot();
    const again = new Emulator({ snapshot: saved });
    expect(again.snapshot()).toBe(saved);
    expect(again.state.forms).toEqual(emu.state.forms);
    expect(again.state.drive).toEqual(emu.state.drive);
    expect(again.state.forms.forms[form.getId()].responses[0].timestamp).toBeInstanceOf(Date);
    const reopened = again.globals.FormApp.openById(form.getId());
    expect(reopened.getItems().map((i) => i.getTitle())).toEqual(form.getItems().map((i) => i.getTitle()));
    expect(again.globals.SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getFormUrl()).toBe(form.getEditUrl());
    expect(again.globals.DriveApp.getFileById(form.getId()).getName()).toBe('Анкета');
    // Ids continue from the saved counters: the next form is new in both.
    const next = again.globals.FormApp.create('Ещё', true).getId();
    expect(next).toBe(emu.globals.FormApp.create('Ещё', true).getId());
    expect(next).not.toBe(form.getId());
    expect(again.submitForm(form.getId(), { ФИО: 'Борис' }, { email: 'b@school.example' }).row).toBe(3);
  });

  test('a snapshot from before forms and Drive existed restores with empty ones', () => {
    const old = JSON.parse(new Emulator().snapshot());
    delete old.forms;
    delete old.drive;
    const emu = new Emulator({ snapshot: JSON.stringify(old) });
    expect(emu.state.forms).toEqual({ forms: {}, nextSeq: 1 });
    expect(emu.globals.FormApp.create('Анкета', false).getTitle()).toBe('Анкета');
    expect(emu.globals.DriveApp.getFileById(emu.state.spreadsheet.id).getName()).toBe('Реестр наставничества');
  });
});

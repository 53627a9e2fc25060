import { GasException } from '../../emulator/core';
import { Emulator, gridValues } from '../../emulator';
import type { FormAppPort, FormPort } from '../../src/gas/ports';
import { msk } from './forms-fixture';

const SHEET = 'Ответы на форму (1)';

function mentoringForm(FormApp: FormAppPort, spreadsheetId: string, collectEmail = true): FormPort {
  const form = FormApp.create('Анкета', true).setCollectEmail(collectEmail);
  form.addTextItem().setTitle('ФИО').setRequired(true);
  form.addParagraphTextItem().setTitle('Комментарий');
  form.addSectionHeaderItem().setTitle('О встречах');
  form.addMultipleChoiceItem().setTitle('Роль').setChoiceValues(['Наставник', 'Наставляемый']);
  form.addCheckboxItem().setTitle('Темы').setChoiceValues(['Методика', 'Документы']);
  form.addScaleItem().setTitle('Оценка').setBounds(1, 5);
  form.addDateItem().setTitle('Дата встречи');
  form.addGridItem().setTitle('Встречи').setRows(['Сентябрь', 'Октябрь']).setColumns(['Да', 'Нет']);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, spreadsheetId);
  return form;
}

/** Google's ItemResponse and FormResponse have these; the ports leave them out. */
type WithItem = { getItem(): { getTitle(): string } };
type WithTimestamp = { getTimestamp(): Date | null };

describe('Form.getResponses', () => {
  test('the submitted responses, oldest first, with ids, e-mails and item responses', () => {
    const emu = new Emulator();
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id);
    emu.submitForm(
      form.getId(),
      {
        ФИО: 'Анна Петрова',
        Роль: 'Наставник',
        Темы: ['Документы', 'Методика'],
        Оценка: 4,
        'Дата встречи': msk(2026, 9, 15),
        Встречи: { Октябрь: 'Да' },
      },
      { email: 'anna@school.example' },
    );
    emu.env.clock.advance(60_000);
    emu.submitForm(form.getId(), { ФИО: 'Борис' }, { email: 'boris@school.example' });
    const responses = form.getResponses();
    const stored = emu.state.forms.forms[form.getId()].responses;
    expect(responses.map((r) => r.getId())).toEqual(stored.map((r) => r.id));
    expect(responses.map((r) => r.getRespondentEmail())).toEqual(['anna@school.example', 'boris@school.example']);
    expect((responses[1] as unknown as WithTimestamp).getTimestamp()!.getTime()).toBe(emu.env.clock.now());
    // In item order; checkboxes and grids as arrays ('' for an unanswered grid row), a scale as text.
    const first = responses[0].getItemResponses();
    expect(first.map((r) => (r as unknown as WithItem).getItem().getTitle())).toEqual([
      'ФИО',
      'Комментарий',
      'Роль',
      'Темы',
      'Оценка',
      'Дата встречи',
      'Встречи',
    ]);
    expect(first.map((r) => r.getResponse())).toEqual([
      'Анна Петрова',
      '', // an unanswered paragraph item is listed with '' (documented)
      'Наставник',
      ['Методика', 'Документы'],
      '4',
      '2026-09-15',
      ['', 'Да'],
    ]);
    // Unanswered text and date items come with ''; other unanswered items are left out.
    expect(
      responses[1].getItemResponses().map((r) => [(r as unknown as WithItem).getItem().getTitle(), r.getResponse()]),
    ).toEqual([
      ['ФИО', 'Борис'],
      ['Комментарий', ''],
      ['Дата встречи', ''],
    ]);
  });

  test("a form that doesn't collect e-mails gives '' as the e-mail; a response being built gives null", () => {
    const emu = new Emulator();
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id, false);
    emu.submitForm(form.getId(), { ФИО: 'Анна' });
    expect(form.getResponses()[0].getRespondentEmail()).toBe('');
    const draft = form.createResponse();
    expect(draft.getId()).toBeNull();
    expect(draft.getRespondentEmail()).toBeNull();
    expect((draft as unknown as WithTimestamp).getTimestamp()).toBeNull();
    const name = form.getItems()[0].asTextItem();
    expect(
      draft
        .withItemResponse(name.createResponse('Вера'))
        .getItemResponses()
        .map((r) => r.getResponse()),
    ).toEqual(['Вера', '', '']);
    expect((name.createResponse('Вера') as unknown as WithItem).getItem().getTitle()).toBe('ФИО');
  });

  test('a submitted response cannot be changed; responses read back are values', () => {
    const emu = new Emulator();
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id);
    emu.submitForm(form.getId(), { ФИО: 'Анна', Темы: ['Методика'] }, { email: 'a@school.example' });
    const [response] = form.getResponses();
    const name = form.getItems()[0].asTextItem();
    expect(() => response.withItemResponse(name.createResponse('Другое имя'))).toThrow(GasException);
    const topics = response.getItemResponses()[2].getResponse() as string[];
    topics.push('Документы');
    expect(form.getResponses()[0].getItemResponses()[2].getResponse()).toEqual(['Методика']);
    expect(response.toPrefilledUrl()).toContain(`entry.${name.getId()}=%D0%90%D0%BD%D0%BD%D0%B0`);
  });

  test('the add-on reads responses from inside the vm', () => {
    const emu = new Emulator();
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id);
    emu.submitForm(form.getId(), { ФИО: 'Анна', Темы: ['Методика', 'Документы'] }, { email: 'a@school.example' });
    emu.load(`
      function read(id) {
        var r = FormApp.openById(id).getResponses()[0];
        var topics = r.getItemResponses()[2].getResponse();
        return [r.getRespondentEmail(), topics instanceof Array, topics.join('|')];
      }`);
    expect(emu.call('read', [form.getId()])).toEqual(['a@school.example', true, 'Методика|Документы']);
    expect(emu.counts()).toMatchObject({
      'Form.getResponses': 1,
      'FormResponse.getItemResponses': 1,
      'ItemResponse.getResponse': 1,
    });
  });
});

describe('Form.deleteResponse', () => {
  test("removes the response from the form's store but not from the response sheet (documented)", () => {
    const emu = new Emulator();
    const form = mentoringForm(emu.globals.FormApp, emu.state.spreadsheet.id);
    emu.submitForm(form.getId(), { ФИО: 'Анна' }, { email: 'anna@school.example' });
    emu.submitForm(form.getId(), { ФИО: 'Борис' }, { email: 'boris@school.example' });
    const [anna, boris] = form.getResponses();
    expect(form.deleteResponse(anna.getId()).getId()).toBe(form.getId());
    expect(form.getResponses().map((r) => r.getId())).toEqual([boris.getId()]);
    expect(emu.state.forms.forms[form.getId()].responses.map((r) => r.email)).toEqual(['boris@school.example']);
    // The copy in the spreadsheet stays: the add-on must clear that row itself.
    expect(gridValues(emu.state.spreadsheet, SHEET, 'B2:C3')).toEqual([
      ['anna@school.example', 'Анна'],
      ['boris@school.example', 'Борис'],
    ]);
    expect(() => form.deleteResponse(anna.getId())).toThrow(GasException);
    expect(() => form.deleteResponse('2_nope')).toThrow(`No response with ID 2_nope exists for this form.`);
    // A response submitted after a deletion gets the next sheet row, as before.
    expect(emu.submitForm(form.getId(), { ФИО: 'Вера' }, { email: 'vera@school.example' }).row).toBe(4);
  });
});

describe('File.setTrashed and File.setName', () => {
  test('a trashed file is still found by id, says so, and its document still opens', () => {
    const emu = new Emulator();
    const { DocumentApp, DriveApp } = emu.globals;
    const doc = DocumentApp.create('Отчёт');
    doc.getBody().appendParagraph('Анна Петрова');
    const file = DriveApp.getFileById(doc.getId());
    expect(file.setTrashed(true).isTrashed()).toBe(true);
    expect(DriveApp.getFileById(doc.getId()).isTrashed()).toBe(true);
    expect(emu.state.drive.files.find((f) => f.id === doc.getId())!.trashed).toBe(true);
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toContain('Анна Петрова');
    file.setTrashed(false);
    expect(DriveApp.getFileById(doc.getId()).isTrashed()).toBe(false);
  });

  test("renaming a document's or the spreadsheet's file renames them; a form keeps its title", () => {
    const emu = new Emulator();
    const { DocumentApp, DriveApp, FormApp, SpreadsheetApp } = emu.globals;
    const doc = DocumentApp.create('Отчёт');
    DriveApp.getFileById(doc.getId()).setName('Отчёт (обезличен)');
    expect(DocumentApp.openById(doc.getId()).getName()).toBe('Отчёт (обезличен)');
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    DriveApp.getFileById(ss.getId()).setName('Реестр 2026');
    expect(ss.getName()).toBe('Реестр 2026');
    const form = FormApp.create('Анкета', false);
    DriveApp.getFileById(form.getId()).setName('Анкета (архив)');
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Анкета');
    expect(DriveApp.getFileById(form.getId()).getName()).toBe('Анкета (архив)');
    expect(() => DriveApp.getFileById(doc.getId()).setName('')).toThrow(GasException);
  });
});

import { GasException } from '../../emulator/core';
import { gridValues, NO_ITEM_MESSAGE, sheetState } from '../../emulator';
import { emulator } from './forms-fixture';

const RU_SHEET = 'Ответы на форму (1)';

describe('the response sheet', () => {
  test('removeDestination unlinks the form; the sheet stays with its rows and no longer points at the form', () => {
    const { FormApp, SpreadsheetApp, ss } = emulator();
    const form = FormApp.create('Анкета', true);
    form.addTextItem().setTitle('ФИО');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.id);
    expect(form.removeDestination()).toBeDefined();
    expect(() => form.getDestinationId()).toThrow(GasException);
    const [sheet] = SpreadsheetApp.getActiveSpreadsheet().getSheets();
    expect(sheet.getName()).toBe(RU_SHEET);
    expect(sheet.getFormUrl()).toBeNull();
    expect(gridValues(ss, RU_SHEET)).toEqual([['Отметка времени', 'ФИО']]);
  });

  test("setDestination adds «Ответы на форму (1)» as the first tab with Google's header row", () => {
    const { emu, FormApp, SpreadsheetApp, ss } = emulator();
    const form = FormApp.create('Анкета', true).setCollectEmail(true);
    form.addTextItem().setTitle('ФИО');
    form.addSectionHeaderItem().setTitle('Раздел без колонки');
    form.addGridItem().setTitle('Встречи').setRows(['Сентябрь', 'Октябрь']).setColumns(['Да', 'Нет']);
    form.addPageBreakItem().setTitle('Страница');
    form.addScaleItem().setTitle('Оценка');
    expect(() => form.getDestinationId()).toThrow(GasException);

    expect(form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.id)).toBeDefined();
    expect(form.getDestinationId()).toBe(ss.id);
    expect(ss.sheets.map((s) => s.name)).toEqual([RU_SHEET, 'Лист1']);
    expect(gridValues(ss, RU_SHEET)).toEqual([
      ['Отметка времени', 'Адрес электронной почты', 'ФИО', 'Встречи [Сентябрь]', 'Встречи [Октябрь]', 'Оценка'],
    ]);
    expect(sheetState(ss, RU_SHEET).frozenRows).toBe(1);

    const sheets = SpreadsheetApp.getActiveSpreadsheet().getSheets();
    expect(sheets[0].getFormUrl()).toBe(form.getEditUrl());
    expect(sheets[1].getFormUrl()).toBeNull();
    expect(emu.state.forms.forms[form.getId()].responseSheetId).toBe(sheets[0].getSheetId());
  });

  test('a second form gets «Ответы на форму (2)», again first; the same destination twice keeps one sheet', () => {
    const { FormApp, ss } = emulator();
    const first = FormApp.create('Первая', true);
    first.setDestination(FormApp.DestinationType.SPREADSHEET, ss.id);
    first.setDestination(FormApp.DestinationType.SPREADSHEET, ss.id);
    FormApp.create('Вторая', true).setDestination(FormApp.DestinationType.SPREADSHEET, ss.id);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Ответы на форму (2)', RU_SHEET, 'Лист1']);
  });

  test('an English spreadsheet gets "Form Responses 1" with English headers', () => {
    const { FormApp, ss } = emulator({ locale: 'en_US' });
    const form = FormApp.create('Survey', true).setCollectEmail(true);
    form.addTextItem().setTitle('Name');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.id);
    expect(ss.sheets.map((s) => s.name)).toEqual(['Form Responses 1', 'Sheet1']);
    expect(gridValues(ss, 'Form Responses 1')).toEqual([['Timestamp', 'Email Address', 'Name']]);
  });

  test('renaming an item renames its column; a new item or grid row gets a column at the end', () => {
    const { FormApp, ss } = emulator();
    const form = FormApp.create('Анкета', true);
    const name = form.addTextItem().setTitle('ФИО');
    const grid = form.addGridItem().setTitle('Встречи').setRows(['Сентябрь']).setColumns(['Да', 'Нет']);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.id);
    name.setTitle('ФИО наставника');
    form.getItemById(grid.getId())!.asGridItem().setTitle('Визиты');
    form.addListItem().setTitle('Кафедра');
    grid.setRows(['Сентябрь', 'Октябрь']);
    form.setCollectEmail(true);
    expect(gridValues(ss, RU_SHEET)).toEqual([
      ['Отметка времени', 'ФИО наставника', 'Визиты [Сентябрь]', 'Кафедра', 'Визиты [Октябрь]', 'Адрес электронной почты'],
    ]);
  });

  test("a column the user added after the form's columns moves right for a new question", () => {
    const { FormApp, SpreadsheetApp, ss } = emulator();
    const form = FormApp.create('Анкета', true);
    form.addTextItem().setTitle('ФИО');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.id);
    SpreadsheetApp.getActiveSpreadsheet().getSheetByName(RU_SHEET)!.getRange('C1').setValue('Статус');
    form.addTextItem().setTitle('Школа');
    expect(gridValues(ss, RU_SHEET)).toEqual([['Отметка времени', 'ФИО', 'Школа', 'Статус']]);
  });

  test('a header is text even when a title looks like a formula or a number', () => {
    const { FormApp, ss } = emulator();
    const form = FormApp.create('Анкета', true);
    form.addTextItem().setTitle('=1+1');
    form.addTextItem().setTitle('2026');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.id);
    const row = sheetState(ss, RU_SHEET).cells[0]!;
    expect(row[1]).toEqual({ v: '=1+1' });
    expect(row[2]).toEqual({ v: '2026' });
  });

  test('another spreadsheet id is unknown here; a bad type is refused', () => {
    const { FormApp, ss } = emulator();
    const form = FormApp.create('Анкета', true);
    expect(() => form.setDestination(FormApp.DestinationType.SPREADSHEET, '1other')).toThrow(NO_ITEM_MESSAGE);
    expect(() => form.setDestination('SHEET' as never, ss.id)).toThrow(GasException);
    expect(ss.sheets).toHaveLength(1);
  });
});

import { GasException } from '../../emulator/core';
import { NO_ITEM_MESSAGE } from '../../emulator';
import { emulator, msk } from './forms-fixture';

describe('FormApp enums', () => {
  test('ItemType and DestinationType are frozen, their members are their names', () => {
    const { FormApp } = emulator();
    expect(FormApp.ItemType.TEXT).toBe('TEXT');
    expect(FormApp.ItemType.MULTIPLE_CHOICE).toBe('MULTIPLE_CHOICE');
    expect(Object.keys(FormApp.ItemType)).toEqual(
      expect.arrayContaining(['CHECKBOX', 'DATE', 'GRID', 'LIST', 'PAGE_BREAK', 'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER']),
    );
    expect({ ...FormApp.DestinationType }).toEqual({ SPREADSHEET: 'SPREADSHEET' });
    expect(Object.isFrozen(FormApp.ItemType)).toBe(true);
    expect(Object.isFrozen(FormApp.DestinationType)).toBe(true);
  });
});

describe('creating and opening forms', () => {
  test("ids look like Google's, URLs are built from them, and runs are deterministic", () => {
    const a = emulator().FormApp.create('Анкета', true);
    const b = emulator().FormApp.create('Анкета', true);
    expect(a.getId()).toMatch(/^1[A-Za-z0-9_-]{43}$/);
    expect(a.getId()).toBe(b.getId());
    expect(a.getEditUrl()).toBe(`https://docs.google.com/forms/d/${a.getId()}/edit`);
    expect(a.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[A-Za-z0-9_-]{48}\/viewform$/);
    const { FormApp } = emulator();
    const one = FormApp.create('Один', false);
    const two = FormApp.create('Два', false);
    expect(one.getId()).not.toBe(two.getId());
    expect(one.getPublishedUrl()).not.toBe(two.getPublishedUrl());
  });

  test('publishing: unpublished unless asked, and an unpublished form accepts nothing', () => {
    const { FormApp } = emulator();
    const draft = FormApp.create('Черновик', false);
    expect(draft.isPublished()).toBe(false);
    expect(draft.isAcceptingResponses()).toBe(false);
    // The one-argument overload isn't in the port; called from plain JS it gives an unpublished form.
    const oneArg = (FormApp.create as unknown as (title: string) => typeof draft)('Без флага');
    expect(oneArg.isPublished()).toBe(false);
    const live = FormApp.create('Опубликована', true);
    expect(live.isPublished()).toBe(true);
    expect(live.isAcceptingResponses()).toBe(true);
    expect(draft.setPublished(true).isAcceptingResponses()).toBe(true);
    expect(draft.setPublished(false).isPublished()).toBe(false);
  });

  test('closing: accepting only while published, a publish change overwrites it, a closed form keeps its own message', () => {
    const { FormApp } = emulator();
    const draft = FormApp.create('Черновик', false);
    // Documented: setAcceptingResponses throws «if enabled on an unpublished form».
    expect(() => draft.setAcceptingResponses(true)).toThrow(GasException);
    expect(draft.setAcceptingResponses(false).isAcceptingResponses()).toBe(false);
    const live = FormApp.create('Анкета', true);
    expect(live.setAcceptingResponses(false).isAcceptingResponses()).toBe(false);
    expect(live.setPublished(true).isAcceptingResponses()).toBe(false); // the same publish state: nothing changes
    // «The state is overwritten when the publish state of the form is changed.»
    expect(live.setPublished(false).setPublished(true).isAcceptingResponses()).toBe(true);
    const form = FormApp.openById(live.getId()) as typeof live & { getCustomClosedFormMessage(): string };
    expect(form.getCustomClosedFormMessage()).toBe('');
    form.setAcceptingResponses(false).setCustomClosedFormMessage('Анкета закрыта.');
    expect(form.getCustomClosedFormMessage()).toBe('Анкета закрыта.');
  });

  test("an empty title is refused (documented), openById finds a form or throws Google's message", () => {
    const { FormApp } = emulator();
    expect(() => FormApp.create('', true)).toThrow(GasException);
    const form = FormApp.create('Анкета', true);
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Анкета');
    expect(() => FormApp.openById('1nope')).toThrow(NO_ITEM_MESSAGE);
    expect(() => FormApp.openById('toString')).toThrow(NO_ITEM_MESSAGE);
  });

  test('form settings round trip through the state', () => {
    const { emu, FormApp } = emulator();
    const form = FormApp.create('Анкета', true)
      .setTitle('Анкета наставника')
      .setDescription('Описание')
      .setCollectEmail(true)
      .setConfirmationMessage('Спасибо!')
      .setProgressBar(true)
      .setAllowResponseEdits(true);
    expect(form.getTitle()).toBe('Анкета наставника');
    expect(form.getDescription()).toBe('Описание');
    expect(form.collectsEmail()).toBe(true);
    expect(emu.state.forms.forms[form.getId()]).toMatchObject({
      confirmationMessage: 'Спасибо!',
      progressBar: true,
      allowResponseEdits: true,
      collectEmail: true,
      destination: null,
    });
  });
});

describe('items', () => {
  test('every item kind round-trips through getItems and as*Item', () => {
    const { FormApp } = emulator();
    const form = FormApp.create('Анкета', true);
    const text = form.addTextItem().setTitle('ФИО').setHelpText('Полностью').setRequired(true);
    form.addParagraphTextItem().setTitle('Комментарий');
    form.addMultipleChoiceItem().setTitle('Роль').setChoiceValues(['Наставник', 'Наставляемый']).showOtherOption(true);
    form.addCheckboxItem().setTitle('Темы').setChoiceValues(['Методика', 'Классное руководство']);
    form.addListItem().setTitle('Кафедра').setChoiceValues(['Математика', 'История']);
    form.addScaleItem().setTitle('Оценка').setBounds(0, 10).setLabels('плохо', 'отлично');
    form.addGridItem().setTitle('Встречи').setRows(['Сентябрь', 'Октябрь']).setColumns(['Да', 'Нет']);
    form.addDateItem().setTitle('Дата').setIncludesYear(false);
    form.addSectionHeaderItem().setTitle('Раздел');
    form.addPageBreakItem().setTitle('Страница 2');

    const items = form.getItems();
    expect(items.map((i) => i.getType())).toEqual([
      'TEXT',
      'PARAGRAPH_TEXT',
      'MULTIPLE_CHOICE',
      'CHECKBOX',
      'LIST',
      'SCALE',
      'GRID',
      'DATE',
      'SECTION_HEADER',
      'PAGE_BREAK',
    ]);
    expect(items.map((i) => i.getIndex())).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const ids = items.map((i) => i.getId());
    expect(new Set(ids).size).toBe(10);
    for (const id of ids) expect(Number.isSafeInteger(id) && id > 99_999_999).toBe(true);

    expect(items[0].asTextItem().getId()).toBe(text.getId());
    expect(items[0].asTextItem().isRequired()).toBe(true);
    expect(items[0].getHelpText()).toBe('Полностью');
    expect(items[1].asParagraphTextItem().getTitle()).toBe('Комментарий');
    const mc = items[2].asMultipleChoiceItem();
    expect(mc.getChoices().map((c) => c.getValue())).toEqual(['Наставник', 'Наставляемый']);
    expect(mc.hasOtherOption()).toBe(true);
    expect(items[3].asCheckboxItem().hasOtherOption()).toBe(false);
    expect(
      items[4]
        .asListItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Математика', 'История']);
    const scale = items[5].asScaleItem();
    expect([scale.getLowerBound(), scale.getUpperBound(), scale.getLeftLabel(), scale.getRightLabel()]).toEqual([
      0,
      10,
      'плохо',
      'отлично',
    ]);
    expect(items[6].asGridItem().getRows()).toEqual(['Сентябрь', 'Октябрь']);
    expect(items[6].asGridItem().getColumns()).toEqual(['Да', 'Нет']);
    expect(items[7].asDateItem().isRequired()).toBe(false);
    expect(items[8].getTitle()).toBe('Раздел');
  });

  test("new items have Google's defaults", () => {
    const { FormApp } = emulator();
    const form = FormApp.create('Анкета', true);
    const scale = form.addScaleItem();
    expect([scale.getLowerBound(), scale.getUpperBound(), scale.getLeftLabel()]).toEqual([1, 5, '']);
    const text = form.addTextItem();
    expect([text.getTitle(), text.getHelpText(), text.isRequired()]).toEqual(['', '', false]);
    expect(form.addCheckboxItem().getChoices()).toEqual([]);
  });

  test('as*Item on another kind throws as users quote Forms; getItemById is null for a missing id', () => {
    const { FormApp } = emulator();
    const form = FormApp.create('Анкета', true);
    const id = form.addTextItem().setTitle('ФИО').getId();
    const item = form.getItemById(id)!;
    expect(item.getTitle()).toBe('ФИО');
    expect(() => item.asListItem()).toThrow('Invalid conversion for item type: TEXT');
    expect(() => item.asScaleItem()).toThrow(GasException);
    expect(form.getItemById(12345)).toBeNull();
  });

  test('setBounds accepts lower 0 or 1 and upper 3..10 (documented), nothing else', () => {
    const { FormApp } = emulator();
    const scale = FormApp.create('Анкета', true).addScaleItem();
    expect(scale.setBounds(0, 3).getUpperBound()).toBe(3);
    expect(scale.setBounds(1, 10).getLowerBound()).toBe(1);
    for (const [lo, hi] of [
      [2, 5],
      [-1, 5],
      [1, 2],
      [1, 11],
      [0, 0],
    ]) {
      expect(() => scale.setBounds(lo, hi)).toThrow(GasException);
    }
    expect([scale.getLowerBound(), scale.getUpperBound()]).toEqual([1, 10]);
  });

  test('choices refresh in place: the item keeps its id and place', () => {
    const { FormApp } = emulator();
    const form = FormApp.create('Анкета', true);
    form.addTextItem().setTitle('ФИО');
    const list = form.addListItem().setTitle('Наставник').setChoiceValues(['Иванова']);
    const id = list.getId();
    form.getItemById(id)!.asListItem().setChoiceValues(['Иванова', 'Петров', 'Сидорова']);
    expect(form.getItems().map((i) => i.getId())[1]).toBe(id);
    expect(
      form
        .getItemById(id)!
        .asListItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Иванова', 'Петров', 'Сидорова']);
    expect(() => list.setChoiceValues([])).toThrow(GasException);
    const grid = form.addGridItem();
    expect(() => grid.setRows([])).toThrow(GasException);
    expect(() => grid.setColumns([])).toThrow(GasException);
  });
});

describe('item responses and pre-filled links', () => {
  test("createResponse checks values as documented and getResponse gives Google's shapes", () => {
    const { FormApp } = emulator();
    const form = FormApp.create('Анкета', true);
    const mc = form.addMultipleChoiceItem().setChoiceValues(['А', 'Б']);
    const cb = form.addCheckboxItem().setChoiceValues(['А', 'Б']);
    const list = form.addListItem().setChoiceValues(['А', 'Б']);
    const scale = form.addScaleItem().setBounds(1, 5);
    const grid = form.addGridItem().setRows(['r1', 'r2']).setColumns(['c1', 'c2']);
    const date = form.addDateItem();

    expect(mc.createResponse('А').getResponse()).toBe('А');
    expect(() => mc.createResponse('В')).toThrow(GasException);
    expect(mc.showOtherOption(true).createResponse('В').getResponse()).toBe('В');
    expect(cb.createResponse(['Б', 'А']).getResponse()).toEqual(['Б', 'А']);
    expect(() => cb.createResponse(['В'])).toThrow(GasException);
    expect(() => list.createResponse('В')).toThrow(GasException);
    expect(scale.createResponse(4).getResponse()).toBe('4');
    expect(() => scale.createResponse(6)).toThrow(GasException);
    expect(grid.createResponse(['c2', null as unknown as string]).getResponse()).toEqual(['c2', '']);
    expect(() => grid.createResponse(['c1'])).toThrow(GasException);
    expect(() => grid.createResponse(['c1', 'c3'])).toThrow(GasException);
    // 22:30 UTC on 1 September is already 2 September in Moscow, the script's zone.
    expect(date.createResponse(new Date(Date.UTC(2026, 8, 1, 22, 30))).getResponse()).toBe('2026-09-02');
    expect(
      date
        .setIncludesYear(false)
        .createResponse(msk(2026, 9, 1))
        .getResponse(),
    ).toBe('09-01');
  });

  test('toPrefilledUrl: published URL, usp=pp_url, one entry per answer in form order', () => {
    const { FormApp } = emulator();
    const form = FormApp.create('Анкета', true);
    const name = form.addTextItem().setTitle('ФИО');
    const topics = form.addCheckboxItem().setChoiceValues(['Методика', 'Классное руководство']);
    const day = form.addDateItem();
    const score = form.addScaleItem();
    const role = form.addMultipleChoiceItem().setChoiceValues(['Наставник']).showOtherOption(true);
    const url = form
      .createResponse()
      .withItemResponse(score.createResponse(3))
      .withItemResponse(name.createResponse('Старое имя'))
      .withItemResponse(name.createResponse('Анна Иванова & Co'))
      .withItemResponse(topics.createResponse(['Методика', 'Классное руководство']))
      .withItemResponse(day.createResponse(msk(2026, 9, 1)))
      .withItemResponse(role.createResponse('Куратор'))
      .toPrefilledUrl();
    const [base, query] = url.split('?');
    expect(base).toBe(form.getPublishedUrl());
    expect(query.split('&')).toEqual([
      'usp=pp_url',
      `entry.${name.getId()}=${encodeURIComponent('Анна').replace(/%20/g, '+')}+${encodeURIComponent('Иванова')}+%26+Co`,
      `entry.${topics.getId()}=${encodeURIComponent('Методика')}`,
      `entry.${topics.getId()}=${encodeURIComponent('Классное')}+${encodeURIComponent('руководство')}`,
      `entry.${day.getId()}=2026-09-01`,
      `entry.${score.getId()}=3`,
      `entry.${role.getId()}=__other_option__`,
      `entry.${role.getId()}.other_option_response=${encodeURIComponent('Куратор')}`,
    ]);
  });
});

describe('call counting', () => {
  test('every Forms call the add-on makes is counted by class and method; internal work is not', () => {
    const { emu, FormApp } = emulator();
    emu.resetCounts();
    const form = FormApp.create('Анкета', true);
    const item = form.addTextItem().setTitle('ФИО');
    form.setDestination(FormApp.DestinationType.SPREADSHEET, emu.state.spreadsheet.id);
    form.getItems()[0].asTextItem().setRequired(true);
    form.createResponse().withItemResponse(item.createResponse('x')).toPrefilledUrl();
    expect(emu.counts()).toEqual({
      'Form.addTextItem': 1,
      'Form.createResponse': 1,
      'Form.getItems': 1,
      'Form.setDestination': 1,
      'FormApp.create': 1,
      'FormResponse.toPrefilledUrl': 1,
      'FormResponse.withItemResponse': 1,
      'Item.asTextItem': 1,
      'TextItem.createResponse': 1,
      'TextItem.setRequired': 1,
      'TextItem.setTitle': 1,
    });
  });
});

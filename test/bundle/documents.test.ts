import { DOCUMENT_MIME_TYPE, type DocumentState, docToText as docText, type Emulator } from '../../emulator';
import type { OrderResultView, SidebarData } from '../../src/app/sidebarApi';
import { runMenu } from './forms';
import { values } from './addon';
import { consentDate, fill, madeOrders, records, schoolWithPairs, schoolWithSettings, setSetting } from './school';

/**
 * The live Google Docs, oldest first. A document made again is a new file and the old one is
 * trashed, so the trashed ones (still in emu.state.docs) are left out.
 */
function documents(emu: Emulator): DocumentState[] {
  const live = new Set(emu.state.drive.files.filter((f) => !f.trashed && f.mimeType === DOCUMENT_MIME_TYPE).map((f) => f.id));
  return Object.values(emu.state.docs.documents).filter((d) => live.has(d.id));
}

/** Every Doc ever made, trashed ones too. */
function everyDocument(emu: Emulator): DocumentState[] {
  return Object.values(emu.state.docs.documents);
}

const isTrashed = (emu: Emulator, id: string) => emu.state.drive.files.find((f) => f.id === id)?.trashed === true;

/**
 * The document's text with its no-break spaces (Russian typography: «№ 7», «Н.В. Громова»)
 * read as spaces, so that the wording is checked apart from the typography.
 */
function docToText(doc: DocumentState): string {
  return docText(doc).replace(/\u00a0/g, ' ');
}

const MM = 72 / 25.4;

describe('orders through build/Code.js', () => {
  test('the pairs order: requisites in ГОСТ order, appendix rows equal the pairs, ГОСТ layout, register and pairs updated', () => {
    const emu = schoolWithPairs(3);
    const text = runMenu(emu, 'runPairsOrder');
    expect(text).toContain('Сформирован приказ № 1-од');
    const [doc] = documents(emu);
    const plain = docToText(doc);
    const order = [
      'Муниципальное бюджетное общеобразовательное учреждение',
      '(МБОУ СОШ № 7)',
      'ПРИКАЗ',
      '№ 1-од',
      'г. Энск',
      'О закреплении',
      'В соответствии с',
      'ПРИКАЗЫВАЮ:',
      'Контроль',
      'Н.В. Громова',
      'С приказом ознакомлены',
    ];
    const positions = order.map((needle) => plain.indexOf(needle));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    // Date and number stand on one line: the date at the left margin, the number set against
    // the right one by a right-aligned tab stop at the end of the text width; «№» keeps its number.
    const dateLine = doc.body.find((c) => c.kind === 'paragraph' && /^\d{2}\.\d{2}\.\d{4}\t/.test(c.text))!;
    if (dateLine?.kind !== 'paragraph') throw new Error('no date line');
    expect(dateLine.text).toMatch(/^\d{2}\.\d{2}\.\d{4}\t№\u00a01-од$/);
    expect(dateLine.attributes).toMatchObject({ alignment: 'LEFT', indentStart: 0, indentFirstLine: 0 });
    expect(dateLine.tabStops).toHaveLength(1);
    expect(dateLine.tabStops![0].alignment).toBe('END');
    expect(dateLine.tabStops![0].offset).toBeCloseTo(doc.page.width - doc.page.marginLeft - doc.page.marginRight, 1);

    const appendix = doc.body.filter((c) => c.kind === 'table').at(-1)!;
    expect(appendix.kind === 'table' && appendix.rows.length).toBe(1 + 3);
    for (let i = 0; i < 3; i++) expect(plain).toContain(`Наставникова${i} Анна Ивановна`);

    expect(doc.page.width).toBeCloseTo(595.28, 1);
    expect(doc.page.height).toBeCloseTo(841.89, 1);
    expect(doc.page.marginLeft).toBeCloseTo(20 * MM, 1);
    expect(doc.page.marginRight).toBeCloseTo(10 * MM, 1);
    expect(doc.page.marginTop).toBeCloseTo(20 * MM, 1);
    const basis = doc.body.find((c) => c.kind === 'paragraph' && c.text.startsWith('В соответствии с'))!;
    expect(basis.kind === 'paragraph' && basis.attributes).toMatchObject({ alignment: 'JUSTIFY', lineSpacing: 1 });
    expect(basis.kind === 'paragraph' && basis.attributes.indentFirstLine).toBeCloseTo(12.5 * MM, 1);
    expect(basis.kind === 'paragraph' && basis.runs.every((r) => r.fontFamily === 'Times New Roman' && r.fontSize === 14)).toBe(
      true,
    );

    const [order1] = madeOrders(emu);
    expect(order1).toMatchObject({
      'Приказ: номер': '1-од',
      Статус: 'проект',
      'Основание (ID записей)': 'П-0001; П-0002; П-0003',
    });
    expect(String(order1['Ссылка на документ'])).toBe(`https://docs.google.com/document/d/${doc.id}/edit`);
    expect(records(emu, 'Пары').map((p) => p['Приказ: номер'])).toEqual(['1-од', '1-од', '1-од']);
    const folder = emu.state.drive.folders.find((f) => f.name === 'Наставничество — документы');
    expect(folder).toBeDefined();
    expect(emu.state.drive.files.find((f) => f.id === doc.id)?.parentId).toBe(folder!.id);
    expect(values(emu, 'Настройки').find((r) => r[0] === 'Папка документов на Диске (ID)')?.[1]).toBe(folder!.id);
  });

  test('making the order again replaces the draft: one live file, the old one trashed, the same row with the new link', () => {
    const emu = schoolWithPairs(2);
    runMenu(emu, 'runPairsOrder');
    const [first] = documents(emu);
    const text = runMenu(emu, 'runPairsOrder');
    expect(text).toContain('Проект приказа № 1-од');
    const live = documents(emu);
    expect(live).toHaveLength(1);
    expect(live[0].id).not.toBe(first.id);
    expect(isTrashed(emu, first.id)).toBe(true);
    expect(everyDocument(emu)).toHaveLength(2);
    const orders = madeOrders(emu);
    expect(orders).toHaveLength(1);
    expect(orders[0]).toMatchObject({ 'Приказ: номер': '1-од', Статус: 'проект' });
    expect(String(orders[0]['Ссылка на документ'])).toBe(`https://docs.google.com/document/d/${live[0].id}/edit`);
  });

  test('a signed order is not made again unless the curator says so', () => {
    const emu = schoolWithPairs(1);
    fill(emu, 'Дорожная карта', [
      { ID: 'ДК-0001', '№': '1', Этап: 'Подготовка', Мероприятие: 'Утверждение Положения', Ответственный: 'директор' },
    ]);
    runMenu(emu, 'runApprovalOrder');
    const orders = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Приказы')!;
    orders.getRange(3, values(emu, 'Приказы')[0].indexOf('Статус') + 1).setValue('подписан');

    emu.state.ui.script.push({ button: 'NO' }, { button: 'OK' });
    emu.call('runApprovalOrder');
    const [question, answer] = emu.state.ui.dialogs.slice(-2);
    expect(question).toMatchObject({ buttons: 'YES_NO' });
    expect(question.prompt).toContain('Приказ № 1-од по этим же записям уже подписан');
    expect(answer.prompt).toBe('Ничего не изменено.');
    expect(documents(emu)).toHaveLength(1);

    // «Да», then the new order's number and date accepted as proposed.
    emu.state.ui.script.push({ button: 'YES' }, { button: 'OK' }, { button: 'OK' });
    emu.call('runApprovalOrder');
    expect(emu.state.ui.dialogs.at(-2)!.prompt).toContain('под № 2-од от 01.09.2026');
    expect(emu.state.ui.dialogs.at(-1)!.prompt).toContain('Сформирован приказ № 2-од');
    expect(documents(emu)).toHaveLength(2);
    expect(madeOrders(emu).map((o) => o['Приказ: номер'])).toEqual(['1-од', '2-од']);
  });

  test('pairs fixed by a signed order do not go into a new pairs order', () => {
    const emu = schoolWithPairs(2);
    runMenu(emu, 'runPairsOrder');
    const orders = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Приказы')!;
    orders.getRange(3, values(emu, 'Приказы')[0].indexOf('Статус') + 1).setValue('подписан');
    expect(runMenu(emu, 'runPairsOrder')).toContain('Нет пар и групп для приказа');
    expect(documents(emu)).toHaveLength(1);
  });

  test('no pair has its consents: the order is refused naming each and what it lacks, nothing is written', () => {
    const emu = schoolWithPairs(2);
    const pairs = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Пары')!;
    const col = values(emu, 'Пары')[0].indexOf('Согласие наставника на обязанности: дата') + 1;
    pairs.getRange(2, col, 2, 1).setValues([[''], ['']]);
    const text = runMenu(emu, 'runPairsOrder');
    expect(text).toContain('Ни одну пару нельзя закрепить приказом');
    expect(text).toContain('П-0002');
    expect(text).toContain('Наставникова1 Анна Ивановна');
    expect(documents(emu)).toHaveLength(0);
    expect(madeOrders(emu)).toHaveLength(0);
  });

  test('missing settings are named before anything is made', () => {
    const emu = schoolWithPairs(1);
    setSetting(emu, 'Руководитель (И.О. Фамилия)', '');
    expect(runMenu(emu, 'runPairsOrder')).toContain('«Руководитель (И.О. Фамилия)»');
    expect(documents(emu)).toHaveLength(0);
  });

  test('the approval order carries the roadmap as an appendix table and the next number', () => {
    const emu = schoolWithPairs(1);
    runMenu(emu, 'runPairsOrder');
    expect(runMenu(emu, 'runApprovalOrder')).toContain('пуст');
    fill(emu, 'Дорожная карта', [
      { ID: 'ДК-0001', '№': '1', Этап: 'Подготовка', Мероприятие: 'Утверждение Положения', Ответственный: 'директор' },
      { ID: 'ДК-0002', '№': '2', Этап: 'Подготовка', Мероприятие: 'Назначение куратора', Ответственный: 'директор' },
    ]);
    expect(runMenu(emu, 'runApprovalOrder')).toContain('№ 2-од');
    const doc = documents(emu).at(-1)!;
    expect(docToText(doc)).toContain('Утверждение Положения');
    // Appointed in the accusative; on «Лист ознакомления» in the list form.
    expect(docToText(doc)).toContain('Назначить заместителя директора по учебно-воспитательной работе Е.А. Лебедеву куратором');
    expect(docToText(doc)).toContain('Лебедева Е.А.');
  });

  test('completion and reward orders follow the pairs’ ends', () => {
    const emu = schoolWithPairs(2);
    expect(runMenu(emu, 'runCompletionOrder')).toContain('Нет завершённых');
    const pairs = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Пары')!;
    const head = values(emu, 'Пары')[0];
    pairs.getRange(2, head.indexOf('Статус') + 1).setValue('завершена');
    pairs.getRange(2, head.indexOf('Причина завершения') + 1).setValue('программа выполнена полностью');
    pairs.getRange(2, head.indexOf('Дата окончания') + 1).setValue(new Date(2027, 4, 31));
    expect(runMenu(emu, 'runCompletionOrder')).toContain('Сформирован приказ');
    expect(runMenu(emu, 'runRewardOrder')).toContain('Сформирован приказ');
    const reward = docToText(documents(emu).at(-1)!);
    expect(reward).toContain('Наставникова0 Анна Ивановна');
    expect(reward).not.toContain('Наставникова1');
  });
});

describe('documents for pairs and people', () => {
  test('personalised programmes: a starting plan from the difficulties, written back to «Программы»; again: one live file a pair, the plan kept', () => {
    const emu = schoolWithPairs(2);
    // «Нет»: a file for each pair.
    expect(runMenu(emu, 'runProgrammes', [{ button: 'NO' }])).toContain('Персонализированные программы: готово, документов — 2.');
    const plan = records(emu, 'Программы');
    expect(plan.length).toBeGreaterThanOrEqual(8);
    expect(new Set(plan.map((r) => r['ID пары']))).toEqual(new Set(['П-0001', 'П-0002']));
    const first = documents(emu);
    expect(first).toHaveLength(2);
    const programme = docToText(first[0]);
    expect(programme).toContain('Молодой0 Иван Петрович');
    expect(programme).not.toContain('Молодой1 Иван Петрович');
    // A minute later (a batch counts what was made since it started, to the second).
    emu.env.clock.advance(60_000);
    runMenu(emu, 'runProgrammes', [{ button: 'NO' }]);
    // Made again: new files, the old ones trashed, «Документы» links the new ones.
    const again = documents(emu);
    expect(again).toHaveLength(2);
    expect(first.every((d) => isTrashed(emu, d.id))).toBe(true);
    const links = records(emu, 'Документы').map((r) => String(r['Ссылка на документ']));
    expect(links.sort()).toEqual(again.map((d) => `https://docs.google.com/document/d/${d.id}/edit`).sort());
    expect(records(emu, 'Программы')).toHaveLength(plan.length);
  });

  test('consents: data-processing consent for each person without one, with blanks for passport data', () => {
    const emu = schoolWithSettings();
    fill(emu, 'Наставляемые', [
      { ID: 'НЯ-0001', ФИО: 'Без Согласия Ольга' },
      { ID: 'НЯ-0002', ФИО: 'Согласная Мария', 'Согласие на обработку ПДн: дата': consentDate },
    ]);
    expect(runMenu(emu, 'runDataConsents', [{ button: 'NO' }])).toContain('готово, документов — 1');
    expect(documents(emu)).toHaveLength(1);
    const text = docToText(documents(emu)[0]);
    expect(text).toContain('Без Согласия Ольга');
    expect(text).toMatch(/паспорт.*_{3,}/i);
  });

  test('the sidebar asks for the programme of one pair and gets its link', () => {
    const emu = schoolWithPairs(2);
    const result = emu.callFromSidebar('generateDocuments', { kind: 'programme', ids: ['П-0002'] }) as { urls: string[] };
    expect(result.urls).toHaveLength(1);
    expect(() => emu.callFromSidebar('generateDocuments', { kind: 'programme', ids: ['П-9999'] })).toThrow('П-9999');
  });
});

describe('nothing to make', () => {
  /**
   * The menu item's answer when it has nothing to make: one alert (no print question is asked
   * when there is nothing to print); nothing is made.
   */
  function refusal(emu: Emulator, handler: string): string {
    const before = emu.state.ui.dialogs.length;
    runMenu(emu, handler);
    expect(everyDocument(emu)).toEqual([]);
    expect(emu.state.ui.dialogs.length - before).toBe(1);
    return emu.state.ui.dialogs.at(-1)!.prompt;
  }

  test('every pair and person already has a consent: the menu says so instead of «нет пар»', () => {
    const emu = schoolWithPairs(2);
    expect(refusal(emu, 'runDutiesConsents')).toBe(
      'У всех действующих пар уже отмечено согласие наставника на выполнение обязанностей: новых бланков не нужно.',
    );
    expect(refusal(emu, 'runDataConsents')).toBe(
      'У всех в банках уже отмечено согласие на обработку персональных данных: новых бланков не нужно.',
    );
    expect(refusal(emu, 'runMentorReports')).toBe('Отчёт наставника составляют по итогам программы, а завершённых пар пока нет.');
  });

  test('an empty register still says that the sheet is empty', () => {
    const emu = schoolWithSettings();
    expect(refusal(emu, 'runDutiesConsents')).toBe('В листе «Пары» нет пар.');
  });
});

describe('the real order of seed 000, made by the add-on', () => {
  test('МБОУ СОШ № 8: the pairs order has the same requisites in the same order as the real one', () => {
    // Its consents were signed before the order of 08.04.2022.
    const emu = schoolWithPairs(1, new Date(2022, 3, 1));
    setSetting(
      emu,
      'Полное наименование организации',
      'Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 8',
    );
    setSetting(emu, 'Сокращённое наименование', 'МБОУ СОШ № 8');
    setSetting(emu, 'Место издания документов', 'г. Пятигорск');
    setSetting(emu, 'Руководитель (И.О. Фамилия)', 'Е.С. Дергачёв');
    setSetting(emu, 'Первый номер приказа в году', 40);
    setSetting(emu, 'Суффикс номера приказа', '-од');
    emu.env.clock.set(new Date('2022-04-08T10:00:00+03:00'));
    runMenu(emu, 'runPairsOrder');
    const text = docToText(documents(emu)[0]);
    // The real order (../shared/seeds/000_…): organisation, its short name, ПРИКАЗ, date and
    // number on one line, place, title «О…», basis, ПРИКАЗЫВАЮ:, items, control, signature,
    // acknowledgement.
    const requisites = [
      'Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 8',
      '(МБОУ СОШ № 8)',
      'ПРИКАЗ',
      '08.04.2022',
      '№ 40-од',
      'г. Пятигорск',
      'О закреплении',
      'В соответствии с',
      'ПРИКАЗЫВАЮ:',
      '1. ',
      'Контроль',
      'Директор',
      'Е.С. Дергачёв',
      'С приказом ознакомлены',
    ];
    const at = requisites.map((r) => text.indexOf(r));
    expect(at.every((p) => p >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(madeOrders(emu)[0]).toMatchObject({ 'Приказ: номер': '40-од' });
  });
});

describe('every document kind through build/Code.js', () => {
  test.each([
    ['runDutiesConsents', 'не менее чем за три рабочих дня'],
    ['runPublishConsents', 'распростран'],
    ['runMonitoringNote', 'Аналитическая справка'],
  ])('%s makes an A4 document that says %s', (handler, phrase) => {
    const emu = schoolWithPairs(2);
    const pairs = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Пары')!;
    // Consents for duties are made for pairs still lacking them.
    pairs.getRange(2, values(emu, 'Пары')[0].indexOf('Согласие наставника на обязанности: дата') + 1).setValue('');
    // The consents ask whether to print them as one file: «Нет», a file each.
    const answers = handler === 'runMonitoringNote' ? [] : [{ button: 'NO' as const }];
    expect(runMenu(emu, handler, answers)).toContain('готово');
    const doc = documents(emu).at(-1)!;
    expect(docToText(doc)).toContain(phrase);
    expect(doc.page.width).toBeCloseTo(595.28, 1);
    expect(doc.page.marginRight).toBeCloseTo(10 * MM, 1);
  });

  test('mentor reports for finished pairs carry the plan and the satisfaction answers', () => {
    const emu = schoolWithPairs(1);
    const pairs = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Пары')!;
    const head = values(emu, 'Пары')[0];
    pairs.getRange(2, head.indexOf('Статус') + 1).setValue('завершена');
    pairs.getRange(2, head.indexOf('Дата окончания') + 1).setValue(new Date(2027, 4, 31));
    expect(runMenu(emu, 'runMentorReports', [{ button: 'NO' }])).toContain('готово, документов — 1');
    const text = docToText(documents(emu).at(-1)!);
    expect(text).toContain('Наставникова0 Анна Ивановна');
    expect(text).toContain('нет данных');
  });
});

describe('documents from the sidebar', () => {
  test('an order: made, made again into the same draft; a signed one only when the panel confirms', () => {
    const emu = schoolWithPairs(1);
    fill(emu, 'Дорожная карта', [
      { ID: 'ДК-0001', '№': '1', Этап: 'Подготовка', Мероприятие: 'Утверждение Положения', Ответственный: 'директор' },
    ]);
    const first = emu.callFromSidebar('makeOrder', { kind: 'approval' }) as OrderResultView;
    expect(first.lines[0]).toContain('Сформирован приказ № 1-од');
    expect(first.url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(first.data.ready).toBe(true);
    const orders = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Приказы')!;
    orders.getRange(3, values(emu, 'Приказы')[0].indexOf('Статус') + 1).setValue('подписан');
    const asked = emu.callFromSidebar('makeOrder', { kind: 'approval' }) as OrderResultView;
    expect(asked.signedNumber).toBe('1-од');
    expect(documents(emu)).toHaveLength(1);
    const second = emu.callFromSidebar('makeOrder', { kind: 'approval', newWhenSigned: true }) as OrderResultView;
    expect(second.lines[0]).toContain('№ 2-од');
    expect(() => emu.callFromSidebar('makeOrder', { kind: 'другой' })).toThrow('неверные данные');
  });

  test('documents for everyone start a batch and answer with the panel’s data', () => {
    const emu = schoolWithPairs(3);
    const result = emu.callFromSidebar('makeDocumentsForAll', { kind: 'programme' }) as { lines: string[]; data: SidebarData };
    expect(result.lines[0]).toContain('готово, документов — 3');
    expect(result.data.pairs.every((p) => p.planTotal > 0)).toBe(true);
  });
});

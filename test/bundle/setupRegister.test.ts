import { type Emulator, gridValues, holdLockElsewhere, sheetState } from '../../emulator';
import { formulas, header, loadAddOn, runSetup, sheetNames, values, writeRows } from './addon';

const REGISTER_SHEETS = [
  'Настройки',
  'Справочники',
  'Наставники',
  'Наставляемые',
  'Пары',
  'Программы',
  'Дорожная карта',
  'Приказы',
  'Документы',
  'Анкеты',
  'Мониторинг',
  'Журнал',
];

/** State without «Журнал» (each run appends a line there) and without the UI log. */
function registerState(emu: Emulator): unknown {
  const state = JSON.parse(emu.snapshot());
  state.spreadsheet.sheets = state.spreadsheet.sheets.filter((s: { name: string }) => s.name !== 'Журнал');
  delete state.ui;
  delete state.now;
  // Google's bookkeeping of the day's quotas (each run reads properties), not the register.
  delete state.quotas;
  return state;
}

function freshRegister(): Emulator {
  const emu = loadAddOn();
  runSetup(emu);
  return emu;
}

describe('«Создать или проверить реестр» on an empty workbook', () => {
  test('creates every sheet with headers, settings, vocabularies, formats and protections', () => {
    const emu = loadAddOn();
    const text = runSetup(emu);
    expect(text).toContain('Созданы листы: «Настройки», «Справочники», «Наставники»');
    expect(sheetNames(emu)).toEqual(['Лист1', ...REGISTER_SHEETS]);

    expect(header(emu, 'Наставники').slice(0, 3)).toEqual(['ID', 'ФИО', 'Должность']);
    expect(header(emu, 'Пары')).toContain('ID наставляемых');
    const mentors = sheetState(emu.state.spreadsheet, 'Наставники');
    expect(mentors.frozenRows).toBe(1);
    expect(mentors.protections).toHaveLength(1);
    expect(mentors.protections[0]).toMatchObject({ warningOnly: true });

    const settings = values(emu, 'Настройки');
    expect(settings[0]).toEqual(['Параметр', 'Значение', 'Пояснение']);
    const year = settings.find((r) => r[0] === 'Учебный год');
    expect(year?.[1]).toBe('2026/2027');
    const start = settings.find((r) => r[0] === 'Начало учебного года')?.[1] as Date;
    expect(Object.prototype.toString.call(start)).toBe('[object Date]');
    expect(start.getFullYear()).toBe(2026);
    expect(start.getMonth()).toBe(8);
    expect(settings.find((r) => r[0] === 'Наибольшее число наставляемых у наставника')?.[1]).toBe(2);

    const vocab = values(emu, 'Справочники');
    expect(vocab[0]).toContain('Формы наставничества');
    const kinds = vocab.map((r) => r[vocab[0].indexOf('Виды наставничества')]).filter(Boolean);
    expect(kinds).toContain('реверсивное');

    // The journal tells what was done.
    const journal = values(emu, 'Журнал');
    expect(journal).toHaveLength(2);
    expect(journal[1][2]).toBe('Создание или проверка реестра');
    expect(String(journal[1][3])).toContain('Созданы листы');
  });

  test('drop-downs of choice columns read «Справочники»; dates get date rules and formats', () => {
    const emu = freshRegister();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    const mentors = ss.getSheetByName('Наставники')!;
    const col = header(emu, 'Наставники').indexOf('Квалификационная категория') + 1;
    const rule = mentors.getRange(5, col).getDataValidation()!;
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_RANGE');
    const [source] = rule.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range];
    expect(source.getSheet().getName()).toBe('Справочники');
    expect(values(emu, 'Справочники')[0][source.getColumn() - 1]).toBe('Квалификационные категории');
    expect(rule.getAllowInvalid()).toBe(false);

    const dateCol = header(emu, 'Наставники').indexOf('Согласие на обработку ПДн: дата') + 1;
    expect(mentors.getRange(2, dateCol).getNumberFormat()).toBe('dd.mm.yyyy');
    expect(String(mentors.getRange(2, dateCol).getDataValidation()!.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
  });

  test('a second run changes nothing and duplicates nothing', () => {
    const emu = freshRegister();
    const before = registerState(emu);
    const text = runSetup(emu);
    expect(text).toContain('Реестр в порядке');
    expect(registerState(emu)).toEqual(before);
    expect(values(emu, 'Журнал')).toHaveLength(3);
  });
});

describe('«Создать или проверить реестр» on damaged workbooks', () => {
  test('reordered and extra user columns, blank rows and user formulas are kept; missing IDs are given', () => {
    const emu = loadAddOn();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('Наставники');
    writeRows(emu, 'Наставники', 1, [
      ['ФИО', 'Мой комментарий', 'ID', 'Педагогический стаж, лет', 'Итог'],
      ['Петрова Анна Ивановна', 'сильный методист', 'НТ-0007', 21, '=D2*2'],
      ['', '', '', '', ''],
      ['Сидоров Олег Павлович', '', '', 9, '=D4*2'],
      ['Орлова Вера', "'=не формула", '', 'много', ''],
    ]);
    const text = runSetup(emu);

    const grid = values(emu, 'Наставники');
    expect(grid[0].slice(0, 5)).toEqual(['ФИО', 'Мой комментарий', 'ID', 'Педагогический стаж, лет', 'Итог']);
    expect(grid[0]).toContain('E-mail'); // missing columns appended after the curator's
    expect(grid[1].slice(0, 4)).toEqual(['Петрова Анна Ивановна', 'сильный методист', 'НТ-0007', 21]);
    expect(grid[2].every((v) => v === '')).toBe(true);
    expect(grid[3][2]).toBe('НТ-0008');
    expect(grid[4][2]).toBe('НТ-0009');
    expect(grid[4][1]).toBe('=не формула');
    expect(formulas(emu, 'Наставники')[1][4]).toBe('=D2*2');
    expect(formulas(emu, 'Наставники')[3][4]).toBe('=D4*2');

    expect(text).toContain('Лист «Наставники»: присвоены ID записям без ID — 2.');
    expect(text).toContain(
      'Лист «Наставники», строка 5, столбец «Педагогический стаж, лет»: ожидается целое число; введено «много»',
    );
  });

  test('a deleted sheet and a deleted column come back; other data stay', () => {
    const emu = freshRegister();
    writeRows(emu, 'Наставляемые', 2, [['НЯ-0001', 'Кузнецова Дарья Олеговна']]);
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('Пары')!);
    // Delete the «E-mail» column of «Наставляемые» by rewriting its header row without it.
    const mentees = ss.getSheetByName('Наставляемые')!;
    const head = header(emu, 'Наставляемые');
    const emailAt = head.indexOf('E-mail');
    const shortened = head.filter((_, i) => i !== emailAt);
    mentees.getRange(1, 1, 1, head.length).setValues([[...shortened, '']]);

    const text = runSetup(emu);
    expect(text).toContain('Созданы листы: «Пары»');
    expect(text).toContain('Лист «Наставляемые»: добавлены столбцы «E-mail»');
    expect(sheetNames(emu)).toContain('Пары');
    expect(header(emu, 'Наставляемые').at(-1)).toBe('E-mail');
    expect(values(emu, 'Наставляемые')[1].slice(0, 2)).toEqual(['НЯ-0001', 'Кузнецова Дарья Олеговна']);
  });

  test('a renamed required header in a sheet with data: a clear message and nothing written', () => {
    const emu = freshRegister();
    writeRows(emu, 'Наставники', 2, [['НТ-0001', 'Петрова Анна Ивановна']]);
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.getSheetByName('Наставники')!.getRange(1, 2).setValue('Фамилия Имя Отчество');
    ss.deleteSheet(ss.getSheetByName('Приказы')!);
    const before = emu.snapshot();
    const journalBefore = values(emu, 'Журнал').length;

    const text = runSetup(emu);
    expect(text).toContain(
      'Лист «Наставники»: не найден обязательный столбец «ФИО», а в листе уже есть данные. Возможно, его переименовали: есть столбцы «Фамилия Имя Отчество».',
    );
    expect(text).toContain('Ничего не записано');
    const after = JSON.parse(emu.snapshot());
    const expected = JSON.parse(before);
    delete after.ui;
    delete expected.ui;
    expect(after).toEqual(expected);
    expect(sheetNames(emu)).not.toContain('Приказы');
    expect(values(emu, 'Журнал')).toHaveLength(journalBefore);
  });

  test('settings the curator changed are kept; missing ones are added at the end', () => {
    const emu = freshRegister();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    const settings = ss.getSheetByName('Настройки')!;
    const grid = values(emu, 'Настройки');
    const suffixRow = grid.findIndex((r) => r[0] === 'Суффикс номера приказа') + 1;
    settings.getRange(suffixRow, 2).setValue('-ОД');
    const placeRow = grid.findIndex((r) => r[0] === 'Место издания документов') + 1;
    settings.getRange(placeRow, 1, 1, 3).setValues([['', '', '']]);

    const text = runSetup(emu);
    expect(text).toContain('Лист «Настройки»: добавлено параметров — 1.');
    const after = values(emu, 'Настройки');
    expect(after.find((r) => r[0] === 'Суффикс номера приказа')?.[1]).toBe('-ОД');
    expect(after.at(-1)?.[0]).toBe('Место издания документов');
    expect(after.filter((r) => r[0] === 'Суффикс номера приказа')).toHaveLength(1);
  });

  test('the curator’s vocabulary values stay; a moved vocabulary column re-points the drop-downs', () => {
    const emu = freshRegister();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    const vocab = ss.getSheetByName('Справочники')!;
    vocab.insertColumns(1); // every vocabulary moves one column right
    vocab.getRange(1, 1, 2, 1).setValues([['Мои заметки'], ['не справочник']]);
    runSetup(emu);
    const col = header(emu, 'Наставники').indexOf('Квалификационная категория') + 1;
    const rule = ss.getSheetByName('Наставники')!.getRange(2, col).getDataValidation()!;
    const [source] = rule.getCriteriaValues() as [GoogleAppsScript.Spreadsheet.Range];
    expect(gridValues(emu.state.spreadsheet, 'Справочники')[0][source.getColumn() - 1]).toBe('Квалификационные категории');
    expect(gridValues(emu.state.spreadsheet, 'Справочники')[1][0]).toBe('не справочник');
  });

  test('another execution holding the document lock: the curator is told to retry, nothing is written', () => {
    const emu = loadAddOn();
    holdLockElsewhere(emu.state.locks, 'document');
    const text = runSetup(emu);
    expect(text).toContain('Повторите через минуту');
    expect(sheetNames(emu)).toEqual(['Лист1']);
  });
});

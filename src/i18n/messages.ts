/** Messages the add-on shows to the curator (Russian). */
export const ADDON_NAME = 'Наставничество';

export const MENU = {
  setupRegister: 'Создать или проверить реестр',
  openSidebar: 'Открыть панель наставничества',
  erasePerson: 'Отозвать согласие и удалить данные…',
  selfCheck: 'Проверить работу в Google',
  questionnaires: 'Анкеты',
  createQuestionnaires: 'Создать анкеты',
  syncBanks: 'Обновить банки из анкет',
  refreshChoices: 'Обновить варианты ответов в анкетах',
  linksStart: 'Ссылки на анкеты удовлетворённости: начало программы',
  linksEnd: 'Ссылки на анкеты удовлетворённости: завершение программы',
  documents: 'Документы',
  roadmapAndMonitoring: 'Дорожная карта и мониторинг',
  fillRoadmap: 'Заполнить дорожную карту по шаблону',
  refreshRoadmap: 'Обновить статусы дорожной карты',
  updateMonitoring: 'Обновить мониторинг и сведения для муниципалитета',
  siteMaterials: 'Материалы для сайта',
  approvalOrder: 'Приказ об утверждении Положения и дорожной карты',
  roadmapOrder: 'Приказ об утверждении дорожной карты на новый учебный год',
  pairsOrder: 'Приказ о закреплении наставнических пар (групп)',
  completionOrder: 'Приказ о завершении программ наставничества',
  rewardOrder: 'Приказ о поощрении наставников',
  programmes: 'Персонализированные программы для пар',
  dataConsents: 'Согласия на обработку персональных данных',
  dutiesConsents: 'Согласия наставников на выполнение обязанностей',
  mentorAgreements: 'Дополнительные соглашения с наставниками (ст. 351.8 ТК РФ)',
  refusalNotices: 'Бланки уведомлений об отказе от наставничества',
  publishConsents: 'Согласия на распространение персональных данных',
  mentorReports: 'Отчёты наставников по итогам программ',
  monitoringNote: 'Аналитическая справка по итогам мониторинга',
} as const;

export const HEADER_PROTECTION_DESCRIPTION = 'Заголовки реестра наставничества: не переименовывайте столбцы';

export const SIDEBAR_TITLE = 'Наставничество';

export const CELL_ERRORS = {
  required: 'обязательное поле не заполнено',
  missingId: 'нет ID записи — выполните «Создать или проверить реестр»',
  duplicateId: (id: string, row: number) => `ID «${id}» уже занят записью в строке ${row}; у каждой записи должен быть свой ID`,
  date: 'ожидается дата в формате ДД.ММ.ГГГГ',
  integer: 'ожидается целое число',
  number: 'ожидается число',
  range: (min?: number, max?: number) =>
    min !== undefined && max !== undefined
      ? `ожидается число от ${min} до ${max}`
      : min !== undefined
        ? `ожидается число не меньше ${min}`
        : `ожидается число не больше ${max}`,
  bool: 'ожидается отметка (флажок) или «да»/«нет»',
  email: 'ожидается адрес электронной почты, например name@school.ru',
  url: 'ожидается ссылка, начинающаяся с https://',
  text: 'ожидается текст',
} as const;

/** «Лист «Наставники», строка 7, столбец «Стаж»: …, введено «…»». */
export function cellIssueText(sheet: string, row: number, column: string, problem: string, input: unknown): string {
  const shown = input === '' || input === null || input === undefined ? '' : `; введено «${String(input)}»`;
  return `Лист «${sheet}», строка ${row}, столбец «${column}»: ${problem}${shown}`;
}

/** Cells someone changed while an action ran: left as they are, and said so (after «Лист …, строка …, столбец …: »). */
export const WRITE_CONFLICTS = {
  cell: (now: string, wanted: string) =>
    now
      ? `пока выполнялось действие, значение изменили на «${now}»; оно оставлено как есть, ${wanted ? `«${wanted}» не записано` : 'ячейка не очищена'}`
      : `пока выполнялось действие, ячейку очистили; она оставлена пустой, «${wanted}» не записано`,
  row: (keyNow: string, keyRead: string) =>
    `пока выполнялось действие, строки сдвинулись (в строке теперь ${keyNow ? `запись «${keyNow}»` : 'нет записи'}, а не «${keyRead}»); ячейка не изменена`,
  advice: 'Проверьте эти ячейки и при необходимости повторите действие.',
} as const;

export const SETUP = {
  title: 'Реестр наставничества',
  lockBusy: 'Реестр сейчас изменяет другое действие. Повторите через минуту.',
  nothingChanged: 'Реестр в порядке: все листы и столбцы на месте, изменений не потребовалось.',
  done: 'Реестр проверен и дополнен.',
  createdSheets: (names: string[]) => `Созданы листы: ${names.map((n) => `«${n}»`).join(', ')}.`,
  addedColumns: (sheet: string, headers: string[]) =>
    `Лист «${sheet}»: добавлены столбцы ${headers.map((h) => `«${h}»`).join(', ')} (в конец таблицы).`,
  addedSettings: (count: number) => `Лист «Настройки»: добавлено параметров — ${count}.`,
  addedVocabularies: (titles: string[]) => `Лист «Справочники»: добавлены справочники ${titles.map((t) => `«${t}»`).join(', ')}.`,
  assignedIds: (sheet: string, count: number) => `Лист «${sheet}»: присвоены ID записям без ID — ${count}.`,
  rowIssues: (count: number) => `Найдены ошибки в данных (${count}); строки с ошибками не изменены:`,
  moreIssues: (count: number) => `…и ещё ${count}. Полный список — в листе «Журнал».`,
  blockedTitle: 'Реестр не изменён',
  blocked: 'Ничего не записано: сначала исправьте заголовки, иначе данные окажутся не в своих столбцах.',
  missingRequired: (sheet: string, header: string, extras: string[]) =>
    `Лист «${sheet}»: не найден обязательный столбец «${header}», а в листе уже есть данные.` +
    (extras.length
      ? ` Возможно, его переименовали: есть столбцы ${extras.map((e) => `«${e}»`).join(', ')}. Верните прежнее название.`
      : ' Верните столбец с этим заголовком.'),
  duplicateHeader: (sheet: string, header: string) =>
    `Лист «${sheet}»: заголовок «${header}» встречается дважды; используется первый столбец.`,
  journalAction: 'Создание или проверка реестра',
} as const;

export const STATUS = {
  notCreated: 'Реестр ещё не создан. Выберите в меню «Наставничество» пункт «Создать или проверить реестр».',
} as const;

export const REGISTER_ERRORS = {
  sheetMissing: (sheet: string) =>
    `В таблице нет листа «${sheet}». Выберите в меню «Наставничество» пункт «Создать или проверить реестр»: он создаст лист, ничего не удалив.`,
  headersMissing: (sheet: string, headers: readonly string[]) =>
    `В первой строке листа «${sheet}» нет заголовков ${headers.map((h) => `«${h}»`).join(', ')}. ` +
    'Заголовки столбцов должны стоять в первой строке, каждый в своей ячейке (без объединения); верните их туда и повторите.',
} as const;

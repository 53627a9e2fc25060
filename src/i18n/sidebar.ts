/** Strings of the sidebar (bundled into the browser code). */
const plural = (n: number, one: string, few: string, many: string): string => {
  const m10 = n % 10;
  const m100 = n % 100;
  if (m10 === 1 && m100 !== 11) return one;
  if (m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14)) return few;
  return many;
};

export const SIDEBAR_TEXT = {
  loading: 'Загрузка…',
  refresh: 'Обновить',
  refreshLabel: 'Обновить данные панели',
  ready: 'Реестр создан.',
  notReady: 'Реестр создан не полностью. Выберите в меню «Наставничество» → «Создать или проверить реестр».',
  missing: 'нет листа',
  rows: (n: number) => `записей: ${n}`,
  failed: (message: string) => `Не удалось получить данные: ${message}`,
  summary: (mentors: number, mentees: number, pairs: number) =>
    [`Наставники — записей: ${mentors}`, `наставляемые — ${mentees}`, `пары — ${pairs}`].join(', '),
} as const;

export const SIDEBAR_TABS = {
  label: 'Разделы панели',
  match: 'Подбор',
  pairs: 'Пары',
  upcoming: 'Что скоро',
  register: 'Реестр',
  documents: 'Документы',
  count: (title: string, n: number) => `${title} (${n})`,
} as const;

export const SIDEBAR_ERRORS = {
  title: 'Не удалось выполнить действие',
  dismiss: 'Закрыть сообщение',
  unknown: 'Неизвестная ошибка. Обновите панель и повторите.',
  issuesTitle: (n: number) => `В реестре есть ошибки: ${n} ${plural(n, 'строка', 'строки', 'строк')}`,
  issuesHint: 'Эти строки не прочитаны; исправьте их в таблице и нажмите «Обновить».',
  reasonRequired: 'Выберите причину завершения.',
  datesRequired: 'Укажите даты начала и окончания.',
  noneChecked: 'Отметьте хотя бы одно предложение.',
  badLink: 'Ссылка на скан должна начинаться с https:// (или оставьте поле пустым).',
  topicRequired: 'Укажите тему встречи.',
  dateRequired: 'Укажите дату.',
  newEndRequired: 'Укажите новую дату планового окончания.',
  mentorRequired: 'Выберите нового наставника.',
  eraseMismatch: (id: string) => `Введите ID ${id} точно так, как он написан, чтобы подтвердить удаление.`,
} as const;

export const SIDEBAR_MATCH = {
  searchLabel: 'Поиск по ФИО, предмету и запросам',
  searchPlaceholder: 'ФИО, предмет, запрос…',
  filters: (n: number) => (n ? `Фильтры (${n})` : 'Фильтры'),
  subject: 'Предмет',
  category: 'Категория',
  consent: 'Согласие на ПДн',
  any: 'все',
  consentStates: { given: 'есть', missing: 'нет', withdrawn: 'отозвано' },
  resetFilters: 'Сбросить фильтры',
  awaiting: (shown: number, total: number) =>
    shown === total ? `Ожидают пару: ${total}` : `Ожидают пару: ${total}, показано: ${shown}`,
  listLabel: 'Наставляемые, ожидающие пару',
  noneAwaiting: 'Все наставляемые уже в парах.',
  noneFound: 'Никто не найден: измените поиск или фильтры.',
  proposeAll: 'Подобрать всех',
  proposeAllHint: 'Оптимальный подбор для всех ожидающих с учётом нагрузки наставников',
  wished: (name: string) => `Желаемый наставник: ${name}`,
  requests: 'Запросы',
  noRequests: 'запросы не указаны',
  consentMissing: 'нет согласия на ПДн',
  consentWithdrawn: 'согласие на ПДн отозвано',
  back: '← Все наставляемые',
  backLabel: 'Вернуться к списку наставляемых',
  candidatesTitle: 'Подходящие наставники',
  candidatesLabel: (name: string) => `Наставники для: ${name}`,
  noCandidates: 'Подходящих наставников нет: причины — в разделе «Не подходят».',
  excluded: (n: number) => `Не подходят (${n})`,
  score: (n: number) => `${n} ${plural(n, 'балл', 'балла', 'баллов')}`,
  scoreLabel: (n: number, best: number) => `Оценка ${n} из лучших ${best}`,
  load: (load: number, capacity: number) => `нагрузка ${load} из ${capacity}`,
  createPair: 'Создать пару',
  createPairLabel: (mentor: string) => `Создать пару: наставник — ${mentor}`,
  addToGroup: 'Добавить в группу',
  addToGroupId: (pairId: string) => `Добавить в группу ${pairId}`,
  addToGroupLabel: (pairId: string, mentor: string) => `Добавить в группу ${pairId} (наставник — ${mentor})`,
  pairCreated: (id: string) => `Пара ${id} создана. Согласия и закрепление — во вкладке «Пары».`,
  addedToGroup: (id: string) => `Наставляемый добавлен в группу ${id}.`,
} as const;

export const SIDEBAR_TERMS = {
  formTitle: (mentor: string) => `Новая пара: наставник — ${mentor}`,
  form: 'Форма наставничества',
  kind: 'Вид наставничества',
  goal: 'Цель',
  goalPlaceholder: 'Например: адаптация в коллективе',
  start: 'Начало',
  end: 'Плановое окончание',
  termHint: 'Программа длится от 3 до 12 месяцев.',
  create: 'Создать',
  cancel: 'Отмена',
  sharedTitle: 'Условия для всех принимаемых пар',
} as const;

export const SIDEBAR_PROPOSAL = {
  title: 'Предложение подбора',
  total: (n: number, total: number) => `Пар: ${n}, сумма баллов: ${total}`,
  back: '← Отменить подбор',
  backLabel: 'Закрыть предложение и вернуться к списку',
  listLabel: 'Предложенные пары',
  checkLabel: (mentor: string, mentee: string) => `Принять: ${mentor} ← ${mentee}`,
  reasons: 'Почему',
  all: 'Выбрать все',
  none: 'Снять все',
  empty: 'Предложить нечего: ни для кого нет наставника со свободным местом и общим профилем.',
  unmatchedTitle: (n: number) => `Без пары (${n})`,
  unmatchedNote:
    'Дорожная карта требует поддержать этих педагогов и продолжить поиск наставника: ' +
    'проверьте их запросы и компетенции наставников, пригласите наставника из другой организации.',
  accept: (n: number) => `Принять выбранные (${n})`,
  accepted: (n: number) => `Создано пар: ${n}. Согласия и закрепление — во вкладке «Пары».`,
} as const;

export const SIDEBAR_PAIRS = {
  filterLabel: 'Фильтр по статусу',
  all: 'Все',
  filterCount: (title: string, n: number) => `${title} ${n}`,
  none: 'Пар пока нет: создайте их во вкладке «Подбор».',
  noneWithStatus: 'Нет пар с этим статусом.',
  listLabel: 'Пары и группы',
  cardLabel: (id: string, status: string, mentor: string) => `Пара ${id}, ${status}, наставник ${mentor}`,
  mentor: 'Наставник',
  mentees: (n: number) => (n > 1 ? 'Наставляемые' : 'Наставляемый'),
  group: 'группа',
  terms: (start: string, end: string) => `${start} — ${end}`,
  noDate: '—',
  order: (number: string, date: string) => (date ? `Приказ № ${number} от ${date}` : `Приказ № ${number}`),
  goal: (goal: string) => `Цель: ${goal}`,
  consents: 'Согласия',
  consentData: 'Согласие на обработку ПДн',
  consentDuties: 'Согласие на обязанности наставника (ст. 351.8 ТК РФ)',
  given: (date: string) => `есть, ${date}`,
  givenNoDate: 'есть',
  missingState: 'нет',
  withdrawnState: 'отозвано',
  markToday: 'Отметить: сегодня',
  markLabel: (what: string, who: string) => `Отметить: сегодня — ${what}, ${who}`,
  scanLink: 'Ссылка на скан (необязательно)',
  scanPlaceholder: 'https://…',
  withdraw: 'Отозвать…',
  withdrawLabel: (who: string) => `Отозвать согласие на обработку ПДн: ${who}`,
  withdrawDate: 'Дата отзыва',
  withdrawConfirm: 'Записать отзыв',
  cannotFix: 'Нельзя закрепить, пока нет согласий:',
  stillMissing: 'Не хватает согласий:',
  actions: {
    закреплена: 'Закрепить',
    активна: 'Начать',
    завершена: 'Завершить',
    прекращена: 'Прекратить',
    проект: 'Вернуть в проект',
  } as Record<string, string>,
  actionLabel: (action: string, id: string) => `${action}: пара ${id}`,
  reason: 'Причина',
  chooseReason: '— выберите причину —',
  endDate: 'Дата окончания',
  confirmClose: (action: string) => action,
  statusChanged: (id: string, status: string) => `Пара ${id}: статус «${status}».`,
  consentRecorded: 'Согласие отмечено.',
  withdrawalRecorded: 'Отзыв согласия записан.',
  closedOn: 'Окончание',
  closedReason: 'Причина',
  notice: 'Дата уведомления',
  noticeHint: (date: string) =>
    `Досрочно по инициативе участника — не ранее чем через 3 рабочих дня после уведомления другой стороны (ст. 351.8 ТК РФ): ` +
    `не ранее ${date}. Оставьте дату окончания пустой — её рассчитают по дате уведомления.`,
  endDateOptional: 'Дата окончания (необязательно)',
} as const;

/** The running programme of a pair: plan progress, meetings, extension, another mentor. */
export const SIDEBAR_LIFECYCLE = {
  plan: (done: number, total: number, lastMeeting: string) =>
    `План: ${done} из ${total}, ${lastMeeting ? `последняя встреча ${lastMeeting}` : 'встреч ещё не было'}`,
  noPlan: 'Плана ещё нет: сформируйте программу.',
  planLabel: (done: number, total: number) => `Выполнено пунктов плана: ${done} из ${total}`,
  actionsLabel: (id: string) => `Ход программы: пара ${id}`,
  meeting: 'Записать встречу',
  meetingLabel: (id: string) => `Записать встречу: пара ${id}`,
  meetingTitle: (id: string) => `Встреча пары ${id}`,
  meetingDate: 'Дата встречи',
  meetingTopic: 'Тема',
  topicPlaceholder: 'Например: разбор открытого урока',
  meetingResult: 'Итог (необязательно)',
  resultPlaceholder: 'Что получилось, что дальше',
  meetingSave: 'Записать',
  meetingLogged: (id: string, date: string) => `Встреча пары ${id} от ${date} записана в «Программы».`,
  extend: 'Продлить',
  extendLabel: (id: string) => `Продлить программу: пара ${id}`,
  extendTitle: (id: string) => `Продление программы пары ${id}`,
  newEnd: 'Новое плановое окончание',
  extendLimit: (date: string) => `Программа длится не более 12 месяцев: без особой причины — не позже ${date}.`,
  overrideReason: 'Причина продления сверх 12 месяцев',
  overrideHint: 'Общий срок превысит 12 месяцев: укажите причину, она будет записана в журнал.',
  extendSave: 'Продлить',
  extended: (id: string, date: string) => `Пара ${id}: плановое окончание — ${date}.`,
  replace: 'Сменить наставника',
  replaceLabel: (id: string) => `Сменить наставника по просьбе наставляемого: пара ${id}`,
  replaceTitle: (id: string) => `Смена наставника: пара ${id}`,
  replaceExplain: (id: string) =>
    `По просьбе наставляемого. Пара ${id} будет прекращена (причина «по инициативе наставляемого») и останется в реестре ` +
    'как история. Откроется новая пара с теми же наставляемыми, формой, видом и целью, с новым наставником; ' +
    'ей понадобятся согласия и приказ о закреплении.',
  newMentor: 'Новый наставник',
  chooseMentor: '— выберите наставника —',
  mentorOption: (name: string, load: number, capacity: number) => `${name} (нагрузка ${load} из ${capacity})`,
  mentorHint: 'Только активные наставники со свободным местом.',
  noMentors: 'Нет других активных наставников со свободным местом.',
  replaceSave: 'Сменить наставника',
  replaced: (oldId: string, newId: string, mentor: string) =>
    `Пара ${oldId} прекращена; открыта пара ${newId}, наставник ${mentor}.`,
} as const;

/** Documents made from the panel (generateDocuments). */
export const SIDEBAR_DOCS = {
  label: 'Документы',
  listLabel: (id: string) => `Документы пары ${id}`,
  programme: 'Программа',
  programmeLabel: (id: string) => `Сформировать программу наставничества пары ${id}`,
  dutiesConsent: 'Согласие наставника',
  dutiesConsentLabel: (id: string) => `Сформировать согласие наставника на выполнение обязанностей: пара ${id}`,
  dataConsent: 'Бланк согласия',
  dataConsentLabel: (who: string) => `Сформировать бланк согласия на обработку ПДн: ${who}`,
  open: (n: number, i: number) => (n > 1 ? `Открыть документ ${i + 1}` : 'Открыть документ'),
  newTab: 'откроется в новой вкладке',
  badLink: 'Документ сформирован, но ссылка не распознана: откройте папку документов на Диске.',
} as const;

/** Erasing a person's data after the consent is withdrawn (152-ФЗ). */
export const SIDEBAR_ERASE = {
  action: 'Удалить данные…',
  actionLabel: (who: string) => `Удалить персональные данные: ${who}`,
  title: (who: string) => `Удаление персональных данных: ${who}`,
  warning: (name: string, id: string) =>
    `Персональные данные ${name} (${id}) будут удалены из всех листов реестра, ответов на анкеты и документов; ` +
    'подписанные приказы останутся. В реестре сохранятся только ID, статус «выбыл» и обезличенные сведения для статистики. ' +
    'Отменить удаление нельзя.',
  typeId: (id: string) => `Чтобы подтвердить, введите ID: ${id}`,
  confirm: 'Удалить безвозвратно',
} as const;

/** «Что скоро»: what needs the curator's attention (getUpcoming). */
export const SIDEBAR_UPCOMING = {
  title: 'Что скоро',
  refresh: 'Обновить',
  refreshLabel: 'Обновить список «Что скоро»',
  roadmapDue: 'Мероприятия дорожной карты в ближайшие 14 дней',
  roadmapOverdue: 'Просроченные мероприятия',
  pairsEnding: 'Пары, которые завершаются в течение месяца',
  pairsWithoutProgramme: 'Пары без программы',
  peopleWithoutConsent: 'Без согласия на обработку персональных данных',
  count: (n: number) => String(n),
  none: 'Нет',
  due: (date: string) => `до ${date}`,
  overdue: (date: string) => `срок ${date} прошёл`,
  ending: (date: string) => `окончание ${date}`,
  mentor: (name: string) => `наставник ${name}`,
  consent: { missing: 'согласия нет', withdrawn: 'согласие отозвано', given: 'согласие есть' } as Record<string, string>,
  openPair: (id: string) => `Открыть пару ${id} во вкладке «Пары»`,
} as const;

/** «Документы»: the four orders (makeOrder) and documents for everyone (makeDocumentsForAll). */
export const SIDEBAR_SCHOOL_DOCS = {
  title: 'Документы',
  ordersTitle: 'Приказы',
  ordersHint: 'Приказ формируется по записям реестра; проект обновляется, пока приказ не подписан.',
  orders: {
    approval: 'Об утверждении Положения и дорожной карты',
    pairs: 'О закреплении пар и групп',
    completion: 'О завершении программ',
    reward: 'О поощрении наставников',
  },
  orderLabel: (title: string) => `Сформировать приказ «${title}»`,
  openOrder: 'Открыть приказ',
  openSigned: (number: string) => `Открыть подписанный приказ № ${number}`,
  signed: (number: string) => `Приказ № ${number} уже подписан. Сформировать новый?`,
  makeNew: 'Сформировать новый',
  makeNewLabel: (title: string) => `Сформировать новый приказ «${title}»`,
  cancel: 'Отмена',
  cancelLabel: (number: string) => `Отмена: не формировать новый приказ, оставить № ${number}`,
  allTitle: 'Документы для всех',
  printOneFile: 'Одним файлом для печати',
  printOneFileHint: 'Программы, согласия и отчёты — в одном документе, каждый с новой страницы и со своей нумерацией страниц',
  allHint:
    'Для всех, кому нужен документ. Большой набор создаётся частями: следующую часть создаёт «Продолжить» вверху панели или эта же кнопка.',
  all: {
    programme: 'Персонализированные программы',
    dataConsent: 'Согласия на обработку ПДн',
    dutiesConsent: 'Согласия наставников на обязанности',
    publishConsent: 'Согласия на распространение ПДн',
    mentorReport: 'Отчёты наставников',
    mentorAgreement: 'Дополнительные соглашения с наставниками',
    refusalNotice: 'Бланки уведомлений об отказе',
    monitoringNote: 'Аналитическая справка',
    siteMaterials: 'Материалы для сайта',
  },
  allLabel: (title: string) => `Сформировать для всех: ${title}`,
  resultLabel: (title: string) => `Результат: ${title}`,
} as const;

/** Unfinished batches of documents, above the tabs: each with its «Продолжить». */
export const SIDEBAR_BATCHES = {
  title: 'Не завершено',
  line: (what: string, done: number, total: number) => `${what}: сделано ${done} из ${total}`,
  continue: 'Продолжить',
  continueLabel: (what: string, done: number, total: number) => `Продолжить: ${what}, сделано ${done} из ${total}`,
} as const;

export const SIDEBAR_REGISTER = {
  title: 'Листы реестра',
  load: 'Показать листы реестра',
  counts: 'Записи',
  mentors: 'Наставники',
  mentees: 'Наставляемые',
  awaiting: 'ожидают пару',
  pairs: 'Пары',
  byStatus: (status: string, n: number) => `${status}: ${n}`,
  ok: 'Все листы на месте.',
} as const;

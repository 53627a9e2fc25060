/**
 * «Дорожная карта»: the template's stages and activities, the reasons given for computed
 * statuses, the messages of the roadmap actions, and the Russian word lists used to
 * recognise a curator's reworded activity. The stages, activities, typical timing and
 * responsible roles are the facts the five seed roadmaps share (../shared/DOMAIN.md,
 * ../shared/seeds); every sentence here is the product's own.
 */

/** Values of «Статус» (the same as the «Статусы мероприятий» vocabulary). */
export const ROADMAP_STATUS = {
  notStarted: 'не начато',
  inProgress: 'в работе',
  done: 'выполнено',
  overdue: 'просрочено',
} as const;

export type RoadmapStatus = (typeof ROADMAP_STATUS)[keyof typeof ROADMAP_STATUS];

/** Stages of the yearly cycle, in the order of the template. */
export const ROADMAP_STAGE_TITLES = {
  prep: 'Подготовка нормативных и организационных условий',
  menteeBank: 'Формирование банка наставляемых',
  mentorBank: 'Формирование банка наставников',
  training: 'Отбор и обучение наставников',
  pairs: 'Формирование наставнических пар и групп',
  work: 'Работа наставнических пар и групп',
  completion: 'Завершение программ и мониторинг',
  motivation: 'Мотивация и поощрение наставников',
  info: 'Информационная поддержка',
} as const;

export type RoadmapStageKey = keyof typeof ROADMAP_STAGE_TITLES;

/** Who answers for an activity: roles, never names. */
export const ROADMAP_ROLES = {
  director: 'директор',
  curator: 'куратор',
  mentors: 'наставники',
  mentees: 'наставляемые',
  methodUnion: 'методическое объединение наставников',
} as const;

export type RoadmapRole = keyof typeof ROADMAP_ROLES;

export interface RoadmapActivityText {
  /** «Мероприятие»: short, no full stop. */
  activity: string;
  /** «Содержание»: one sentence. */
  content: string;
}

/** Activities of the template by stable key (the key's first part names the stage). */
export const ROADMAP_ACTIVITIES = {
  'prep.regulation': {
    activity: 'Утверждение Положения и дорожной карты',
    content:
      'Разработать Положение о системе наставничества и дорожную карту на учебный год, обсудить их на педагогическом совете и утвердить приказом директора.',
  },
  'prep.curator': {
    activity: 'Назначение куратора',
    content:
      'Назначить приказом куратора из числа заместителей директора и возложить на него организацию наставничества, ведение реестра и отчётность.',
  },
  'prep.council': {
    activity: 'Информирование педагогического коллектива',
    content: 'Рассказать педагогам о целях, формах и этапах наставничества и о том, как стать наставником или наставляемым.',
  },
  'bank.mentees.survey': {
    activity: 'Анкетирование наставляемых',
    content:
      'Выявить анкетированием затруднения и запросы молодых специалистов, вновь принятых педагогов и тех, кому нужна методическая поддержка.',
  },
  'bank.mentees.formed': {
    activity: 'Банк наставляемых и согласия на обработку ПДн',
    content:
      'Внести сведения о наставляемых в реестр и получить от каждого отдельное письменное согласие на обработку персональных данных.',
  },
  'bank.mentors.survey': {
    activity: 'Анкетирование потенциальных наставников',
    content:
      'Выяснить анкетированием, кто из опытных педагогов готов стать наставником, в чём его сильные стороны и скольких коллег он может сопровождать.',
  },
  'bank.mentors.formed': {
    activity: 'Банк наставников и согласия на обработку ПДн',
    content:
      'Внести сведения о наставниках в реестр и получить от каждого отдельное письменное согласие на обработку персональных данных.',
  },
  'training.selection': {
    activity: 'Подбор наставников под запросы наставляемых',
    content:
      'Сопоставить запросы наставляемых с опытом и компетенциями наставников из банка и определить кандидатов для каждой программы.',
  },
  'training.sessions': {
    activity: 'Установочные сессии наставников',
    content:
      'Провести установочные встречи: разъяснить наставникам их права и обязанности, порядок составления программ и отчётов, организовать обмен опытом.',
  },
  'training.courses': {
    activity: 'Обучение наставников',
    content:
      'Направить наставников на курсы повышения квалификации по наставнической деятельности и обеспечить их методическими материалами.',
  },
  'pairs.matching': {
    activity: 'Подбор пар и групп',
    content:
      'Составить пары и группы по соответствию запросов наставляемых профилю наставника либо по взаимному выбору и провести первую встречу участников.',
  },
  'pairs.consents': {
    activity: 'Согласия наставников на выполнение обязанностей',
    content:
      'Получить письменное согласие каждого наставника на дополнительную работу с указанием её содержания, срока, формы и оплаты (ст. 351.8 ТК РФ).',
  },
  'pairs.order': {
    activity: 'Приказ о закреплении пар и групп',
    content:
      'Издать приказ о закреплении наставнических пар и групп с перечнем участников, форм наставничества и сроков программ.',
  },
  'pairs.programmes': {
    activity: 'Персонализированные программы',
    content:
      'Составить для каждой пары или группы персонализированную программу: цели, затруднения, план мероприятий со сроками и ожидаемыми результатами.',
  },
  'work.activities': {
    activity: 'Реализация программ наставничества',
    content:
      'Выполнять мероприятия программ: взаимные посещения уроков, консультации, совместную подготовку занятий и их разбор.',
  },
  'work.meetings': {
    activity: 'Промежуточные рефлексивные встречи',
    content:
      'Проводить встречи пар и групп, на которых участники обсуждают достигнутое и при необходимости уточняют план; отмечать встречи в реестре.',
  },
  'work.unpaired': {
    activity: 'Поддержка наставляемых без пары',
    content:
      'Оказывать методическую и психолого-педагогическую поддержку наставляемым, которым пока не подобран наставник, и продолжать его поиск.',
  },
  'work.midReview': {
    activity: 'Промежуточный контроль программ',
    content:
      'Проверить выполнение планов программ за первое полугодие и при необходимости скорректировать их по согласию наставника и наставляемого.',
  },
  'completion.final': {
    activity: 'Итоговая встреча участников программ',
    content: 'Подвести итоги работы каждой пары или группы и решить, завершить программу или продлить её.',
  },
  'completion.survey': {
    activity: 'Анкетирование удовлетворённости участников',
    content:
      'Провести итоговое анкетирование наставников и наставляемых: удовлетворённость программой, её польза и качество сопровождения.',
  },
  'completion.reports': {
    activity: 'Отчёты наставников о выполнении программ',
    content: 'Получить от каждого наставника письменный отчёт о выполнении программы и достигнутых результатах.',
  },
  'completion.order': {
    activity: 'Приказ о завершении программ',
    content: 'Издать приказ о завершении программ наставничества с перечнем пар и групп и их результатов.',
  },
  'completion.note': {
    activity: 'Аналитическая справка по итогам мониторинга',
    content:
      'Обобщить итоговые анкеты и отчёты наставников, рассчитать показатели эффективности наставничества и подготовить аналитическую справку.',
  },
  'completion.bestPractices': {
    activity: 'Круглый стол по лучшим практикам',
    content:
      'Провести итоговое мероприятие, на котором участники делятся удачным опытом, и пополнить методическую копилку школы.',
  },
  'motivation.reward': {
    activity: 'Приказ о поощрении наставников',
    content:
      'Подготовить приказ о поощрении наставников: благодарность, почётная грамота, стимулирующие выплаты по локальным актам школы.',
  },
  'info.site': {
    activity: 'Раздел «Наставничество» на сайте',
    content: 'Создать или обновить на сайте школы раздел «Наставничество» и разместить в нём локальные акты и дорожную карту.',
  },
  'info.coverage': {
    activity: 'Освещение хода мероприятий',
    content: 'В течение года публиковать на сайте и в официальных сообществах школы новости о мероприятиях дорожной карты.',
  },
  'info.municipal': {
    activity: 'Сведения в муниципальный орган',
    content:
      'Направить в муниципальный орган управления образованием сведения о наставниках и наставляемых по установленной форме.',
  },
  'info.results': {
    activity: 'Публикация результатов на сайте',
    content:
      'Разместить на сайте результаты завершённых программ и сведения о наставниках, давших согласие на распространение персональных данных.',
  },
} as const satisfies Record<string, RoadmapActivityText>;

export type RoadmapActivityKey = keyof typeof ROADMAP_ACTIVITIES;

const pad = (n: number) => String(n).padStart(2, '0');
const day = (d: Date) => `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`;

/** «1 человек», «2 человека», «5 человек». */
function people(n: number): string {
  const last = n % 10;
  const lastTwo = n % 100;
  const word = last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'человека' : 'человек';
  return `${n} ${word}`;
}

/** Short reasons shown beside a computed status (the «Что скоро» list, the sidebar, notes). */
export const ROADMAP_REASONS = {
  manualDone: 'отмечено как выполненное вручную',
  noDates: 'сроки не указаны',
  startsOn: (from: Date) => `начало — ${day(from)}`,
  dueBy: (to: Date) => `срок — до ${day(to)}`,
  noEnd: 'срок окончания не указан',
  overdueSince: (to: Date) => `срок истёк ${day(to)}`,
  join: (when: string, detail: string) => `${when}; ${detail}`,

  approvalSigned: 'приказ об утверждении Положения и дорожной карты подписан',
  approvalMissing: 'приказ об утверждении Положения и дорожной карты ещё не подписан',
  curatorAppointed: 'куратор назначен приказом',
  curatorMissing: 'приказ о назначении куратора ещё не подписан',

  menteeSurveyDone: (answers: number) => `анкетирование проведено, анкет наставляемых: ${answers}`,
  menteeSurveyAnswers: (answers: number) => `анкет наставляемых получено: ${answers}`,
  mentorSurveyDone: (answers: number) => `анкетирование проведено, анкет наставников: ${answers}`,
  mentorSurveyAnswers: (answers: number) => `анкет наставников получено: ${answers}`,

  menteeBankDone: (count: number) => `банк наставляемых сформирован: ${people(count)}, согласия у всех`,
  menteeBankEmpty: 'в банке наставляемых пока никого нет',
  menteeBankConsents: (withConsent: number, count: number) =>
    `в банке наставляемых ${people(count)}, согласия на обработку ПДн у ${withConsent}`,
  mentorBankDone: (count: number) => `банк наставников сформирован: ${people(count)}, согласия у всех`,
  mentorBankEmpty: 'в банке наставников пока никого нет',
  mentorBankConsents: (withConsent: number, count: number) =>
    `в банке наставников ${people(count)}, согласия на обработку ПДн у ${withConsent}`,

  selectionDone: (pairs: number) => `наставники подобраны, пар и групп: ${pairs}`,
  noPairsYet: 'пары и группы ещё не сформированы',
  noMentorsInPairs: 'наставники пар и групп ещё не определены',
  trainingDone: (mentors: number) => `обучение прошли все наставники пар и групп (${mentors})`,
  trainingPartial: (trained: number, mentors: number) => `обучение прошли ${trained} из ${mentors} наставников пар и групп`,

  matchingAll: (pairs: number) => `пар и групп: ${pairs}, все наставляемые закреплены`,
  matchingPartial: (pairs: number, unpaired: number) => `пар и групп: ${pairs}, без пары: ${people(unpaired)}`,
  dutiesDone: (mentors: number) => `согласия на обязанности наставника есть у всех (${mentors})`,
  dutiesPartial: (given: number, mentors: number) => `согласия на обязанности наставника: ${given} из ${mentors}`,
  pairsOrderSigned: (fixed: number, pairs: number) => `приказ о закреплении подписан, закреплено: ${fixed} из ${pairs}`,
  pairsOrderMissing: 'приказ о закреплении пар и групп ещё не подписан',
  programmesDone: (pairs: number) => `программы составлены для всех пар и групп (${pairs})`,
  programmesPartial: (made: number, pairs: number) => `программы составлены: ${made} из ${pairs}`,

  activitiesDone: (planned: number) => `выполнены все мероприятия программ (${planned})`,
  activitiesPartial: (done: number, planned: number) => `выполнено мероприятий программ: ${done} из ${planned}`,
  activitiesNone: 'в программах ещё нет мероприятий',
  meetingsDone: (pairs: number) => `встречи проведены во всех парах и группах (${pairs})`,
  meetingsPartial: (met: number, pairs: number) => `встречи проведены в ${met} из ${pairs} пар и групп`,
  unpairedNone: 'все наставляемые закреплены за наставниками',
  unpairedLeft: (unpaired: number) => `без пары: ${people(unpaired)}`,

  finishedAll: (pairs: number) => `все программы завершены (${pairs})`,
  finishedPartial: (finished: number, pairs: number) => `завершено программ: ${finished} из ${pairs}`,
  satisfaction: (answers: number, expected: number) => `итоговых анкет получено: ${answers} из ${expected}`,
  satisfactionNone: 'итоговых анкет пока нет',
  reportsDone: (mentors: number) => `отчёты представили все наставники (${mentors})`,
  reportsPartial: (reports: number, mentors: number) => `отчётов наставников: ${reports} из ${mentors}`,
  completionSigned: 'приказ о завершении программ подписан',
  completionMissing: 'приказ о завершении программ ещё не подписан',
  noteMade: 'аналитическая справка сформирована',
  noteMissing: 'аналитическая справка ещё не сформирована',

  rewardSigned: 'приказ о поощрении наставников подписан',
  rewardMissing: 'приказ о поощрении наставников ещё не подписан',

  siteSet: 'адрес раздела «Наставничество» указан в настройках',
  siteMissing: 'адрес раздела «Наставничество» не указан в настройках',
  sitePublished: 'материалы для сайта подготовлены',
  siteNotPublished: 'материалы для сайта ещё не подготовлены',
  municipalMade: 'сведения для муниципального органа сформированы',
  municipalMissing: 'сведения для муниципального органа ещё не сформированы',
} as const;

/** Messages of the roadmap actions (menu, sidebar). */
export const ROADMAP_MESSAGES = {
  noStage: 'Без этапа',
  badYear: (start: Date, end: Date) =>
    `Окончание учебного года (${day(end)}) раньше его начала (${day(start)}): исправьте даты в листе «Настройки».`,
  invalidYear: 'В листе «Настройки» не указаны даты начала и окончания учебного года.',
  filled: (count: number) => `Дорожная карта заполнена по шаблону: мероприятий — ${count}.`,
  nothingMissing: 'В дорожной карте уже есть все мероприятия шаблона.',
  confirmMissing: (lines: readonly string[]) =>
    `В дорожной карте нет мероприятий шаблона (${lines.length}):\n• ${lines.join('\n• ')}\n\nДобавить их в конец листа?`,
  missingLine: (stage: string, activity: string) => `${stage}: ${activity}`,
  added: (count: number) => `В дорожную карту добавлено мероприятий: ${count}.`,
  statusesUpdated: (count: number) => `Статусы мероприятий пересчитаны: ${count}.`,
  progressHeading: 'Выполнение по этапам:',
  stageLine: (stage: string, done: number, total: number, overdue: number) =>
    `${stage}: выполнено ${done} из ${total}${overdue ? `, просрочено ${overdue}` : ''}`,
  journalFill: 'Заполнение дорожной карты по шаблону',
  journalAdd: 'Добавление мероприятий шаблона в дорожную карту',
  journalStatuses: 'Пересчёт статусов дорожной карты',
} as const;

/**
 * Word lists for recognising a reworded activity (not shown to users). Endings are cut
 * longest first; service words and words every roadmap row shares carry no meaning for
 * telling one activity from another.
 */
export const ROADMAP_LANGUAGE = {
  endings: [
    'иями',
    'ями',
    'ами',
    'ого',
    'его',
    'ому',
    'ему',
    'ыми',
    'ими',
    'ией',
    'ий',
    'ый',
    'ой',
    'им',
    'ым',
    'ая',
    'яя',
    'ое',
    'ее',
    'ые',
    'ие',
    'ых',
    'их',
    'ую',
    'юю',
    'ов',
    'ев',
    'ей',
    'ам',
    'ям',
    'ах',
    'ях',
    'ом',
    'ем',
    'ию',
    'ия',
    'ии',
    'а',
    'я',
    'ы',
    'и',
    'у',
    'ю',
    'е',
    'о',
    'ь',
    'й',
  ],
  serviceWords: [
    'и',
    'в',
    'во',
    'на',
    'по',
    'о',
    'об',
    'с',
    'со',
    'к',
    'ко',
    'для',
    'из',
    'за',
    'от',
    'до',
    'при',
    'а',
    'или',
    'либо',
    'их',
    'его',
    'ее',
    'не',
    'среди',
    'также',
    'том',
    'числе',
    'т',
    'ч',
    'под',
    'без',
    'как',
    'что',
    'это',
    'этап',
  ],
  commonWords: [
    'проведение',
    'организация',
    'подготовка',
    'разработка',
    'формирование',
    'издание',
    'осуществление',
    'сбор',
    'наставничество',
    'педагог',
    'педагогический',
    'работник',
    'система',
    'образовательный',
    'школа',
  ],
} as const;

/** Title of the roadmap's dialogs. */
export const ROADMAP_TITLE = 'Дорожная карта';

/**
 * Realistic inputs of every document kind, shared by the composition tests (test/domain)
 * and the LibreOffice render tests (test/render).
 *
 * An invented school (МБОУ СОШ № 7, г. Энск) with names that exercise the name helper
 * (double-barrelled surname, ё, a Turkic patronymic), and the school of seed 000 (facts
 * only: its name, place, director, and the date and number of its order).
 */
import type { DocModel } from '../../src/domain/docModel';
import {
  type ApprovalOrderInput,
  approvalOrder,
  type CompletionOrderInput,
  completionOrder,
  type MentorDutiesConsentInput,
  mentorDutiesConsent,
  type MentorReportInput,
  mentorReport,
  type MonitoringReportInput,
  monitoringReport,
  type OrderRequisites,
  type PairForOrder,
  type PairsOrderInput,
  pairsOrder,
  type PersonalDataConsentInput,
  personalDataConsent,
  personalisedProgramme,
  type Person,
  type ProgrammeInput,
  type PublishConsentInput,
  publishConsent,
  type RewardOrderInput,
  rewardOrder,
  type SiteMaterialsInput,
  siteMaterials,
} from '../../src/domain/documents';

export const d = (y: number, m: number, day: number) => new Date(y, m - 1, day);

export const ENSK = {
  fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7 города Энска»',
  shortName: 'МБОУ СОШ № 7',
  place: 'г. Энск',
};

export const DIRECTOR: Person = { fullName: 'Громов Пётр Алексеевич', position: 'Директор' };
export const CURATOR: Person = { fullName: 'Петрова Анна Ивановна', position: 'Заместитель директора по УВР' };

export const REQUISITES: OrderRequisites = {
  organisation: ENSK,
  date: d(2026, 11, 21),
  number: '45-од',
  director: DIRECTOR,
};

export const MENTOR_1: Person = { fullName: 'Иванова-Петрова Алёна Сергеевна', position: 'учитель', subject: 'Математика' };
export const MENTOR_2: Person = { fullName: 'Дергачёв Семён Ильич', position: 'учитель', subject: 'Физика' };
export const MENTOR_3: Person = { fullName: 'Алиев Эльдар Рашид оглы', position: 'педагог-психолог' };
export const MENTEE_1: Person = { fullName: 'Сидоров Борис Викторович', position: 'учитель', subject: 'Математика' };
export const MENTEE_2: Person = { fullName: 'Ёлкина Юлия Олеговна', position: 'учитель', subject: 'Физика' };
export const MENTEE_3: Person = { fullName: 'Кузнецова Мария Андреевна', position: 'учитель', subject: 'Физика' };
export const MENTEE_4: Person = { fullName: 'Орлов Глеб Денисович', position: 'учитель начальных классов' };

export const PAIRS: PairForOrder[] = [
  {
    pairId: 'П-0001',
    mentor: MENTOR_1,
    mentees: [MENTEE_1],
    form: 'педагог – педагог',
    kind: 'традиционное',
    start: d(2026, 12, 1),
    plannedEnd: d(2027, 5, 31),
    consentsComplete: true,
    missing: [],
  },
  {
    pairId: 'П-0002',
    mentor: MENTOR_2,
    mentees: [MENTEE_2, MENTEE_3],
    form: 'педагог – педагог',
    kind: 'групповое',
    start: d(2026, 12, 1),
    plannedEnd: d(2027, 2, 28),
    consentsComplete: true,
    missing: [],
  },
  {
    pairId: 'П-0003',
    mentor: MENTOR_3,
    mentees: [MENTEE_4],
    form: 'педагог – педагог',
    kind: 'ситуационное',
    start: d(2026, 12, 7),
    plannedEnd: d(2027, 12, 6),
    consentsComplete: true,
    missing: [],
  },
];

export const PAIRS_INPUT: PairsOrderInput = {
  requisites: REQUISITES,
  pairs: PAIRS,
  curator: CURATOR,
  regulation: { date: d(2026, 9, 1), number: '112-од' },
};

export const APPROVAL_INPUT: ApprovalOrderInput = {
  requisites: { ...REQUISITES, date: d(2026, 9, 1), number: '112-од' },
  schoolYear: '2026/2027',
  curator: CURATOR,
  roadmap: [
    {
      stage: 'Нормативная база',
      activity: 'Приказ об утверждении Положения и дорожной карты',
      to: d(2026, 9, 1),
      responsible: 'Директор',
    },
    {
      stage: 'Нормативная база',
      activity: 'Раздел «Наставничество» на сайте школы',
      content: 'Положение, дорожная карта, контакты куратора',
      from: d(2026, 9, 1),
      to: d(2026, 9, 15),
      responsible: 'Куратор',
    },
    {
      stage: 'Банк наставляемых',
      activity: 'Анкета наставляемых и согласия на обработку данных',
      from: d(2026, 9, 1),
      to: d(2026, 9, 30),
      responsible: 'Куратор',
    },
    { stage: 'Банк наставников', activity: 'Анкета наставников', term: 'в течение сентября', responsible: 'Куратор' },
    { stage: 'Итоги', activity: 'Итоговый семинар наставников', to: d(2027, 5, 31), responsible: 'Куратор, наставники' },
  ],
};

export const COMPLETION_INPUT: CompletionOrderInput = {
  requisites: { ...REQUISITES, date: d(2027, 6, 2), number: '78-од' },
  curator: CURATOR,
  reportDue: d(2027, 6, 20),
  pairs: [
    {
      pairId: 'П-0001',
      mentor: MENTOR_1,
      mentees: [MENTEE_1],
      start: d(2026, 12, 1),
      plannedEnd: d(2027, 5, 31),
      endDate: d(2027, 5, 31),
      reason: 'программа выполнена полностью',
    },
    {
      pairId: 'П-0002',
      mentor: MENTOR_2,
      mentees: [MENTEE_2, MENTEE_3],
      start: d(2026, 12, 1),
      plannedEnd: d(2027, 2, 28),
      endDate: d(2027, 2, 15),
      reason: 'по инициативе наставляемого',
      result: 'переход наставляемого в другую организацию',
    },
  ],
};

export const REWARD_INPUT: RewardOrderInput = {
  requisites: { ...REQUISITES, date: d(2027, 6, 10), number: '81-од' },
  curator: CURATOR,
  schoolYear: '2026/2027',
  rewards: [
    {
      mentor: MENTOR_1,
      reward: 'certificate',
      grounds: 'за подготовку наставляемого к участию в муниципальном конкурсе молодых педагогов',
    },
    { mentor: MENTOR_2, reward: 'bonus', amount: 5000, grounds: 'за полное выполнение групповой программы наставничества' },
    { mentor: MENTOR_3, reward: 'gratitude', grounds: 'за психолого-педагогическую поддержку молодого учителя' },
  ],
};

export const PROGRAMME_INPUT: ProgrammeInput = {
  organisation: ENSK,
  pairId: 'П-0001',
  mentor: MENTOR_1,
  mentees: [
    {
      ...MENTEE_1,
      difficulties: ['Дисциплина и организация работы класса', 'Оценивание и обратная связь', 'Работа с трудными подростками'],
    },
  ],
  curator: CURATOR,
  form: 'педагог – педагог',
  kind: 'традиционное',
  start: d(2026, 12, 1),
  end: d(2027, 5, 31),
  plan: [],
  approval: { approver: DIRECTOR },
};

export const PD_INPUT: PersonalDataConsentInput = {
  organisation: ENSK,
  subject: { fullName: MENTEE_2.fullName, role: 'mentee' },
};

export const DUTIES_INPUT: MentorDutiesConsentInput = {
  organisation: ENSK,
  mentor: MENTOR_2,
  mentees: [MENTEE_2, MENTEE_3],
  form: 'педагог – педагог',
  kind: 'групповое',
  start: d(2026, 12, 1),
  end: d(2027, 2, 28),
  pay: 3000,
};

export const PUBLISH_INPUT: PublishConsentInput = {
  organisation: ENSK,
  subject: { fullName: MENTOR_1.fullName, role: 'mentor', email: 'ivanova@school7.example' },
  siteAddress: 'https://school7.example/nastavnichestvo',
  validUntil: d(2027, 8, 31),
};

export const REPORT_INPUT: MentorReportInput = {
  organisation: ENSK,
  pairId: 'П-0002',
  mentor: MENTOR_2,
  mentees: [MENTEE_2, MENTEE_3],
  form: 'педагог – педагог',
  kind: 'групповое',
  start: d(2026, 12, 1),
  plannedEnd: d(2027, 2, 28),
  endDate: d(2027, 2, 26),
  plan: [
    { kind: 'meeting', activity: 'Установочная встреча', term: d(2026, 12, 1), expectedResult: 'План согласован', done: true },
    {
      kind: 'activity',
      activity: 'Посещение уроков наставника',
      term: d(2026, 12, 20),
      expectedResult: 'Разобраны приёмы',
      done: true,
    },
    { kind: 'meeting', activity: 'Промежуточная встреча', term: d(2027, 1, 15), expectedResult: 'План уточнён', done: true },
    {
      kind: 'activity',
      activity: 'Открытый урок наставляемого',
      term: d(2027, 2, 10),
      expectedResult: 'Урок проведён',
      done: false,
    },
    { kind: 'meeting', activity: 'Итоговая встреча', term: d(2027, 2, 26), expectedResult: 'Итоги подведены', done: false },
  ],
  satisfaction: { mentee: { start: 6.5, end: 8.25 }, mentor: { start: 7, end: null } },
};

export const MONITORING_INPUT: MonitoringReportInput = {
  organisation: ENSK,
  schoolYear: '2026/2027',
  curator: CURATOR,
  date: d(2027, 6, 15),
  counts: {
    mentors: 10,
    mentees: 12,
    pairsActive: 3,
    pairsCompleted: 6,
    menteesUnder35: 9,
    satisfactionStart: 6.4,
    satisfactionEnd: 8.1,
  },
  indicators: [
    { indicator: 'Доля наставляемых, закреплённых за наставником', value: 91.7, unit: '%' },
    { indicator: 'Выполнено мероприятий дорожной карты', value: '14 из 16' },
    { indicator: 'Наставников, прошедших обучение', value: null },
  ],
};

export const SITE_INPUT: SiteMaterialsInput = {
  organisationShortName: ENSK.shortName,
  schoolYear: '2026/2027',
  mentors: [
    { fullName: MENTOR_1.fullName, position: MENTOR_1.position, subject: 'Математика', consentToPublish: true },
    { fullName: MENTOR_2.fullName, position: MENTOR_2.position, subject: 'Физика', consentToPublish: false },
    { fullName: MENTOR_3.fullName, position: MENTOR_3.position, subject: 'Психология', consentToPublish: true },
  ],
  programmes: [
    {
      form: 'педагог – педагог',
      kind: 'традиционное',
      start: d(2026, 12, 1),
      end: d(2027, 5, 31),
      result: 'Наставляемый провёл открытый урок и подготовил учеников к олимпиаде',
      mentor: { fullName: MENTOR_1.fullName, position: MENTOR_1.position, subject: 'Математика', consentToPublish: true },
    },
    { form: 'педагог – педагог', kind: 'групповое', start: d(2026, 12, 1), end: d(2027, 2, 15), result: 'Программа выполнена' },
  ],
};

/** Seed 000: the school and its order of 08.04.2022 № 40-од (facts only). */
export const SEED_000 = {
  organisation: {
    fullName: 'Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 8',
    shortName: 'МБОУ СОШ № 8',
    place: 'г. Пятигорск',
  },
  director: { fullName: 'Е.С. Дергачёв', position: 'Директор' },
  date: d(2022, 4, 8),
  number: '40-од',
};

/** One model of every kind the register composes. */
export const allDocuments = (): Record<string, DocModel> => ({
  approval: approvalOrder(APPROVAL_INPUT),
  pairs: pairsOrder(PAIRS_INPUT),
  completion: completionOrder(COMPLETION_INPUT),
  reward: rewardOrder(REWARD_INPUT),
  programme: personalisedProgramme(PROGRAMME_INPUT),
  programmeGroup: personalisedProgramme({
    ...PROGRAMME_INPUT,
    pairId: 'П-0002',
    mentor: MENTOR_2,
    mentees: [
      { ...MENTEE_2, difficulties: ['Подготовка к ОГЭ и ЕГЭ'] },
      { ...MENTEE_3, difficulties: ['Цифровые образовательные ресурсы', 'подготовка к ОГЭ и ЕГЭ'] },
    ],
  }),
  personalData: personalDataConsent(PD_INPUT),
  duties: mentorDutiesConsent(DUTIES_INPUT),
  publish: publishConsent(PUBLISH_INPUT),
  report: mentorReport(REPORT_INPUT),
  monitoring: monitoringReport(MONITORING_INPUT),
  site: siteMaterials(SITE_INPUT),
});

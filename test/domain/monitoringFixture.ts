/**
 * A hand-built register for the monitoring tests: 8 mentors and 11 mentees (one of each
 * known only from last year's history), 10 pairs (one of last year), plans, answers and a
 * roadmap. School year 01.09.2025–31.05.2026, today 15.03.2026. The expected numbers are
 * worked out by hand in the tests, not by the code under test.
 */
import type {
  MonitoringInput,
  MonitoringMentee,
  MonitoringMentor,
  MonitoringPair,
  MonitoringProgrammeEntry,
  RoadmapRow,
  SatisfactionAnswer,
} from '../../src/domain/monitoring';

/** 'YYYY-MM-DD' → local midnight. */
export const d = (iso: string): Date => {
  const [y, m, day] = iso.split('-').map(Number);
  return new Date(y, m - 1, day);
};

export const PP = 'педагог – педагог';
export const HEAD = 'руководитель образовательной организации – педагог';
export const UNI = 'педагог вуза (колледжа) – молодой педагог';
export const FULL = 'программа выполнена полностью';
export const BY_MENTOR = 'по инициативе наставника';
export const BY_MENTEE = 'по инициативе наставляемого';
export const BY_CURATOR = 'по решению куратора: программа не выполняется';
export const YOUNG = 'молодой специалист';

export const mentors: MonitoringMentor[] = [
  {
    id: 'НТ-1',
    status: 'активен',
    ageBand: '40–44 лет',
    qualification: 'высшая',
    careerGroup: 'В — суперпрофессионалы',
    consentData: d('2025-09-01'),
    consentDuties: d('2025-09-10'),
    consentPublish: d('2025-09-10'),
    trainingDate: d('2025-08-25'),
  },
  {
    id: 'НТ-2',
    status: 'активен',
    ageBand: '50–54 лет',
    qualification: 'первая',
    careerGroup: 'Б — профессионалы',
    consentData: d('2025-09-01'),
    consentDuties: d('2025-09-12'),
    trainingDate: d('2025-08-25'),
  },
  {
    id: 'НТ-3',
    status: 'активен',
    ageBand: '30–34 лет',
    qualification: 'высшая',
    careerGroup: 'Б — профессионалы',
    consentData: d('2025-09-02'),
    consentPublish: d('2025-09-02'),
  },
  {
    id: 'НТ-4',
    status: 'кандидат',
    ageBand: '35–39 лет',
    qualification: 'первая',
    careerGroup: 'Б — профессионалы',
    consentData: d('2025-09-03'),
  },
  // consent withdrawn in January: the publish consent no longer counts either
  {
    id: 'НТ-5',
    status: 'приостановлен',
    ageBand: '60–64 лет',
    qualification: 'педагог-наставник',
    careerGroup: 'Г — послепрофессиональный период',
    consentData: d('2025-09-01'),
    consentWithdrawn: d('2026-01-10'),
    consentPublish: d('2025-09-05'),
    trainingDate: d('2024-06-01'),
  },
  // left, but mentored П-6 this year: counted
  {
    id: 'НТ-6',
    status: 'выбыл',
    ageBand: '45–49 лет',
    qualification: 'высшая',
    careerGroup: 'В — суперпрофессионалы',
    consentData: d('2025-09-01'),
  },
  // left, only last year's П-8: history, not counted
  {
    id: 'НТ-7',
    status: 'выбыл',
    ageBand: '55–59 лет',
    qualification: 'высшая',
    careerGroup: 'В — суперпрофессионалы',
    consentData: d('2024-09-01'),
    trainingDate: d('2024-08-01'),
  },
  // nothing filled in but the status and the training
  { id: 'НТ-8', status: 'активен', ageBand: '', qualification: '', careerGroup: '', trainingDate: d('2025-08-26') },
];

export const mentees: MonitoringMentee[] = [
  { id: 'НЯ-1', status: 'в паре', ageBand: 'до 25 лет', menteeCategory: YOUNG, consentData: d('2025-09-05') },
  { id: 'НЯ-2', status: 'в паре', ageBand: '25–29 лет', menteeCategory: YOUNG, consentData: d('2025-09-05') },
  // typed with a hyphen: still the band «25–29 лет»
  { id: 'НЯ-3', status: 'в паре', ageBand: '25-29 лет', menteeCategory: 'вновь принятый педагог', consentData: d('2025-09-05') },
  { id: 'НЯ-4', status: 'завершил программу', ageBand: '30–34 лет', menteeCategory: YOUNG, consentData: d('2025-09-05') },
  { id: 'НЯ-5', status: 'ожидает пару', ageBand: 'до 25 лет', menteeCategory: YOUNG, consentData: d('2025-09-06') },
  {
    id: 'НЯ-6',
    status: 'ожидает пару',
    ageBand: '40–44 лет',
    menteeCategory: 'педагог после длительного перерыва',
    consentData: d('2025-09-06'),
  },
  // consent withdrawn; only a draft pair
  {
    id: 'НЯ-7',
    status: 'ожидает пару',
    ageBand: '35–39 лет',
    menteeCategory: 'педагог, испытывающий профессиональные затруднения',
    consentData: d('2025-09-06'),
    consentWithdrawn: d('2025-12-01'),
  },
  // finished last year (П-8): history, not counted
  {
    id: 'НЯ-8',
    status: 'завершил программу',
    ageBand: '45–49 лет',
    menteeCategory: 'вновь принятый педагог',
    consentData: d('2024-09-06'),
  },
  { id: 'НЯ-9', status: 'в паре', ageBand: '50–54 лет', menteeCategory: '' },
  {
    id: 'НЯ-10',
    status: 'завершил программу',
    ageBand: '30–34 лет',
    menteeCategory: 'педагог, сменивший предмет или профиль',
    consentData: d('2025-09-07'),
  },
  { id: 'НЯ-11', status: 'ожидает пару', ageBand: '25–29 лет', menteeCategory: YOUNG },
];

export const pairs: MonitoringPair[] = [
  {
    id: 'П-1',
    mentorId: 'НТ-1',
    menteeIds: ['НЯ-1'],
    form: PP,
    kind: 'традиционное',
    status: 'активна',
    startDate: d('2025-10-01'),
    plannedEnd: d('2026-05-31'),
    dutiesConsent: d('2025-09-25'),
  },
  // a group; past its planned end; no duties date of its own, the mentor's counts
  {
    id: 'П-2',
    mentorId: 'НТ-2',
    menteeIds: ['НЯ-2', 'НЯ-3'],
    form: PP,
    kind: 'групповое',
    status: 'активна',
    startDate: d('2025-10-01'),
    plannedEnd: d('2026-03-01'),
  },
  // no duties consent anywhere; no plan
  {
    id: 'П-3',
    mentorId: 'НТ-3',
    menteeIds: ['НЯ-9'],
    form: HEAD,
    kind: 'виртуальное (дистанционное)',
    status: 'закреплена',
    startDate: d('2026-02-01'),
    plannedEnd: d('2026-08-01'),
  },
  {
    id: 'П-4',
    mentorId: 'НТ-1',
    menteeIds: ['НЯ-4'],
    form: HEAD,
    kind: 'краткосрочное (целеполагающее)',
    status: 'завершена',
    startDate: d('2025-09-15'),
    plannedEnd: d('2025-12-15'),
    endDate: d('2025-12-10'),
    completionReason: FULL,
  },
  {
    id: 'П-5',
    mentorId: 'НТ-2',
    menteeIds: ['НЯ-5'],
    form: PP,
    kind: 'традиционное',
    status: 'прекращена',
    startDate: d('2025-10-01'),
    plannedEnd: d('2026-04-01'),
    endDate: d('2025-11-20'),
    completionReason: BY_MENTEE,
  },
  {
    id: 'П-6',
    mentorId: 'НТ-6',
    menteeIds: ['НЯ-6'],
    form: PP,
    kind: 'ситуационное',
    status: 'прекращена',
    startDate: d('2025-09-20'),
    plannedEnd: d('2026-03-20'),
    endDate: d('2026-01-15'),
    completionReason: BY_MENTOR,
  },
  // a draft; the form typed with a hyphen
  { id: 'П-7', mentorId: 'НТ-4', menteeIds: ['НЯ-7'], form: 'педагог - педагог', kind: 'реверсивное', status: 'проект' },
  // last year's: ended before 01.09.2025
  {
    id: 'П-8',
    mentorId: 'НТ-7',
    menteeIds: ['НЯ-8'],
    form: PP,
    kind: 'традиционное',
    status: 'завершена',
    startDate: d('2024-10-01'),
    plannedEnd: d('2025-05-31'),
    endDate: d('2025-05-30'),
    completionReason: FULL,
  },
  // completed in full, ten days late
  {
    id: 'П-9',
    mentorId: 'НТ-5',
    menteeIds: ['НЯ-10'],
    form: UNI,
    kind: 'традиционное',
    status: 'завершена',
    startDate: d('2025-09-01'),
    plannedEnd: d('2026-01-31'),
    endDate: d('2026-02-10'),
    completionReason: FULL,
  },
  // stopped by the curator; form and kind blank
  {
    id: 'П-10',
    mentorId: 'НТ-8',
    menteeIds: ['НЯ-11'],
    form: '',
    kind: '',
    status: 'прекращена',
    startDate: d('2025-10-15'),
    plannedEnd: d('2026-04-15'),
    endDate: d('2026-02-20'),
    completionReason: BY_CURATOR,
  },
];

export const programmes: MonitoringProgrammeEntry[] = [
  { pairId: 'П-1', entryType: 'мероприятие', term: d('2025-11-01'), done: true },
  { pairId: 'П-1', entryType: 'мероприятие', term: d('2026-02-01'), done: false },
  { pairId: 'П-1', entryType: 'мероприятие', term: d('2026-04-30'), done: false },
  { pairId: 'П-1', entryType: 'встреча', term: d('2025-12-01'), done: null },
  { pairId: 'П-1', entryType: 'встреча', term: d('2026-04-01'), done: null },
  { pairId: 'П-2', entryType: 'мероприятие', term: d('2025-12-01'), done: true },
  { pairId: 'П-2', entryType: 'встреча', term: d('2026-01-20'), done: true },
  { pairId: 'П-4', entryType: 'мероприятие', term: d('2025-10-15'), done: true },
  { pairId: 'П-4', entryType: 'мероприятие', term: d('2025-11-30'), done: false },
  { pairId: 'П-4', entryType: 'встреча', term: d('2025-12-05'), done: false },
  { pairId: 'П-8', entryType: 'мероприятие', term: d('2025-01-15'), done: true },
  { pairId: 'П-9', entryType: '', term: d('2026-01-10'), done: true },
];

export const satisfaction: SatisfactionAnswer[] = [
  { pairId: 'П-1', role: 'mentee', stage: 'start', score: 6 },
  { pairId: 'П-1', role: 'mentor', stage: 'start', score: 8 },
  { pairId: 'П-1', role: 'mentee', stage: 'end', score: 11 }, // out of 1–10: ignored
  { pairId: 'П-1', role: 'mentee', stage: 'end', score: 0 }, // ignored
  { pairId: 'П-2', role: 'mentee', stage: 'start', score: 5 },
  { pairId: 'П-2', role: 'mentee', stage: 'start', score: 7 },
  { pairId: 'П-2', role: 'mentor', stage: 'start', score: 9 },
  { pairId: 'П-4', role: 'mentee', stage: 'start', score: 6 },
  { pairId: 'П-4', role: 'mentee', stage: 'end', score: 9 },
  { pairId: 'П-4', role: 'mentor', stage: 'start', score: 7 },
  { pairId: 'П-4', role: 'mentor', stage: 'end', score: 8 },
  { pairId: 'П-9', role: 'mentee', stage: 'start', score: 7 },
  { pairId: 'П-9', role: 'mentee', stage: 'end', score: 8 },
  { pairId: 'П-9', role: 'mentor', stage: 'end', score: 10 },
  { pairId: 'П-8', role: 'mentee', stage: 'end', score: 2 }, // last year's pair: ignored
  { pairId: 'П-99', role: 'mentee', stage: 'start', score: 1 }, // no such pair: ignored
];

export const roadmap: RoadmapRow[] = [
  { status: 'выполнено' },
  { status: 'выполнено' },
  { status: 'выполнено' },
  { status: 'в работе' },
  { status: 'в работе' },
  { status: 'не начато' },
  { status: 'просрочено' },
  { status: '' },
];

export function demoInput(): MonitoringInput {
  return {
    mentors,
    mentees,
    pairs,
    programmes,
    satisfaction,
    roadmap,
    today: d('2026-03-15'),
    schoolYearStart: d('2025-09-01'),
    schoolYearEnd: d('2026-05-31'),
  };
}

/**
 * Texts of «Мониторинг» and of «Сведения о наставниках и наставляемых» (Russian): group
 * titles, indicator names, units, the municipal table and the charts. Register values the
 * computation matches (statuses, the «full» completion reason, the young-specialist
 * category) are listed here too; a test checks that each belongs to its vocabulary.
 */

import { SCORE_UNIT } from './documents';

/** Units of the «Единица» column. */
export const UNITS = {
  people: 'чел.',
  percent: '%',
  score: SCORE_UNIT,
  count: 'ед.',
} as const;

export type IndicatorUnit = (typeof UNITS)[keyof typeof UNITS];

/** Register values the indicators depend on (must be values of src/domain/vocabulary.ts). */
export const VALUES = {
  mentorActive: 'активен',
  mentorLeft: 'выбыл',
  menteeFinished: 'завершил программу',
  menteeLeft: 'выбыл',
  pairDraft: 'проект',
  pairFixed: 'закреплена',
  pairActive: 'активна',
  pairCompleted: 'завершена',
  pairStopped: 'прекращена',
  reasonFull: 'программа выполнена полностью',
  youngSpecialist: 'молодой специалист',
  roadmapDone: 'выполнено',
  roadmapOverdue: 'просрочено',
  entryMeeting: 'встреча',
} as const;

/** Section titles of «Мониторинг» (the Indicator's group). */
export const GROUPS = {
  mentors: 'Наставники',
  qualification: 'Наставники по квалификационным категориям',
  careerGroup: 'Наставники по периодам профессиональной карьеры',
  mentees: 'Наставляемые',
  category: 'Наставляемые по категориям',
  age: 'Возрастной состав участников',
  pairs: 'Наставнические пары и группы',
  status: 'Пары и группы по статусу',
  form: 'Пары и группы по формам наставничества',
  kind: 'Пары и группы по видам наставничества',
  programmes: 'Реализация программ наставничества',
  satisfaction: 'Удовлетворённость участников (по анкетам, из 10 баллов)',
  consents: 'Согласия участников',
  roadmap: 'Дорожная карта',
} as const;

/** «(форма: педагог – педагог)» or «(форма не указана)». */
const detail = (what: string, value: string | null, missing: string) => (value === null ? `(${missing})` : `(${what}: ${value})`);

/** Indicator names («Показатель»). */
export const NAMES = {
  mentorsTotal: 'Наставников, всего',
  mentorsActive: 'Действующих наставников (статус «активен»)',
  mentorsInPairs: 'Наставников, ведущих пары или группы',
  mentorsTrained: 'Наставников, прошедших обучение',
  mentorsTrainedShare: 'Доля наставников, прошедших обучение',
  mentorsQualification: (v: string | null) => `Наставников ${detail('квалификационная категория', v, 'категория не указана')}`,
  mentorsCareerGroup: (v: string | null) => `Наставников ${detail('период карьеры', v, 'период карьеры не указан')}`,

  menteesTotal: 'Наставляемых, всего',
  menteesInPairs: 'Наставляемых в действующих парах и группах',
  menteesFinished: 'Наставляемых, завершивших программу в учебном году',
  menteesWaiting: 'Наставляемых без пары (ожидают подбора наставника)',
  youngSpecialists: 'Молодых специалистов среди наставляемых',
  youngSpecialistsCovered: 'Молодых специалистов, охваченных наставничеством',
  youngSpecialistsCoveredShare: 'Доля молодых специалистов, охваченных наставничеством',
  menteesCategory: (v: string | null) => `Наставляемых ${detail('категория', v, 'категория не указана')}`,

  mentorsAge: (v: string | null) => `Наставников ${detail('возраст', v, 'возраст не указан')}`,
  menteesAge: (v: string | null) => `Наставляемых ${detail('возраст', v, 'возраст не указан')}`,
  mentorsUnder35: 'Наставников в возрасте до 35 лет',
  mentorsUnder35Share: 'Доля наставников в возрасте до 35 лет',
  menteesUnder35: 'Наставляемых в возрасте до 35 лет',
  menteesUnder35Share: 'Доля наставляемых в возрасте до 35 лет',
  participantsUnder35Share: 'Доля педагогов в возрасте до 35 лет среди всех участников',

  pairsTotal: 'Пар и групп в учебном году, всего',
  pairsPairs: 'Пар (один наставляемый)',
  pairsGroups: 'Групп (два наставляемых и более)',
  pairsOngoing: 'Пар и групп, реализующих программы (закреплены или активны)',
  pairsOverdue: 'Действующих пар и групп с истёкшим плановым сроком',
  pairsWithoutProgramme: 'Действующих пар и групп без плана программы',
  pairsStatus: (v: string | null) => `Пар и групп ${detail('статус', v, 'статус не указан')}`,
  pairsForm: (v: string | null) => `Пар и групп ${detail('форма', v, 'форма не указана')}`,
  pairsKind: (v: string | null) => `Пар и групп ${detail('вид', v, 'вид не указан')}`,

  programmesClosed: 'Программ, завершённых или прекращённых в учебном году',
  programmesCompletedFully: 'Программ, выполненных полностью',
  programmesOnTime: 'Программ, выполненных полностью в плановый срок',
  programmesLate: 'Программ, выполненных полностью позже планового срока',
  programmesOnTimeShare: 'Доля программ, выполненных в срок, среди завершённых и прекращённых',
  programmesEarly: 'Программ, прекращённых досрочно, всего',
  programmesEarlyReason: (v: string | null) => `Программ, прекращённых досрочно ${detail('причина', v, 'причина не указана')}`,
  activitiesTotal: 'Мероприятий в планах программ',
  activitiesDone: 'Мероприятий программ выполнено',
  activitiesDoneShare: 'Доля выполненных мероприятий программ',
  activitiesOverdue: 'Мероприятий действующих программ, не выполненных в срок',
  meetingsHeld: 'Проведено встреч наставников и наставляемых',

  satisfactionMenteesStart: 'Удовлетворённость наставляемых в начале программы',
  satisfactionMenteesEnd: 'Удовлетворённость наставляемых по завершении программы',
  satisfactionMenteesChange: 'Изменение удовлетворённости наставляемых',
  satisfactionMentorsStart: 'Удовлетворённость наставников в начале программы',
  satisfactionMentorsEnd: 'Удовлетворённость наставников по завершении программы',
  satisfactionMentorsChange: 'Изменение удовлетворённости наставников',
  satisfactionAnswers: 'Получено анкет об удовлетворённости',

  consentData: 'Участников с действующим согласием на обработку персональных данных',
  consentDataShare: 'Доля участников с действующим согласием на обработку персональных данных',
  consentWithdrawn: 'Участников, отозвавших согласие на обработку персональных данных',
  consentDuties: 'Действующих пар и групп с согласием наставника на выполнение обязанностей',
  consentDutiesShare: 'Доля действующих пар и групп с согласием наставника на выполнение обязанностей',
  consentPublish: 'Наставников с согласием на распространение персональных данных',
  consentPublishShare: 'Доля наставников с согласием на распространение персональных данных',

  roadmapTotal: 'Мероприятий дорожной карты, всего',
  roadmapStatus: (v: string | null) => `Мероприятий дорожной карты ${detail('статус', v, 'статус не указан')}`,
  roadmapDoneShare: 'Выполнение дорожной карты',
} as const;

/** Short labels of breakdown rows without a value (charts and the municipal table). */
export const MISSING = {
  age: 'возраст не указан',
  category: 'категория не указана',
  form: 'форма не указана',
  kind: 'вид не указан',
  status: 'статус не указан',
  reason: 'причина не указана',
  qualification: 'категория не указана',
  careerGroup: 'период карьеры не указан',
} as const;

/** «Сведения о наставниках и наставляемых» for the municipal office. */
export const MUNICIPAL = {
  title: 'Сведения о наставниках и наставляемых',
  organisationPlaceholder: '(наименование образовательной организации)',
  schoolYear: (year: string) => `${year} учебный год`,
  asOf: (date: string | null) => `по состоянию на ${date ?? '«___» ____________ 20___ г.'}`,
  ageTitle: '1. Наставники и наставляемые по возрастным группам',
  ageHeader: ['Возрастная группа', 'Наставники, чел.', 'Наставляемые, чел.', 'Итого, чел.'],
  total: 'Итого',
  under35: 'в том числе в возрасте до 35 лет',
  categoryTitle: '2. Наставляемые по категориям',
  categoryHeader: [
    'Категория наставляемых',
    'Наставляемые, чел.',
    'в том числе в возрасте до 35 лет, чел.',
    'в том числе охвачены наставничеством, чел.',
  ],
  formTitle: '3. Наставнические пары и группы по формам наставничества',
  formHeader: [
    'Форма наставничества',
    'Пары, ед.',
    'Группы, ед.',
    'Наставники, чел.',
    'Наставляемые, чел.',
    'Участники, всего, чел.',
  ],
  formNote:
    'Учтены пары и группы, закреплённые в учебном году (кроме проектов). Участник нескольких пар или групп в строке «Итого» учитывается один раз.',
} as const;

/** Titles of the embedded charts of «Мониторинг» and of their data columns. */
export const CHARTS = {
  status: { title: 'Пары и группы по статусу', header: ['Статус', 'Пары и группы'] },
  satisfaction: {
    title: 'Удовлетворённость участников, баллов из 10',
    header: ['Участники', 'В начале программы', 'По завершении программы'],
    mentees: 'Наставляемые',
    mentors: 'Наставники',
  },
  age: { title: 'Участники по возрастным группам', header: ['Возрастная группа', 'Наставники', 'Наставляемые'] },
  form: { title: 'Пары и группы по формам наставничества', header: ['Форма наставничества', 'Пары и группы'] },
  outcomes: {
    title: 'Итоги завершённых и прекращённых программ',
    header: ['Итог', 'Программы'],
    onTime: 'выполнены в срок',
    late: 'выполнены позже срока',
    noTerm: 'выполнены, срок не указан',
    early: (reason: string) => `прекращены: ${reason}`,
  },
  roadmap: { title: 'Дорожная карта: статусы мероприятий', header: ['Статус', 'Мероприятия'] },
} as const;

/** Messages of the monitoring actions. */
export const MONITORING_ACTIONS = {
  title: 'Мониторинг',
  done: (indicators: number, charts: number) =>
    `Мониторинг обновлён: показателей — ${indicators}, диаграмм — ${charts}. Лист «Сведения о наставниках и наставляемых» готов к выгрузке.`,
  journal: 'Обновление мониторинга',
} as const;

/**
 * Default vocabularies of the register («Справочники»). The curator may add values in the
 * sheet; these defaults are written once, when a vocabulary column is created.
 * Facts come from ../shared/DOMAIN.md; wording is the product's own.
 */
export type VocabularyKey =
  | 'subjects'
  | 'positions'
  | 'levels'
  | 'competences'
  | 'forms'
  | 'kinds'
  | 'menteeCategories'
  | 'qualificationCategories'
  | 'careerGroups'
  | 'ageBands'
  | 'mentorStatuses'
  | 'menteeStatuses'
  | 'pairStatuses'
  | 'completionReasons'
  | 'programmeEntryTypes'
  | 'roadmapStatuses'
  | 'orderStatuses'
  | 'sources'
  | 'readiness';

export interface Vocabulary {
  key: VocabularyKey;
  /** Column header in «Справочники». */
  title: string;
  values: readonly string[];
}

export const AGE_BANDS = [
  'до 25 лет',
  '25–29 лет',
  '30–34 лет',
  '35–39 лет',
  '40–44 лет',
  '45–49 лет',
  '50–54 лет',
  '55–59 лет',
  '60–64 лет',
  '65 лет и старше',
] as const;

/** Bands that make up «до 35 лет» in statistics. */
export const UNDER_35_BANDS: readonly string[] = AGE_BANDS.slice(0, 3);

export const PAIR_STATUSES = ['проект', 'закреплена', 'активна', 'завершена', 'прекращена'] as const;

/** Values of «Вид записи» in «Программы». */
export const ENTRY_TYPES = { activity: 'мероприятие', meeting: 'встреча' } as const;

/** A person who left the programme (kept for anonymous counts). */
export const PERSON_LEFT = 'выбыл';

export const VOCABULARIES: readonly Vocabulary[] = [
  {
    key: 'subjects',
    title: 'Предметы и направления',
    values: [
      'Русский язык и литература',
      'Математика',
      'Информатика',
      'Физика',
      'Химия',
      'Биология',
      'География',
      'История и обществознание',
      'Иностранный язык',
      'Начальные классы',
      'Физическая культура',
      'Основы безопасности и защиты Родины',
      'Музыка',
      'Изобразительное искусство',
      'Труд (технология)',
      'Дошкольное образование',
      'Дополнительное образование',
      'Психолого-педагогическое сопровождение',
      'Логопедия и дефектология',
      'Воспитательная работа',
    ],
  },
  {
    key: 'positions',
    title: 'Должности',
    values: [
      'учитель',
      'учитель-логопед',
      'учитель-дефектолог',
      'педагог-психолог',
      'социальный педагог',
      'педагог дополнительного образования',
      'педагог-организатор',
      'советник директора по воспитанию',
      'воспитатель',
      'преподаватель',
      'методист',
      'заместитель директора',
      'директор',
    ],
  },
  {
    key: 'levels',
    title: 'Уровни образования',
    values: ['дошкольное', 'начальное общее', 'основное общее', 'среднее общее', 'среднее профессиональное', 'дополнительное'],
  },
  {
    key: 'competences',
    title: 'Компетенции и затруднения',
    values: [
      'Рабочая программа и планирование уроков',
      'Требования ФГОС и ФОП',
      'Дисциплина и организация работы класса',
      'Активные методы обучения',
      'Оценивание и обратная связь',
      'Подготовка к ОГЭ и ЕГЭ',
      'Функциональная грамотность',
      'Дети с ОВЗ и инклюзивное обучение',
      'Работа с одарёнными детьми',
      'Цифровые образовательные ресурсы',
      'Работа с родителями',
      'Классное руководство',
      'Проектная и исследовательская деятельность',
      'Ведение школьной документации',
      'Подготовка к аттестации',
      'Профилактика профессионального выгорания',
    ],
  },
  {
    key: 'forms',
    title: 'Формы наставничества',
    values: [
      'педагог – педагог',
      'руководитель образовательной организации – педагог',
      'работодатель – студент',
      'студент – студент',
      'преподаватель – студент',
      'педагог вуза (колледжа) – молодой педагог',
    ],
  },
  {
    key: 'kinds',
    title: 'Виды наставничества',
    values: [
      'традиционное',
      'групповое',
      'виртуальное (дистанционное)',
      'краткосрочное (целеполагающее)',
      'реверсивное',
      'ситуационное',
      'скоростное',
    ],
  },
  {
    key: 'menteeCategories',
    title: 'Категории наставляемых',
    values: [
      'молодой специалист',
      'вновь принятый педагог',
      'педагог после длительного перерыва',
      'педагог, сменивший предмет или профиль',
      'педагог, испытывающий профессиональные затруднения',
    ],
  },
  {
    key: 'qualificationCategories',
    title: 'Квалификационные категории',
    values: ['без категории', 'соответствие занимаемой должности', 'первая', 'высшая', 'педагог-методист', 'педагог-наставник'],
  },
  {
    key: 'careerGroups',
    title: 'Группы по периоду карьеры',
    values: ['А — допрофессиональный период', 'Б — профессионалы', 'В — суперпрофессионалы', 'Г — послепрофессиональный период'],
  },
  { key: 'ageBands', title: 'Возрастные группы', values: AGE_BANDS },
  {
    key: 'mentorStatuses',
    title: 'Статусы наставников',
    values: ['кандидат', 'активен', 'приостановлен', 'выбыл'],
  },
  {
    key: 'menteeStatuses',
    title: 'Статусы наставляемых',
    values: ['ожидает пару', 'в паре', 'завершил программу', 'выбыл'],
  },
  { key: 'pairStatuses', title: 'Статусы пар и групп', values: PAIR_STATUSES },
  {
    key: 'completionReasons',
    title: 'Причины завершения',
    values: [
      'программа выполнена полностью',
      'по инициативе наставника',
      'по инициативе наставляемого',
      'по решению куратора: программа не выполняется',
    ],
  },
  { key: 'programmeEntryTypes', title: 'Виды записей программы', values: [ENTRY_TYPES.activity, ENTRY_TYPES.meeting] },
  {
    key: 'roadmapStatuses',
    title: 'Статусы мероприятий',
    values: ['не начато', 'в работе', 'выполнено', 'просрочено'],
  },
  { key: 'orderStatuses', title: 'Статусы приказов', values: ['проект', 'подписан', 'отменён'] },
  { key: 'sources', title: 'Источники записей', values: ['вручную', 'анкета', 'импорт'] },
  {
    key: 'readiness',
    title: 'Готовность к наставничеству',
    values: ['готов(а) стать наставником', 'готов(а) после обучения', 'пока не готов(а)'],
  },
];

export function vocabularyByKey(key: VocabularyKey): Vocabulary {
  const found = VOCABULARIES.find((v) => v.key === key);
  if (!found) throw new Error(`Unknown vocabulary ${key}`);
  return found;
}

/**
 * The demo school: МБОУ СОШ № 7 of the invented town of Энск, about forty teachers with
 * invented names (a seeded generator picks them), the register's settings, ten mentors and
 * twelve mentees, and the two pairs the curator has already made. Pure data:
 * playground/demo/build.ts writes it into a workbook.
 *
 * Made to show the pairing: eight active mentors with competences, capacities (1 to 3) and
 * consent dates (one still without the personal-data consent), two candidates; mentees whose
 * requests meet their colleagues' competences, three without a data consent, some who named a
 * wished mentor, and one whom no active mentor fits.
 * The same seed gives the same school every time.
 */
import { AGE_BANDS, vocabularyByKey } from '../../src/domain/vocabulary';
import type { ColumnKey, SettingKey } from '../../src/i18n/register';
import { FEMALE_NAMES, MALE_NAMES, PATRONYMICS, SURNAMES, transliterate } from './names';
import { Random } from './random';

export const DEMO_SEED = 20260901;
export const EMAIL_DOMAIN = 'school7.example';
export const ORG_FULL_NAME =
  'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7 города Энска»';
export const ORG_SHORT_NAME = 'МБОУ СОШ № 7';
export const SPREADSHEET_NAME = 'Реестр наставничества — МБОУ СОШ № 7';

type Role = 'director' | 'curator' | 'deputy' | 'mentor' | 'mentee' | 'staff';

interface Post {
  role: Role;
  position: string;
  subject: string;
  level: string;
  experience: number;
  /** Chance the person is a woman (schools employ mostly women). */
  female?: number;
  menteeCategory?: string;
}

const P = (
  role: Role,
  position: string,
  subject: string,
  level: string,
  experience: number,
  extra: Partial<Post> = {},
): Post => ({
  role,
  position,
  subject,
  level,
  experience,
  ...extra,
});

const YOUNG = 'молодой специалист';
const BASIC = 'основное общее';
const UPPER = 'среднее общее';
const PRIMARY = 'начальное общее';

/** The staff list: who teaches what and how long; names are drawn at random. */
const POSTS: readonly Post[] = [
  P('director', 'директор', 'История и обществознание', UPPER, 28),
  P('curator', 'заместитель директора', 'Русский язык и литература', UPPER, 22, { female: 1 }),
  P('deputy', 'заместитель директора', 'Воспитательная работа', BASIC, 18),
  // Mentors.
  P('mentor', 'учитель', 'Русский язык и литература', UPPER, 25),
  P('mentor', 'учитель', 'Математика', UPPER, 30),
  P('mentor', 'учитель', 'Начальные классы', PRIMARY, 21, { female: 1 }),
  P('mentor', 'учитель', 'Начальные классы', PRIMARY, 16, { female: 1 }),
  P('mentor', 'учитель', 'Иностранный язык', BASIC, 18),
  P('mentor', 'учитель', 'Физика', UPPER, 27, { female: 0.5 }),
  P('mentor', 'учитель', 'Биология', BASIC, 14),
  P('mentor', 'учитель', 'История и обществознание', UPPER, 19, { female: 0.5 }),
  P('mentor', 'педагог-психолог', 'Психолого-педагогическое сопровождение', BASIC, 15),
  P('mentor', 'учитель', 'Информатика', BASIC, 12, { female: 0.4 }),
  // Mentees.
  P('mentee', 'учитель', 'Русский язык и литература', BASIC, 0, { menteeCategory: YOUNG }),
  P('mentee', 'учитель', 'Математика', BASIC, 1, { menteeCategory: YOUNG }),
  P('mentee', 'учитель', 'Начальные классы', PRIMARY, 0, { menteeCategory: YOUNG, female: 1 }),
  P('mentee', 'учитель', 'Начальные классы', PRIMARY, 2, { menteeCategory: YOUNG, female: 1 }),
  P('mentee', 'учитель', 'Иностранный язык', BASIC, 1, { menteeCategory: YOUNG }),
  P('mentee', 'учитель', 'Физика', BASIC, 4, { menteeCategory: 'вновь принятый педагог', female: 0.5 }),
  P('mentee', 'учитель', 'Химия', BASIC, 0, { menteeCategory: YOUNG }),
  P('mentee', 'учитель', 'История и обществознание', BASIC, 9, { menteeCategory: 'педагог после длительного перерыва' }),
  P('mentee', 'учитель', 'Информатика', BASIC, 6, { menteeCategory: 'педагог, сменивший предмет или профиль', female: 0.5 }),
  P('mentee', 'педагог дополнительного образования', 'Дополнительное образование', 'дополнительное', 1, {
    menteeCategory: YOUNG,
    female: 0.5,
  }),
  P('mentee', 'учитель', 'Физическая культура', BASIC, 12, {
    menteeCategory: 'педагог, испытывающий профессиональные затруднения',
    female: 0.3,
  }),
  P('mentee', 'учитель-логопед', 'Логопедия и дефектология', PRIMARY, 0, { menteeCategory: YOUNG, female: 1 }),
  // The rest of the staff.
  P('staff', 'учитель', 'Математика', UPPER, 11),
  P('staff', 'учитель', 'Русский язык и литература', BASIC, 8),
  P('staff', 'учитель', 'География', BASIC, 17),
  P('staff', 'учитель', 'Химия', UPPER, 36),
  P('staff', 'учитель', 'Музыка', BASIC, 9),
  P('staff', 'учитель', 'Изобразительное искусство', BASIC, 13),
  P('staff', 'учитель', 'Труд (технология)', BASIC, 24, { female: 0.4 }),
  P('staff', 'учитель', 'Основы безопасности и защиты Родины', UPPER, 6, { female: 0.2 }),
  P('staff', 'учитель', 'Физическая культура', BASIC, 20, { female: 0.4 }),
  P('staff', 'учитель', 'Начальные классы', PRIMARY, 37, { female: 1 }),
  P('staff', 'учитель', 'Начальные классы', PRIMARY, 7, { female: 1 }),
  P('staff', 'учитель', 'Иностранный язык', UPPER, 5),
  P('staff', 'социальный педагог', 'Психолого-педагогическое сопровождение', BASIC, 10),
  P('staff', 'советник директора по воспитанию', 'Воспитательная работа', BASIC, 3),
  P('staff', 'учитель', 'Биология', UPPER, 3),
];

export interface Teacher {
  role: Role;
  female: boolean;
  surname: string;
  firstName: string;
  patronymic: string;
  /** «Фамилия Имя Отчество». */
  fullName: string;
  /** «И.О. Фамилия», as documents print it. */
  signature: string;
  email: string;
  position: string;
  subject: string;
  level: string;
  experience: number;
  age: number;
  ageBand: string;
  qualification: string;
  careerGroup: string;
  menteeCategory?: string;
}

export type RowValues = Partial<Record<ColumnKey, string | number | Date>>;

export interface DemoSchool {
  staff: Teacher[];
  settings: Partial<Record<SettingKey, string | number | Date>>;
  mentors: RowValues[];
  mentees: RowValues[];
  /** «Пары»: made before the demo opens. */
  pairs: RowValues[];
  curator: Teacher;
}

/** Midnight of a day in Moscow (UTC+3 all year), whatever the process's time zone. */
export function moscowDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day, -3));
}

function ageBandOf(age: number): string {
  if (age < 25) return AGE_BANDS[0];
  if (age >= 65) return AGE_BANDS[AGE_BANDS.length - 1];
  return AGE_BANDS[Math.floor((age - 25) / 5) + 1];
}

function qualificationOf(post: Post, random: Random): string {
  const e = post.experience;
  if (post.role === 'mentor') return random.pick(['высшая', 'высшая', 'первая', 'педагог-наставник', 'педагог-методист']);
  if (e < 2) return 'без категории';
  if (e < 5) return 'соответствие занимаемой должности';
  if (e < 10) return random.pick(['первая', 'соответствие занимаемой должности']);
  return random.pick(['высшая', 'первая']);
}

function careerGroupOf(experience: number, age: number, qualification: string): string {
  if (experience < 3) return 'А — допрофессиональный период';
  if (age >= 60) return 'Г — послепрофессиональный период';
  if (experience >= 15 && ['высшая', 'педагог-наставник', 'педагог-методист'].includes(qualification)) {
    return 'В — суперпрофессионалы';
  }
  return 'Б — профессионалы';
}

function makeTeachers(random: Random): Teacher[] {
  const usedNames = new Set<string>();
  const usedEmails = new Set<string>();
  return POSTS.map((post) => {
    const female = random.chance(post.female ?? 0.8);
    let base: string;
    do base = random.pick(SURNAMES);
    while (usedNames.has(base));
    usedNames.add(base);
    const surname = female ? `${base}а` : base;
    const firstName = random.pick(female ? FEMALE_NAMES : MALE_NAMES);
    const patronymic = random.pick(PATRONYMICS)[female ? 1 : 0];
    const initials = `${firstName[0]}.${patronymic[0]}.`;
    let email = `${transliterate(surname)}.${transliterate(firstName[0] + patronymic[0])}@${EMAIL_DOMAIN}`;
    for (let n = 2; usedEmails.has(email); n++) email = email.replace('@', `${n}@`);
    usedEmails.add(email);
    const age = Math.min(66, 22 + post.experience + random.int(0, post.experience < 3 ? 2 : 6));
    const qualification = qualificationOf(post, random);
    return {
      role: post.role,
      female,
      surname,
      firstName,
      patronymic,
      fullName: `${surname} ${firstName} ${patronymic}`,
      signature: `${initials} ${surname}`,
      email,
      position: post.position,
      subject: post.subject,
      level: post.level,
      experience: post.experience,
      age,
      ageBand: ageBandOf(age),
      qualification,
      careerGroup: careerGroupOf(post.experience, age, qualification),
      menteeCategory: post.menteeCategory,
    };
  });
}

/** Competences a mentor of this subject offers beyond the common ones. */
function subjectCompetences(subject: string): string[] {
  switch (subject) {
    case 'Русский язык и литература':
    case 'Математика':
    case 'Физика':
    case 'История и обществознание':
    case 'Биология':
      return ['Подготовка к ОГЭ и ЕГЭ', 'Функциональная грамотность'];
    case 'Начальные классы':
      return ['Функциональная грамотность', 'Классное руководство'];
    case 'Психолого-педагогическое сопровождение':
      return ['Дети с ОВЗ и инклюзивное обучение', 'Профилактика профессионального выгорания'];
    case 'Информатика':
      return ['Цифровые образовательные ресурсы', 'Проектная и исследовательская деятельность'];
    default:
      return ['Активные методы обучения'];
  }
}

/** «Наставники» row (0-based) of the active mentor whose data consent is still missing. */
const MENTOR_WITHOUT_CONSENT = 7;
/** The mentee no active mentor fits (only a candidate mentor has the competence). */
const UNMATCHED_SUBJECT = 'Дополнительное образование';
const UNMATCHED_REQUEST = 'Дети с ОВЗ и инклюзивное обучение';

const COMMON_COMPETENCES = [
  'Рабочая программа и планирование уроков',
  'Требования ФГОС и ФОП',
  'Дисциплина и организация работы класса',
  'Активные методы обучения',
  'Оценивание и обратная связь',
  'Работа с родителями',
  'Ведение школьной документации',
  'Подготовка к аттестации',
];

const YOUNG_REQUESTS = [
  'Рабочая программа и планирование уроков',
  'Дисциплина и организация работы класса',
  'Оценивание и обратная связь',
  'Ведение школьной документации',
  'Работа с родителями',
  'Требования ФГОС и ФОП',
];

const OTHER_REQUESTS = [
  'Активные методы обучения',
  'Функциональная грамотность',
  'Цифровые образовательные ресурсы',
  'Подготовка к аттестации',
  'Дети с ОВЗ и инклюзивное обучение',
  'Профилактика профессионального выгорания',
  'Классное руководство',
];

/** Values joined as a «choices» cell stores them, in the vocabulary's order. */
function joinChoices(values: string[]): string {
  const order = vocabularyByKey('competences').values;
  return [...new Set(values)].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join('; ');
}

function id(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, '0')}`;
}

export function demoSchool(seed = DEMO_SEED): DemoSchool {
  const random = new Random(seed);
  const staff = makeTeachers(random);
  const director = staff.find((t) => t.role === 'director')!;
  const curator = staff.find((t) => t.role === 'curator')!;
  const mentorStaff = staff.filter((t) => t.role === 'mentor');
  const menteeStaff = staff.filter((t) => t.role === 'mentee');

  const mentors: RowValues[] = mentorStaff.map((t, i) => {
    const extra = random.sample(COMMON_COMPETENCES, random.int(1, 2));
    const competences = joinChoices([...random.sample(subjectCompetences(t.subject), random.int(1, 2)), ...extra]);
    const trained = i < 6;
    const row: RowValues = {
      id: id('НТ', i + 1),
      fullName: t.fullName,
      position: t.position,
      subject: t.subject,
      level: t.level,
      experience: t.experience,
      qualification: t.qualification,
      careerGroup: t.careerGroup,
      ageBand: t.ageBand,
      competences,
      maxMentees: i === 2 ? 3 : i === 7 ? 1 : 2,
      email: t.email,
      status: i < 8 ? 'активен' : 'кандидат',
      source: i % 4 === 3 ? 'анкета' : 'вручную',
    };
    if (trained) {
      row.trainingDate = moscowDate(2026, 6, random.int(8, 19));
      row.trainingCourse = 'Наставничество в образовательной организации (36 ч)';
    }
    if (i < 8) {
      const signed = moscowDate(2026, 8, random.int(24, 31));
      // One active mentor's personal-data consent has not come back signed yet.
      if (i !== MENTOR_WITHOUT_CONSENT) row.consentData = signed;
    }
    if (i < 6) row.consentDuties = moscowDate(2026, 8, random.int(25, 31));
    if (i % 3 === 0) row.consentPublish = moscowDate(2026, 8, random.int(25, 31));
    return row;
  });

  const mentees: RowValues[] = menteeStaff.map((t, i) => {
    const pool = t.menteeCategory === YOUNG ? YOUNG_REQUESTS : OTHER_REQUESTS;
    const asked = random.sample(pool, random.int(1, 3));
    // A teacher of the same subject usually offers something the mentee asks for.
    const colleague = mentors[mentorStaff.findIndex((m) => m.subject === t.subject)];
    const offered = colleague
      ? String(colleague.competences)
          .split('; ')
          .find((c) => pool.includes(c))
      : undefined;
    if (offered) asked.push(offered);
    // Nobody active at school offers what this one needs: the matching must say so.
    const requests = joinChoices(t.subject === UNMATCHED_SUBJECT ? [UNMATCHED_REQUEST] : asked);
    const row: RowValues = {
      id: id('НЯ', i + 1),
      fullName: t.fullName,
      position: t.position,
      subject: t.subject,
      level: t.level,
      experience: t.experience,
      ageBand: t.ageBand,
      menteeCategory: t.menteeCategory!,
      careerGroup: t.careerGroup,
      requests,
      email: t.email,
      status: 'ожидает пару',
      source: i % 3 === 1 ? 'анкета' : 'вручную',
    };
    // A few ask for a mentor by name: someone who teaches the same subject.
    const sameSubject = mentorStaff.find((m) => m.subject === t.subject);
    if (sameSubject && i % 4 === 0) row.wishedMentor = sameSubject.fullName;
    if (i % 4 !== 3) row.consentData = moscowDate(2026, 8, random.int(26, 31));
    return row;
  });

  const settings: DemoSchool['settings'] = {
    orgFullName: ORG_FULL_NAME,
    orgShortName: ORG_SHORT_NAME,
    place: 'г. Энск',
    directorPosition: 'Директор',
    directorName: director.signature,
    curatorPosition: 'Заместитель директора по учебно-воспитательной работе',
    curatorName: curator.signature,
    siteSection: 'https://school7-ensk.example/nastavnichestvo',
    municipalBody: 'Управление образования администрации города Энска',
    // A .docx copy beside each document: «Файлы на Диске» offers it for download at once.
    docxCopies: 'да',
  };

  // One pair waits for the mentor's consent to the duties; one is fixed by order and running.
  const pairs: RowValues[] = [
    {
      id: id('П', 1),
      mentorId: id('НТ', 3),
      menteeIds: id('НЯ', 3),
      form: 'педагог – педагог',
      kind: 'традиционное',
      goal: 'Адаптация молодого учителя: планирование уроков и работа с родителями',
      startDate: moscowDate(2026, 9, 1),
      plannedEnd: moscowDate(2027, 5, 31),
      status: 'проект',
    },
    {
      id: id('П', 2),
      mentorId: id('НТ', 2),
      menteeIds: id('НЯ', 2),
      form: 'педагог – педагог',
      kind: 'традиционное',
      goal: 'Рабочая программа, ведение документации и работа с родителями в первый год',
      startDate: moscowDate(2026, 9, 1),
      plannedEnd: moscowDate(2027, 5, 31),
      dutiesConsent: moscowDate(2026, 8, 28),
      orderNumber: '112-о',
      orderDate: moscowDate(2026, 8, 31),
      status: 'активна',
    },
  ];
  for (const pair of pairs) {
    for (const mentee of mentees) if (mentee.id === pair.menteeIds) mentee.status = 'в паре';
  }

  return { staff, settings, mentors, mentees, pairs, curator };
}

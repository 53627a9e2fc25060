import { inSentence, plural } from '../../src/i18n/matching';
import {
  DEFAULT_WEIGHTS,
  type Mentee,
  type Mentor,
  categoryFit,
  defaultMaxMenteesFromSettings,
  scorePair,
  weightsFromSettings,
} from '../../src/domain/matching';

const mentor: Mentor = {
  id: 'НТ-0001',
  fullName: 'Петрова Анна Ивановна',
  subject: 'Математика',
  level: 'основное общее',
  experience: 15,
  qualification: 'высшая',
  competences: ['ИКТ', 'Работа с родителями', 'Классное руководство'],
  preferredForm: 'педагог – педагог',
  preferredKind: 'традиционное',
  status: 'активен',
};

const mentee: Mentee = {
  id: 'НЯ-0001',
  fullName: 'Сидорова Алёна Викторовна',
  subject: 'математика',
  level: 'Основное общее',
  experience: 3,
  requests: ['ИКТ', 'работа с родителями', 'Подготовка к ОГЭ и ЕГЭ'],
  wishedMentor: 'Петрова А. И.',
  preferredForm: 'педагог – педагог',
};

const sum = (reasons: { points: number }[]) => reasons.reduce((s, r) => s + r.points, 0);

describe('score and reasons', () => {
  test('experience, category and preferences alone make no pair: nothing in common scores 0', () => {
    const stranger = { ...mentee, requests: [], subject: 'Музыка', level: 'дошкольное', wishedMentor: '' };
    expect(scorePair(mentor, stranger, DEFAULT_WEIGHTS)).toEqual({ score: 0, reasons: [] });
  });

  test('every criterion gives its points and an exact Russian reason', () => {
    const { score, reasons } = scorePair(mentor, mentee, DEFAULT_WEIGHTS);
    expect(reasons.map((r) => r.text)).toEqual([
      'совпадение запросов: ИКТ, работа с родителями (+30)',
      'тот же предмет: математика (+20)',
      'тот же уровень образования: основное общее (+10)',
      'взаимный выбор: наставляемый назвал этого наставника (+30)',
      'стаж наставника больше на 12 лет (+10)',
      'квалификационная категория: высшая (+10)',
      'совпадает предпочитаемая форма наставничества: педагог – педагог (+5)',
    ]);
    expect(reasons.map((r) => r.code)).toEqual(['requests', 'subject', 'level', 'mutual', 'experience', 'category', 'formKind']);
    expect(score).toBe(115);
    expect(sum(reasons)).toBe(score);
  });

  test('requests are compared without case, ё/е and extra spaces; shown in the mentee’s spelling', () => {
    const m: Mentor = { ...mentor, competences: ['Работа с одарёнными детьми', 'ИКТ'] };
    const e: Mentee = {
      ...mentee,
      requests: ['работа  с ОДАРЕННЫМИ детьми', 'икт', 'ИКТ'],
      subject: '',
      level: '',
      wishedMentor: '',
    };
    const { reasons } = scorePair(m, e, DEFAULT_WEIGHTS);
    expect(reasons[0]).toEqual({
      code: 'requests',
      points: 30,
      text: 'совпадение запросов: работа с ОДАРЕННЫМИ детьми, икт (+30)',
    });
  });

  test('experience counts only from a gap of five years, with the right plural', () => {
    const at = (mentorYears: number, menteeYears: number) =>
      scorePair({ ...mentor, experience: mentorYears }, { ...mentee, experience: menteeYears }, DEFAULT_WEIGHTS).reasons.find(
        (r) => r.code === 'experience',
      )?.text;
    expect(at(7, 3)).toBeUndefined();
    expect(at(8, 3)).toBe('стаж наставника больше на 5 лет (+10)');
    expect(at(24, 3)).toBe('стаж наставника больше на 21 год (+10)');
    expect(at(25, 3)).toBe('стаж наставника больше на 22 года (+10)');
    expect(
      scorePair({ ...mentor, experience: undefined }, mentee, DEFAULT_WEIGHTS).reasons.some((r) => r.code === 'experience'),
    ).toBe(false);
  });

  test('qualification: высшая and both teacher titles earn the weight, первая half of it', () => {
    const category = (qualification: string) =>
      scorePair({ ...mentor, qualification }, mentee, DEFAULT_WEIGHTS).reasons.find((r) => r.code === 'category');
    expect(category('Высшая категория')).toEqual({
      code: 'category',
      points: 10,
      text: 'квалификационная категория: высшая категория (+10)',
    });
    expect(category('педагог-методист')?.points).toBe(10);
    expect(category('Педагог-наставник')?.text).toBe('квалификационная категория: педагог-наставник (+10)');
    expect(category('первая')).toEqual({ code: 'category', points: 5, text: 'квалификационная категория: первая (+5)' });
    expect(category('соответствие занимаемой должности')).toBeUndefined();
    expect(category('без категории')).toBeUndefined();
    expect(categoryFit('первая квалификационная категория')).toBe('half');
    // Odd weight: half rounds down so scores stay whole.
    const odd = scorePair({ ...mentor, qualification: 'первая' }, mentee, { ...DEFAULT_WEIGHTS, category: 15 });
    expect(odd.reasons.find((r) => r.code === 'category')?.points).toBe(7);
    expect(sum(odd.reasons)).toBe(odd.score);
  });

  test('form and kind: one award, the text says what matched', () => {
    const text = (e: Partial<Mentee>) =>
      scorePair(mentor, { ...mentee, ...e }, DEFAULT_WEIGHTS).reasons.filter((r) => r.code === 'formKind');
    expect(text({ preferredKind: 'Традиционное' })).toEqual([
      { code: 'formKind', points: 5, text: 'совпадают предпочитаемые форма и вид наставничества (+5)' },
    ]);
    expect(text({ preferredForm: '', preferredKind: 'традиционное' })[0].text).toBe(
      'совпадает предпочитаемый вид наставничества: традиционное (+5)',
    );
    expect(text({ preferredForm: 'студент – студент' })).toEqual([]);
  });

  test('several subjects in one cell («;») and plural wording', () => {
    const r = scorePair(
      { ...mentor, subject: 'Математика; Информатика' },
      { ...mentee, subject: 'Информатика;Математика' },
      DEFAULT_WEIGHTS,
    );
    expect(r.reasons.find((x) => x.code === 'subject')?.text).toBe('те же предметы: информатика, математика (+20)');
  });

  test('a zero weight switches a criterion off; nothing in common scores 0 with no reasons', () => {
    const off = scorePair(mentor, mentee, { ...DEFAULT_WEIGHTS, mutual: 0, subject: 0 });
    expect(off.reasons.some((r) => r.code === 'mutual' || r.code === 'subject')).toBe(false);
    expect(off.score).toBe(65);
    const nothing = scorePair(
      { id: 'a', fullName: 'Кузнецов Олег', competences: [], qualification: 'без категории' },
      { id: 'b', fullName: 'Орлова Яна', requests: [] },
      DEFAULT_WEIGHTS,
    );
    expect(nothing).toEqual({ score: 0, reasons: [] });
  });

  test('weights and capacity from «Настройки»: blanks and typos fall back to the defaults', () => {
    expect(weightsFromSettings({})).toEqual(DEFAULT_WEIGHTS);
    expect(
      weightsFromSettings({
        weightRequests: 20,
        weightSubject: '25',
        weightLevel: 'много',
        weightMutual: -3,
        weightFormKind: '2,6',
      }),
    ).toEqual({
      ...DEFAULT_WEIGHTS,
      requests: 20,
      subject: 25,
      formKind: 3,
    });
    expect(defaultMaxMenteesFromSettings({ defaultMaxMentees: 3 })).toBe(3);
    expect(defaultMaxMenteesFromSettings({ defaultMaxMentees: '' })).toBe(2);
  });
});

describe('Russian helpers', () => {
  test('plural and values inside a sentence', () => {
    expect([1, 2, 5, 11, 12, 14, 21, 22, 25, 101, 111].map((n) => `${n} ${plural(n, 'год', 'года', 'лет')}`)).toEqual([
      '1 год',
      '2 года',
      '5 лет',
      '11 лет',
      '12 лет',
      '14 лет',
      '21 год',
      '22 года',
      '25 лет',
      '101 год',
      '111 лет',
    ]);
    expect(inSentence('Математика')).toBe('математика');
    expect(inSentence('ИКТ')).toBe('ИКТ');
    expect(inSentence('Подготовка к ОГЭ и ЕГЭ')).toBe('подготовка к ОГЭ и ЕГЭ');
    expect(inSentence('основное общее')).toBe('основное общее');
  });
});

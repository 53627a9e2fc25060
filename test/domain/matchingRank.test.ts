import { DEFAULT_WEIGHTS, type ExistingPair, type Mentee, type Mentor, indexPairs, rankMentors } from '../../src/domain/matching';

const base: Omit<Mentor, 'id' | 'fullName'> = {
  subject: 'Математика',
  level: 'основное общее',
  experience: 20,
  qualification: 'первая',
  competences: ['ИКТ'],
  status: 'активен',
};
const mentor = (id: string, fullName: string, extra: Partial<Mentor> = {}): Mentor => ({ id, fullName, ...base, ...extra });

const mentee: Mentee = {
  id: 'НЯ-0001',
  fullName: 'Сидорова Алёна Викторовна',
  email: 'alena@school.ru',
  subject: 'Математика',
  level: 'основное общее',
  experience: 1,
  requests: ['ИКТ'],
};

const pair = (id: string, mentorId: string, menteeIds: string[], status = 'активна'): ExistingPair => ({
  id,
  mentorId,
  menteeIds,
  status,
});

describe('hard rules', () => {
  test('each rule excludes the mentor and says why, in Russian', () => {
    const mentors = [
      mentor('НЯ-0001', 'Другое Имя'),
      mentor('НТ-0002', 'Сидорова Алёна Викторовна, копия', { email: ' ALENA@school.ru ' }),
      mentor('НТ-0003', 'сидорова алена викторовна'),
      mentor('НТ-0004', 'Кандидатова Ольга', { status: 'кандидат' }),
      mentor('НТ-0005', 'Паузина Инна', { status: 'Приостановлен' }),
      mentor('НТ-0006', 'Ушедшая Вера', { status: 'выбыл' }),
      mentor('НТ-0007', 'Безстатусова Нина', { status: '' }),
      mentor('НТ-0008', 'Отозвавшая Лидия', { consentData: new Date(2025, 8, 1), consentWithdrawn: new Date(2025, 9, 1) }),
      mentor('НТ-0009', 'Занятая Мария', { maxMentees: 2 }),
      mentor('НТ-0010', 'Парная Елена'),
      mentor('НТ-0011', 'Свободная Дарья', { consentData: new Date(2025, 10, 1), consentWithdrawn: new Date(2025, 9, 1) }),
    ];
    const pairs = [
      pair('П-0001', 'НТ-0009', ['НЯ-0100', 'НЯ-0101']), // a group counts each member
      pair('П-0002', 'НТ-0010', ['НЯ-0001'], 'проект'),
    ];
    const { candidates, excluded } = rankMentors(mentee, mentors, pairs, DEFAULT_WEIGHTS);
    const why = Object.fromEntries(excluded.map((x) => [x.mentor.id, x.exclusions.map((e) => e.text)]));
    expect(why).toEqual({
      'НЯ-0001': ['это тот же человек (совпадает ID)'],
      'НТ-0002': ['это тот же человек (совпадает адрес электронной почты)'],
      'НТ-0003': ['это тот же человек (совпадают ФИО)'],
      'НТ-0004': ['наставник ещё не допущен (статус «кандидат»)'],
      'НТ-0005': ['наставник временно не ведёт наставляемых (статус «приостановлен»)'],
      'НТ-0006': ['наставник выбыл (статус «выбыл»)'],
      'НТ-0007': ['у наставника не указан статус: подбирать можно только со статусом «активен»'],
      'НТ-0008': ['наставник отозвал согласие на обработку персональных данных'],
      'НТ-0009': ['нет свободного места: нагрузка 2 из 2'],
      'НТ-0010': ['уже в паре с этим наставником (П-0002)'],
    });
    // Consent given again after the withdrawal: allowed.
    expect(candidates.map((c) => c.mentor.id)).toEqual(['НТ-0011']);
    // Excluded mentors still carry their score, so the sidebar can show what was missed.
    expect(excluded.find((x) => x.mentor.id === 'НТ-0009')?.score).toBeGreaterThan(0);
  });

  test('finished and terminated pairs free the place; a group counts each member once', () => {
    const index = indexPairs([
      pair('П-1', 'НТ-1', ['a', 'b', 'b', ' c ']),
      pair('П-2', 'НТ-1', ['d'], 'завершена'),
      pair('П-3', 'НТ-1', ['e'], 'Прекращена'),
      pair('П-4', 'НТ-2', ['f'], ''),
    ]);
    expect(index.load.get('НТ-1')).toBe(3);
    expect(index.load.get('НТ-2')).toBe(1);
    expect([...index.paired].sort()).toEqual(['a', 'b', 'c', 'f']);
    const r = rankMentors(
      mentee,
      [mentor('НТ-1', 'Иванова Ольга', { maxMentees: 3 })],
      [pair('П-1', 'НТ-1', ['x', 'y']), pair('П-2', 'НТ-1', ['z'], 'завершена')],
      DEFAULT_WEIGHTS,
    );
    expect(r.candidates[0].load).toBe(2);
    expect(r.candidates[0].capacity).toBe(3);
    expect(r.candidates[0].reasons.at(-1)).toEqual({ code: 'load', points: 0, text: 'нагрузка 2 из 3' });
  });

  test('blank capacity takes the school default', () => {
    const pairs = [pair('П-1', 'НТ-1', ['x', 'y'])];
    const m = [mentor('НТ-1', 'Иванова Ольга')];
    expect(rankMentors(mentee, m, pairs, DEFAULT_WEIGHTS).candidates).toHaveLength(0);
    expect(rankMentors(mentee, m, pairs, DEFAULT_WEIGHTS, { defaultMaxMentees: 3 }).candidates).toHaveLength(1);
  });
});

describe('ranking', () => {
  test('score first, then lighter load, then name in Russian order (ё with е), then ID', () => {
    const mentors = [
      mentor('НТ-5', 'Ёлкина Ольга'),
      mentor('НТ-4', 'Елизарова Ольга'),
      mentor('НТ-3', 'Абрамова Ирина', { qualification: 'высшая' }),
      mentor('НТ-2', 'Борисова Ирина'),
      mentor('НТ-1', 'Борисова Ирина'),
      mentor('НТ-6', 'Аксёнова Юлия'),
      mentor('НТ-7', 'Яковлева Юлия', { competences: [], subject: 'Химия', level: '', qualification: '', experience: undefined }),
    ];
    const pairs = [pair('П-1', 'НТ-6', ['НЯ-0900'])];
    const { candidates } = rankMentors(mentee, mentors, pairs, DEFAULT_WEIGHTS);
    expect(candidates.map((c) => [c.mentor.id, c.score, c.load])).toEqual([
      ['НТ-3', 65, 0],
      ['НТ-1', 60, 0],
      ['НТ-2', 60, 0],
      ['НТ-4', 60, 0],
      ['НТ-5', 60, 0],
      ['НТ-6', 60, 1],
      // Score 0 stays in the ranking (the curator may still choose by hand), last.
      ['НТ-7', 0, 0],
    ]);
    for (const c of candidates) {
      expect(c.reasons.reduce((s, r) => s + r.points, 0)).toBe(c.score);
    }
  });
});

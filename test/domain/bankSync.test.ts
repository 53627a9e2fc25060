import { columnsFromAnswers, planBankSync, splitCheckboxAnswer } from '../../src/domain/bankSync';

const ctx = {
  checkboxChoices: { requests: ['ИКТ', 'Работа с родителями', 'Дети с ОВЗ, инклюзия'] },
  listSeparator: '; ',
};

describe('checkbox answers', () => {
  test('known choices are matched whole even when they contain commas; the rest is «other»', () => {
    expect(splitCheckboxAnswer('ИКТ, Дети с ОВЗ, инклюзия, своё, ещё', ctx.checkboxChoices.requests)).toEqual({
      known: ['ИКТ', 'Дети с ОВЗ, инклюзия'],
      other: 'своё, ещё',
    });
    expect(splitCheckboxAnswer('', ['a'])).toEqual({ known: [], other: '' });
  });

  test("the respondent's own text stays exactly as typed", () => {
    const choices = ctx.checkboxChoices.requests;
    expect(splitCheckboxAnswer('ИКТ, 3,5 часа в неделю', choices)).toEqual({ known: ['ИКТ'], other: '3,5 часа в неделю' });
    expect(splitCheckboxAnswer('своё,  с двумя пробелами, ИКТ', choices)).toEqual({
      known: ['ИКТ'],
      other: 'своё,  с двумя пробелами',
    });
    expect(splitCheckboxAnswer('ИКТ, Работа с родителями', choices)).toEqual({
      known: ['ИКТ', 'Работа с родителями'],
      other: '',
    });
    expect(splitCheckboxAnswer('5,5', choices)).toEqual({ known: [], other: '5,5' });
  });
});

describe('answers to columns', () => {
  test('names are tidied, e-mails folded, years parsed, problems reported', () => {
    const { values, problems } = columnsFromAnswers(
      'mentee',
      { fullName: '  Иванова   Анна ', email: ' Anna@School.RU ', experience: '3 года', requests: 'ИКТ, своё' },
      ctx,
    );
    expect(values).toMatchObject({
      fullName: 'Иванова Анна',
      email: 'anna@school.ru',
      experience: 3,
      requests: 'ИКТ',
      requestsOther: 'своё',
    });
    expect(problems).toEqual([]);
    const bad = columnsFromAnswers('mentee', { fullName: 'А', experience: 'много' }, ctx);
    expect(bad.problems).toEqual([{ key: 'experience', value: 'много', problem: 'integer' }]);
    expect('experience' in bad.values).toBe(false);
  });
});

describe('planBankSync', () => {
  const bank = [
    { row: 2, cells: { id: 'НЯ-0001', fullName: 'Петрова Анна', email: 'anna@school.ru', experience: 1, status: 'в паре' } },
    { row: 3, cells: { id: 'НЯ-0002', fullName: 'Сидорова Алёна', email: '', experience: 2 } },
  ];

  test('matches by e-mail, then by folded name; the latest answer wins; new people are inserted once', () => {
    const plan = planBankSync(
      'mentee',
      [
        { row: 2, answers: { email: 'ANNA@school.ru', fullName: 'Петрова Анна', experience: '1' } },
        { row: 3, answers: { email: 'alena@school.ru', fullName: 'сидорова  АЛЕНА', experience: '2' } },
        { row: 4, answers: { email: 'new@school.ru', fullName: 'Новая Вера', experience: '0' } },
        { row: 5, answers: { email: 'new@school.ru', fullName: 'Новая Вера', experience: '1' } },
        { row: 6, answers: { email: '', fullName: '' } },
      ],
      bank,
      ctx,
    );
    expect(plan.updates.get(2)).toBeUndefined();
    expect(plan.updates.get(3)).toEqual({ fullName: 'сидорова АЛЕНА', email: 'alena@school.ru' });
    expect(plan.inserts).toEqual([{ email: 'new@school.ru', fullName: 'Новая Вера', experience: 1 }]);
    expect(plan.unchanged).toBe(1);
    expect(plan.unusable).toEqual([{ row: 6, reason: 'noIdentity' }]);
  });

  test('the latest answer by its timestamp wins, whatever order the curator sorted the rows in', () => {
    const at = (day: number) => new Date(2026, 8, day, 10, 0);
    const newestFirst = [
      { row: 2, answers: { timestamp: at(20), email: 'anna@school.ru', fullName: 'Петрова Анна', experience: '4' } },
      { row: 3, answers: { timestamp: at(10), email: 'anna@school.ru', fullName: 'Петрова Анна', experience: '3' } },
      { row: 4, answers: { timestamp: at(12), email: 'b@school.ru', fullName: 'Борисова Вера' } },
      { row: 5, answers: { timestamp: at(11), email: 'c@school.ru', fullName: 'Власова Галина' } },
    ];
    const plan = planBankSync('mentee', newestFirst, bank, ctx);
    expect(plan.updates.get(2)).toEqual({ experience: 4 });
    // New people get their IDs in the order they answered.
    expect(plan.inserts.map((p) => p.fullName)).toEqual(['Власова Галина', 'Борисова Вера']);
  });

  test('a namesake with another e-mail is another person', () => {
    const plan = planBankSync('mentee', [{ row: 2, answers: { email: 'other@school.ru', fullName: 'Петрова Анна' } }], bank, ctx);
    expect(plan.inserts).toHaveLength(1);
  });

  test('re-running over the same answers after they were applied changes nothing', () => {
    const responses = [{ row: 2, answers: { email: 'anna@school.ru', fullName: 'Петрова Анна', experience: '5' } }];
    const first = planBankSync('mentee', responses, bank, ctx);
    expect(first.updates.get(2)).toEqual({ experience: 5 });
    const applied = [{ row: 2, cells: { ...bank[0].cells, experience: 5 } }, bank[1]];
    const second = planBankSync('mentee', responses, applied, ctx);
    expect(second.updates.size).toBe(0);
    expect(second.inserts).toEqual([]);
  });
});

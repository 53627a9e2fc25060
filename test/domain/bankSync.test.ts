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

import { sheetSpec } from '../../src/register/spec';
import { parseTable } from '../../src/register/table';

const mentors = sheetSpec('mentors');

describe('parseTable', () => {
  const header = ['Стаж', 'ФИО', 'ID', 'Педагогический стаж, лет', 'Компетенции', 'Обучение наставников: дата', 'E-mail'];

  test('records keep their row numbers; blank rows are skipped; lists are split', () => {
    const grid = [
      header,
      ['x', 'Петрова Анна Ивановна', 'НТ-0001', 12, 'ИКТ; Работа с родителями', new Date(2026, 8, 1), 'a@school.ru'],
      ['', '', '', '', '', '', ''],
      ['', 'Сидоров Олег', 'НТ-0002', '7', '', '', ''],
    ];
    const read = parseTable(grid, mentors);
    expect(read.issues).toEqual([]);
    expect(read.records.map((r) => r.row)).toEqual([2, 4]);
    expect(read.records[0].values.competences).toEqual(['ИКТ', 'Работа с родителями']);
    expect(read.records[0].values.experience).toBe(12);
    expect(read.records[1].values.experience).toBe(7);
    expect(read.records[1].values.trainingDate).toBeNull();
  });

  test('invalid cells are reported in Russian with sheet, row and column; their records still come back', () => {
    const grid = [
      header,
      ['', 'Петрова Анна', 'НТ-0001', 'много', '', '31.02.2026', 'не почта'],
      ['', 'Сидоров Олег', 'НТ-0002', 5, '', '', ''],
      ['', '', 'НТ-0003', 5, '', '', ''],
      ['', 'Копия', 'НТ-0002', 5, '', '', ''],
    ];
    const read = parseTable(grid, mentors);
    // One mistyped cell never hides a person: only the duplicated ID is left out.
    expect(read.records.map((r) => r.values.id)).toEqual(['НТ-0001', 'НТ-0002', 'НТ-0003']);
    expect(read.records[0]).toMatchObject({
      row: 2,
      invalid: ['experience', 'trainingDate', 'email'],
      values: { fullName: 'Петрова Анна', experience: null, trainingDate: null, email: null },
    });
    expect(read.records[1].invalid).toBeUndefined();
    expect(read.records[2]).toMatchObject({ invalid: ['fullName'], values: { fullName: '' } });
    const messages = read.issues.map((i) => i.message);
    expect(messages).toEqual([
      'Лист «Наставники», строка 2, столбец «Педагогический стаж, лет»: ожидается целое число; введено «много»',
      'Лист «Наставники», строка 2, столбец «Обучение наставников: дата»: ожидается дата в формате ДД.ММ.ГГГГ; введено «31.02.2026»',
      'Лист «Наставники», строка 2, столбец «E-mail»: ожидается адрес электронной почты, например name@school.ru; введено «не почта»',
      'Лист «Наставники», строка 4, столбец «ФИО»: обязательное поле не заполнено',
      'Лист «Наставники», строка 5, столбец «ID»: ID «НТ-0002» уже занят записью в строке 3; у каждой записи должен быть свой ID',
    ]);
    expect(read.issues[0]).toMatchObject({ sheet: 'Наставники', row: 2, column: 'Педагогический стаж, лет' });
  });

  test('numbers outside their range are refused', () => {
    const read = parseTable(
      [
        ['ID', 'ФИО', 'Наибольшее число наставляемых'],
        ['НТ-0001', 'А', 0],
      ],
      mentors,
    );
    expect(read.issues[0].message).toContain('ожидается число от 1 до 30');
    expect(read.records[0]).toMatchObject({ invalid: ['maxMentees'], values: { maxMentees: null } });
  });

  test('a row without a readable ID is reported and left out: nothing could refer to it', () => {
    const read = parseTable(
      [
        ['ID', 'ФИО'],
        ['', 'Без номера'],
        ['НТ-0002', 'С номером'],
      ],
      mentors,
    );
    expect(read.records.map((r) => r.values.fullName)).toEqual(['С номером']);
    expect(read.issues.map((i) => [i.row, i.column])).toEqual([[2, 'ID']]);
  });
});

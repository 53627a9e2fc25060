import { wishNamesMentor } from '../../src/domain/matching';

const petrova = { id: 'НТ-0007', fullName: 'Петрова Анна Ивановна' };

describe('the wished mentor', () => {
  test.each([
    'Петрова Анна Ивановна',
    'петрова  анна  ивановна',
    'Анна Ивановна Петрова',
    'Петрова Анна',
    'Анна Петрова',
    'Петрова А.И.',
    'Петрова А. И.',
    'Петрова А.И',
    'Петрова А И',
    'А.И. Петрова',
    'А.И.Петрова',
    'Петрова А.',
    'Петрова Ан. Ив.',
    'Петрова Анна И.',
    'Петрова Анна Ивановна.',
    '«Петрова А.И.»',
    'Сидоров В.В. или Петрова А.И.',
    'Сидоров В.В., Петрова А.И.',
    'Сидоров В.В.; Петрова А.И.',
    'учитель Петрова А.И.',
    'Петрова Анна Ивановна (учитель математики)',
    'хотела бы к Петрова А. И., если можно',
    'НТ-0007',
    'нт-0007',
  ])('«%s» names Петрова Анна Ивановна', (wish) => {
    expect(wishNamesMentor(wish, petrova)).toBe(true);
  });

  test.each([
    '',
    '   ',
    'Петрова',
    'Петрова А.П.',
    'Петрова М.И.',
    'Петрова Мария',
    'Петров А.И.',
    'Петрова Анна Павловна',
    'Петрова Анна П.',
    'Петрова Анна Павловна, учитель',
    'Анна Ивановна',
    'Иванова А.И.',
    'не знаю',
    'любой опытный коллега',
    'НТ-0008',
  ])('«%s» does not', (wish) => {
    expect(wishNamesMentor(wish, petrova)).toBe(false);
  });

  test('ё and е are the same letter, hyphenated surnames work, a register name in initials matches a full wish', () => {
    expect(wishNamesMentor('Королёва Е.В.', { id: 'x', fullName: 'Королева Елена Викторовна' })).toBe(true);
    expect(wishNamesMentor('Соколова-Грин Ольга', { id: 'x', fullName: 'Соколова-Грин Ольга Петровна' })).toBe(true);
    expect(wishNamesMentor('Соколова О.П.', { id: 'x', fullName: 'Соколова-Грин Ольга Петровна' })).toBe(false);
    expect(wishNamesMentor('Петрова Анна Ивановна', { id: 'x', fullName: 'Петрова А.И.' })).toBe(true);
    // A mentor without a patronymic is named by surname and first name or its initial.
    expect(wishNamesMentor('Смит Дж.', { id: 'x', fullName: 'Смит Джон' })).toBe(true);
    expect(wishNamesMentor('Смит Д.К.', { id: 'x', fullName: 'Смит Джон' })).toBe(true);
  });
});

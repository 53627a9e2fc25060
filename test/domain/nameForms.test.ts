import { FULL_NAME_FORMS, foldedName, initialsForms, nameForms } from '../../src/domain/identity/nameForms';

describe('the forms of a name the add-on writes', () => {
  test('a full name: as typed, initials first and surname first', () => {
    expect(nameForms('Петрова Анна Ивановна')).toEqual(['Петрова Анна Ивановна', 'А.И. Петрова', 'Петрова А.И.']);
  });

  test('spaces of any kind are collapsed; a name typed in initials gives the same forms', () => {
    expect(nameForms('  Петрова\u00a0 Анна   Ивановна ')).toEqual(['Петрова Анна Ивановна', 'А.И. Петрова', 'Петрова А.И.']);
    expect(nameForms('Петрова А. И.')).toEqual(['Петрова А. И.', 'А.И. Петрова']);
  });

  test('a single word has no initials forms; two words give one initial', () => {
    expect(nameForms('Анна')).toEqual(['Анна']);
    expect(nameForms('Петрова Анна')).toEqual(['Петрова Анна', 'А. Петрова', 'Петрова А.']);
    expect(nameForms('')).toEqual([]);
  });

  test('hyphenated and Turkic names follow initialsName', () => {
    expect(initialsForms('Кузнецова Анна-Мария Олеговна')).toEqual(['А.-М.О. Кузнецова', 'Кузнецова А.-М.О.']);
    expect(initialsForms('Алиев Рашид Гусейн оглы')).toEqual(['Р.Г. Алиев', 'Алиев Р.Г.']);
  });

  test('folded for whole comparison: case, ё/е, spaces after dots', () => {
    expect(foldedName('Ёлкина  А. П.')).toBe(foldedName('елкина а.п.'));
  });

  test('a declension plugs in as one entry: each declined form gets its initials forms', () => {
    const list = FULL_NAME_FORMS as ((n: string) => readonly string[])[];
    list.push((n) => (n === 'Ёлкина Алёна Петровна' ? ['Ёлкиной Алёны Петровны'] : []));
    try {
      expect(nameForms('Ёлкина Алёна Петровна')).toEqual(
        expect.arrayContaining(['Ёлкиной Алёны Петровны', 'А.П. Ёлкиной', 'Ёлкиной А.П.', 'А.П. Ёлкина', 'Ёлкина А.П.']),
      );
    } finally {
      list.pop();
    }
  });
});

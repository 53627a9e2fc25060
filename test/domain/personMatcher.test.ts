import { nameForms } from '../../src/domain/identity/nameForms';
import { PersonMatcher } from '../../src/domain/identity/personMatcher';

const person = (name: string, emails: string[] = [], others: string[] = []) =>
  new PersonMatcher({ names: nameForms(name), emails }, others);

describe('a person found by identity, not by substring', () => {
  const anna = person('Анна', ['ann@school.example'], ['Петрова Анна Ивановна', 'Котова Сусанна Львовна']);

  test('«Анна» <ann@school.example>: other people’s names and addresses stay whole', () => {
    for (const text of [
      'Петрова Анна Ивановна',
      'Сусанна Львовна',
      'joann@school.example',
      'ann@school.example.org',
      'anna@school.example',
      'Ann@school.examples',
      'Аннушка',
      'Анна-Мария',
      'Анна Ивановна',
      'Анна И.',
    ]) {
      expect({ text, replaced: anna.replace(text, 'НЯ-0010') }).toEqual({ text, replaced: null });
    }
  });

  test('her own name and address go, wherever they stand', () => {
    expect(anna.replace('Анна', 'НЯ-0010')).toBe('НЯ-0010');
    expect(anna.replace('звонила анна, просила перенести', 'НЯ-0010')).toBe('звонила НЯ-0010, просила перенести');
    expect(anna.replace('Пишите: ANN@school.example.', 'НЯ-0010')).toBe('Пишите: НЯ-0010.');
    expect(anna.replace('<ann@school.example>; joann@school.example', 'НЯ-0010')).toBe('<НЯ-0010>; joann@school.example');
    expect(anna.replace('Петрова Анна Ивановна и Анна', 'НЯ-0010')).toBe('Петрова Анна Ивановна и НЯ-0010');
  });

  const elkina = person('Ёлкина Алёна Петровна', ['alena@school.example'], ['Ёлкина Мария Сергеевна']);

  test('initials forms with ordinary, no-break or no spaces, ё or е, any case', () => {
    for (const text of [
      'А.П. Ёлкина',
      'А. П. Ёлкина',
      'А.\u00a0П.\u00a0Ёлкина',
      'А.П.Ёлкина',
      'Ёлкина А.П.',
      'Ёлкина А. П.',
      'Ёлкина\u00a0А.\u00a0П.',
      'Елкина А.П.',
      'ЁЛКИНА АЛЁНА ПЕТРОВНА',
      'елкина  алена\u00a0петровна',
    ]) {
      expect({ text, replaced: elkina.replace(`Наставник: ${text}, учитель`, 'НТ-0001') }).toEqual({
        text,
        replaced: 'Наставник: НТ-0001, учитель',
      });
    }
  });

  test('a same-surname colleague with other initials, and longer runs of initials, stay', () => {
    for (const text of [
      'Ёлкина Мария Сергеевна',
      'М.С. Ёлкина',
      'Ёлкина М.С.',
      'Ёлкина А.С.',
      'В.А.П. Ёлкина',
      'Ёлкина А.П.В.',
      'Ёлкиной',
    ]) {
      expect({ text, replaced: elkina.replace(text, 'НТ-0001') }).toEqual({ text, replaced: null });
    }
  });

  test('whole cells: the name in any written form, the address in any case', () => {
    expect(elkina.isName('Ёлкина А. П.')).toBe(true);
    expect(elkina.isName('елкина алена петровна')).toBe(true);
    expect(elkina.isName('Ёлкина Мария Сергеевна')).toBe(false);
    expect(elkina.isEmail(' Alena@School.example ')).toBe(true);
    expect(elkina.mentions('нет её тут')).toBe(false);
  });

  test('a name that is a part of another registered person’s name is theirs', () => {
    expect(person('Анна').replace('Анна Смирнова', 'X')).toBe('X Смирнова');
    const registered = person('Анна', [], ['Анна Смирнова']);
    expect(registered.replace('Анна Смирнова', 'X')).toBeNull();
    expect(registered.replace('Анна и Анна Смирнова', 'X')).toBe('X и Анна Смирнова');
  });
});

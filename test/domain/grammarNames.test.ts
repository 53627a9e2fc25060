/**
 * The hard-names table: each name in the case a sentence needs, or null where the gender cannot
 * be known (the caller then keeps the nominative in a neutral wording, never a wrong ending).
 */
import {
  declineInitialsName,
  declineName,
  declinePosition,
  type GrammarCase,
  personInCase,
  surnameInitials,
} from '../../src/domain/grammar/names';

const TABLE: [string, GrammarCase, string | null][] = [
  // double surnames
  ['Петров-Водкин Кузьма Сергеевич', 'genitive', 'Петрова-Водкина Кузьмы Сергеевича'],
  ['Петрова-Водкина Анна Кузьминична', 'dative', 'Петровой-Водкиной Анне Кузьминичне'],
  // surnames that never change: -ых/-их, -ко/-енко, -аго/-ово
  ['Седых Ольга Петровна', 'genitive', 'Седых Ольги Петровны'],
  ['Черных Иван Ильич', 'dative', 'Черных Ивану Ильичу'],
  ['Долгих Мария Ильинична', 'accusative', 'Долгих Марию Ильиничну'],
  ['Бондаренко Лев Ильич', 'genitive', 'Бондаренко Льва Ильича'],
  ['Шевченко Любовь Ивановна', 'accusative', 'Шевченко Любовь Ивановну'],
  ['Живаго Юрий Андреевич', 'genitive', 'Живаго Юрия Андреевича'],
  ['Дурново Пётр Павлович', 'dative', 'Дурново Петру Павловичу'],
  ['Лемешко Никита Андреевич', 'dative', 'Лемешко Никите Андреевичу'],
  ['Руденко Илья Кузьмич', 'accusative', 'Руденко Илью Кузьмича'],
  // Georgian, Turkic patronymic
  ['Джугашвили Иосиф Виссарионович', 'accusative', 'Джугашвили Иосифа Виссарионовича'],
  ['Мамедов Рашид Али оглы', 'genitive', 'Мамедова Рашида Али оглы'],
  // -ая, -ой, consonant surnames by gender
  ['Толстой Лев Николаевич', 'dative', 'Толстому Льву Николаевичу'],
  ['Толстая Софья Андреевна', 'dative', 'Толстой Софье Андреевне'],
  ['Ковальчук Мария Ивановна', 'genitive', 'Ковальчук Марии Ивановны'],
  ['Ковальчук Пётр Иванович', 'genitive', 'Ковальчука Петра Ивановича'],
  ['Воробей Ольга Петровна', 'dative', 'Воробей Ольге Петровне'],
  // the issue's own sentences
  ['Казаков Иван Борисович', 'genitive', 'Казакова Ивана Борисовича'],
  ['Киселёва Анна Михайловна', 'accusative', 'Киселёву Анну Михайловну'],
  ['А.М. Киселёва', 'accusative', 'А.М. Киселёву'],
  ['А. М. Киселёва', 'dative', 'А.М. Киселёвой'],
  ['Киселёва А.М.', 'genitive', 'А.М. Киселёвой'],
  ['И.Б. Казаков', 'genitive', 'И.Б. Казакова'],
  // nominative is always the name as read
  ['Казаков Иван Борисович', 'nominative', 'Казаков Иван Борисович'],
  // gender unknown: no patronymic, foreign names, ambiguous surnames with initials → null
  ['Дюма Александр', 'genitive', null],
  ['Гёте Иоганн', 'dative', null],
  ['Кюри Мари', 'genitive', null],
  ['Седых Саша', 'dative', null],
  ['Никитина Ирина', 'genitive', null],
  ['Лев', 'dative', null],
  ['Любовь', 'genitive', null],
  ['А.С. Бондаренко', 'dative', null],
  ['О.П. Седых', 'genitive', null],
  ['Иванов 2-й', 'genitive', null],
  ['Молодой0 Иван Петрович', 'genitive', null],
];

describe('declineName: the hard-names table', () => {
  it.each(TABLE)('%s (%s) → %s', (name, grammarCase, expected) => {
    expect(declineName(name, grammarCase)).toBe(expected);
  });
});

describe('declineInitialsName', () => {
  it('declines the surname and keeps the initials', () => {
    expect(declineInitialsName('Казаков Иван Борисович', 'genitive')).toBe('И.Б. Казакова');
    expect(declineInitialsName('Петрова-Водкина Анна Кузьминична', 'accusative')).toBe('А.К. Петрову-Водкину');
    expect(declineInitialsName('Мамедов Рашид Али оглы', 'dative')).toBe('Р.А. Мамедову');
    expect(declineInitialsName('Кюри Мари', 'dative')).toBeNull();
  });
});

describe('surnameInitials: one form for every list', () => {
  it.each([
    ['Киселёва Анна Михайловна', 'Киселёва А.М.'],
    ['А.М. Киселёва', 'Киселёва А.М.'],
    ['А.М.Киселёва', 'Киселёва А.М.'],
    ['Киселёва А. М.', 'Киселёва А.М.'],
    ['Мамедов Рашид Али оглы', 'Мамедов Р.А.'],
    ['Кюри Мари', 'Кюри М.'],
    ['Наставникова0 Анна Ивановна', 'Наставникова0 А.И.'],
    ['Петрова-Водкина Анна-Мария Ивановна', 'Петрова-Водкина А.-М.И.'],
  ])('%s → %s', (name, expected) => {
    expect(surnameInitials(name)).toBe(expected);
  });
});

describe('declinePosition and personInCase', () => {
  it('declines the head words of common positions', () => {
    expect(declinePosition('Заместитель директора по УВР', 'accusative')).toBe('заместителя директора по УВР');
    expect(declinePosition('педагог-психолог', 'dative')).toBe('педагогу-психологу');
    expect(declinePosition('социальный педагог', 'genitive')).toBe('социального педагога');
    expect(declinePosition('учитель (математика)', 'dative')).toBe('учителю (математика)');
    expect(declinePosition('вожатый', 'dative')).toBeNull();
  });

  it('gives the curator line of the approval order in the accusative', () => {
    expect(personInCase({ position: 'Заместитель директора по УВР', fullName: 'А.М. Киселёва' }, 'accusative')).toBe(
      'заместителя директора по УВР А.М. Киселёву',
    );
    expect(personInCase({ position: 'учитель', fullName: 'Кюри Мари' }, 'accusative')).toBeNull();
  });
});

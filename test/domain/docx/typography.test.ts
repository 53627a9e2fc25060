/**
 * No-break spaces of Russian typography: where they go, where they don't, and that the text
 * keeps its length (so runs keep their boundaries).
 */
import { NBSP, typographicSpaces } from '../../../src/domain/docx';

/** «⍽» marks a no-break space in the expectations. */
const show = (text: string) => typographicSpaces(text).split(NBSP).join('⍽');

describe('typographicSpaces', () => {
  test.each([
    ['Приказ № 7', 'Приказ №⍽7'],
    ['МБОУ СОШ № 7 города Энска', 'МБОУ СОШ №⍽7 города Энска'],
    ['§ 2', '§⍽2'],
    ['А. М. Киселёва', 'А.⍽М.⍽Киселёва'],
    ['А.М. Киселёва', 'А.М.⍽Киселёва'],
    ['А.-М.О. Кузнецова', 'А.-М.О.⍽Кузнецова'],
    ['Киселёва А.М.', 'Киселёва⍽А.М.'],
    ['Киселёва А. М. и другие', 'Киселёва⍽А.⍽М. и другие'],
    ['Директор А.И. Петрова', 'Директор А.И.⍽Петрова'],
    ['шрифт 14 pt', 'шрифт 14⍽pt'],
    ['отступ 1,25 см, поле 20 мм', 'отступ 1,25⍽см, поле 20⍽мм'],
    ['от 21.11.2026 г.', 'от 21.11.2026⍽г.'],
    ['в 2026–2027 гг.', 'в 2026–2027⍽гг.'],
    ['выплата 5000 руб. ежемесячно', 'выплата 5000⍽руб. ежемесячно'],
    ['91,7 %', '91,7⍽%'],
    ['ст. 351.8 ТК РФ', 'ст.⍽351.8 ТК РФ'],
    ['г. Энск', 'г.⍽Энск'],
    ['(г. Энск)', '(г.⍽Энск)'],
    ['от 21.11.2026 г. А.М. Киселёва', 'от 21.11.2026⍽г. А.М.⍽Киселёва'],
    ['педагог – педагог', 'педагог⍽– педагог'],
    ['наставник — это педагог', 'наставник⍽— это педагог'],
  ])('%s → %s', (input, expected) => {
    expect(show(input)).toBe(expected);
  });

  test.each([
    'в течение учебного года',
    'Российской Федерации. Настоящий приказ',
    'РФ. Приказываю',
    'учитель (математика)',
    '14 педагогов',
    '2026 год',
    'Иванова-Петрова Алёна Сергеевна',
  ])('left as it is: %s', (input) => {
    expect(typographicSpaces(input)).toBe(input);
  });

  test('a tab (two ends of a line) is never bound', () => {
    expect(show('Директор\tА.И. Петрова')).toBe('Директор\tА.И.⍽Петрова');
  });

  test('only existing spaces change, one for one: the length stays, and a second pass changes nothing', () => {
    const text = 'Приказ №  7 от 21.11.2026 г. «О наставничестве» (А. М. Киселёва, Иванова-Петрова А.С., 14 pt)';
    const once = typographicSpaces(text);
    expect(once.length).toBe(text.length);
    expect(once.replace(/\u00a0/g, ' ')).toBe(text);
    expect(once).toContain(`№${NBSP}${NBSP}7`);
    expect(typographicSpaces(once)).toBe(once);
  });
});

describe('long words', () => {
  // A quadratic look-back (the surname rule rescanning a long word at every letter) took hours
  // on this text and failed by jest's timeout; bounded, it is done at once.
  test('a 200,000-letter word (a hostile cell) is bound like any text', () => {
    const out = typographicSpaces(`А${'б'.repeat(200_000)} А.Б. Киселёва А.М.`);
    expect(out.endsWith(`Киселёва${NBSP}А.М.`)).toBe(true);
    expect(out.length).toBe(200_001 + ' А.Б. Киселёва А.М.'.length);
  });
});

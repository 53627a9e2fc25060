import { AGE_BANDS, UNDER_35_BANDS, VOCABULARIES } from '../../src/domain/vocabulary';
import { schoolYearOf } from '../../src/register/settings';

test('vocabularies have unique titles and no duplicate values', () => {
  const titles = VOCABULARIES.map((v) => v.title);
  expect(new Set(titles).size).toBe(titles.length);
  for (const v of VOCABULARIES) expect(new Set(v.values).size).toBe(v.values.length);
});

test('«до 35 лет» is the sum of the first three statistical bands', () => {
  expect(UNDER_35_BANDS).toEqual(['до 25 лет', '25–29 лет', '30–34 лет']);
  expect(AGE_BANDS[AGE_BANDS.length - 1]).toBe('65 лет и старше');
});

test('school year runs September to May', () => {
  expect(schoolYearOf(new Date(2026, 10, 21)).label).toBe('2026/2027');
  expect(schoolYearOf(new Date(2027, 2, 1)).label).toBe('2026/2027');
  expect(schoolYearOf(new Date(2026, 7, 20)).label).toBe('2026/2027');
  expect(schoolYearOf(new Date(2026, 6, 1)).label).toBe('2025/2026');
});

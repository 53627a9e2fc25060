/**
 * «Сведения о наставниках и наставляемых» over the hand-built register of monitoringFixture.ts:
 * every cell written out by hand, the totals and the «до 35 лет» line, and the flat grid
 * written with one setValues.
 */
import { flattenMunicipalReport, municipalReport } from '../../src/domain/monitoring';
import { AGE_BANDS } from '../../src/domain/vocabulary';
import { d, demoInput, HEAD, PP, UNI, YOUNG } from './monitoringFixture';

const report = municipalReport(demoInput(), {
  organisation: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»',
  schoolYear: '2025/2026',
  date: d('2026-03-15'),
});
const [age, category, form] = report.sections;

test('title lines', () => {
  expect(report.title).toBe('Сведения о наставниках и наставляемых');
  expect(report.subtitle).toEqual([
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя школа № 1»',
    '2025/2026 учебный год',
    'по состоянию на 15.03.2026',
  ]);
  const blank = municipalReport(demoInput());
  expect(blank.subtitle).toEqual(['(наименование образовательной организации)', 'по состоянию на «___» ____________ 20___ г.']);
  expect(municipalReport(demoInput(), { date: '1 июня 2026 г.' }).subtitle[1]).toBe('по состоянию на 1 июня 2026 г.');
});

test('by age band, with the total and «до 35 лет»', () => {
  expect(age.header).toEqual(['Возрастная группа', 'Наставники, чел.', 'Наставляемые, чел.', 'Итого, чел.']);
  expect(age.rows).toEqual([
    ['до 25 лет', 0, 2, 2], // НЯ-1, НЯ-5
    ['25–29 лет', 0, 3, 3], // НЯ-2, НЯ-3 («25-29»), НЯ-11
    ['30–34 лет', 1, 2, 3], // НТ-3; НЯ-4, НЯ-10
    ['35–39 лет', 1, 1, 2], // НТ-4; НЯ-7
    ['40–44 лет', 1, 1, 2], // НТ-1; НЯ-6
    ['45–49 лет', 1, 0, 1], // НТ-6 (НЯ-8 last year's)
    ['50–54 лет', 1, 1, 2], // НТ-2; НЯ-9
    ['55–59 лет', 0, 0, 0], // НТ-7 last year's
    ['60–64 лет', 1, 0, 1], // НТ-5
    ['65 лет и старше', 0, 0, 0],
    ['возраст не указан', 1, 0, 1], // НТ-8
    ['Итого', 7, 10, 17],
    ['в том числе в возрасте до 35 лет', 1, 7, 8], // the first three bands: 0+0+1, 2+3+2
  ]);
  expect(age.totalRows).toEqual([11, 12]);
  // the line «до 35» is the sum of the first three bands, column by column
  for (let c = 1; c <= 3; c++) {
    expect(age.rows[12][c]).toBe((age.rows[0][c] as number) + (age.rows[1][c] as number) + (age.rows[2][c] as number));
    const body = age.rows.slice(0, 11).reduce((s, r) => s + (r[c] as number), 0);
    expect(age.rows[11][c]).toBe(body);
  }
});

test('by mentee category', () => {
  expect(category.rows).toEqual([
    [YOUNG, 5, 5, 3], // НЯ-1, 2, 4, 5, 11; all under 35; covered НЯ-1, НЯ-2 (ongoing), НЯ-4 (completed)
    ['вновь принятый педагог', 1, 1, 1], // НЯ-3
    ['педагог после длительного перерыва', 1, 0, 0], // НЯ-6, 40–44, pair stopped
    ['педагог, сменивший предмет или профиль', 1, 1, 1], // НЯ-10, 30–34, completed
    ['педагог, испытывающий профессиональные затруднения', 1, 0, 0], // НЯ-7, draft only
    ['категория не указана', 1, 0, 1], // НЯ-9, 50–54, ongoing П-3
    ['Итого', 10, 7, 6],
  ]);
  expect(category.totalRows).toEqual([6]);
});

test('by form: pairs, groups and participants, each counted once in the total', () => {
  expect(form.header).toEqual([
    'Форма наставничества',
    'Пары, ед.',
    'Группы, ед.',
    'Наставники, чел.',
    'Наставляемые, чел.',
    'Участники, всего, чел.',
  ]);
  expect(form.rows).toEqual([
    [PP, 3, 1, 3, 5, 8], // pairs П-1, П-5, П-6, group П-2 (draft П-7 left out); НТ-1, НТ-2, НТ-6; НЯ-1, 2, 3, 5, 6
    [HEAD, 2, 0, 2, 2, 4], // П-3, П-4; НТ-3, НТ-1; НЯ-9, НЯ-4
    ['работодатель – студент', 0, 0, 0, 0, 0],
    ['студент – студент', 0, 0, 0, 0, 0],
    ['преподаватель – студент', 0, 0, 0, 0, 0],
    [UNI, 1, 0, 1, 1, 2], // П-9: НТ-5, НЯ-10
    ['форма не указана', 1, 0, 1, 1, 2], // П-10: НТ-8, НЯ-11
    // НТ-1 works in two forms: 3 + 2 + 1 + 1 = 7 rows of mentors, 6 people
    ['Итого', 7, 1, 6, 9, 15],
  ]);
  expect(form.totalRows).toEqual([7]);
  expect(form.note).toContain('учитывается один раз');
});

test('flattened: one rectangle, every row the same width, row kinds for formatting', () => {
  const grid = flattenMunicipalReport(report);
  expect(grid.width).toBe(6); // the widest section (forms)
  for (const row of grid.values) expect(row.length).toBe(6);
  expect(grid.kinds.length).toBe(grid.values.length);
  // title + 3 subtitle lines; per section: blank, title, header, rows; the forms' note
  expect(grid.values.length).toBe(4 + (3 + 13) + (3 + 7) + (3 + 8 + 1));
  expect(grid.values[0]).toEqual(['Сведения о наставниках и наставляемых', '', '', '', '', '']);
  expect(grid.kinds.slice(0, 8)).toEqual(['title', 'subtitle', 'subtitle', 'subtitle', 'blank', 'section', 'header', 'body']);
  expect(grid.values[6]).toEqual(['Возрастная группа', 'Наставники, чел.', 'Наставляемые, чел.', 'Итого, чел.', '', '']);
  const totals = grid.values.filter((_, i) => grid.kinds[i] === 'total').map((r) => r[0]);
  expect(totals).toEqual(['Итого', 'в том числе в возрасте до 35 лет', 'Итого', 'Итого']);
  expect(grid.kinds[grid.kinds.length - 1]).toBe('note');
  for (const row of grid.values) for (const cell of row) expect(['string', 'number']).toContain(typeof cell);
});

test('an empty register keeps every band and form row', () => {
  const empty = municipalReport({ mentors: [], mentees: [], pairs: [], today: d('2026-03-15') });
  expect(empty.sections[0].rows.map((r) => r[0])).toEqual([...AGE_BANDS, 'Итого', 'в том числе в возрасте до 35 лет']);
  expect(empty.sections[2].rows[empty.sections[2].rows.length - 1]).toEqual(['Итого', 0, 0, 0, 0, 0]);
  const grid = flattenMunicipalReport(empty);
  for (const row of grid.values) expect(row.length).toBe(grid.width);
});

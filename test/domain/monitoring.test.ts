/**
 * Monitoring over the hand-built register of monitoringFixture.ts. Every expected number
 * is written out and explained; none is computed by the code under test.
 * Counted this year: mentors НТ-1…НТ-6 and НТ-8 (7; НТ-7 left and only had last year's П-8),
 * mentees НЯ-1…НЯ-7, НЯ-9…НЯ-11 (10; НЯ-8 finished last year), pairs П-1…П-7, П-9, П-10 (9).
 */
import {
  chartSpecs,
  computeIndicators,
  type Indicator,
  layoutChartData,
  monitoringCounts,
  monitoringSummary,
  toIndicatorRows,
} from '../../src/domain/monitoring';
import { GROUPS, UNITS, VALUES } from '../../src/i18n/monitoring';
import { AGE_BANDS, vocabularyByKey } from '../../src/domain/vocabulary';
import { countRows, indicatorValue } from '../../src/domain/documents/reports';
import { BY_CURATOR, BY_MENTEE, BY_MENTOR, demoInput, HEAD, PP, UNI, YOUNG } from './monitoringFixture';

const indicators = computeIndicators(demoInput());
const byCode = new Map(indicators.map((i) => [i.code, i]));
const v = (code: string): number | null => {
  const found = byCode.get(code);
  if (!found) throw new Error(`no indicator ${code}`);
  return found.value;
};

test('codes are unique and every row has a group, a name and a unit', () => {
  expect(new Set(indicators.map((i) => i.code)).size).toBe(indicators.length);
  const units: string[] = Object.values(UNITS);
  for (const i of indicators) {
    expect(i.group).toBeTruthy();
    expect(i.indicator).toBeTruthy();
    expect(units).toContain(i.unit);
  }
  expect(byCode.get('mentors.total')).toEqual({
    code: 'mentors.total',
    group: GROUPS.mentors,
    indicator: 'Наставников, всего',
    value: 7,
    unit: 'чел.',
  });
});

test('mentors', () => {
  expect(v('mentors.total')).toBe(7); // НТ-1…6, НТ-8; НТ-6 left but had П-6 this year; НТ-7 left with last year's pair only
  expect(v('mentors.active')).toBe(4); // «активен»: НТ-1, НТ-2, НТ-3, НТ-8
  expect(v('mentors.inPairs')).toBe(3); // ongoing П-1 (НТ-1), П-2 (НТ-2), П-3 (НТ-3)
  expect(v('mentors.trained')).toBe(4); // training dates: НТ-1, НТ-2, НТ-5, НТ-8 (НТ-7 not counted)
  expect(v('mentors.trainedShare')).toBe(57.1); // 4 / 7 = 57.14 %
  // qualification: высшая НТ-1, НТ-3, НТ-6; первая НТ-2, НТ-4; педагог-наставник НТ-5; blank НТ-8
  expect(v('mentors.qualification:высшая')).toBe(3);
  expect(v('mentors.qualification:первая')).toBe(2);
  expect(v('mentors.qualification:педагог-наставник')).toBe(1);
  expect(v('mentors.qualification:без категории')).toBe(0); // listed value, kept at zero
  expect(v('mentors.qualification:none')).toBe(1); // НТ-8
  // career groups: Б НТ-2, НТ-3, НТ-4; В НТ-1, НТ-6; Г НТ-5; blank НТ-8
  expect(v('mentors.careerGroup:А — допрофессиональный период')).toBe(0);
  expect(v('mentors.careerGroup:Б — профессионалы')).toBe(3);
  expect(v('mentors.careerGroup:В — суперпрофессионалы')).toBe(2);
  expect(v('mentors.careerGroup:Г — послепрофессиональный период')).toBe(1);
  expect(v('mentors.careerGroup:none')).toBe(1);
});

test('mentees', () => {
  expect(v('mentees.total')).toBe(10); // НЯ-1…7, НЯ-9, НЯ-10, НЯ-11; НЯ-8 finished last year
  expect(v('mentees.inPairs')).toBe(4); // П-1: НЯ-1; П-2: НЯ-2, НЯ-3; П-3: НЯ-9
  expect(v('mentees.finished')).toBe(2); // completed П-4 (НЯ-4) and П-9 (НЯ-10)
  // no ongoing or completed pair: НЯ-5 (П-5 stopped), НЯ-6 (П-6 stopped), НЯ-7 (draft П-7 only), НЯ-11 (П-10 stopped)
  expect(v('mentees.waiting')).toBe(4);
  expect(v('mentees.youngSpecialists')).toBe(5); // НЯ-1, НЯ-2, НЯ-4, НЯ-5, НЯ-11
  expect(v('mentees.youngSpecialistsCovered')).toBe(3); // НЯ-1, НЯ-2 ongoing; НЯ-4 completed (НЯ-5, НЯ-11 stopped)
  expect(v('mentees.youngSpecialistsCoveredShare')).toBe(60); // 3 / 5
  expect(v(`mentees.category:${YOUNG}`)).toBe(5);
  expect(v('mentees.category:вновь принятый педагог')).toBe(1); // НЯ-3 (НЯ-8 not counted)
  expect(v('mentees.category:педагог после длительного перерыва')).toBe(1); // НЯ-6
  expect(v('mentees.category:педагог, сменивший предмет или профиль')).toBe(1); // НЯ-10
  expect(v('mentees.category:педагог, испытывающий профессиональные затруднения')).toBe(1); // НЯ-7
  expect(v('mentees.category:none')).toBe(1); // НЯ-9
});

test('age bands and the under-35 shares', () => {
  // mentors: 30–34 НТ-3, 35–39 НТ-4, 40–44 НТ-1, 45–49 НТ-6, 50–54 НТ-2, 60–64 НТ-5, blank НТ-8
  const mentorAges = [0, 0, 1, 1, 1, 1, 1, 0, 1, 0];
  // mentees: до 25 НЯ-1, НЯ-5; 25–29 НЯ-2, НЯ-3 (typed «25-29»), НЯ-11; 30–34 НЯ-4, НЯ-10; 35–39 НЯ-7; 40–44 НЯ-6; 50–54 НЯ-9
  const menteeAges = [2, 3, 2, 1, 1, 0, 1, 0, 0, 0];
  AGE_BANDS.forEach((band, i) => {
    expect([band, v(`age.mentors:${band}`)]).toEqual([band, mentorAges[i]]);
    expect([band, v(`age.mentees:${band}`)]).toEqual([band, menteeAges[i]]);
  });
  expect(v('age.mentors:none')).toBe(1); // НТ-8
  expect(v('age.mentees:none')).toBe(0); // the row exists for both roles once anyone lacks a band
  expect(v('mentors.under35')).toBe(1); // НТ-3
  expect(v('mentors.under35Share')).toBe(14.3); // 1 / 7 = 14.29 %
  expect(v('mentees.under35')).toBe(7); // 2 + 3 + 2
  expect(v('mentees.under35Share')).toBe(70); // 7 / 10
  expect(v('participants.under35Share')).toBe(47.1); // (1 + 7) / (7 + 10) = 47.06 %
});

test('pairs and groups by form, kind and status', () => {
  expect(v('pairs.total')).toBe(9); // П-8 ended 30.05.2025, before the year
  expect(v('pairs.groups')).toBe(1); // П-2 has two mentees
  expect(v('pairs.pairs')).toBe(8); // 9 − 1
  expect(v('pairs.ongoing')).toBe(3); // П-1, П-2 активна; П-3 закреплена
  expect(v('pairs.overdue')).toBe(1); // П-2 planned to end 01.03.2026 < 15.03.2026
  expect(v('pairs.withoutProgramme')).toBe(1); // П-3 has no rows in «Программы»
  expect(v('pairs.status:проект')).toBe(1); // П-7
  expect(v('pairs.status:закреплена')).toBe(1); // П-3
  expect(v('pairs.status:активна')).toBe(2); // П-1, П-2
  expect(v('pairs.status:завершена')).toBe(2); // П-4, П-9
  expect(v('pairs.status:прекращена')).toBe(3); // П-5, П-6, П-10
  expect(v(`pairs.form:${PP}`)).toBe(5); // П-1, П-2, П-5, П-6 and П-7 typed «педагог - педагог»
  expect(v(`pairs.form:${HEAD}`)).toBe(2); // П-3, П-4
  expect(v(`pairs.form:${UNI}`)).toBe(1); // П-9
  expect(v('pairs.form:студент – студент')).toBe(0); // listed, unused
  expect(v('pairs.form:none')).toBe(1); // П-10
  expect(v('pairs.kind:традиционное')).toBe(3); // П-1, П-5, П-9
  expect(v('pairs.kind:групповое')).toBe(1); // П-2
  expect(v('pairs.kind:виртуальное (дистанционное)')).toBe(1); // П-3
  expect(v('pairs.kind:краткосрочное (целеполагающее)')).toBe(1); // П-4
  expect(v('pairs.kind:реверсивное')).toBe(1); // П-7
  expect(v('pairs.kind:ситуационное')).toBe(1); // П-6
  expect(v('pairs.kind:скоростное')).toBe(0);
  expect(v('pairs.kind:none')).toBe(1); // П-10
  // one row per listed value, in the vocabulary's order
  const forms = indicators.filter((i) => i.code.startsWith('pairs.form:')).map((i) => i.label);
  expect(forms).toEqual([...vocabularyByKey('forms').values, 'форма не указана']);
});

test('programmes: on time, late, early by reason; plans and meetings', () => {
  expect(v('programmes.closed')).toBe(5); // П-4, П-9 completed; П-5, П-6, П-10 stopped
  expect(v('programmes.completedFully')).toBe(2); // П-4, П-9
  expect(v('programmes.onTime')).toBe(1); // П-4 ended 10.12.2025 ≤ planned 15.12.2025
  expect(v('programmes.late')).toBe(1); // П-9 ended 10.02.2026 > planned 31.01.2026
  expect(v('programmes.onTimeShare')).toBe(20); // 1 / 5
  expect(v('programmes.early')).toBe(3); // П-5, П-6, П-10
  expect(v(`programmes.early:${BY_MENTOR}`)).toBe(1); // П-6
  expect(v(`programmes.early:${BY_MENTEE}`)).toBe(1); // П-5
  expect(v(`programmes.early:${BY_CURATOR}`)).toBe(1); // П-10
  expect(byCode.has('programmes.early:none')).toBe(false); // every reason given
  expect(byCode.has(`programmes.early:${VALUES.reasonFull}`)).toBe(false); // not an early stop
  expect(v('programmes.activities')).toBe(7); // П-1: 3, П-2: 1, П-4: 2, П-9: 1 (blank type); П-8's is last year's
  expect(v('programmes.activitiesDone')).toBe(4); // one each in П-1, П-2, П-4, П-9
  expect(v('programmes.activitiesDoneShare')).toBe(57.1); // 4 / 7
  expect(v('programmes.activitiesOverdue')).toBe(1); // П-1's of 01.02.2026; П-4's undone one belongs to a closed pair
  expect(v('programmes.meetingsHeld')).toBe(2); // П-1 01.12.2025 (blank, past), П-2 (done); not П-1 01.04.2026, not П-4 (unticked)
});

test('satisfaction: averages of the answers, change of the printed averages', () => {
  expect(v('satisfaction.mentees.start')).toBe(6.2); // 6, 5, 7, 6, 7 → 31 / 5
  expect(v('satisfaction.mentees.end')).toBe(8.5); // 9, 8 → 17 / 2 (11 and 0 ignored, П-8 last year's)
  expect(v('satisfaction.mentees.change')).toBe(2.3); // 8.5 − 6.2
  expect(v('satisfaction.mentors.start')).toBe(8); // 8, 9, 7 → 24 / 3
  expect(v('satisfaction.mentors.end')).toBe(9); // 8, 10 → 18 / 2
  expect(v('satisfaction.mentors.change')).toBe(1); // 9 − 8
  expect(v('satisfaction.answers')).toBe(12); // 5 + 2 + 3 + 2 valid answers of this year's pairs
  expect(byCode.get('satisfaction.mentees.start')!.unit).toBe(UNITS.score);
});

test('consents on file', () => {
  // data consent given and not withdrawn: mentors НТ-1, 2, 3, 4, 6 (НТ-5 withdrew, НТ-8 none);
  // mentees НЯ-1…6, НЯ-10 (НЯ-7 withdrew, НЯ-9 and НЯ-11 none)
  expect(v('consents.data')).toBe(12); // 5 + 7
  expect(v('consents.dataShare')).toBe(70.6); // 12 / 17 = 70.59 %
  expect(v('consents.withdrawn')).toBe(2); // НТ-5, НЯ-7
  expect(v('consents.duties')).toBe(2); // П-1 own date, П-2 via НТ-2; П-3 none
  expect(v('consents.dutiesShare')).toBe(66.7); // 2 / 3 ongoing
  expect(v('consents.publish')).toBe(2); // НТ-1, НТ-3 (НТ-5's void after withdrawal)
  expect(v('consents.publishShare')).toBe(28.6); // 2 / 7 = 28.57 %
});

test('roadmap completion', () => {
  expect(v('roadmap.total')).toBe(8);
  expect(v('roadmap.status:выполнено')).toBe(3);
  expect(v('roadmap.status:в работе')).toBe(2);
  expect(v('roadmap.status:не начато')).toBe(1);
  expect(v('roadmap.status:просрочено')).toBe(1);
  expect(v('roadmap.status:none')).toBe(1); // the blank row
  expect(v('roadmap.doneShare')).toBe(37.5); // 3 / 8
});

test('the analytic note’s counts, and the note prints them', () => {
  const counts = monitoringCounts(demoInput());
  expect(counts).toEqual({
    mentors: 7,
    mentees: 10,
    pairsActive: 3, // закреплена or активна
    pairsCompleted: 2, // завершена this year
    menteesUnder35: 7,
    satisfactionStart: 6.9, // all start answers: (31 + 24) / 8 = 6.875
    satisfactionEnd: 8.8, // all end answers: (17 + 18) / 4 = 8.75
  });
  expect(countRows(counts)[4][1]).toBe('70 % (7 из 10)');
  const rows = toIndicatorRows(indicators);
  expect(rows.length).toBe(indicators.filter((i) => i.label === undefined).length);
  expect(rows.find((r) => r.indicator === 'Доля наставников, прошедших обучение')).toEqual({
    indicator: 'Доля наставников, прошедших обучение',
    value: 57.1,
    unit: '%',
  });
  expect(indicatorValue(rows.find((r) => r.indicator === 'Удовлетворённость наставляемых по завершении программы')!)).toBe(
    '8,5 балла',
  );
  expect(toIndicatorRows(indicators, { breakdowns: true }).length).toBe(indicators.length);
});

test('charts: what «Мониторинг» shows, and one block of data for them', () => {
  const specs = chartSpecs(indicators);
  expect(specs.map((s) => [s.id, s.type])).toEqual([
    ['pairsByStatus', 'PIE'],
    ['satisfaction', 'COLUMN'],
    ['ageBands', 'BAR'],
    ['pairsByForm', 'BAR'],
    ['outcomes', 'PIE'],
    ['roadmap', 'PIE'],
  ]);
  const spec = (id: string) => specs.find((s) => s.id === id)!;
  expect(spec('pairsByStatus').rows).toEqual([
    ['проект', 1],
    ['закреплена', 1],
    ['активна', 2],
    ['завершена', 2],
    ['прекращена', 3],
  ]);
  expect(spec('satisfaction').rows).toEqual([
    ['Наставляемые', 6.2, 8.5],
    ['Наставники', 8, 9],
  ]);
  expect(spec('ageBands').rows[0]).toEqual(['до 25 лет', 0, 2]);
  expect(spec('ageBands').rows[10]).toEqual(['возраст не указан', 1, 0]);
  expect(spec('outcomes').rows).toEqual([
    ['выполнены в срок', 1],
    ['выполнены позже срока', 1],
    [`прекращены: ${BY_MENTOR}`, 1],
    [`прекращены: ${BY_MENTEE}`, 1],
    [`прекращены: ${BY_CURATOR}`, 1],
  ]);
  for (const s of specs) for (const row of s.rows) expect(row.length).toBe(s.header.length);

  const data = layoutChartData(specs);
  expect(data.width).toBe(3);
  for (const row of data.values) expect(row.length).toBe(3);
  const status = data.blocks[0];
  expect(status).toEqual({
    id: 'pairsByStatus',
    title: 'Пары и группы по статусу',
    type: 'PIE',
    row: 0,
    column: 0,
    numRows: 6,
    numColumns: 2,
  });
  expect(data.values[0]).toEqual(['Статус', 'Пары и группы', '']);
  const sat = data.blocks[1];
  expect(sat.row).toBe(7); // 6 rows of the first block, one blank
  expect(data.values.slice(sat.row, sat.row + sat.numRows)).toEqual([
    ['Участники', 'В начале программы', 'По завершении программы'],
    ['Наставляемые', 6.2, 8.5],
    ['Наставники', 8, 9],
  ]);
  const last = data.blocks[data.blocks.length - 1];
  expect(last.row + last.numRows).toBe(data.values.length);
});

test('the summary gives the same as the separate functions, from one pass', () => {
  const summary = monitoringSummary(demoInput(), { organisation: 'МБОУ «СОШ № 1»' });
  expect(summary.indicators).toEqual(indicators);
  expect(summary.counts).toEqual(monitoringCounts(demoInput()));
  expect(summary.charts).toEqual(chartSpecs(indicators));
  expect(summary.municipal.subtitle[0]).toBe('МБОУ «СОШ № 1»');
});

test('the input is not changed', () => {
  const input = demoInput();
  const before = JSON.stringify(input);
  computeIndicators(input);
  expect(JSON.stringify(input)).toBe(before);
});

test('indicators of one group stay together', () => {
  const seen: string[] = [];
  for (const i of indicators as Indicator[]) {
    if (seen[seen.length - 1] !== i.group) {
      expect(seen).not.toContain(i.group);
      seen.push(i.group);
    }
  }
});

/**
 * Monitoring edge cases: an empty register, withdrawn and renewed consents, groups, each
 * way a programme ends, the school-year filter, the curator's own vocabularies, rounding,
 * the register values the code matches, and a register of 30,000 people.
 */
import {
  change,
  chartSpecs,
  computeIndicators,
  type MonitoringInput,
  type MonitoringMentee,
  type MonitoringMentor,
  type MonitoringPair,
  monitoringCounts,
  monitoringSummary,
  round1,
} from '../../src/domain/monitoring';
import { VALUES } from '../../src/i18n/monitoring';
import { AGE_BANDS, VOCABULARIES, vocabularyByKey } from '../../src/domain/vocabulary';
import { BY_CURATOR, BY_MENTEE, BY_MENTOR, d, FULL, PP, YOUNG } from './monitoringFixture';

const base = (over: Partial<MonitoringInput> = {}): MonitoringInput => ({
  mentors: [],
  mentees: [],
  pairs: [],
  today: d('2026-03-15'),
  schoolYearStart: d('2025-09-01'),
  schoolYearEnd: d('2026-05-31'),
  ...over,
});
const values = (input: MonitoringInput) => new Map(computeIndicators(input).map((i) => [i.code, i.value]));

describe('an empty register', () => {
  const input = base();
  const ind = computeIndicators(input);
  const map = new Map(ind.map((i) => [i.code, i.value]));

  test('counts are zero, shares and averages are null', () => {
    for (const i of ind) {
      if (i.unit === '%' || i.unit === 'балл') expect([i.code, i.value]).toEqual([i.code, null]);
      else expect([i.code, i.value]).toEqual([i.code, 0]);
    }
    expect(map.get('mentors.trainedShare')).toBeNull(); // 0 / 0
    expect(map.get('satisfaction.mentees.change')).toBeNull();
    expect(map.get('roadmap.doneShare')).toBeNull();
  });

  test('every vocabulary value still has its row, no «не указан» rows', () => {
    const count = (prefix: string) => ind.filter((i) => i.code.startsWith(`${prefix}:`)).length;
    expect(count('pairs.form')).toBe(vocabularyByKey('forms').values.length); // 6
    expect(count('pairs.kind')).toBe(vocabularyByKey('kinds').values.length); // 7
    expect(count('pairs.status')).toBe(5);
    expect(count('mentees.category')).toBe(5);
    expect(count('mentors.qualification')).toBe(6);
    expect(count('mentors.careerGroup')).toBe(4);
    expect(count('age.mentors')).toBe(AGE_BANDS.length); // 10
    expect(count('programmes.early')).toBe(3); // the reasons other than «выполнена полностью»
    expect(count('roadmap.status')).toBe(4);
    expect(ind.some((i) => i.code.endsWith(':none'))).toBe(false);
  });

  test('the same codes as a full register without blanks (stable shape)', () => {
    const full = base({
      mentors: [
        { id: 'НТ-1', status: 'активен', ageBand: 'до 25 лет', qualification: 'первая', careerGroup: 'Б — профессионалы' },
      ],
      mentees: [{ id: 'НЯ-1', ageBand: '65 лет и старше', menteeCategory: YOUNG }],
      pairs: [{ id: 'П-1', mentorId: 'НТ-1', menteeIds: ['НЯ-1'], form: PP, kind: 'скоростное', status: 'активна' }],
      roadmap: [{ status: 'в работе' }],
    });
    expect(computeIndicators(full).map((i) => i.code)).toEqual(ind.map((i) => i.code));
  });

  test('counts, municipal table and charts', () => {
    expect(monitoringCounts(input)).toEqual({
      mentors: 0,
      mentees: 0,
      pairsActive: 0,
      pairsCompleted: 0,
      menteesUnder35: 0,
      satisfactionStart: null,
      satisfactionEnd: null,
    });
    const summary = monitoringSummary(input);
    const age = summary.municipal.sections[0];
    expect(age.rows.length).toBe(AGE_BANDS.length + 2); // bands, Итого, до 35
    expect(age.rows[age.rows.length - 2]).toEqual(['Итого', 0, 0, 0]);
    expect(age.rows[age.rows.length - 1]).toEqual(['в том числе в возрасте до 35 лет', 0, 0, 0]);
    const sat = summary.charts.find((c) => c.id === 'satisfaction')!;
    expect(sat.rows).toEqual([
      ['Наставляемые', null, null],
      ['Наставники', null, null],
    ]);
    expect(chartSpecs([])).toEqual([]);
  });
});

describe('consents', () => {
  const mentor = (id: string, extra: Partial<MonitoringMentor>): MonitoringMentor => ({ id, status: 'активен', ...extra });
  const v = values(
    base({
      mentors: [
        mentor('НТ-1', { consentData: d('2025-09-01') }), // given
        mentor('НТ-2', { consentData: d('2025-09-01'), consentWithdrawn: d('2025-10-01'), consentPublish: d('2025-09-02') }), // withdrawn: publish void
        mentor('НТ-3', {
          consentData: d('2025-11-01'),
          consentWithdrawn: d('2025-10-01'),
          consentPublish: d('2025-11-01'),
          consentDuties: d('2025-11-02'),
        }), // given again after withdrawing
        mentor('НТ-4', { consentData: d('2025-10-01'), consentWithdrawn: d('2025-10-01') }), // withdrawn the same day: withdrawn
        mentor('НТ-5', { consentWithdrawn: d('2025-10-01') }), // withdrawal with no consent date: withdrawn
        mentor('НТ-6', { consentPublish: d('2025-09-01') }), // publish without data consent: counts as publish, not as data
        mentor('НТ-7', { consentData: new Date(Number.NaN) }), // an invalid date is no date
      ],
      mentees: [{ id: 'НЯ-1', consentData: d('2025-09-01'), consentWithdrawn: null }],
      pairs: [
        { id: 'П-1', mentorId: 'НТ-1', menteeIds: ['НЯ-1'], status: 'активна', dutiesConsent: d('2025-09-03') }, // own date
        { id: 'П-2', mentorId: 'НТ-2', menteeIds: ['НЯ-9'], status: 'закреплена' }, // НТ-2 has no duties consent
        { id: 'П-3', mentorId: 'НТ-3', menteeIds: ['НЯ-8'], status: 'активна' }, // mentor's date below
        { id: 'П-4', mentorId: 'НТ-3', menteeIds: ['НЯ-7'], status: 'активна' }, // the same mentor's date covers both
        { id: 'П-5', mentorId: 'НТ-4', menteeIds: ['НЯ-6'], status: 'завершена' }, // not ongoing: not in the duties share
      ],
    }),
  );
  test('data, withdrawn, duties and publish', () => {
    expect(v.get('consents.data')).toBe(3); // НТ-1, НТ-3, НЯ-1
    expect(v.get('consents.withdrawn')).toBe(3); // НТ-2, НТ-4, НТ-5
    expect(v.get('consents.dataShare')).toBe(37.5); // 3 of 7 mentors + 1 mentee
    expect(v.get('consents.publish')).toBe(2); // НТ-3, НТ-6
    expect(v.get('consents.duties')).toBe(3); // П-1 own, П-3 and П-4 through НТ-3
    expect(v.get('consents.dutiesShare')).toBe(75); // 3 of 4 ongoing
  });
  test('the mentors’ duties date is read with the mentor row', () => {
    const w = values(
      base({
        mentors: [
          { id: 'НТ-1', consentDuties: d('2025-09-01') },
          { id: 'НТ-1', consentDuties: d('2025-09-01') },
        ], // a duplicated row counts once
        pairs: [{ id: 'П-1', mentorId: 'НТ-1', menteeIds: ['НЯ-1'], status: 'активна' }],
      }),
    );
    expect(w.get('consents.duties')).toBe(1);
  });
});

test('groups: one group, each member counted as a mentee in a pair', () => {
  const mentees: MonitoringMentee[] = ['НЯ-1', 'НЯ-2', 'НЯ-3', 'НЯ-4'].map((id) => ({
    id,
    status: 'в паре',
    ageBand: '25–29 лет',
  }));
  const v = values(
    base({
      mentors: [{ id: 'НТ-1', status: 'активен' }],
      mentees,
      pairs: [
        { id: 'П-1', mentorId: 'НТ-1', menteeIds: ['НЯ-1', 'НЯ-2', 'НЯ-3'], form: PP, kind: 'групповое', status: 'активна' },
        { id: 'П-2', mentorId: 'НТ-1', menteeIds: ['НЯ-4'], form: PP, kind: 'традиционное', status: 'активна' },
        { id: 'П-3', mentorId: 'НТ-1', menteeIds: [], status: 'проект' }, // no mentee yet: a pair, not a group
      ],
    }),
  );
  expect(v.get('pairs.total')).toBe(3);
  expect(v.get('pairs.groups')).toBe(1); // П-1
  expect(v.get('pairs.pairs')).toBe(2); // П-2, П-3
  expect(v.get('mentees.inPairs')).toBe(4);
  expect(v.get('mentors.inPairs')).toBe(1); // one mentor, two pairs
  expect(v.get(`pairs.form:${PP}`)).toBe(2);
  expect(v.get('pairs.form:none')).toBe(1); // П-3
});

describe('how programmes end', () => {
  const closed = (id: string, extra: Partial<MonitoringPair>): MonitoringPair => ({
    id,
    mentorId: 'НТ-1',
    menteeIds: [`НЯ-${id}`],
    startDate: d('2025-09-15'),
    plannedEnd: d('2026-01-31'),
    ...extra,
  });
  const input = base({
    pairs: [
      closed('1', { status: 'завершена', completionReason: FULL, endDate: d('2026-01-31') }), // on the planned day: on time
      closed('2', { status: 'завершена', completionReason: FULL, endDate: d('2026-02-01') }), // a day late
      closed('3', { status: 'завершена', completionReason: FULL, endDate: null }), // full, no end date: neither
      closed('4', { status: 'прекращена', completionReason: BY_MENTOR, endDate: d('2025-12-01') }),
      closed('5', { status: 'прекращена', completionReason: BY_MENTEE, endDate: d('2025-12-02') }),
      closed('6', { status: 'прекращена', completionReason: BY_MENTEE, endDate: d('2025-12-03') }),
      closed('7', { status: 'прекращена', completionReason: BY_CURATOR, endDate: d('2025-12-04') }),
      closed('8', { status: 'прекращена', completionReason: '', endDate: d('2025-12-05') }), // stopped, reason blank
      closed('9', { status: 'завершена', completionReason: '', endDate: d('2026-01-20') }), // completed, reason blank: in full
      closed('10', { status: 'прекращена', completionReason: 'переезд наставника', endDate: d('2025-12-06') }), // the curator's own reason
      closed('11', { status: 'активна' }), // not closed
    ],
  });
  const v = values(input);
  test('on time, late, early by each reason', () => {
    expect(v.get('programmes.closed')).toBe(10); // all but 11
    expect(v.get('programmes.completedFully')).toBe(4); // 1, 2, 3, 9
    expect(v.get('programmes.onTime')).toBe(2); // 1 (same day), 9 (20.01 ≤ 31.01)
    expect(v.get('programmes.late')).toBe(1); // 2
    expect(v.get('programmes.onTimeShare')).toBe(20); // 2 / 10
    expect(v.get('programmes.early')).toBe(6); // 4, 5, 6, 7, 8, 10
    expect(v.get(`programmes.early:${BY_MENTOR}`)).toBe(1);
    expect(v.get(`programmes.early:${BY_MENTEE}`)).toBe(2);
    expect(v.get(`programmes.early:${BY_CURATOR}`)).toBe(1);
    expect(v.get('programmes.early:переезд наставника')).toBe(1); // added after the listed reasons
    expect(v.get('programmes.early:none')).toBe(1); // 8
    expect(monitoringCounts(input).pairsCompleted).toBe(4); // 1, 2, 3, 9
  });
  test('the outcomes chart shows the full ones without a term apart', () => {
    const outcomes = chartSpecs(computeIndicators(input)).find((c) => c.id === 'outcomes')!;
    expect(outcomes.rows).toEqual([
      ['выполнены в срок', 2],
      ['выполнены позже срока', 1],
      ['выполнены, срок не указан', 1], // 3
      [`прекращены: ${BY_MENTOR}`, 1],
      [`прекращены: ${BY_MENTEE}`, 2],
      [`прекращены: ${BY_CURATOR}`, 1],
      ['прекращены: переезд наставника', 1],
      ['прекращены: причина не указана', 1],
    ]);
  });
});

describe('the school year', () => {
  const pairs: MonitoringPair[] = [
    {
      id: 'П-1',
      mentorId: 'НТ-1',
      menteeIds: ['НЯ-1'],
      status: 'завершена',
      startDate: d('2024-09-10'),
      endDate: d('2025-08-31'),
    }, // ended the day before
    {
      id: 'П-2',
      mentorId: 'НТ-2',
      menteeIds: ['НЯ-2'],
      status: 'завершена',
      startDate: d('2024-09-10'),
      endDate: d('2025-09-01'),
    }, // ended on the first day: in
    { id: 'П-3', mentorId: 'НТ-3', menteeIds: ['НЯ-3'], status: 'закреплена', startDate: d('2026-06-01') }, // starts after the year
    { id: 'П-4', mentorId: 'НТ-4', menteeIds: ['НЯ-4'], status: 'активна', startDate: d('2024-12-01') }, // from last year, still running
    { id: 'П-5', mentorId: 'НТ-5', menteeIds: ['НЯ-5'], status: 'проект' }, // no dates
  ];
  const mentors: MonitoringMentor[] = ['НТ-1', 'НТ-2', 'НТ-3', 'НТ-4', 'НТ-5'].map((id) => ({ id, status: 'выбыл' }));
  const mentees: MonitoringMentee[] = ['НЯ-1', 'НЯ-2', 'НЯ-3', 'НЯ-4', 'НЯ-5'].map((id) => ({
    id,
    status: 'завершил программу',
  }));
  test('pairs outside it and people known only through them are left out', () => {
    const v = values(base({ pairs, mentors, mentees }));
    expect(v.get('pairs.total')).toBe(3); // П-2, П-4, П-5
    expect(v.get('mentors.total')).toBe(3); // НТ-2, НТ-4, НТ-5
    expect(v.get('mentees.total')).toBe(3); // НЯ-2, НЯ-4, НЯ-5
    expect(v.get('mentees.waiting')).toBe(0); // all finished
  });
  test('no school year: no filter', () => {
    const v = values(base({ pairs, mentors, mentees, schoolYearStart: null, schoolYearEnd: undefined }));
    expect(v.get('pairs.total')).toBe(5);
    expect(v.get('mentors.total')).toBe(5);
  });
});

test('the curator’s vocabularies: their order, zero rows, values met in the data after them', () => {
  const v = computeIndicators(
    base({
      vocabularies: { forms: ['наставник – молодой педагог', PP] },
      pairs: [
        { id: 'П-1', mentorId: 'НТ-1', menteeIds: ['НЯ-1'], form: 'педагог – педагог', status: 'активна' },
        { id: 'П-2', mentorId: 'НТ-1', menteeIds: ['НЯ-2'], form: 'Студент – студент', status: 'активна' },
        { id: 'П-3', mentorId: 'НТ-1', menteeIds: ['НЯ-3'], form: 'студент  -  студент', status: 'активна' }, // same value, other spelling
      ],
    }),
  ).filter((i) => i.code.startsWith('pairs.form:'));
  expect(v.map((i) => [i.label, i.value])).toEqual([
    ['наставник – молодой педагог', 0],
    [PP, 1],
    ['Студент – студент', 2], // first spelling met
  ]);
});

test('register values matched by the code belong to their vocabularies', () => {
  const has = (key: Parameters<typeof vocabularyByKey>[0], value: string) => expect(vocabularyByKey(key).values).toContain(value);
  has('mentorStatuses', VALUES.mentorActive);
  has('mentorStatuses', VALUES.mentorLeft);
  has('menteeStatuses', VALUES.menteeFinished);
  has('menteeStatuses', VALUES.menteeLeft);
  for (const s of [VALUES.pairDraft, VALUES.pairFixed, VALUES.pairActive, VALUES.pairCompleted, VALUES.pairStopped])
    has('pairStatuses', s);
  has('completionReasons', VALUES.reasonFull);
  has('menteeCategories', VALUES.youngSpecialist);
  has('roadmapStatuses', VALUES.roadmapDone);
  has('roadmapStatuses', VALUES.roadmapOverdue);
  has('programmeEntryTypes', VALUES.entryMeeting);
  expect(VOCABULARIES.length).toBeGreaterThan(0);
});

test('rounding: one decimal, halves up, no «-0»; change of printed averages', () => {
  expect(round1(6.875)).toBe(6.9);
  expect(round1(8.75)).toBe(8.8);
  expect(round1(100 / 3)).toBe(33.3);
  expect(round1(1.15)).toBe(1.2);
  expect(round1(-0.04)).toBe(0);
  expect(Object.is(round1(-0.04), 0)).toBe(true);
  expect(change(7.3, 6.1)).toBe(-1.2);
  expect(change(7, 7)).toBe(0);
  expect(change(null, 7)).toBeNull();
});

test('an invalid «today» makes nothing overdue', () => {
  const v = values(
    base({
      today: new Date(Number.NaN),
      pairs: [{ id: 'П-1', mentorId: 'НТ-1', menteeIds: ['НЯ-1'], status: 'активна', plannedEnd: d('2025-10-01') }],
      programmes: [{ pairId: 'П-1', entryType: 'мероприятие', term: d('2025-09-20'), done: false }],
    }),
  );
  expect(v.get('pairs.overdue')).toBe(0);
  expect(v.get('programmes.activitiesOverdue')).toBe(0);
});

test('30,000 people compute', () => {
  const forms = vocabularyByKey('forms').values;
  const kinds = vocabularyByKey('kinds').values;
  const categories = vocabularyByKey('menteeCategories').values;
  const mentors: MonitoringMentor[] = [];
  const mentees: MonitoringMentee[] = [];
  const pairs: MonitoringPair[] = [];
  for (let i = 0; i < 10000; i++) {
    mentors.push({
      id: `НТ-${i}`,
      status: 'активен',
      ageBand: AGE_BANDS[i % 10],
      consentData: d('2025-09-01'),
      trainingDate: i % 2 ? d('2025-08-01') : null,
    });
  }
  for (let i = 0; i < 20000; i++) {
    mentees.push({
      id: `НЯ-${i}`,
      status: 'в паре',
      ageBand: AGE_BANDS[i % 4],
      menteeCategory: categories[i % categories.length],
      consentData: d('2025-09-02'),
    });
  }
  for (let i = 0; i < 10000; i++) {
    pairs.push({
      id: `П-${i}`,
      mentorId: `НТ-${i}`,
      menteeIds: [`НЯ-${2 * i}`, `НЯ-${2 * i + 1}`].slice(0, i % 3 ? 1 : 2),
      form: forms[i % forms.length],
      kind: kinds[i % kinds.length],
      status: i % 5 ? 'активна' : 'завершена',
      completionReason: i % 5 ? '' : FULL,
      startDate: d('2025-10-01'),
      plannedEnd: d('2026-04-30'),
      endDate: i % 5 ? null : d('2026-03-01'),
    });
  }
  const summary = monitoringSummary(base({ mentors, mentees, pairs }));
  const v = new Map(summary.indicators.map((i) => [i.code, i.value]));
  expect(v.get('mentors.total')).toBe(10000);
  expect(v.get('mentees.total')).toBe(20000);
  expect(v.get('pairs.total')).toBe(10000);
  expect(summary.municipal.sections[0].rows.length).toBe(AGE_BANDS.length + 2);
});

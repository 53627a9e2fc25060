/**
 * «Дорожная карта»: the template (every stage, numbering, dates inside the school year in
 * a sensible order), recognising existing rows (case/ё variants, rewording, no duplicates,
 * truly missing rows found), statuses (the clock, the register's facts, a typed
 * «выполнено» kept), progress by stage, and the texts (Russian, the product's own words:
 * no sentence of the seeds reused).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  FACT_TESTS,
  matchTemplateRows,
  missingTemplateRows,
  NO_FACTS,
  type RegisterFacts,
  roadmapStatus,
  roadmapStatuses,
  roadmapTemplate,
  ROADMAP_STAGE_ORDER,
  type RoadmapTemplateRow,
  stageProgress,
} from '../../src/domain/roadmap';
import {
  ROADMAP_ACTIVITIES,
  ROADMAP_MESSAGES,
  ROADMAP_REASONS,
  ROADMAP_ROLES,
  ROADMAP_STAGE_TITLES,
  ROADMAP_STATUS,
} from '../../src/i18n/roadmap';
import { vocabularyByKey } from '../../src/domain/vocabulary';
import { schoolYearOf } from '../../src/register/settings';
import { copiedPieces, SEED_PRINTS } from '../seeds/seedText';

const d = (y: number, m: number, day: number, h = 0) => new Date(y, m - 1, day, h);
const ymd = (date: Date) => [date.getFullYear(), date.getMonth() + 1, date.getDate()];
const YEAR_START = d(2025, 9, 1);
const YEAR_END = d(2026, 5, 31);
const TEMPLATE = roadmapTemplate(YEAR_START, YEAR_END);
const byKey = (key: string) => {
  const row = TEMPLATE.find((r) => r.key === key);
  if (!row) throw new Error(`no template row ${key}`);
  return row;
};
const facts = (over: Partial<RegisterFacts>): RegisterFacts => ({ ...NO_FACTS, ...over });

// ---------------------------------------------------------------- the template

describe('roadmapTemplate', () => {
  test('has about 20–30 activities with unique keys, every stage filled, in the order of the cycle', () => {
    expect(TEMPLATE.length).toBeGreaterThanOrEqual(20);
    expect(TEMPLATE.length).toBeLessThanOrEqual(30);
    expect(new Set(TEMPLATE.map((r) => r.key)).size).toBe(TEMPLATE.length);
    const stages = [...new Set(TEMPLATE.map((r) => r.stageKey))];
    expect(stages).toEqual(Object.keys(ROADMAP_STAGE_TITLES));
    expect(stages).toEqual([...ROADMAP_STAGE_ORDER]);
    for (const row of TEMPLATE) expect(row.stage).toBe(ROADMAP_STAGE_TITLES[row.stageKey]);
    // Every activity text of i18n is used once.
    expect(TEMPLATE.map((r) => r.key).sort()).toEqual(Object.keys(ROADMAP_ACTIVITIES).sort());
  });

  test('covers what the seeds share: local acts, banks with consents, training, pairs, work, completion, motivation, information', () => {
    const keys = TEMPLATE.map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'prep.regulation',
        'prep.curator',
        'bank.mentees.survey',
        'bank.mentees.formed',
        'bank.mentors.survey',
        'bank.mentors.formed',
        'training.sessions',
        'training.courses',
        'pairs.matching',
        'pairs.consents',
        'pairs.order',
        'pairs.programmes',
        'work.activities',
        'work.meetings',
        'completion.final',
        'completion.survey',
        'completion.reports',
        'completion.note',
        'motivation.reward',
        'info.site',
        'info.results',
        'info.municipal',
      ]),
    );
  });

  test('numbers rows «stage.item» from 1.1, consecutive within each stage', () => {
    expect(TEMPLATE[0].number).toBe('1.1');
    let stage = 0;
    let item = 0;
    let last = '';
    for (const row of TEMPLATE) {
      if (row.stageKey !== last) {
        stage++;
        item = 0;
        last = row.stageKey;
      }
      item++;
      expect({ key: row.key, number: row.number }).toEqual({ key: row.key, number: `${stage}.${item}` });
    }
    expect(stage).toBe(9);
  });

  const years: [string, Date, Date][] = [
    ['2025/2026', YEAR_START, YEAR_END],
    ['2023/2024 (leap year)', d(2023, 9, 1), d(2024, 5, 31)],
    ['from schoolYearOf', schoolYearOf(d(2027, 1, 15)).start, schoolYearOf(d(2027, 1, 15)).end],
    ['25 August to 30 June', d(2026, 8, 25), d(2027, 6, 30)],
    ['a short year, 1 September to 31 December', d(2026, 9, 1), d(2026, 12, 31)],
    ['a year of one day', d(2026, 9, 1), d(2026, 9, 1)],
    ['dates with a time of day', d(2025, 9, 1, 15), d(2026, 5, 31, 9)],
  ];
  test.each(years)('%s: every row from ≤ to, both inside the school year, at midnight', (_name, start, end) => {
    const rows = roadmapTemplate(start, end);
    const first = new Date(start.getFullYear(), start.getMonth(), start.getDate()).getTime();
    const last = new Date(end.getFullYear(), end.getMonth(), end.getDate()).getTime();
    for (const row of rows) {
      const at = { key: row.key, from: row.from.getTime(), to: row.to.getTime() };
      expect(at.from).toBeGreaterThanOrEqual(first);
      expect(at.to).toBeLessThanOrEqual(last);
      expect(at.from).toBeLessThanOrEqual(at.to);
      for (const date of [row.from, row.to]) expect([date.getHours(), date.getMinutes()]).toEqual([0, 0]);
    }
    expect(rows.map((r) => r.key)).toEqual(TEMPLATE.map((r) => r.key));
  });

  test('the standard year keeps the calendar: the year opens on 1 September and closes on 31 May', () => {
    expect(Math.min(...TEMPLATE.map((r) => r.from.getTime()))).toBe(YEAR_START.getTime());
    expect(Math.max(...TEMPLATE.map((r) => r.to.getTime()))).toBe(YEAR_END.getTime());
    expect(ymd(byKey('pairs.order').to)).toEqual([2025, 10, 15]);
  });

  test('a sensible order: acts in September, banks by October, pairs by mid-October, work to April, completion in May', () => {
    const month = (date: Date) => date.getMonth() + 1;
    const stage = (key: string) => TEMPLATE.filter((r) => r.stageKey === key);
    for (const row of stage('prep')) expect([month(row.from), month(row.to)]).toEqual([9, 9]);
    for (const row of [...stage('menteeBank'), ...stage('mentorBank')]) {
      expect([9, 10]).toContain(month(row.from));
      expect([9, 10]).toContain(month(row.to));
    }
    for (const row of stage('pairs')) expect(row.to.getTime()).toBeLessThanOrEqual(d(2025, 10, 31).getTime());
    expect(byKey('pairs.order').to.getTime()).toBeLessThanOrEqual(d(2025, 10, 15).getTime());
    const work = byKey('work.activities');
    expect([ymd(work.from)[1], ymd(work.to)[1]]).toEqual([10, 4]);
    for (const row of [...stage('completion'), ...stage('motivation')]) expect([month(row.from), month(row.to)]).toEqual([5, 5]);
    const coverage = byKey('info.coverage');
    expect([coverage.from.getTime(), coverage.to.getTime()]).toEqual([YEAR_START.getTime(), YEAR_END.getTime()]);
    // The cycle's steps follow one another.
    const ends = (key: string) => Math.max(...stage(key).map((r) => r.to.getTime()));
    const starts = (key: string) => Math.min(...stage(key).map((r) => r.from.getTime()));
    expect(ends('prep')).toBeLessThanOrEqual(starts('pairs'));
    expect(ends('menteeBank')).toBeLessThanOrEqual(byKey('pairs.order').from.getTime());
    expect(byKey('pairs.consents').to.getTime()).toBeLessThanOrEqual(byKey('pairs.order').to.getTime());
    expect(byKey('pairs.order').to.getTime()).toBeLessThanOrEqual(work.from.getTime());
    expect(work.to.getTime()).toBeLessThan(starts('completion'));
    // Within a stage, rows are listed by start date.
    for (const key of ROADMAP_STAGE_ORDER) {
      const froms = stage(key).map((r) => r.from.getTime());
      expect(froms).toEqual([...froms].sort((a, b) => a - b));
    }
  });

  test('another school year from «Настройки» moves the dates in proportion, keeping their order', () => {
    const rows = roadmapTemplate(d(2026, 8, 25), d(2027, 6, 30));
    const standard = roadmapTemplate(d(2026, 9, 1), d(2027, 5, 31));
    const order = (list: RoadmapTemplateRow[]) =>
      list
        .map((r) => r.key)
        .sort((a, b) => {
          const x = list.find((r) => r.key === a)!.from.getTime() - list.find((r) => r.key === b)!.from.getTime();
          return x || a.localeCompare(b);
        });
    expect(order(rows)).toEqual(order(standard));
    expect(ymd(rows[0].from)).toEqual([2026, 8, 25]);
    expect(ymd(rows.find((r) => r.key === 'completion.note')!.to)).toEqual([2027, 6, 30]);
  });

  test('responsible: roles, never names', () => {
    const roles = Object.values(ROADMAP_ROLES);
    for (const row of TEMPLATE) {
      const parts = row.responsible.split(', ').map((p) => p.toLowerCase());
      expect({ key: row.key, unknown: parts.filter((p) => !roles.includes(p as never)) }).toEqual({ key: row.key, unknown: [] });
      expect(row.responsible[0]).toBe(row.responsible[0].toUpperCase());
    }
    expect(byKey('pairs.order').responsible).toBe('Директор');
    expect(byKey('bank.mentors.survey').responsible).toBe('Куратор, методическое объединение наставников');
  });

  test('a year that ends before it starts, or no dates, is refused in Russian', () => {
    expect(() => roadmapTemplate(d(2026, 9, 1), d(2026, 5, 31))).toThrow(
      'Окончание учебного года (31.05.2026) раньше его начала (01.09.2026): исправьте даты в листе «Настройки».',
    );
    expect(() => roadmapTemplate(new Date(NaN), YEAR_END)).toThrow(ROADMAP_MESSAGES.invalidYear);
    expect(() => roadmapTemplate('' as unknown as Date, YEAR_END)).toThrow(ROADMAP_MESSAGES.invalidYear);
  });
});

// ---------------------------------------------------------------- merging into a sheet

const asSheet = (rows: readonly RoadmapTemplateRow[]) =>
  rows.map((r) => ({ stage: r.stage, activity: r.activity, number: r.number }));

/** A curator's roadmap in her own words, the way the seeds' schools write theirs. */
const REWORDED = [
  {
    number: '1.1',
    stage: 'Подготовка условий для реализации системы наставничества',
    activity: 'Приказ об утверждении Положения о наставничестве и дорожной карты',
  },
  { number: '1.2', stage: 'Подготовка условий для реализации системы наставничества', activity: 'Приказ о назначении куратора' },
  {
    number: '2.1',
    stage: 'Формирование банка наставляемых',
    activity: 'Проведение анкетирования молодых педагогов (наставляемых)',
  },
  {
    number: '2.2',
    stage: 'Формирование банка наставляемых',
    activity: 'Сбор согласий наставляемых на обработку персональных данных',
  },
  { number: '3.1', stage: 'Формирование банка наставников', activity: 'Анкетирование педагогов, готовых стать наставниками' },
  { number: '4.1', stage: 'Отбор и обучение', activity: 'Курсы повышения квалификации для наставников' },
  {
    number: '5.1',
    stage: 'Формирование наставнических пар/групп',
    activity: 'Издание приказа «О закреплении наставнических пар/групп»',
  },
  {
    number: '5.2',
    stage: 'Формирование наставнических пар/групп',
    activity: 'Разработка персонализированных программ наставничества',
  },
  {
    number: '6.1',
    stage: 'Организация работы наставнических пар/групп',
    activity: 'Промежуточные рефлексивные встречи наставнических пар',
  },
  { number: '7.1', stage: 'Завершение наставничества', activity: 'Итоговое анкетирование участников (удовлетворённость)' },
  { number: '7.2', stage: 'Завершение наставничества', activity: 'Аналитическая справка по итогам' },
  {
    number: '8.1',
    stage: 'Мотивация и поощрения наставников',
    activity: 'Приказ о поощрении участников наставнической деятельности',
  },
  { number: '9.1', stage: 'Информационная поддержка', activity: 'Раздел «Наставничество» на сайте школы' },
  { number: '9.2', stage: 'Информационная поддержка', activity: 'Участие в городском конкурсе «Наставник года»' },
];
const REWORDED_KEYS = [
  'prep.regulation',
  'prep.curator',
  'bank.mentees.survey',
  'bank.mentees.formed',
  'bank.mentors.survey',
  'training.courses',
  'pairs.order',
  'pairs.programmes',
  'work.meetings',
  'completion.survey',
  'completion.note',
  'motivation.reward',
  'info.site',
  undefined,
];

describe('matchTemplateRows and missingTemplateRows', () => {
  test('an empty sheet lacks every row, numbered as the template', () => {
    expect(missingTemplateRows([], TEMPLATE)).toEqual(TEMPLATE);
  });

  test('a sheet filled from the template lacks nothing, and each row is recognised as itself', () => {
    expect(missingTemplateRows(asSheet(TEMPLATE), TEMPLATE)).toEqual([]);
    expect(matchTemplateRows(asSheet(TEMPLATE), TEMPLATE)).toEqual(TEMPLATE.map((r) => r.key));
  });

  test('case, spaces, punctuation and ё/е do not make a row new', () => {
    const variants = TEMPLATE.map((r, i) => ({
      stage: i % 2 ? r.stage.toUpperCase() : `  ${r.stage.replace(/ /g, '   ')} `,
      activity: [
        (s: string) => s.toLowerCase(),
        (s: string) => s.toUpperCase().replace(/Ё/g, 'Е'),
        (s: string) => `${s.replace(/е/g, 'ё')}.`,
        (s: string) => ` ${s.replace(/ /g, '\u00a0 ')}; `,
      ][i % 4](r.activity),
    }));
    expect(missingTemplateRows(variants, TEMPLATE)).toEqual([]);
    // … also when the sorted sheet has them in another order, and the stage column is blank.
    const shuffled = [...variants].reverse().map((r, i) => (i % 3 ? r : { ...r, stage: '' }));
    expect(missingTemplateRows(shuffled, TEMPLATE)).toEqual([]);
  });

  test('the same activity under a stage of another name is still recognised', () => {
    const moved = asSheet(TEMPLATE).map((r) => ({ ...r, stage: 'I. Организационный этап' }));
    expect(missingTemplateRows(moved, TEMPLATE)).toEqual([]);
  });

  test('a curator’s reworded activities are recognised; her own rows are not taken for the template’s', () => {
    expect(matchTemplateRows(REWORDED, TEMPLATE)).toEqual(REWORDED_KEYS);
  });

  test('the truly missing rows are found, with the sheet’s stage names and the next numbers', () => {
    const missing = missingTemplateRows(REWORDED, TEMPLATE);
    const present = new Set(REWORDED_KEYS);
    expect(missing.map((r) => r.key)).toEqual(TEMPLATE.filter((r) => !present.has(r.key)).map((r) => r.key));
    const row = (key: string) => missing.find((r) => r.key === key)!;
    expect(row('prep.council')).toMatchObject({
      number: '1.3',
      stage: 'Подготовка условий для реализации системы наставничества',
    });
    expect(row('bank.mentors.formed')).toMatchObject({ number: '3.2', stage: 'Формирование банка наставников' });
    expect([row('training.selection').number, row('training.sessions').number]).toEqual(['4.2', '4.3']);
    expect(row('training.selection').stage).toBe('Отбор и обучение');
    expect(row('work.activities')).toMatchObject({ number: '6.2', stage: 'Организация работы наставнических пар/групп' });
    expect(row('completion.final')).toMatchObject({ number: '7.3', stage: 'Завершение наставничества' });
    // Everything else of the template row is kept: content, dates, responsible.
    const template = byKey('completion.final');
    expect(row('completion.final')).toMatchObject({
      activity: template.activity,
      content: template.content,
      from: template.from,
      to: template.to,
      responsible: template.responsible,
    });
  });

  test('re-running after the missing rows were added finds nothing more (no duplicates)', () => {
    const sheet = [...REWORDED, ...asSheet(missingTemplateRows(REWORDED, TEMPLATE))];
    expect(missingTemplateRows(sheet, TEMPLATE)).toEqual([]);
    const full = asSheet(TEMPLATE);
    expect(missingTemplateRows([...full, ...full], TEMPLATE)).toEqual([]);
  });

  test('without any one row, exactly that row is missing (no other row hides it)', () => {
    TEMPLATE.forEach((row, i) => {
      const sheet = asSheet(TEMPLATE.filter((_, j) => j !== i));
      expect({ removed: row.key, missing: missingTemplateRows(sheet, TEMPLATE).map((r) => r.key) }).toEqual({
        removed: row.key,
        missing: [row.key],
      });
    });
  });

  test('mentees’ and mentors’ rows of the same kind are not taken for one another', () => {
    const mentees = asSheet([byKey('bank.mentees.survey'), byKey('bank.mentees.formed')]);
    const missing = missingTemplateRows(mentees, TEMPLATE).map((r) => r.key);
    expect(missing).toEqual(expect.arrayContaining(['bank.mentors.survey', 'bank.mentors.formed']));
    expect(missing).not.toContain('bank.mentees.formed');
    // One row stands for one template activity, even under a stage naming both banks.
    const merged = [
      { stage: 'Формирование банков наставников и наставляемых', activity: 'Банк наставляемых и согласия на обработку ПДн' },
    ];
    expect(missingTemplateRows(merged, TEMPLATE).map((r) => r.key)).toContain('bank.mentors.formed');
  });

  test('a single shared word is not enough, nor is an unrelated row of the same stage', () => {
    const sheet = [
      { stage: 'Формирование банка наставляемых', activity: 'Анкетирование' },
      { stage: 'Формирование банка наставляемых', activity: 'Анкетирование родителей' },
      { stage: 'Работа наставнических пар и групп', activity: 'Открытые уроки наставников' },
      { stage: 'Завершение программ и мониторинг', activity: 'Педагогический совет по итогам года' },
    ];
    expect(matchTemplateRows(sheet, TEMPLATE)).toEqual([undefined, undefined, undefined, undefined]);
  });

  test('a key the caller kept wins over any text; an unnumbered sheet gets the template’s numbers', () => {
    const sheet = [{ key: 'pairs.order', stage: '', activity: 'Распорядительный документ по парам' }];
    expect(matchTemplateRows(sheet, TEMPLATE)).toEqual(['pairs.order']);
    const missing = missingTemplateRows(sheet, TEMPLATE);
    expect(missing.map((r) => r.key)).not.toContain('pairs.order');
    expect(missing.find((r) => r.key === 'info.results')!.number).toBe('9.4');
  });

  test('a stage the numbered sheet lacks gets the next stage number', () => {
    const sheet = asSheet(TEMPLATE.filter((r) => r.stageKey !== 'motivation'));
    const missing = missingTemplateRows(sheet, TEMPLATE);
    expect(missing).toEqual([{ ...byKey('motivation.reward'), number: '10.1' }]);
  });
});

// ---------------------------------------------------------------- statuses

describe('roadmapStatus', () => {
  const order = byKey('pairs.order'); // 10.10.2025 – 15.10.2025

  test('follows the clock: not started, in progress (both ends included), overdue', () => {
    const at = (today: Date) => roadmapStatus(order, today, NO_FACTS, undefined);
    expect(at(d(2025, 10, 1))).toEqual({ status: 'не начато', reason: 'начало — 10.10.2025', source: 'dates' });
    expect(at(d(2025, 10, 10)).status).toBe('в работе');
    expect(at(d(2025, 10, 12))).toEqual({ status: 'в работе', reason: 'срок — до 15.10.2025', source: 'dates' });
    expect(at(d(2025, 10, 15, 23)).status).toBe('в работе');
    expect(at(d(2025, 10, 16))).toEqual({ status: 'просрочено', reason: 'срок истёк 15.10.2025', source: 'dates' });
  });

  test('moving today forward through the year turns every unfinished row overdue', () => {
    const keys = TEMPLATE.map((r) => r.key);
    const count = (today: Date, status: string) =>
      roadmapStatuses(TEMPLATE, keys, today, NO_FACTS).filter((s) => s.status === status).length;
    expect(count(d(2025, 8, 31), 'не начато')).toBe(TEMPLATE.length);
    expect(count(d(2025, 11, 1), 'просрочено')).toBeGreaterThan(0);
    let overdue = 0;
    for (let day = d(2025, 9, 1); day <= d(2026, 6, 1); day = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 7)) {
      const now = count(day, 'просрочено');
      expect(now).toBeGreaterThanOrEqual(overdue);
      overdue = now;
    }
    expect(count(d(2026, 6, 1), 'просрочено')).toBe(TEMPLATE.length);
  });

  test('the register makes items done: «банк наставляемых сформирован» when it has rows and every consent', () => {
    const bank = byKey('bank.mentees.formed');
    const done = roadmapStatus(bank, d(2025, 9, 20), facts({ menteesCount: 12, menteesWithConsent: 12 }), bank.key);
    expect(done).toEqual({
      status: 'выполнено',
      reason: 'банк наставляемых сформирован: 12 человек, согласия у всех',
      source: 'register',
    });
    // Not every consent: the clock decides, and the reason says what is missing.
    const partial = roadmapStatus(bank, d(2025, 10, 6), facts({ menteesCount: 12, menteesWithConsent: 10 }), bank.key);
    expect(partial).toEqual({
      status: 'просрочено',
      reason: 'срок истёк 05.10.2025; в банке наставляемых 12 человек, согласия на обработку ПДн у 10',
      source: 'dates',
    });
    // Nobody in the bank yet.
    expect(roadmapStatus(bank, d(2025, 9, 20), NO_FACTS, bank.key).reason).toBe(
      'срок — до 05.10.2025; в банке наставляемых пока никого нет',
    );
  });

  test('every activity the register can judge is done with the right facts, and not without them', () => {
    const full = facts({
      menteesCount: 12,
      menteesWithConsent: 12,
      menteeSurveyAnswers: 14,
      mentorsCount: 6,
      mentorsWithConsent: 6,
      mentorSurveyAnswers: 7,
      mentorsInPairs: 5,
      mentorsInPairsTrained: 5,
      mentorsInPairsWithDutiesConsent: 5,
      pairsCount: 5,
      pairsFixedByOrder: 5,
      programmesCount: 5,
      pairsWithMeeting: 5,
      pairsFinished: 5,
      menteesWithoutPair: 0,
      programmeItemsPlanned: 40,
      programmeItemsDone: 40,
      participantsInPairs: 17,
      satisfactionAnswersEnd: 17,
      mentorReports: 5,
      approvalOrderSigned: true,
      curatorAppointed: true,
      pairsOrderSigned: true,
      completionOrderSigned: true,
      rewardOrderSigned: true,
      monitoringNoteMade: true,
      siteSectionSet: true,
      sitePublished: true,
      municipalReportMade: true,
    });
    const judged = Object.keys(FACT_TESTS);
    expect(judged.length).toBeGreaterThanOrEqual(20);
    const afterYear = d(2026, 6, 1);
    for (const row of TEMPLATE) {
      const withFacts = roadmapStatus(row, afterYear, full, row.key);
      const without = roadmapStatus(row, afterYear, NO_FACTS, row.key);
      expect({ key: row.key, status: withFacts.status }).toEqual({
        key: row.key,
        status: judged.includes(row.key) ? 'выполнено' : 'просрочено',
      });
      expect({ key: row.key, status: without.status }).toEqual({ key: row.key, status: 'просрочено' });
      if (judged.includes(row.key)) expect(withFacts.source).toBe('register');
    }
  });

  test('surveys and meetings are done when their time is over and they produced answers or covered every pair', () => {
    const survey = byKey('bank.mentors.survey'); // 10.09 – 25.09
    const f = facts({ mentorSurveyAnswers: 7 });
    expect(roadmapStatus(survey, d(2025, 9, 20), f, survey.key)).toEqual({
      status: 'в работе',
      reason: 'срок — до 25.09.2025; анкет наставников получено: 7',
      source: 'dates',
    });
    expect(roadmapStatus(survey, d(2025, 9, 26), f, survey.key)).toEqual({
      status: 'выполнено',
      reason: 'анкетирование проведено, анкет наставников: 7',
      source: 'register',
    });
    expect(roadmapStatus(survey, d(2025, 9, 26), NO_FACTS, survey.key).status).toBe('просрочено');
    const meetings = byKey('work.meetings');
    expect(roadmapStatus(meetings, d(2026, 4, 16), facts({ pairsCount: 5, pairsWithMeeting: 3 }), meetings.key).reason).toBe(
      'срок истёк 15.04.2026; встречи проведены в 3 из 5 пар и групп',
    );
    expect(roadmapStatus(meetings, d(2026, 4, 16), facts({ pairsCount: 5, pairsWithMeeting: 5 }), meetings.key).status).toBe(
      'выполнено',
    );
  });

  test('work visible in the register before the start date makes a row «в работе»', () => {
    const programmes = byKey('pairs.programmes'); // from 10.10
    const result = roadmapStatus(programmes, d(2025, 10, 5), facts({ pairsCount: 4, programmesCount: 1 }), programmes.key);
    expect(result).toEqual({ status: 'в работе', reason: 'начало — 10.10.2025; программы составлены: 1 из 4', source: 'dates' });
  });

  test('a «выполнено» typed by the curator is kept, never downgraded; anything else is recomputed', () => {
    const late = d(2026, 5, 1);
    for (const typed of ['выполнено', 'Выполнено', ' ВЫПОЛНЕНО. ']) {
      expect(roadmapStatus({ ...order, status: typed }, late, NO_FACTS, order.key)).toEqual({
        status: 'выполнено',
        reason: 'отмечено как выполненное вручную',
        source: 'manual',
      });
    }
    for (const typed of ['', 'в работе', 'не начато', 'готово?', null, undefined]) {
      expect(roadmapStatus({ ...order, status: typed }, late, NO_FACTS, order.key).status).toBe('просрочено');
    }
    expect(roadmapStatus({ ...order, status: 'просрочено' }, d(2025, 10, 1), NO_FACTS).status).toBe('не начато');
  });

  test('rows of the curator’s own (no key) and rows without dates follow what they have', () => {
    const own = { from: d(2025, 11, 1), to: d(2025, 11, 30) };
    expect(roadmapStatus(own, d(2025, 12, 1), facts({ menteesCount: 3, menteesWithConsent: 3 })).status).toBe('просрочено');
    expect(roadmapStatus({}, d(2025, 12, 1), NO_FACTS)).toEqual({
      status: 'не начато',
      reason: 'сроки не указаны',
      source: 'dates',
    });
    expect(roadmapStatus({ to: d(2025, 11, 30) }, d(2025, 11, 1), NO_FACTS).status).toBe('в работе');
    expect(roadmapStatus({ to: d(2025, 11, 30) }, d(2025, 12, 1), NO_FACTS).status).toBe('просрочено');
    expect(roadmapStatus({ from: d(2025, 11, 1) }, d(2025, 12, 1), NO_FACTS)).toEqual({
      status: 'в работе',
      reason: 'срок окончания не указан',
      source: 'dates',
    });
    expect(roadmapStatus({ from: 'потом' as unknown as Date, to: null }, d(2025, 12, 1), NO_FACTS).reason).toBe(
      'сроки не указаны',
    );
  });

  test('a whole reworded sheet: keys from matchTemplateRows feed the statuses', () => {
    const keys = matchTemplateRows(REWORDED, TEMPLATE);
    const rows = REWORDED.map((r, i) => ({ ...r, from: d(2025, 9, 1), to: d(2025, 9, 30), status: i === 13 ? 'выполнено' : '' }));
    const result = roadmapStatuses(
      rows,
      keys,
      d(2025, 10, 1),
      facts({ approvalOrderSigned: true, menteesCount: 2, menteesWithConsent: 2 }),
    );
    expect(result.map((r) => r.status)).toEqual([
      'выполнено', // approval order signed
      'просрочено', // the curator's appointment is not known
      'просрочено', // no mentee answers
      'выполнено', // the bank and its consents
      ...Array(9).fill('просрочено'),
      'выполнено', // typed by the curator
    ]);
  });

  test('Russian plural forms of «человек»', () => {
    expect(
      [1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111, 112, 122].map(
        (n) => ROADMAP_REASONS.mentorBankDone(n).split(': ')[1].split(',')[0],
      ),
    ).toEqual([
      '1 человек',
      '2 человека',
      '4 человека',
      '5 человек',
      '11 человек',
      '12 человек',
      '14 человек',
      '21 человек',
      '22 человека',
      '25 человек',
      '111 человек',
      '112 человек',
      '122 человека',
    ]);
  });
});

// ---------------------------------------------------------------- progress

describe('stageProgress', () => {
  test('counts done, overdue and all rows per stage, in the order stages first appear', () => {
    const rows = [
      { stage: 'Подготовка условий', status: 'выполнено' },
      { stage: 'Подготовка условий', status: 'просрочено' },
      { stage: 'Формирование банка наставляемых', status: 'в работе' },
      { stage: 'ПОДГОТОВКА  условий', status: 'Выполнено' },
      { stage: 'Формирование банка наставляемых', status: 'не начато' },
      { stage: '', status: 'просрочено' },
      { stage: 'Информационная поддержка', status: '' },
    ];
    expect(stageProgress(rows)).toEqual([
      { stage: 'Подготовка условий', done: 2, total: 3, overdue: 1 },
      { stage: 'Формирование банка наставляемых', done: 0, total: 2, overdue: 0 },
      { stage: 'Без этапа', done: 0, total: 1, overdue: 1 },
      { stage: 'Информационная поддержка', done: 0, total: 1, overdue: 0 },
    ]);
    expect(stageProgress([])).toEqual([]);
  });

  test('over the template with computed statuses, every stage appears with its size', () => {
    const keys = TEMPLATE.map((r) => r.key);
    const statuses = roadmapStatuses(
      TEMPLATE,
      keys,
      d(2025, 10, 20),
      facts({ approvalOrderSigned: true, curatorAppointed: true }),
    );
    const progress = stageProgress(TEMPLATE.map((r, i) => ({ stage: r.stage, status: statuses[i].status })));
    expect(progress.map((p) => p.stage)).toEqual(Object.values(ROADMAP_STAGE_TITLES));
    expect(progress.reduce((n, p) => n + p.total, 0)).toBe(TEMPLATE.length);
    expect(progress[0]).toEqual({ stage: ROADMAP_STAGE_TITLES.prep, done: 2, total: 3, overdue: 1 });
  });
});

// ---------------------------------------------------------------- the texts

/** Every text the roadmap can show, with sample values in the templates. */
function allTexts(): { name: string; text: string }[] {
  const texts: { name: string; text: string }[] = [];
  /** Functions whose arguments are texts, not numbers or dates. */
  const textArgs: Record<string, unknown[]> = {
    'reason join': ['срок — до 15.10.2025', 'приказ подписан'],
    'message missingLine': ['Этап', 'Мероприятие'],
    'message confirmMissing': [['Этап: мероприятие', 'Другой этап: другое мероприятие']],
  };
  const add = (name: string, value: unknown) => {
    if (typeof value === 'string') texts.push({ name, text: value });
    else if (typeof value === 'function') {
      const fn = value as (...a: unknown[]) => string;
      const attempt = (...args: unknown[]) => {
        try {
          const text = fn(...args);
          return /\[object|NaN|undefined|Invalid/.test(text) ? null : text;
        } catch {
          return null;
        }
      };
      const text = textArgs[name] ? fn(...textArgs[name]) : (attempt(3, 12, 5) ?? attempt(d(2025, 10, 15), d(2026, 5, 31)));
      expect({ name, text }).toEqual({ name, text: expect.any(String) });
      texts.push({ name, text: text! });
    }
  };
  for (const [key, value] of Object.entries(ROADMAP_STAGE_TITLES)) add(`stage ${key}`, value);
  for (const [key, value] of Object.entries(ROADMAP_ROLES)) add(`role ${key}`, value);
  for (const [key, value] of Object.entries(ROADMAP_ACTIVITIES)) {
    add(`${key} activity`, value.activity);
    add(`${key} content`, value.content);
  }
  for (const [key, value] of Object.entries(ROADMAP_REASONS)) add(`reason ${key}`, value);
  for (const [key, value] of Object.entries(ROADMAP_MESSAGES)) add(`message ${key}`, value);
  for (const row of TEMPLATE) add(`${row.key} responsible`, row.responsible);
  return texts;
}

describe('texts', () => {
  test('the statuses are the «Статусы мероприятий» vocabulary', () => {
    expect(Object.values(ROADMAP_STATUS)).toEqual([...vocabularyByKey('roadmapStatuses').values]);
  });

  test('every text is Russian: Cyrillic, no Latin letters, no leftovers of templates', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(100);
    for (const { name, text } of texts) {
      expect({ name, ok: /[А-Яа-яЁё]/.test(text) && !/[A-Za-z]/.test(text) && !/undefined|NaN|\[object/.test(text) }).toEqual({
        name,
        ok: true,
      });
    }
  });

  test('activities are short headings; contents are sentences', () => {
    for (const [key, { activity, content }] of Object.entries(ROADMAP_ACTIVITIES)) {
      expect({ key, activity: /^[А-ЯЁ][^.]*[^.\s]$/.test(activity) && activity.length <= 60 }).toEqual({ key, activity: true });
      expect({ key, content: /^[А-ЯЁ].*\.$/.test(content) && content.split(/[.!?]\s+(?=[А-ЯЁ])/).length === 1 }).toEqual({
        key,
        content: true,
      });
    }
  });

  test('no sentence (nor clause) of the seeds longer than 40 characters is copied', () => {
    const { sentences, clauses } = SEED_PRINTS;
    expect(sentences.length).toBeGreaterThan(100);
    expect(clauses.length).toBeGreaterThan(100);
    // The check catches a planted sentence and a planted clause of a seed, however spaced.
    const planted = 'Освещение мероприятий  Дорожной карты осуществляется на всех этапах на сайте школы.';
    expect(copiedPieces(planted, sentences)).toHaveLength(1);
    const plantedClause = 'Кроме того, обеспечение согласий на сбор и обработку персональных данных.';
    expect(copiedPieces(plantedClause, clauses)).toHaveLength(1);
    expect(copiedPieces('Освещение мероприятий дорожной карты осуществляется на сайте школы.', sentences)).toEqual([]);
    for (const { name, text } of allTexts()) {
      expect({ name, copied: copiedPieces(text, [...sentences, ...clauses]) }).toEqual({ name, copied: [] });
    }
  });

  test('the roadmap modules hold no Russian text (it lives in src/i18n/roadmap.ts) and are pure', () => {
    const dir = path.resolve(__dirname, '../../src/domain/roadmap');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect({ file, russian: code.match(/[А-Яа-яЁё][^'"`\n]*/g) ?? [] }).toEqual({ file, russian: [] });
      const globals =
        code.match(
          /\b(?:SpreadsheetApp|DocumentApp|FormApp|DriveApp|Utilities|Session|PropertiesService|LockService|ScriptApp|require\(|process\.|setTimeout|fetch\(|from '(?:fs|path|node:[a-z]+)')/g,
        ) ?? [];
      expect({ file, globals }).toEqual({ file, globals: [] });
      const imports = [...code.matchAll(/from '([^']+)'/g)]
        .map((m) => m[1])
        .filter((p) => !p.startsWith('./') && p !== '../../i18n/roadmap');
      expect({ file, imports }).toEqual({ file, imports: [] });
    }
  });
});

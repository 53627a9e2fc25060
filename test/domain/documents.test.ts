/**
 * Documents: composition of orders, the personalised programme, consents and reports into
 * DocModel. Checks structure (requisites and their ГОСТ order, numbering, appendix rows
 * equal to the input, names as typed), refusals, the name and date helpers, the order of
 * the real order of seed 000, and that no sentence of the seeds is reused.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { surnameInitials } from '../../src/domain/grammar/names';
import { type Block, type DocModel, depthOf, modelText, type NumberedItem, type TableBlock } from '../../src/domain/docModel';
import {
  acknowledgementNames,
  approvalOrder,
  changeText,
  completionOrder,
  composeOrder,
  consentGaps,
  DocumentInputError,
  formatDate,
  formatTerm,
  initialsName,
  isDate,
  ItemDepthError,
  joinDocuments,
  mentorDutiesConsent,
  mentorReport,
  MissingConsentsError,
  monitoringReport,
  type OrderRequisites,
  type PairForOrder,
  pairsOrder,
  personalDataConsent,
  personalisedProgramme,
  publishConsent,
  rewardOrder,
  startingPlan,
} from '../../src/domain/documents';
import { vocabularyByKey } from '../../src/domain/vocabulary';
import { PLAN_LIBRARY, PLAN_MEETINGS } from '../../src/i18n/documents';
import { copiedPieces, requisiteOrder, SEED_PRINTS } from '../seeds/seedText';
import {
  d,
  ENSK,
  CURATOR,
  REQUISITES,
  MENTOR_1,
  MENTOR_2,
  MENTEE_1,
  MENTEE_2,
  MENTEE_3,
  PAIRS,
  PAIRS_INPUT,
  APPROVAL_INPUT,
  COMPLETION_INPUT,
  REWARD_INPUT,
  PROGRAMME_INPUT,
  PD_INPUT,
  DUTIES_INPUT,
  PUBLISH_INPUT,
  REPORT_INPUT,
  MONITORING_INPUT,
  SEED_000,
  allDocuments,
} from './documentFixtures';

// ---------------------------------------------------------------- helpers of the tests

const lines = (model: DocModel) => modelText(model).split('\n');
const tablesOf = (model: DocModel) => model.blocks.filter((b): b is TableBlock => b.type === 'table');
const lastTable = (model: DocModel) => {
  const t = tablesOf(model);
  return t[t.length - 1];
};
const numbered = (model: DocModel) => model.blocks.find((b) => b.type === 'numbered') as { items: NumberedItem[] };
const runText = (item: NumberedItem) => item.runs.map((r) => r.text).join('');
const paragraphTexts = (model: DocModel) =>
  model.blocks
    .filter((b) => b.type === 'paragraph')
    .map((b) => (b as { runs: { text: string }[] }).runs.map((r) => r.text).join(''));

/** Index of the first line at or after `from` that satisfies `test`; -1 if none. */
function findLine(all: readonly string[], test: (line: string) => boolean, from = 0): number {
  for (let i = from; i < all.length; i++) if (test(all[i])) return i;
  return -1;
}

/** Positions of the order's requisites in ГОСТ order; each must come after the previous. */
function requisitePositions(
  model: DocModel,
  facts: { fullName: string; shortName: string; date: string; number: string; place: string; director: string },
) {
  const all = lines(model);
  const steps: [string, (l: string) => boolean][] = [
    ['organisation', (l) => l === facts.fullName],
    ['short name', (l) => l === `(${facts.shortName})`],
    ['ПРИКАЗ', (l) => l === 'ПРИКАЗ'],
    ['date and number', (l) => l === `${facts.date} … № ${facts.number}`],
    ['place', (l) => l === facts.place],
    ['title', (l) => /^Об? /.test(l) && !/[.]$/.test(l)],
    ['basis', (l) => l.startsWith('В соответствии с')],
    ['ПРИКАЗЫВАЮ:', (l) => l === 'ПРИКАЗЫВАЮ:'],
    ['items', (l) => l.startsWith('1. ')],
    ['control', (l) => /^\d+\. Контроль за исполнением настоящего приказа/.test(l)],
    ['signature', (l) => l.endsWith(`… ${facts.director}`)],
    ['acknowledgement', (l) => l === 'С приказом ознакомлены:'],
  ];
  const found: [string, number][] = [];
  let from = 0;
  for (const [name, test] of steps) {
    const at = findLine(all, test, from);
    found.push([name, at]);
    if (at >= 0) from = at + 1;
  }
  return found;
}

function expectOrderRequisites(model: DocModel, requisites: OrderRequisites) {
  const found = requisitePositions(model, {
    fullName: requisites.organisation.fullName,
    shortName: requisites.organisation.shortName,
    date: formatDate(requisites.date),
    number: requisites.number,
    place: requisites.organisation.place,
    director: initialsName(requisites.director.fullName),
  });
  for (const [name, at] of found) expect({ name, present: at >= 0 }).toEqual({ name, present: true });
  const positions = found.map(([, at]) => at);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

// ---------------------------------------------------------------- name and date helpers

describe('initialsName', () => {
  test.each([
    ['Петрова Анна Ивановна', 'А.И. Петрова'],
    ['Иванова-Петрова Алёна Сергеевна', 'А.С. Иванова-Петрова'],
    ['Дергачёв Евгений Сергеевич', 'Е.С. Дергачёв'],
    ['Ёлкина Юлия Олеговна', 'Ю.О. Ёлкина'],
    ['Сидоров Ёжин Петрович', 'Ё.П. Сидоров'],
    ['Алиев Эльдар Рашид оглы', 'Э.Р. Алиев'],
    ['Мамедова Айгюль Ильхам кызы', 'А.И. Мамедова'],
    ['Кузнецова Анна-Мария Олеговна', 'А.-М.О. Кузнецова'],
    ['Петрова Анна', 'А. Петрова'],
    ['Мадонна', 'Мадонна'],
    ['  Петрова   Анна   Ивановна ', 'А.И. Петрова'],
    ['петрова анна ивановна', 'А.И. петрова'],
    ['А.И. Петрова', 'А.И. Петрова'],
    ['А. И. Петрова', 'А.И. Петрова'],
    ['А.И.Петрова', 'А.И. Петрова'],
    ['Петрова А.И.', 'А.И. Петрова'],
    ['Е.С. Дергачёв', 'Е.С. Дергачёв'],
    ['', ''],
  ])('%s → %s', (input, expected) => {
    expect(initialsName(input)).toBe(expected);
  });
});

describe('dates', () => {
  test('dd.mm.yyyy from local getters, zero-padded', () => {
    expect(formatDate(d(2022, 4, 8))).toBe('08.04.2022');
    expect(formatDate(d(2026, 11, 21))).toBe('21.11.2026');
    // Just after local midnight: a UTC getter would give the previous day in Moscow.
    expect(formatDate(new Date(2026, 0, 1, 0, 30))).toBe('01.01.2026');
    expect(formatDate(new Date(2026, 11, 31, 23, 59))).toBe('31.12.2026');
  });

  test('dates from another realm (the Apps Script vm) are dates', () => {
    const foreign = vm.runInNewContext('new Date(2022, 3, 8)') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(isDate(foreign)).toBe(true);
    expect(formatDate(foreign)).toBe('08.04.2022');
    expect(isDate(new Date(Number.NaN))).toBe(false);
    expect(isDate('08.04.2022')).toBe(false);
  });

  test('terms', () => {
    expect(formatTerm(d(2026, 9, 1), d(2027, 5, 31))).toBe('с 01.09.2026 по 31.05.2027');
    expect(formatTerm(d(2026, 9, 1), null)).toBe('с 01.09.2026');
    expect(formatTerm(undefined, d(2027, 5, 31))).toBe('до 31.05.2027');
    expect(formatTerm(null, null)).toBe('');
  });
});

// ---------------------------------------------------------------- the order frame

describe('order frame', () => {
  const frame = (items: NumberedItem[], extra: Partial<Parameters<typeof composeOrder>[0]> = {}) =>
    composeOrder({
      requisites: REQUISITES,
      title: 'О проверке рамки приказа.',
      basis: 'В соответствии с уставом организации,',
      items,
      acknowledged: [],
      ...extra,
    });
  const leaf = (text: string, children?: NumberedItem[]): NumberedItem => ({
    runs: [{ text }],
    ...(children ? { children } : {}),
  });

  test('requisites in ГОСТ order, with their layout hints', () => {
    const model = frame([leaf('Сделать.')], { acknowledged: [CURATOR.fullName] });
    expectOrderRequisites(model, REQUISITES);
    const [org, short, kind, dateLine, place, title, basis, verb, items, signature] = model.blocks;
    expect(org).toEqual({ type: 'paragraph', runs: [{ text: ENSK.fullName, bold: true }], align: 'center', indent: false });
    expect(short).toMatchObject({ runs: [{ text: '(МБОУ СОШ № 7)', bold: true }], align: 'center' });
    expect(kind).toMatchObject({ runs: [{ text: 'ПРИКАЗ', bold: true }], align: 'center' });
    expect(dateLine).toMatchObject({ type: 'twoEnds', left: '21.11.2026', right: '№ 45-од' });
    expect(place).toMatchObject({ runs: [{ text: 'г. Энск' }], align: 'center' });
    // The title loses its final stop; the basis its final comma.
    expect(title).toMatchObject({ runs: [{ text: 'О проверке рамки приказа', bold: true }], align: 'center' });
    expect(basis).toMatchObject({ type: 'paragraph', runs: [{ text: 'В соответствии с уставом организации' }] });
    expect(verb).toMatchObject({ runs: [{ text: 'ПРИКАЗЫВАЮ:' }], indent: false });
    expect(items.type).toBe('numbered');
    expect(signature).toMatchObject({ type: 'twoEnds', left: 'Директор', right: 'П.А. Громов' });
    expect(model.name).toBe('Приказ от 21.11.2026 № 45-од «О проверке рамки приказа»');
  });

  test('the control item is the last item; by default the director keeps control', () => {
    const model = frame([leaf('Первое.'), leaf('Второе.')]);
    const items = numbered(model).items;
    expect(items).toHaveLength(3);
    expect(runText(items[2])).toBe('Контроль за исполнением настоящего приказа оставляю за собой.');
  });

  test('control assigned: the person is named in the nominative and acknowledges the order', () => {
    const model = frame([leaf('Первое.')], { control: { by: 'assigned', person: CURATOR } });
    const items = numbered(model).items;
    expect(runText(items[1])).toBe(
      'Контроль за исполнением настоящего приказа осуществляет заместитель директора по УВР А.И. Петрова.',
    );
    expect(lastTable(model).rows).toEqual([['Петрова А.И.', '', '']]);
  });

  test('acknowledgement: one form «Фамилия И.О.» for all, once each, the signer left out; none — no list', () => {
    const model = frame([leaf('Первое.')], {
      acknowledged: [
        MENTOR_1.fullName,
        ` ${MENTOR_1.fullName} `,
        'Громов Пётр Алексеевич',
        MENTEE_2.fullName,
        'А.С. Иванова-Петрова',
      ],
    });
    const all = lines(model);
    expect(all[findLine(all, (l) => l === 'С приказом ознакомлены:') + 1]).toBe('ФИО | Подпись | Дата');
    expect(lastTable(model)).toMatchObject({
      header: ['ФИО', 'Подпись', 'Дата'],
      rows: [
        ['Иванова-Петрова А.С.', '', ''],
        ['Ёлкина Ю.О.', '', ''],
      ],
    });
    expect(modelText(frame([leaf('Первое.')]))).not.toContain('С приказом ознакомлены:');
  });

  test('numbering up to four levels is accepted; a fifth throws', () => {
    const four = [leaf('1', [leaf('1.1', [leaf('1.1.1', [leaf('1.1.1.1')])])])];
    expect(depthOf(four)).toBe(4);
    expect(lines(frame(four))).toEqual(
      expect.arrayContaining([
        '1. 1',
        '1.1. 1.1',
        '1.1.1. 1.1.1',
        '1.1.1.1. 1.1.1.1',
        '2. Контроль за исполнением настоящего приказа оставляю за собой.',
      ]),
    );
    const five = [leaf('1', [leaf('1.1', [leaf('1.1.1', [leaf('1.1.1.1', [leaf('1.1.1.1.1')])])])])];
    expect(() => frame(five)).toThrow(ItemDepthError);
    expect(() => frame(five)).toThrow(DocumentInputError);
    expect(() => frame(five)).toThrow(/5 уровней/);
  });

  test('appendices: each from a new page, with the mark, a centred bold title and the table', () => {
    const one = frame([leaf('Первое.')], {
      appendices: [{ title: 'Список', table: { header: ['№', 'ФИО'], rows: [['1', 'Кто-то']] } }],
    });
    const at = one.blocks.findIndex((b) => b.type === 'pageBreak');
    expect(one.blocks.slice(at, at + 4)).toEqual([
      { type: 'pageBreak' },
      {
        type: 'paragraph',
        runs: [{ text: 'Приложение к приказу от 21.11.2026 № 45-од' }],
        align: 'right',
        indent: false,
        small: true,
      },
      { type: 'paragraph', runs: [{ text: 'Список', bold: true }], align: 'center', indent: false, spaceBefore: 12 },
      { type: 'table', header: ['№', 'ФИО'], rows: [['1', 'Кто-то']] },
    ]);
    const two = frame([leaf('Первое.')], { appendices: [{ title: 'А' }, { title: 'Б' }] });
    expect(two.blocks.filter((b) => b.type === 'pageBreak')).toHaveLength(2);
    expect(lines(two)).toEqual(
      expect.arrayContaining(['Приложение 1 к приказу от 21.11.2026 № 45-од', 'Приложение 2 к приказу от 21.11.2026 № 45-од']),
    );
  });

  test('the number may come with its sign; missing requisites are refused in Russian', () => {
    expect(frame([], { requisites: { ...REQUISITES, number: '№ 45-од' } }).blocks[3]).toMatchObject({ right: '№ 45-од' });
    expect(() => frame([], { requisites: { ...REQUISITES, date: new Date(Number.NaN) } })).toThrow(
      'Не указана или неверна дата: дата приказа.',
    );
    expect(() => frame([], { requisites: { ...REQUISITES, number: ' ' } })).toThrow('Не заполнено: номер приказа.');
    expect(() => frame([], { requisites: { ...REQUISITES, organisation: { ...ENSK, place: '' } } })).toThrow(DocumentInputError);
  });
});

// ---------------------------------------------------------------- 1. Положение, дорожная карта, куратор

describe('approval order', () => {
  const model = approvalOrder(APPROVAL_INPUT);

  test('requisites in order; items refer to the three appendices; the curator is named', () => {
    expectOrderRequisites(model, APPROVAL_INPUT.requisites);
    const items = numbered(model).items.map(runText);
    expect(items[0]).toMatch(
      /^Утвердить Положение о системе наставничества педагогических работников МБОУ СОШ № 7 \(приложение 1\)\.$/,
    );
    expect(items[1]).toMatch(/^Утвердить дорожную карту .* на 2026\/2027 учебный год \(приложение 2\)\.$/);
    expect(items[2]).toBe(
      'Назначить заместителя директора по УВР А.И. Петрову куратором системы наставничества педагогических работников (далее — куратор); обязанности куратора установить согласно приложению 3.',
    );
    expect(items[3]).toBe('Куратору:');
    expect(items[4]).toMatch(/^Контроль за исполнением/);
    const duties = numbered(model).items[3].children!.map(runText);
    expect(duties.length).toBeGreaterThanOrEqual(3);
    duties.slice(0, -1).forEach((t) => expect(t).toMatch(/;$/));
    expect(duties[duties.length - 1]).toMatch(/\.$/);
    expect(modelText(model)).toContain('Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»');
    expect(modelText(model)).toContain('статьёй 351.8 Трудового кодекса Российской Федерации');
  });

  test('the roadmap appendix has one row per roadmap row; a repeated stage is printed once', () => {
    const table = tablesOf(model).find((t) => t.header[1] === 'Этап')!;
    expect(table.header).toEqual(['№', 'Этап', 'Мероприятие', 'Сроки', 'Ответственный']);
    expect(table.rows).toHaveLength(APPROVAL_INPUT.roadmap.length);
    expect(table.rows[0]).toEqual([
      '1',
      'Нормативная база',
      'Приказ об утверждении Положения и дорожной карты',
      'до 01.09.2026',
      'Директор',
    ]);
    expect(table.rows[1]).toEqual([
      '2',
      '',
      'Раздел «Наставничество» на сайте школы\nПоложение, дорожная карта, контакты куратора',
      'с 01.09.2026 по 15.09.2026',
      'Куратор',
    ]);
    expect(table.rows[3][3]).toBe('в течение сентября');
    expect(lines(model)).toContain('Приложение 2 к приказу от 01.09.2026 № 112-од');
  });

  test('the Положение is composed from the settings, or the school’s own text when given; duties are appendix 3', () => {
    expect(paragraphTexts(model)).toEqual(expect.arrayContaining(['1. Общие положения', '10. Заключительные положения']));
    expect(modelText(model)).not.toContain('[Текст');
    const own = approvalOrder({
      ...APPROVAL_INPUT,
      regulationText: ['1. Общие положения', '1.1. Текст школы.'],
      curatorDuties: ['вести реестр'],
    });
    expect(paragraphTexts(own)).toEqual(expect.arrayContaining(['1. Общие положения', '1.1. Текст школы.']));
    expect(paragraphTexts(own)).not.toContain('10. Заключительные положения');
    expect(lines(own)).toContain('Приложение 3 к приказу от 01.09.2026 № 112-од');
    expect(paragraphTexts(own)).toContain('1. вести реестр.');
  });

  test('no roadmap rows: refused', () => {
    expect(() => approvalOrder({ ...APPROVAL_INPUT, roadmap: [] })).toThrow(DocumentInputError);
  });
});

// ---------------------------------------------------------------- 2. закрепление пар

describe('pairs order', () => {
  const model = pairsOrder(PAIRS_INPUT);

  test('requisites in order, numbering, the basis cites ст. 351.8 and the Положение', () => {
    expectOrderRequisites(model, REQUISITES);
    const all = lines(model);
    expect(all).toEqual(
      expect.arrayContaining([
        '2. Наставникам:',
        '2.1. в течение десяти рабочих дней со дня издания настоящего приказа разработать совместно с наставляемыми персонализированные программы наставничества и представить их куратору;',
      ]),
    );
    expect(modelText(model)).toContain(
      'В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации», статьёй 351.8 Трудового кодекса Российской Федерации, Положением о системе наставничества педагогических работников МБОУ СОШ № 7, утверждённым приказом от 01.09.2026 № 112-од',
    );
    expect(runText(numbered(model).items[0])).toContain('согласно приложению.');
  });

  test('the appendix table has one row per pair, names as typed, a group one mentee per line', () => {
    const table = lastTable(model);
    expect(table.header).toEqual([
      '№',
      'Наставник (ФИО, должность)',
      'Наставляемый (ФИО, должность)',
      'Форма наставничества',
      'Вид наставничества',
      'Срок реализации программы',
    ]);
    expect(table.rows).toHaveLength(PAIRS.length);
    expect(table.rows[0]).toEqual([
      '1',
      'Иванова-Петрова Алёна Сергеевна, учитель (математика)',
      'Сидоров Борис Викторович, учитель (математика)',
      'педагог – педагог',
      'традиционное',
      'с 01.12.2026 по 31.05.2027',
    ]);
    expect(table.rows[1][2]).toBe('Ёлкина Юлия Олеговна, учитель (физика)\nКузнецова Мария Андреевна, учитель (физика)');
    expect(table.rows[2][1]).toBe('Алиев Эльдар Рашид оглы, педагог-психолог');
    expect(lines(model)).toContain('Приложение к приказу от 21.11.2026 № 45-од');
  });

  test('everyone the order names is on the acknowledgement list, all as «Фамилия И.О.»', () => {
    const ack = tablesOf(model).find((t) => t.header[0] === 'ФИО')!;
    const names = ack.rows.map((r) => r[0]);
    const expected = [CURATOR, ...PAIRS.flatMap((p) => [p.mentor, ...p.mentees])].map((p) => surnameInitials(p.fullName));
    expect(names).toEqual(expected);
    expect(names).toContain('Алиев Э.Р.');
  });

  test('refused when a pair lacks a consent: the error names each pair and what it lacks', () => {
    const lacking: PairForOrder[] = [
      PAIRS[0],
      {
        ...PAIRS[1],
        consentsComplete: false,
        missing: consentGaps({ fullName: MENTOR_2.fullName, consentData: d(2026, 9, 5) }, [
          { fullName: MENTEE_2.fullName, consentData: d(2026, 9, 6) },
          { fullName: MENTEE_3.fullName },
        ]),
      },
      { ...PAIRS[2], consentsComplete: false, missing: [] },
    ];
    let error: unknown;
    try {
      pairsOrder({ ...PAIRS_INPUT, pairs: lacking });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingConsentsError);
    expect(error).toBeInstanceOf(DocumentInputError);
    const refused = error as MissingConsentsError;
    expect(refused.pairs).toEqual([
      {
        pairId: 'П-0002',
        mentor: 'Дергачёв Семён Ильич',
        missing: [
          'согласие на выполнение обязанностей наставника — Дергачёв Семён Ильич',
          'согласие на обработку персональных данных — Кузнецова Мария Андреевна',
        ],
      },
      { pairId: 'П-0003', mentor: 'Алиев Эльдар Рашид оглы', missing: ['не все письменные согласия получены'] },
    ]);
    expect(refused.message).toContain('не получены письменные согласия');
    expect(refused.message).toContain(
      'П-0002 (наставник Дергачёв Семён Ильич): согласие на выполнение обязанностей наставника — Дергачёв Семён Ильич; согласие на обработку персональных данных — Кузнецова Мария Андреевна',
    );
    expect(refused.message).toContain('П-0003 (наставник Алиев Эльдар Рашид оглы)');
    expect(refused.message).not.toContain('П-0001');
  });

  test('a pair marked complete but carrying a missing consent is refused too', () => {
    const pairs = [{ ...PAIRS[0], missing: ['согласие на обработку персональных данных — Сидоров Борис Викторович'] }];
    expect(() => pairsOrder({ ...PAIRS_INPUT, pairs })).toThrow(MissingConsentsError);
  });

  test('consentGaps: withdrawn consent counts as missing; renewed after withdrawal counts as given', () => {
    const mentor = { fullName: 'Наставник Н.Н.', consentData: d(2026, 9, 1), consentDuties: d(2026, 9, 1) };
    expect(consentGaps(mentor, [{ fullName: 'Наставляемый Н.Н.', consentData: d(2026, 9, 1) }])).toEqual([]);
    expect(
      consentGaps(mentor, [{ fullName: 'Наставляемый Н.Н.', consentData: d(2026, 9, 1), consentWithdrawn: d(2026, 10, 1) }]),
    ).toEqual(['согласие на обработку персональных данных — Наставляемый Н.Н.']);
    expect(
      consentGaps(mentor, [{ fullName: 'Наставляемый Н.Н.', consentData: d(2026, 11, 1), consentWithdrawn: d(2026, 10, 1) }]),
    ).toEqual([]);
    expect(consentGaps({ fullName: 'Без согласий' }, [])).toHaveLength(2);
  });

  test('bad input is refused in Russian: no pairs, end before start', () => {
    expect(() => pairsOrder({ ...PAIRS_INPUT, pairs: [] })).toThrow('Нет записей для документа: наставнические пары (группы).');
    const backwards = [{ ...PAIRS[0], plannedEnd: d(2026, 11, 1) }];
    expect(() => pairsOrder({ ...PAIRS_INPUT, pairs: backwards })).toThrow(/Дата окончания раньше даты начала/);
  });

  test('a deadline for the programmes replaces «within ten working days»', () => {
    const dated = pairsOrder({ ...PAIRS_INPUT, programmesDue: d(2026, 12, 15) });
    expect(modelText(dated)).toContain('2.1. в срок до 15.12.2026 разработать');
  });
});

// ---------------------------------------------------------------- 3. завершение и поощрение

describe('completion order', () => {
  const model = completionOrder(COMPLETION_INPUT);

  test('requisites in order; appendix rows equal the pairs, with end dates and reasons', () => {
    expectOrderRequisites(model, COMPLETION_INPUT.requisites);
    const table = lastTable(model);
    expect(table.header[5]).toBe('Основание завершения');
    expect(table.rows).toHaveLength(COMPLETION_INPUT.pairs.length);
    expect(table.rows[0]).toEqual([
      '1',
      'Иванова-Петрова Алёна Сергеевна, учитель (математика)',
      'Сидоров Борис Викторович, учитель (математика)',
      'с 01.12.2026 по 31.05.2027',
      '31.05.2027',
      'программа выполнена полностью',
    ]);
    expect(table.rows[1][4]).toBe('15.02.2027');
    expect(table.rows[1][5]).toBe('по инициативе наставляемого\nпереход наставляемого в другую организацию');
  });

  test('the mentors’ duties and the extra pay stop; the curator reports by the date given', () => {
    const text = modelText(model);
    expect(text).toContain('2. Прекратить со дня завершения программы выполнение наставниками');
    expect(text).toContain('в срок до 20.06.2027');
    expect(() =>
      completionOrder({ ...COMPLETION_INPUT, pairs: [{ ...COMPLETION_INPUT.pairs[0], endDate: undefined as unknown as Date }] }),
    ).toThrow(/дата завершения программы П-0001/);
  });
});

describe('reward order', () => {
  const model = rewardOrder(REWARD_INPUT);

  test('requisites in order; appendix rows equal the rewards, with kind and grounds', () => {
    expectOrderRequisites(model, REWARD_INPUT.requisites);
    const table = lastTable(model);
    expect(table.header).toEqual(['№', 'ФИО', 'Должность', 'Вид поощрения', 'Основание']);
    expect(table.rows.map((r) => r[1])).toEqual(REWARD_INPUT.rewards.map((r) => r.mentor.fullName));
    expect(table.rows.map((r) => r[3])).toEqual([
      'почётная грамота',
      'стимулирующая выплата в размере 5\u00a0000\u00a0руб.',
      'благодарность',
    ]);
    expect(table.rows[2][4]).toBe('за психолого-педагогическую поддержку молодого учителя');
  });

  test('payment and certificate items appear only when some reward needs them', () => {
    const text = modelText(model);
    expect(text).toContain('статьёй 191 Трудового кодекса Российской Федерации');
    expect(text).toContain('положением об оплате труда работников МБОУ СОШ № 7');
    expect(text).toContain('единовременную выплату стимулирующего характера');
    expect(text).toContain('вручение почётных грамот');
    const thanksOnly = modelText(rewardOrder({ ...REWARD_INPUT, rewards: [REWARD_INPUT.rewards[2]], publish: false }));
    expect(thanksOnly).not.toContain('выплат');
    expect(thanksOnly).not.toContain('грамот');
    expect(thanksOnly).not.toContain('официального сайта');
    const items = numbered(rewardOrder({ ...REWARD_INPUT, rewards: [REWARD_INPUT.rewards[2]] })).items;
    expect(items).toHaveLength(3);
  });

  test('an amount given as text is printed as typed', () => {
    const table = lastTable(
      rewardOrder({ ...REWARD_INPUT, rewards: [{ ...REWARD_INPUT.rewards[1], amount: '10 % должностного оклада' }] }),
    );
    expect(table.rows[0][3]).toBe('стимулирующая выплата в размере 10 % должностного оклада');
  });
});

// ---------------------------------------------------------------- 4. программа

describe('personalised programme', () => {
  test('participants, form, kind, term, difficulties, goal; signature lines for each participant', () => {
    const model = personalisedProgramme(PROGRAMME_INPUT);
    const all = lines(model);
    expect(all).toEqual(
      expect.arrayContaining([
        'Персонализированная программа наставничества',
        'наставнической пары П-0001',
        'Наставник: Иванова-Петрова Алёна Сергеевна, учитель (математика)',
        'Наставляемый: Сидоров Борис Викторович, учитель (математика)',
        'Куратор: Петрова Анна Ивановна, заместитель директора по УВР',
        'Форма наставничества: педагог – педагог',
        'Вид наставничества: традиционное',
        'Срок реализации: с 01.12.2026 по 31.05.2027',
        'Дисциплина и организация работы класса; оценивание и обратная связь; работа с трудными подростками.',
        'Наставник … ______________ А.С. Иванова-Петрова',
        'Наставляемый … ______________ Б.В. Сидоров',
        'Куратор … ______________ А.И. Петрова',
      ]),
    );
    expect(all.slice(0, 4)).toEqual([
      'УТВЕРЖДАЮ',
      'Директор МБОУ СОШ № 7',
      '______________ П.А. Громов',
      '«___» ____________ 20___ г.',
    ]);
    expect(modelText(personalisedProgramme({ ...PROGRAMME_INPUT, approval: undefined }))).not.toContain('УТВЕРЖДАЮ');
  });

  test('the plan from «Программы»: one row per entry, done marked, meetings dated, activities by a deadline', () => {
    const plan = [
      { kind: 'meeting' as const, activity: 'Знакомство', term: d(2026, 12, 2), expectedResult: 'План согласован', done: true },
      {
        kind: 'activity' as const,
        activity: 'Открытый урок',
        term: d(2027, 2, 10),
        expectedResult: 'Урок разобран',
        done: false,
        note: 'перенесён',
      },
      { kind: 'activity' as const, activity: 'Самоанализ', term: null, expectedResult: '' },
    ];
    const model = personalisedProgramme({ ...PROGRAMME_INPUT, plan });
    const table = lastTable(model);
    expect(table.header).toEqual(['№', 'Мероприятие', 'Срок', 'Ожидаемый результат', 'Отметка о выполнении']);
    expect(table.rows).toEqual([
      ['1', 'Знакомство', '02.12.2026', 'План согласован', 'выполнено'],
      ['2', 'Открытый урок', 'до 10.02.2027', 'Урок разобран', 'перенесён'],
      ['3', 'Самоанализ', '', '', ''],
    ]);
    expect(modelText(model)).not.toContain('План составлен по выявленным затруднениям');
  });

  test('an empty plan becomes a starting plan: opening, interim and final meetings and one activity per difficulty', () => {
    const model = personalisedProgramme(PROGRAMME_INPUT);
    const rows = lastTable(model).rows;
    expect(rows).toHaveLength(3 + 3);
    expect(rows[0][1]).toBe(PLAN_MEETINGS.opening.activity);
    expect(rows[0][2]).toBe('01.12.2026');
    expect(rows[rows.length - 1][1]).toBe(PLAN_MEETINGS.final.activity);
    expect(rows[rows.length - 1][2]).toBe('31.05.2027');
    expect(rows.map((r) => r[1])).toContain(PLAN_MEETINGS.interim.activity);
    expect(rows.map((r) => r[1])).toContain(PLAN_LIBRARY['Дисциплина и организация работы класса'].activity);
    expect(rows.map((r) => r[1])).toContain(PLAN_LIBRARY['Оценивание и обратная связь'].activity);
    // A difficulty the library does not know gets a generic activity that names it.
    expect(rows.some((r) => r[1].includes('«Работа с трудными подростками»'))).toBe(true);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(modelText(model)).toContain('План составлен по выявленным затруднениям');
    expect(modelText(model)).toContain('Задачи: овладеть приёмами организации работы класса');
  });

  test('every default difficulty of «Справочники» has its own starting activity', () => {
    const generic = vocabularyByKey('competences').values.filter((v) =>
      startingPlan([{ difficulties: [v] }], d(2026, 9, 1), d(2027, 5, 31)).some((r) => r.activity.includes('«')),
    );
    expect(generic).toEqual([]);
    expect(Object.keys(PLAN_LIBRARY).sort()).toEqual([...vocabularyByKey('competences').values].sort());
  });

  test('starting plan dates: inside the term, on working days, in order', () => {
    // 05.09.2026 is a Saturday, 06.03.2027 a Saturday.
    const start = d(2026, 9, 5);
    const end = d(2027, 3, 6);
    const plan = startingPlan([{ difficulties: Object.keys(PLAN_LIBRARY).slice(0, 5) }], start, end);
    expect(plan).toHaveLength(8);
    const times = plan.map((r) => r.term!.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    for (const row of plan) {
      expect(row.term!.getTime()).toBeGreaterThanOrEqual(start.getTime());
      expect(row.term!.getTime()).toBeLessThanOrEqual(end.getTime());
      expect([0, 6]).not.toContain(row.term!.getDay());
    }
    expect(formatDate(plan[0].term!)).toBe('07.09.2026');
    expect(formatDate(plan[plan.length - 1].term!)).toBe('05.03.2027');
    expect(plan.filter((r) => r.kind === 'meeting')).toHaveLength(3);
  });

  test('a group: distinct difficulties across mentees, one signature line per mentee', () => {
    const model = allDocuments().programmeGroup;
    const all = lines(model);
    expect(all).toContain('наставнической группы П-0002');
    expect(all).toContain('3. Профессиональные затруднения (запросы) наставляемых');
    expect(all).toContain('Ёлкина Юлия Олеговна: подготовка к ОГЭ и ЕГЭ.');
    expect(all).toContain('Наставляемый … ______________ Ю.О. Ёлкина');
    expect(all).toContain('Наставляемый … ______________ М.А. Кузнецова');
    // «Подготовка к ОГЭ и ЕГЭ» twice (cases differ) is one activity.
    expect(lastTable(model).rows).toHaveLength(3 + 2);
  });

  test('refused without mentees or with the term reversed', () => {
    expect(() => personalisedProgramme({ ...PROGRAMME_INPUT, mentees: [] })).toThrow(DocumentInputError);
    expect(() => personalisedProgramme({ ...PROGRAMME_INPUT, end: d(2026, 1, 1) })).toThrow(DocumentInputError);
  });
});

// ---------------------------------------------------------------- 5. согласия

describe('consents', () => {
  test('processing (152-ФЗ ст. 9): subject, blanks for passport and address, operator, purpose, data, actions, term, withdrawal', () => {
    const model = personalDataConsent(PD_INPUT);
    const text = modelText(model);
    expect(paragraphTexts(model)[0]).toBe('Согласие на обработку персональных данных');
    expect(text).toContain('Я, Ёлкина Юлия Олеговна,');
    expect(text).toMatch(/паспорт серия _+ № _+, выдан _+/);
    expect(text).toContain('зарегистрированная по адресу: ___');
    const other = (fullName: string) =>
      modelText(personalDataConsent({ ...PD_INPUT, subject: { ...PD_INPUT.subject, fullName } }));
    expect(other('Алиев Эльдар Рашид оглы')).toContain('зарегистрированный по адресу: ___');
    expect(other('Кюри Мари')).toContain('зарегистрированный(ая) по адресу: ___');
    expect(text).toContain('статьёй 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных»');
    expect(text).toContain(`1. Оператор: ${ENSK.fullName} (МБОУ СОШ № 7), адрес: ___`);
    expect(text).toContain('в качестве наставляемого');
    for (const data of [
      'фамилия, имя, отчество',
      'должность',
      'педагогический стаж',
      'квалификационная категория',
      'сведения о профессиональных затруднениях и компетенциях',
      'адрес электронной почты',
      'возрастная группа',
    ])
      expect(text).toContain(data);
    for (const action of [
      'сбор',
      'запись',
      'систематизация',
      'накопление',
      'хранение',
      'уточнение',
      'использование',
      'обезличивание',
      'блокирование',
      'удаление',
      'уничтожение',
    ])
      expect(text).toContain(action);
    expect(text).toContain('письменному заявлению');
    expect(model.blocks[model.blocks.length - 1]).toEqual({
      type: 'twoEnds',
      left: '«___» ____________ 20___ г.',
      right: '______________ Ю.О. Ёлкина',
      spaceBefore: 30,
    });
    expect(model.name).toBe('Согласие на обработку персональных данных — Ю.О. Ёлкина');
  });

  test('processing: the operator’s address and the date when known; transfer can be left out', () => {
    const model = personalDataConsent({
      ...PD_INPUT,
      organisation: { ...ENSK, address: 'г. Энск, ул. Школьная, д. 1' },
      date: d(2026, 9, 10),
      transfer: false,
    });
    const text = modelText(model);
    expect(text).toContain('адрес: г. Энск, ул. Школьная, д. 1.');
    expect(text).not.toContain('передача');
    expect(model.blocks[model.blocks.length - 1]).toMatchObject({ left: '10.09.2026' });
    expect(modelText(personalDataConsent(PD_INPUT))).toContain('передача (предоставление)');
  });

  test('mentor’s duties (ТК РФ ст. 351.8): mentees, content, form, term, pay, early stop with 3 working days’ notice', () => {
    const text = modelText(mentorDutiesConsent(DUTIES_INPUT));
    expect(text).toContain(
      'Я, Дергачёв Семён Ильич, учитель (физика) МБОУ СОШ № 7, в соответствии со статьёй 351.8 Трудового кодекса Российской Федерации',
    );
    expect(text).toContain(
      '1. Наставляемые: Ёлкина Юлия Олеговна, учитель (физика); Кузнецова Мария Андреевна, учитель (физика).',
    );
    expect(text).toContain('3. Форма и вид наставничества: педагог – педагог; групповое.');
    expect(text).toContain('4. Срок выполнения обязанностей: с 01.12.2026 по 28.02.2027.');
    expect(text).toContain('5. Оплата: доплата в размере 3\u00a0000\u00a0руб.');
    expect(text).toContain('не менее чем за три рабочих дня');
    const blank = modelText(mentorDutiesConsent({ ...DUTIES_INPUT, pay: null, mentees: [MENTEE_1] }));
    expect(blank).toContain('5. Оплата: доплата в размере ____');
    expect(blank).toContain('1. Наставляемый: Сидоров Борис Викторович, учитель (математика).');
  });

  test('distribution (152-ФЗ ст. 10.1): operator, site, purpose, a table of data with conditions, term, withdrawal', () => {
    const model = publishConsent(PUBLISH_INPUT);
    const text = modelText(model);
    expect(text).toContain('статьёй 10.1 Федерального закона от 27.07.2006 № 152-ФЗ');
    expect(text).toContain('ivanova@school7.example');
    expect(text).toContain('https://school7.example/nastavnichestvo');
    expect(text).toContain('ИНН ______________; ОГРН ________________');
    expect(text).toContain('6. Срок действия согласия: с даты подписания до 31.08.2027.');
    expect(text).toContain('потребовать прекращения распространения');
    const table = lastTable(model);
    expect(table.header).toEqual(['Персональные данные', 'Разрешаю к распространению (да/нет)', 'Условия и запреты']);
    expect(table.rows[0]).toEqual(['фамилия, имя, отчество', '', '']);
    expect(() => publishConsent({ ...PUBLISH_INPUT, siteAddress: '' })).toThrow('Не заполнено: адрес сайта.');
  });

  test('several consents in one file, each from a new page', () => {
    const joined = joinDocuments('Согласия пары П-0001', [personalDataConsent(PD_INPUT), mentorDutiesConsent(DUTIES_INPUT)]);
    expect(joined.blocks.filter((b: Block) => b.type === 'sectionBreak')).toHaveLength(1);
    expect(joined.name).toBe('Согласия пары П-0001');
  });
});

// ---------------------------------------------------------------- 6. отчёты

describe('reports', () => {
  test('mentor’s report: participants, term, items done of total, meetings held, satisfaction or «нет данных»', () => {
    const model = mentorReport(REPORT_INPUT);
    const all = lines(model);
    expect(all).toEqual(
      expect.arrayContaining([
        'Отчёт наставника о реализации персонализированной программы наставничества',
        'наставническая группа П-0002',
        'Наставник: Дергачёв Семён Ильич, учитель (физика)',
        'Наставляемые: Ёлкина Юлия Олеговна, учитель (физика); Кузнецова Мария Андреевна, учитель (физика)',
        'Срок реализации по программе: с 01.12.2026 по 28.02.2027',
        'Дата завершения: 26.02.2027',
        'Выполнено мероприятий плана: 3 из 5 (60 %)',
        'Проведено встреч: 2 из 3',
        'Не выполнены: открытый урок наставляемого; итоговая встреча.',
        'Наставляемые (среднее) | 6,5 | 8,3 | +1,8',
        'Наставник | 7 | нет данных | нет данных',
        'Наставник … ______________ С.И. Дергачёв',
      ]),
    );
    // Conclusions left to the mentor: blank lines.
    expect(all.filter((l) => /^_{20,}$/.test(l)).length).toBeGreaterThanOrEqual(4);
    const written = mentorReport({
      ...REPORT_INPUT,
      conclusions: ['Программа выполнена в основном.'],
      satisfaction: {},
      plan: [],
    });
    expect(paragraphTexts(written)).toContain('Программа выполнена в основном.');
    expect(lines(written)).toEqual(
      expect.arrayContaining([
        'Наставляемые (среднее) | нет данных | нет данных | нет данных',
        'Выполнено мероприятий плана: нет данных',
      ]),
    );
  });

  test('satisfaction change is signed and uses a decimal comma', () => {
    expect(changeText({ start: 8, end: 6.5 })).toBe('\u22121,5');
    expect(changeText({ start: 7, end: 7 })).toBe('0');
    expect(changeText({ start: 7 })).toBe('нет данных');
  });

  test('curator’s note: counts, share under 35, average satisfaction, indicator rows from «Мониторинг», conclusions', () => {
    const model = monitoringReport(MONITORING_INPUT);
    const [counts, indicators] = tablesOf(model);
    expect(counts.rows).toEqual([
      ['Число наставников', '10'],
      ['Число наставляемых', '12'],
      ['Наставнических пар (групп), реализующих программы', '3'],
      ['Наставнических пар (групп), завершивших программы', '6'],
      ['Доля наставляемых в возрасте до 35 лет', '75 % (9 из 12)'],
      ['Средняя удовлетворённость участников в начале программ (из 10)', '6,4'],
      ['Средняя удовлетворённость участников по завершении программ (из 10)', '8,1'],
    ]);
    expect(indicators.header).toEqual(['Показатель', 'Значение']);
    expect(indicators.rows).toEqual([
      ['Доля наставляемых, закреплённых за наставником', '91,7 %'],
      ['Выполнено мероприятий дорожной карты', '14 из 16'],
      ['Наставников, прошедших обучение', 'нет данных'],
    ]);
    const all = lines(model);
    expect(all).toEqual(
      expect.arrayContaining(['1. Основные показатели', '2. Показатели мониторинга', '3. Выводы', '4. Рекомендации']),
    );
    expect(all).toContain('Заместитель директора по УВР … ______________ А.И. Петрова');
    const bare = monitoringReport({
      ...MONITORING_INPUT,
      indicators: [],
      counts: { ...MONITORING_INPUT.counts, mentees: 0, menteesUnder35: 0, satisfactionStart: null },
    });
    expect(lines(bare)).toEqual(expect.arrayContaining(['1. Основные показатели', '2. Выводы', '3. Рекомендации']));
    expect(tablesOf(bare)[0].rows[4][1]).toBe('нет данных');
    expect(tablesOf(bare)[0].rows[5][1]).toBe('нет данных');
  });
});

// ---------------------------------------------------------------- seed 000: the real order

describe('seed 000: the pairs order of МБОУ СОШ № 8, г. Пятигорск', () => {
  const requisites: OrderRequisites = {
    organisation: SEED_000.organisation,
    date: SEED_000.date,
    number: SEED_000.number,
    director: SEED_000.director,
  };
  const model = pairsOrder({ ...PAIRS_INPUT, requisites, regulation: undefined });

  test('has the requisites of the real order, in the same order', () => {
    expectOrderRequisites(model, requisites);
    const all = lines(model);
    expect(all.slice(0, 5)).toEqual([
      'Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 8',
      '(МБОУ СОШ № 8)',
      'ПРИКАЗ',
      '08.04.2022 … № 40-од',
      'г. Пятигорск',
    ]);
    expect(all).toContain('Директор … Е.С. Дергачёв');
    expect(all).toContain('Приложение к приказу от 08.04.2022 № 40-од');
  });

  test('its requisites stand in the order of the real order (seed 000)', () => {
    expect(SEED_PRINTS.seed000Requisites).toHaveLength(13);
    expect(requisiteOrder(lines(model))).toEqual(SEED_PRINTS.seed000Requisites);
  });
});

// ---------------------------------------------------------------- the product's own words

describe('own wording', () => {
  test('no sentence of the seeds longer than 40 characters appears in any document', () => {
    const { sentences } = SEED_PRINTS;
    expect(sentences.length).toBeGreaterThan(100);
    // The check catches a sentence planted from seed 000 (its control item).
    expect(copiedPieces('1. Сделать. 2. Контроль исполнения приказа оставляю за собой.', sentences)).toHaveLength(1);
    const docs = allDocuments();
    // The seed school's order too: its facts (names) are allowed, its sentences are not.
    docs.seedOrder = pairsOrder({
      ...PAIRS_INPUT,
      requisites: {
        organisation: SEED_000.organisation,
        date: SEED_000.date,
        number: SEED_000.number,
        director: SEED_000.director,
      },
    });
    for (const [name, model] of Object.entries(docs)) {
      expect({ name, copied: copiedPieces(modelText(model), sentences) }).toEqual({ name, copied: [] });
    }
  });

  test('composition modules hold no Russian text: it all lives in src/i18n/documents.ts', () => {
    const dir = path.resolve(__dirname, '../../src/domain/documents');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = fs
        .readFileSync(path.join(dir, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      expect({ file, russian: code.match(/[А-Яа-яЁё][^'"`\n]*/g) ?? [] }).toEqual({ file, russian: [] });
    }
  });

  test('composition modules are pure: no Apps Script global, no Node API', () => {
    const dir = path.resolve(__dirname, '../../src/domain/documents');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const code = fs.readFileSync(path.join(dir, file), 'utf8');
      expect({
        file,
        globals:
          code.match(/\b(?:SpreadsheetApp|DocumentApp|DriveApp|Utilities|Session|require\(|process\.|from 'fs'|from 'path')/g) ??
          [],
      }).toEqual({
        file,
        globals: [],
      });
    }
  });

  test('every document is Russian text with no empty paragraphs and consistent table widths', () => {
    for (const [name, model] of Object.entries(allDocuments())) {
      expect(model.name).toMatch(/[А-Яа-яЁё]/);
      for (const block of model.blocks) {
        if (block.type === 'paragraph')
          expect({
            name,
            empty:
              block.runs
                .map((r) => r.text)
                .join('')
                .trim() === '',
          }).toEqual({ name, empty: false });
        if (block.type === 'table') {
          for (const row of block.rows) expect({ name, cells: row.length }).toEqual({ name, cells: block.header.length });
          if (block.widths) expect(block.widths).toHaveLength(block.header.length);
        }
      }
    }
  });
});

describe('acknowledgementNames', () => {
  test('two colleagues with the same surname and initials both sign; the curator held with initials is one person with her full name', () => {
    expect(
      acknowledgementNames(['А.М. Киселёва', 'Иванова Анна Андреевна', 'Иванова Алла Андреевна', 'Киселёва Анна Михайловна']),
    ).toEqual(['Иванова А.А.', 'Иванова А.А.', 'Киселёва А.М.']);
    expect(acknowledgementNames(['А.М. Киселёва', 'Киселёва А.М.', 'Петров Пётр Петрович'])).toEqual([
      'Киселёва А.М.',
      'Петров П.П.',
    ]);
  });
});

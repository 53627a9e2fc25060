/**
 * The Положение (appendix 1 of the approval order) composed from «Настройки», and the
 * approval order's basis and acknowledgement sheet.
 */
import type { DocModel, TableBlock } from '../../src/domain/docModel';
import { modelText } from '../../src/domain/docModel';
import { acknowledgementPeople, approvalOrder, regulationBlocks, roadmapOrder } from '../../src/domain/documents';
import { copiedPieces, SEED_PRINTS } from '../seeds/seedText';
import { APPROVAL_INPUT, CURATOR, d, DIRECTOR, MENTEE_1, MENTEE_2, MENTOR_1, MENTOR_2, SEED_000 } from './documentFixtures';

const texts = (blocks: readonly { type: string }[]) =>
  blocks
    .filter((b) => b.type === 'paragraph')
    .map((b) => (b as unknown as { runs: { text: string }[] }).runs.map((r) => r.text).join(''));
const tables = (model: DocModel) => model.blocks.filter((b): b is TableBlock => b.type === 'table');

const SETTINGS = {
  maxMentees: 3,
  mentorPay: '10 % должностного оклада',
  siteSection: 'https://school7.example/nastavnichestvo',
  regionalAct: 'приказ министерства образования Энской области от 10.02.2025 № 123',
  municipalAct: 'приказ управления образования администрации г. Энска от 01.03.2025 № 45',
};

describe('the Положение composed from «Настройки»', () => {
  const lines = texts(
    regulationBlocks({ shortName: 'МБОУ СОШ № 7', curatorPosition: 'Заместитель директора по УВР', ...SETTINGS }),
  );
  const all = lines.join('\n');

  test('has the sections the seeds share, numbered, in their order', () => {
    const headings = lines.filter((l) => /^\d+\. [А-Я]/.test(l));
    expect(headings).toEqual([
      '1. Общие положения',
      '2. Цели и задачи наставничества',
      '3. Формы и виды наставничества',
      '4. Права и обязанности участников',
      '5. Порядок формирования наставнических пар (групп)',
      '6. Завершение персонализированной программы',
      '7. Мотивация наставников',
      '8. Мониторинг и оценка результатов',
      '9. Информационное сопровождение',
      '10. Заключительные положения',
    ]);
    // Points are numbered within their section: 1.1., 1.2., … 10.2.
    expect(lines).toContainEqual(expect.stringMatching(/^1\.1\. Настоящее Положение/));
    expect(lines).toContainEqual(expect.stringMatching(/^10\.2\. /));
  });

  test('quotes the settings: pay, the mentor cap, the site, the regional and municipal acts, the curator', () => {
    expect(all).toContain('Размер доплаты наставнику: 10 % должностного оклада;');
    expect(all).toContain('не более 3 наставляемых');
    expect(all).toContain('(https://school7.example/nastavnichestvo)');
    expect(lines).toContain('— приказ министерства образования Энской области от 10.02.2025 № 123;');
    expect(lines).toContain('— приказ управления образования администрации г. Энска от 01.03.2025 № 45.');
    expect(all).toContain('Куратор (заместитель директора по УВР):');
  });

  test('rights and duties of mentor, mentee and curator; the 3 working days of ТК РФ ст. 351.8', () => {
    for (const lead of ['Наставник вправе:', 'Наставник обязан:', 'Наставляемый вправе:', 'Наставляемый обязан:'])
      expect(lines).toContainEqual(expect.stringContaining(lead));
    expect(all).toContain('не менее чем за три рабочих дня');
    expect(all).toContain('дополнительном соглашении к трудовому договору');
    expect(all).toContain('Продление оформляется новым дополнительным соглашением');
  });

  test('lists end «;» and their last entry «.»', () => {
    const entries = lines.filter((l) => l.startsWith('— '));
    expect(entries.length).toBeGreaterThan(30);
    for (const e of entries) expect(e).toMatch(/[;.]$/);
  });

  test('blank settings: no empty mentions, the cap 1 agrees, pay said generally', () => {
    const bare = texts(regulationBlocks({ shortName: 'МБОУ СОШ № 7', curatorPosition: '', maxMentees: 1 })).join('\n');
    expect(bare).toContain('не более 1 наставляемого');
    expect(bare).toContain('в пределах фонда оплаты труда');
    expect(bare).not.toMatch(/\(\)|: ;|— ;/);
    expect(bare).toContain('Куратор (заместитель руководителя):');
  });
});

describe('the approval order: basis and acknowledgement by all staff', () => {
  const staff = [MENTOR_1, MENTOR_2, MENTEE_1, MENTEE_2, { ...CURATOR, fullName: CURATOR.fullName, position: 'учитель' }];
  const model = approvalOrder({
    ...APPROVAL_INPUT,
    regulation: SETTINGS,
    councilProtocol: 'от 28.08.2026 № 1',
    unionOpinion: 'от 27.08.2026 № 3',
    staff,
  });
  const text = modelText(model);

  test('the basis cites the law, the acts of the region and municipality, the council and the union', () => {
    const basis = text.split('\n').find((l) => l.startsWith('В соответствии с'))!;
    expect(basis).toContain('№ 273-ФЗ');
    expect(basis).toContain('статьёй 351.8 Трудового кодекса');
    expect(basis).toContain(
      'актов органов управления образованием (приказ министерства образования Энской области от 10.02.2025 № 123; приказ управления образования администрации г. Энска от 01.03.2025 № 45)',
    );
    expect(basis).toContain('на основании решения педагогического совета (протокол от 28.08.2026 № 1)');
    expect(basis).toContain(
      'с учётом мнения первичной профсоюзной организации (протокол от 27.08.2026 № 3), данного в соответствии с частью 3 статьи 30',
    );
  });

  test('the curator appointed in the accusative; a position that cannot be declined keeps the colon form', () => {
    expect(text).toContain('Назначить заместителя директора по УВР А.И. Петрову куратором системы наставничества');
    const odd = modelText(approvalOrder({ ...APPROVAL_INPUT, curator: { ...CURATOR, position: 'Координатор-методист' } }));
    expect(odd).toContain('(далее — куратор): координатор-методист А.И. Петрова; обязанности куратора');
  });

  test('no union: its opinion is left out; nothing set: lines to fill in by hand', () => {
    const none = modelText(approvalOrder({ ...APPROVAL_INPUT, unionOpinion: 'нет' }));
    expect(none).not.toContain('профсоюзной');
    const blank = modelText(approvalOrder(APPROVAL_INPUT));
    expect(blank).toContain('педагогического совета (протокол от «___» ____________ 20___ г. № _____)');
    expect(blank).toContain('профсоюзной организации (протокол от «___» ____________ 20___ г. № _____)');
    expect(blank).not.toContain('актов органов управления');
  });

  test('«Лист ознакомления» after the appendices: the curator and all staff, one name form, each once, the director out', () => {
    expect(text).toContain('С приказом ознакомлены:\nработники по листу ознакомления (прилагается).');
    expect(text).not.toContain('ФИО | Подпись | Дата\n');
    const sheet = tables(model).at(-1)!;
    expect(sheet.header).toEqual(['№', 'ФИО', 'Должность', 'Подпись', 'Дата ознакомления']);
    expect(sheet.rows.map((r) => r[1])).toEqual([
      'Петрова А.И.',
      'Иванова-Петрова А.С.',
      'Дергачёв С.И.',
      'Сидоров Б.В.',
      'Ёлкина Ю.О.',
    ]);
    expect(sheet.rows[0].slice(0, 3)).toEqual(['1', 'Петрова А.И.', 'заместитель директора по УВР']);
    expect(sheet.rows[1][2]).toBe('учитель (математика)');
    const at = text.indexOf('Лист ознакомления');
    expect(at).toBeGreaterThan(text.indexOf('Приложение 3 к приказу'));
    expect(text).toContain('с приказом от 01.09.2026 № 112-од «Об утверждении Положения');
    expect(acknowledgementPeople(CURATOR, [DIRECTOR], DIRECTOR).people).toHaveLength(1);
  });

  test('own wording: no sentence of the seeds in the order with its Положение', () => {
    expect(copiedPieces(text, SEED_PRINTS.sentences)).toEqual([]);
  });
});

describe('the roadmap-only order of a new school year (the kind of seed 000)', () => {
  const input = {
    requisites: { ...APPROVAL_INPUT.requisites, date: d(2027, 8, 30), number: '131-од' },
    schoolYear: '2027/2028',
    curator: CURATOR,
    roadmap: APPROVAL_INPUT.roadmap,
    regulation: { date: d(2026, 9, 1), number: '112-од' },
  };
  const text = modelText(roadmapOrder(input));

  test('approves the roadmap only, cites the Положение in force, one unnumbered appendix', () => {
    expect(text).toContain(
      'Об утверждении дорожной карты (плана мероприятий) реализации системы наставничества педагогических работников на 2027/2028 учебный год',
    );
    expect(text).toContain(
      'Положением о системе наставничества педагогических работников МБОУ СОШ № 7, утверждённым приказом от 01.09.2026 № 112-од',
    );
    expect(text).toContain('1. Утвердить дорожную карту');
    expect(text).toContain('(приложение).');
    expect(text).not.toContain('Утвердить Положение');
    expect(text).toContain('Приложение к приказу от 30.08.2027 № 131-од');
    expect(text).toContain('Куратору системы наставничества:');
    expect(text).toContain('С приказом ознакомлены:');
  });

  test('own wording, also with the seed school’s requisites', () => {
    const seed = roadmapOrder({
      ...input,
      requisites: {
        organisation: SEED_000.organisation,
        date: SEED_000.date,
        number: SEED_000.number,
        director: SEED_000.director,
      },
    });
    expect(copiedPieces(modelText(seed), SEED_PRINTS.sentences)).toEqual([]);
    expect(copiedPieces(text, SEED_PRINTS.sentences)).toEqual([]);
  });
});

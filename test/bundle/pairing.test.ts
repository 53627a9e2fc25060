import type { Emulator } from '../../emulator';
import type { PairView, ProposalView, RankingView, SidebarData } from '../../src/app/sidebarApi';
import { header, loadAddOn, runSetup, values } from './addon';

/** Writes records by header text, as a curator filling the banks would. */
function fill(emu: Emulator, sheet: string, records: Record<string, unknown>[]): void {
  const head = header(emu, sheet);
  const target = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!;
  const rows = records.map((r) => head.map((h) => (h in r ? r[h] : '')));
  target.getRange(2, 1, rows.length, head.length).setValues(rows);
}

const consent = new Date(2026, 7, 28);

function school(): Emulator {
  const emu = loadAddOn();
  runSetup(emu);
  fill(emu, 'Наставники', [
    {
      ID: 'НТ-0001',
      ФИО: 'Петрова Анна Ивановна',
      'Предмет (направление)': 'Математика',
      'Уровень образования': 'основное общее',
      'Педагогический стаж, лет': 25,
      Компетенции: 'Работа с родителями; Подготовка к ОГЭ и ЕГЭ',
      'Наибольшее число наставляемых': 2,
      Статус: 'активен',
      'Согласие на обработку ПДн: дата': consent,
    },
    {
      ID: 'НТ-0002',
      ФИО: 'Орлов Пётр Сергеевич',
      'Предмет (направление)': 'Физика',
      'Уровень образования': 'среднее общее',
      'Педагогический стаж, лет': 18,
      Компетенции: 'Цифровые образовательные ресурсы',
      'Наибольшее число наставляемых': 1,
      Статус: 'активен',
    },
    { ID: 'НТ-0003', ФИО: 'Кандидатова Вера', 'Предмет (направление)': 'Математика', Статус: 'кандидат' },
  ]);
  fill(emu, 'Наставляемые', [
    {
      ID: 'НЯ-0001',
      ФИО: 'Иванова Ольга Петровна',
      'Предмет (направление)': 'Математика',
      'Уровень образования': 'основное общее',
      'Педагогический стаж, лет': 1,
      'Запросы и затруднения': 'Работа с родителями',
      Статус: 'ожидает пару',
    },
    {
      ID: 'НЯ-0002',
      ФИО: '<img src=x onerror=alert(1)>',
      'Предмет (направление)': 'Физика',
      'Запросы и затруднения': 'Цифровые образовательные ресурсы',
      Статус: 'ожидает пару',
    },
    {
      ID: 'НЯ-0003',
      ФИО: 'Сидоров Илья',
      'Предмет (направление)': 'Математика',
      'Запросы и затруднения': 'Подготовка к ОГЭ и ЕГЭ',
      Статус: 'ожидает пару',
    },
  ]);
  emu.resetCounts();
  return emu;
}

const terms = {
  form: 'педагог – педагог',
  kind: 'традиционное',
  goal: 'Адаптация в школе',
  start: '2026-09-15',
  plannedEnd: '2027-05-31',
};

function pairs(emu: Emulator, sheet = 'Пары'): Record<string, unknown>[] {
  const [head, ...rows] = values(emu, sheet);
  return rows.filter((r) => r.some((c) => c !== '')).map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}

describe('the sidebar API through google.script.run', () => {
  test('one call loads mentors, mentees awaiting a pair, pairs and the vocabularies, all JSON-safe', () => {
    const emu = school();
    const data = emu.callFromSidebar('getSidebarData') as SidebarData;
    expect(data.ready).toBe(true);
    expect(data.mentors.map((m) => [m.id, m.load, m.capacity, m.consentState])).toEqual([
      ['НТ-0001', 0, 2, 'given'],
      ['НТ-0002', 0, 1, 'missing'],
      ['НТ-0003', 0, 2, 'missing'],
    ]);
    expect(data.mentees.filter((m) => m.awaiting)).toHaveLength(3);
    expect(data.mentees[1].fullName).toBe('<img src=x onerror=alert(1)>');
    expect(data.forms).toContain('педагог – педагог');
    expect(data.defaultEnd).toBe('2027-05-31');
    expect(JSON.stringify(data)).not.toMatch(/"\d{4}-\d{2}-\d{2}T/); // no Date went through
  });

  test('ranked mentors with reasons; a candidate mentor is ruled out and says why', () => {
    const emu = school();
    const ranking = emu.callFromSidebar('rankMentorsFor', 'НЯ-0001') as RankingView;
    expect(ranking.candidates[0]).toMatchObject({ mentorId: 'НТ-0001', load: 0, capacity: 2 });
    expect(ranking.candidates[0].reasons).toContain('тот же предмет: математика (+20)');
    expect(ranking.candidates[0].reasons.some((r) => r.startsWith('совпадение запросов: работа с родителями'))).toBe(true);
    const ruledOut = ranking.excluded.find((e) => e.mentorId === 'НТ-0003')!;
    expect(ruledOut.reasons.join(' ')).toContain('кандидат');
  });

  test('create a pair, record the consents, fix it; a pair missing a consent cannot be fixed and says why', () => {
    const emu = school();
    let data = emu.callFromSidebar('createPair', { mentorId: 'НТ-0001', menteeIds: ['НЯ-0001'], ...terms }) as SidebarData;
    const pair = data.pairs[0];
    expect(pair).toMatchObject({ id: 'П-0001', status: 'проект', start: '2026-09-15', plannedEnd: '2027-05-31' });
    expect(data.mentees.find((m) => m.id === 'НЯ-0001')).toMatchObject({ status: 'в паре', awaiting: false });
    expect(pair.missing).toEqual([
      'Петрова Анна Ивановна: нет письменного согласия на выполнение обязанностей наставника (ст. 351.8 ТК РФ)',
      'Иванова Ольга Петровна: нет согласия на обработку персональных данных',
    ]);
    expect(() => emu.callFromSidebar('setPairStatus', { pairId: 'П-0001', status: 'закреплена' })).toThrow(
      /Пару П-0001 нельзя закрепить, пока нет согласий:\n• Петрова Анна Ивановна: нет письменного согласия/,
    );
    // A date that has not come yet (2027 for 2026) is refused, and nothing is written.
    expect(() => emu.callFromSidebar('recordConsent', { kind: 'data', personId: 'НЯ-0001', date: '2027-08-30' })).toThrow(
      'Дата согласия 30.08.2027 ещё не наступила',
    );
    expect(pairs(emu, 'Наставляемые')[0]['Согласие на обработку ПДн: дата']).toBe('');
    emu.callFromSidebar('recordConsent', { kind: 'data', personId: 'НЯ-0001', date: '2026-08-30' });
    data = emu.callFromSidebar('recordConsent', {
      kind: 'duties',
      pairId: 'П-0001',
      date: '2026-08-31',
      link: 'https://drive.google.com/scan',
    }) as SidebarData;
    expect(data.pairs[0].missing).toEqual([]);
    data = emu.callFromSidebar('setPairStatus', { pairId: 'П-0001', status: 'закреплена' }) as SidebarData;
    expect(data.pairs[0]).toMatchObject<Partial<PairView>>({ status: 'закреплена', dutiesConsent: '2026-08-31' });
    const [row] = pairs(emu);
    expect(row).toMatchObject({
      ID: 'П-0001',
      'ID наставника': 'НТ-0001',
      'ID наставляемых': 'НЯ-0001',
      Статус: 'закреплена',
      'Скан согласия (ссылка)': 'https://drive.google.com/scan',
    });
    const journal = values(emu, 'Журнал').map((r) => String(r[2]));
    expect(journal).toEqual(expect.arrayContaining(['Создание пары (группы)', 'Отметка о согласии', 'Смена статуса пары']));
  });

  test('«Подобрать всех», then accept part of it: «Пары» holds exactly the accepted pairs', () => {
    const emu = school();
    const proposal = emu.callFromSidebar('proposeAll', []) as ProposalView;
    expect(proposal.proposals.map((p) => [p.mentorId, p.menteeId])).toEqual(
      [
        ['НТ-0001', 'НЯ-0001'],
        ['НТ-0002', 'НЯ-0002'],
        ['НТ-0001', 'НЯ-0003'],
      ].sort((a, b) => a[1].localeCompare(b[1])),
    );
    const accepted = proposal.proposals
      .filter((p) => p.menteeId !== 'НЯ-0002')
      .map(({ mentorId, menteeId }) => ({ mentorId, menteeId }));
    emu.callFromSidebar('acceptProposals', { pairs: accepted, ...terms });
    expect(pairs(emu).map((p) => [p.ID, p['ID наставника'], p['ID наставляемых'], p.Статус])).toEqual([
      ['П-0001', 'НТ-0001', 'НЯ-0001', 'проект'],
      ['П-0002', 'НТ-0001', 'НЯ-0003', 'проект'],
    ]);
  });

  test('groups count each member against the mentor’s capacity', () => {
    const emu = school();
    emu.callFromSidebar('createPair', { mentorId: 'НТ-0001', menteeIds: ['НЯ-0001'], ...terms });
    emu.callFromSidebar('addToGroup', { pairId: 'П-0001', menteeId: 'НЯ-0003' });
    expect(pairs(emu)[0]['ID наставляемых']).toBe('НЯ-0001; НЯ-0003');
    expect(() => emu.callFromSidebar('createPair', { mentorId: 'НТ-0001', menteeIds: ['НЯ-0002'], ...terms })).toThrow(
      'У наставника Петрова Анна Ивановна уже 2 наставляемых при пределе 2.',
    );
  });

  test('terms of 3 to 12 months; bad or foreign arguments are refused with a clear message, nothing written', () => {
    const emu = school();
    expect(() =>
      emu.callFromSidebar('createPair', { mentorId: 'НТ-0001', menteeIds: ['НЯ-0001'], ...terms, plannedEnd: '2026-11-01' }),
    ).toThrow('Программа наставничества длится не менее 3 месяцев');
    expect(() =>
      emu.callFromSidebar('createPair', { mentorId: 'НТ-0001', menteeIds: ['НЯ-0001'], ...terms, plannedEnd: '2028-01-01' }),
    ).toThrow('не более 12 месяцев');
    expect(() => emu.callFromSidebar('createPair', { mentorId: 'НТ-0001', menteeIds: [], ...terms })).toThrow('неверные данные');
    expect(() => emu.callFromSidebar('createPair', { mentorId: 'НТ-0001', menteeIds: ['НЯ-0001'], ...terms, extra: 1 })).toThrow(
      'неверные данные',
    );
    expect(() => emu.callFromSidebar('setPairStatus', { pairId: 'П-0001', status: 'активна', start: new Date() })).toThrow(
      /illegal value/,
    );
    expect(() => emu.callFromSidebar('createPair', { mentorId: 'НТ-0003', menteeIds: ['НЯ-0001'], ...terms })).toThrow(
      'кандидат',
    );
    expect(pairs(emu)).toEqual([]);
  });

  test('closing a pair needs a reason; the mentee goes back to the waiting list', () => {
    const emu = school();
    emu.callFromSidebar('createPair', { mentorId: 'НТ-0001', menteeIds: ['НЯ-0001'], ...terms });
    expect(() => emu.callFromSidebar('setPairStatus', { pairId: 'П-0001', status: 'прекращена' })).toThrow('Укажите причину');
    const data = emu.callFromSidebar('setPairStatus', {
      pairId: 'П-0001',
      status: 'прекращена',
      reason: 'по инициативе наставляемого',
      endDate: '2026-10-01',
    }) as SidebarData;
    expect(data.mentees.find((m) => m.id === 'НЯ-0001')).toMatchObject({ status: 'ожидает пару', awaiting: true });
    expect(pairs(emu)[0]).toMatchObject({ Статус: 'прекращена', 'Причина завершения': 'по инициативе наставляемого' });
  });
});

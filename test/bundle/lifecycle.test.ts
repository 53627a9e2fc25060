import type { SidebarData } from '../../src/app/sidebarApi';
import { runMenu } from './forms';
import { fill, records, schoolWithPairs } from './school';

function pair(data: SidebarData, id: string) {
  return data.pairs.find((p) => p.id === id)!;
}

describe('the life of a pair through build/Code.js', () => {
  test('a pair starts only after the fixing order', () => {
    const emu = schoolWithPairs(1);
    expect(() => emu.callFromSidebar('setPairStatus', { pairId: 'П-0001', status: 'активна' })).toThrow(
      'Пара П-0001 ещё не закреплена приказом',
    );
    runMenu(emu, 'runPairsOrder');
    const data = emu.callFromSidebar('setPairStatus', { pairId: 'П-0001', status: 'активна' }) as SidebarData;
    expect(pair(data, 'П-0001').status).toBe('активна');
  });

  test('extension: up to 12 months in all, further only with a reason, which is logged', () => {
    const emu = schoolWithPairs(1);
    expect(() => emu.callFromSidebar('extendPair', { pairId: 'П-0001', plannedEnd: '2027-03-01' })).toThrow('позже прежней');
    let data = emu.callFromSidebar('extendPair', { pairId: 'П-0001', plannedEnd: '2027-06-30' }) as SidebarData;
    expect(pair(data, 'П-0001').plannedEnd).toBe('2027-06-30');
    expect(() => emu.callFromSidebar('extendPair', { pairId: 'П-0001', plannedEnd: '2027-12-31' })).toThrow(
      'превысит 12 месяцев',
    );
    data = emu.callFromSidebar('extendPair', {
      pairId: 'П-0001',
      plannedEnd: '2027-12-31',
      overrideReason: 'решение педсовета',
    }) as SidebarData;
    expect(pair(data, 'П-0001').plannedEnd).toBe('2027-12-31');
    const journal = records(emu, 'Журнал').map((r) => String(r['Подробности']));
    expect(journal.some((d) => d.includes('продление сверх 12 месяцев: решение педсовета'))).toBe(true);
  });

  test('an early stop at a participant’s request keeps 3 working days of notice (ст. 351.8 ТК РФ)', () => {
    const emu = schoolWithPairs(2);
    const stop = { status: 'прекращена', reason: 'по инициативе наставника', noticeDate: '2026-10-01' };
    expect(() => emu.callFromSidebar('setPairStatus', { pairId: 'П-0001', ...stop, endDate: '2026-10-05' })).toThrow(
      'не ранее 06.10.2026',
    );
    emu.callFromSidebar('setPairStatus', { pairId: 'П-0001', ...stop });
    emu.callFromSidebar('setPairStatus', { pairId: 'П-0002', ...stop, endDate: '2026-10-06' });
    const rows = records(emu, 'Пары');
    for (const row of rows) expect((row['Дата окончания'] as Date).getDate()).toBe(6);
    expect(rows[0]).toMatchObject({ Статус: 'прекращена', 'Причина завершения': 'по инициативе наставника' });
  });

  test('a mentor replaced at the mentee’s request: the old pair closes, a new one opens, history stays', () => {
    const emu = schoolWithPairs(1);
    fill(emu, 'Наставники', [
      {
        ID: 'НТ-0009',
        ФИО: 'Новикова Елена Сергеевна',
        Статус: 'активен',
        'Согласие на обработку ПДн: дата': new Date(2026, 8, 1),
      },
    ]);
    const data = emu.callFromSidebar('replaceMentor', { pairId: 'П-0001', mentorId: 'НТ-0009' }) as SidebarData;
    expect(pair(data, 'П-0001')).toMatchObject({ status: 'прекращена' });
    expect(pair(data, 'П-0002')).toMatchObject({
      status: 'проект',
      mentorId: 'НТ-0009',
      menteeIds: ['НЯ-0001'],
      form: 'педагог – педагог',
    });
    expect(records(emu, 'Пары').map((p) => [p.ID, p['Причина завершения']])).toEqual([
      ['П-0001', 'по инициативе наставляемого'],
      ['П-0002', ''],
    ]);
    expect(records(emu, 'Журнал').some((r) => String(r['Подробности']).includes('П-0001 закрыта, П-0002: новый наставник'))).toBe(
      true,
    );
  });

  test('a meeting is logged in «Программы» in one call; the sidebar shows progress and the last meeting', () => {
    const emu = schoolWithPairs(1);
    const data = emu.callFromSidebar('logMeeting', {
      pairId: 'П-0001',
      date: '2026-11-20',
      topic: 'Промежуточная встреча: анализ первых уроков',
      result: 'Скорректирован план на декабрь',
    }) as SidebarData;
    expect(pair(data, 'П-0001')).toMatchObject({ planDone: 1, planTotal: 1, lastMeeting: '2026-11-20' });
    expect(records(emu, 'Программы')[0]).toMatchObject({ 'ID пары': 'П-0001', 'Вид записи': 'встреча', Выполнено: true });
  });
});

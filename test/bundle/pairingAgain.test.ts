/**
 * Sidebar calls asked twice — a double click, or a call stopped after its first write and
 * made again — finish what the first did and write nothing twice.
 */
import { records, schoolWithPairs } from './school';

const ON = { pairId: 'П-0001', date: '2026-08-31', topic: 'Разбор урока', result: 'План на месяц' };

describe('asked twice', () => {
  test('the same meeting is logged once; another topic the same day is a meeting of its own', () => {
    const emu = schoolWithPairs(1);
    emu.callFromSidebar('logMeeting', ON);
    emu.callFromSidebar('logMeeting', ON);
    const meetings = () => records(emu, 'Программы').filter((r) => r['Вид записи'] === 'встреча');
    expect(meetings()).toHaveLength(1);
    emu.callFromSidebar('logMeeting', { ...ON, topic: 'Родительское собрание' });
    expect(meetings()).toHaveLength(2);
  });

  test('a status asked again is kept, and what the first call left unwritten is written', () => {
    const emu = schoolWithPairs(1);
    const stop = { pairId: 'П-0001', status: 'прекращена', reason: 'по решению куратора: программа не выполняется' };
    emu.callFromSidebar('setPairStatus', stop);
    // As if the first call had been stopped before the mentee's status was written.
    const mentees = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Наставляемые')!;
    const statusAt = (mentees.getRange(1, 1, 1, mentees.getLastColumn()).getValues()[0] as string[]).indexOf('Статус') + 1;
    mentees.getRange(2, statusAt).setValue('в паре');
    emu.callFromSidebar('setPairStatus', stop);
    const pair = records(emu, 'Пары')[0]!;
    expect(pair['Статус']).toBe('прекращена');
    expect(records(emu, 'Наставляемые')[0]!['Статус']).toBe('ожидает пару');
    expect(records(emu, 'Журнал').at(-1)!['Подробности']).toBe('П-0001: статус уже «прекращена»');
  });

  test('a pair created twice is one pair', () => {
    const emu = schoolWithPairs(1);
    emu.callFromSidebar('setPairStatus', {
      pairId: 'П-0001',
      status: 'прекращена',
      reason: 'по решению куратора: программа не выполняется',
    });
    const terms = {
      form: 'педагог – педагог',
      kind: 'традиционное',
      goal: 'Адаптация',
      start: '2026-10-01',
      plannedEnd: '2027-05-31',
    };
    const request = { mentorId: 'НТ-0001', menteeIds: ['НЯ-0001'], ...terms };
    emu.callFromSidebar('createPair', request);
    emu.callFromSidebar('createPair', request);
    expect(records(emu, 'Пары').filter((p) => p['Статус'] === 'проект')).toHaveLength(1);
    expect(records(emu, 'Наставляемые')[0]!['Статус']).toBe('в паре');
  });
});

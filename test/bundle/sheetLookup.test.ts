import type { Emulator } from '../../emulator';
import type { SidebarData } from '../../src/app/sidebarApi';
import { runMenu, runSetup } from './addon';
import { schoolWithPairs } from './school';

const sheet = (emu: Emulator, name: string) => emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!;

describe('one sheet and header lookup for every action', () => {
  test.each(['Наставляемые ', 'НАСТАВЛЯЕМЫЕ', ' наставляемые'])(
    'a bank renamed «%s»: setup, the sidebar and the pairs order all still find it',
    (renamed) => {
      const emu = schoolWithPairs(2);
      sheet(emu, 'Наставляемые').setName(renamed);
      expect(runSetup(emu)).not.toContain('Создан');
      const data = emu.callFromSidebar('getSidebarData') as SidebarData;
      expect(data.ready).toBe(true);
      expect(data.mentees.map((m) => m.id)).toEqual(['НЯ-0001', 'НЯ-0002']);
      expect(runMenu(emu, 'runPairsOrder')).toContain('Сформирован приказ');
    },
  );

  test('a missing bank: the sidebar and the order say which sheet and what to do, in Russian', () => {
    const emu = schoolWithPairs(1);
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(sheet(emu, 'Наставляемые'));
    const data = emu.callFromSidebar('getSidebarData') as SidebarData;
    expect(data.ready).toBe(false);
    expect(data.message).toBe(
      'В таблице нет листа «Наставляемые». Выберите в меню «Наставничество» пункт «Создать или проверить реестр»: он создаст лист, ничего не удалив.',
    );
    expect(runMenu(emu, 'runPairsOrder')).toContain('В таблице нет листа «Наставляемые»');
  });

  test('headers moved to row 2: no blank records, but a message naming the sheet and the headers', () => {
    const emu = schoolWithPairs(1);
    // The curator inserted a title row above the headers.
    const mentors = sheet(emu, 'Наставники');
    const grid = mentors.getDataRange().getValues();
    mentors.getRange(2, 1, grid.length, grid[0].length).setValues(grid);
    mentors.getRange(1, 1, 1, grid[0].length).setValues([grid[0].map((_, i) => (i === 0 ? 'Банк наставников' : ''))]);
    const data = emu.callFromSidebar('getSidebarData') as SidebarData;
    expect(data.ready).toBe(false);
    expect(data.message).toMatch(/^В первой строке листа «Наставники» нет заголовков «ID», «ФИО»/);
    expect(() => emu.callFromSidebar('rankMentorsFor', 'НЯ-0001')).toThrow('В первой строке листа «Наставники»');
  });
});

import { chartSpecs, conditionalFormatFor, docToText, type Emulator } from '../../emulator';
import { values } from './addon';
import { runMenu } from './forms';
import { consentDate, fill, records, schoolWithPairs } from './school';

function roadmap(emu: Emulator) {
  return records(emu, 'Дорожная карта');
}

describe('the roadmap through build/Code.js', () => {
  test('the template fills an empty sheet with every stage inside the school year; again: nothing doubled', () => {
    const emu = schoolWithPairs(2);
    expect(runMenu(emu, 'runFillRoadmap')).toContain('Дорожная карта заполнена по шаблону');
    const rows = roadmap(emu);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(rows.map((r) => r['Этап'])).size).toBe(9);
    for (const row of rows) {
      const from = row['Начало'] as Date;
      const to = row['Окончание'] as Date;
      expect(from.getTime()).toBeGreaterThanOrEqual(new Date(2026, 8, 1).getTime());
      expect(to.getTime()).toBeLessThanOrEqual(new Date(2027, 4, 31).getTime());
      expect(from.getTime()).toBeLessThanOrEqual(to.getTime());
      expect(['не начато', 'в работе', 'выполнено', 'просрочено']).toContain(row['Статус']);
    }
    expect(runMenu(emu, 'runFillRoadmap')).toContain('уже есть все мероприятия');
    expect(roadmap(emu)).toHaveLength(rows.length);
  });

  test('a deleted activity comes back after the curator agrees', () => {
    const emu = schoolWithPairs(1);
    runMenu(emu, 'runFillRoadmap');
    const before = roadmap(emu).length;
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Дорожная карта')!;
    sheet.deleteRows(3, 1);
    emu.state.ui.script.push({ button: 'YES' }, { button: 'OK' });
    emu.call('runFillRoadmap');
    expect(emu.state.ui.dialogs.at(-2)!.prompt).toContain('Добавить их в конец листа?');
    expect(roadmap(emu)).toHaveLength(before);
  });

  test('statuses follow the clock and the register; overdue rows are highlighted', () => {
    const emu = schoolWithPairs(2);
    runMenu(emu, 'runFillRoadmap');
    const early = roadmap(emu);
    expect(early.some((r) => r['Статус'] === 'просрочено')).toBe(false);
    // The demo pairs have consents: the banks and the pairs are formed.
    expect(early.filter((r) => r['Статус'] === 'выполнено').length).toBeGreaterThan(0);

    emu.env.clock.set(new Date('2027-03-01T09:00:00+03:00'));
    const report = runMenu(emu, 'runRefreshRoadmap');
    // Progress by stage is reported: every stage with its done, total and overdue.
    expect(report).toContain('Выполнение по этапам:');
    expect(report).toMatch(/: выполнено \d+ из \d+, просрочено \d+/);
    const later = roadmap(emu);
    const overdue = later.findIndex((r) => r['Статус'] === 'просрочено');
    expect(overdue).toBeGreaterThanOrEqual(0);
    const statusCol = values(emu, 'Дорожная карта')[0].indexOf('Статус') + 1;
    const format = conditionalFormatFor(emu.state, 'Дорожная карта', overdue + 2, statusCol);
    expect(format).toMatchObject({ background: '#f4c7c3' });
    // A status the curator types stays theirs.
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Дорожная карта')!;
    sheet.getRange(overdue + 2, statusCol).setValue('выполнено');
    runMenu(emu, 'runRefreshRoadmap');
    expect(roadmap(emu)[overdue]['Статус']).toBe('выполнено');
  });
});

describe('monitoring through build/Code.js', () => {
  test('indicators of a hand-checked register, charts made once, the municipal table', () => {
    const emu = schoolWithPairs(3);
    fill(emu, 'Наставляемые', [
      {
        ID: 'НЯ-0099',
        ФИО: 'Ждущая Пары Анна',
        'Возрастная группа': 'до 25 лет',
        'Категория наставляемого': 'молодой специалист',
        Статус: 'ожидает пару',
        'Согласие на обработку ПДн: дата': consentDate,
      },
    ]);
    expect(runMenu(emu, 'runUpdateMonitoring')).toContain('Мониторинг обновлён');
    const byCode = new Map(records(emu, 'Мониторинг').map((r) => [r['Код'], r['Значение']]));
    expect(byCode.get('mentors.total')).toBe(3); // three mentors, all active
    expect(byCode.get('mentees.total')).toBe(4); // three in pairs and one waiting
    expect(byCode.get('pairs.status:закреплена')).toBe(3);
    expect(byCode.get('mentees.waiting')).toBe(1); // Ждущая Пары Анна
    const charts = chartSpecs(emu.state.spreadsheet, 'Мониторинг');
    expect(charts.length).toBe(6);
    runMenu(emu, 'runUpdateMonitoring');
    expect(chartSpecs(emu.state.spreadsheet, 'Мониторинг')).toHaveLength(6);
    const municipal = values(emu, 'Сведения о наставниках и наставляемых').map((r) => r.join(' | '));
    expect(municipal.some((line) => line.startsWith('до 25 лет'))).toBe(true);
    expect(municipal.some((line) => line.includes('до 35 лет'))).toBe(true);
  });

  test('site materials name only mentors who consented to publication, and no mentee', () => {
    const emu = schoolWithPairs(2);
    const mentors = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Наставники')!;
    const col = values(emu, 'Наставники')[0].indexOf('Согласие на распространение ПДн: дата') + 1;
    mentors.getRange(2, col).setValue(consentDate);
    expect(runMenu(emu, 'runSiteMaterials')).toContain('Материалы для сайта');
    const text = docToText(Object.values(emu.state.docs.documents).at(-1)!);
    expect(text).toContain('Наставникова0 Анна Ивановна');
    expect(text).not.toContain('Наставникова1');
    expect(text).not.toContain('Молодой');
  });
});

describe('«Что скоро»', () => {
  test('roadmap items due in 14 days and overdue, pairs ending within a month, pairs without a programme, people without consent', () => {
    const emu = schoolWithPairs(2);
    runMenu(emu, 'runFillRoadmap');
    fill(emu, 'Наставляемые', [{ ID: 'НЯ-0050', ФИО: 'Без Согласия Олег', Статус: 'ожидает пару' }]);
    emu.env.clock.set(new Date('2027-05-10T09:00:00+03:00'));
    const soon = emu.callFromSidebar('getUpcoming') as import('../../src/app/sidebarApi').UpcomingView;
    expect(soon.roadmapOverdue.length).toBeGreaterThan(0);
    expect(soon.roadmapDue.every((r) => r.to >= '2027-05-10' && r.to <= '2027-05-24')).toBe(true);
    expect(soon.pairsEnding.map((p) => p.id)).toEqual(['П-0001', 'П-0002']); // both end on 31.05.2027
    expect(soon.pairsWithoutProgramme.map((p) => p.id)).toEqual(['П-0001', 'П-0002']);
    expect(soon.peopleWithoutConsent).toEqual([{ id: 'НЯ-0050', fullName: 'Без Согласия Олег', state: 'missing' }]);
  });
});

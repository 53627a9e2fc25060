/**
 * Co-editors: the add-on's actions run while a person edits the same workbook. The document
 * lock keeps other executions out, not people; so each test lets a person type into the sheet
 * before one service call of the action (the emulator's `onCall` hook), for every call in
 * turn, and checks what the action may and may not do to that edit:
 * - a cell the person changed is never written back with the value the action read;
 * - a cell the action meant to change, changed by the person after the action read it, is left
 *   as they typed it and reported with sheet, row and column (dialog, «Журнал», sidebar);
 * - appended rows go after the last non-empty row at the time of writing, never over a row the
 *   person typed.
 */
import { applyUserEdit, Emulator, gridValues } from '../../emulator';
import { header, loadAddOn, runMenu, runSetup, values } from './addon';
import { formIdByTitle, menteeAnswers } from './forms';

const BANK = 'Наставляемые';

/** The column of a header, 1-based. */
function column(emu: Emulator, sheet: string, title: string): number {
  const at = header(emu, sheet).indexOf(title);
  if (at < 0) throw new Error(`no column «${title}» in «${sheet}»`);
  return at + 1;
}

/** A person typing into a cell (1-based row and column), as the Sheets UI stores it. */
function type(emu: Emulator, sheet: string, row: number, col: number, input: unknown): void {
  const refused = applyUserEdit(emu.state.spreadsheet, sheet, row, col, input);
  if (refused !== null) throw new Error(refused);
}

/** «Журнал»'s details column, as one text. */
function journal(emu: Emulator): string {
  return values(emu, 'Журнал')
    .map((r) => String(r[3] ?? ''))
    .join('\n');
}

/** The first row of a sheet with nothing in it, as a person scrolling down would see it. */
function firstBlankRow(emu: Emulator, sheet: string): number {
  const grid = gridValues(emu.state.spreadsheet, sheet);
  let last = 0;
  grid.forEach((r, i) => {
    if (r.some((c) => c !== '' && c !== null)) last = i + 1;
  });
  return last + 1;
}

const teachers = ['Андреева Вера', 'Борисова Галина', 'Власова Дарья'].map((name, i) => ({
  name,
  email: `t${i}@school.example`,
}));

/**
 * Three mentees in the bank: Андреева and Власова from their answers (rows 2 and 4, by the
 * trigger), Борисова typed in by the curator between them (row 3, no answer). The trigger is
 * then removed, and second answers wait for the menu's sync: Андреева and Власова changed their
 * experience and subject; a fourth teacher answered for the first time.
 */
function bankAwaitingSync(): string {
  const emu = loadAddOn();
  runSetup(emu);
  runMenu(emu, 'runCreateQuestionnaires');
  const form = formIdByTitle(emu, 'Анкета наставляемого');
  const [first, byHand, third] = teachers;
  emu.submitForm(form, menteeAnswers({ ...first, experience: '1' }), { email: first.email });
  const cells: Record<string, unknown> = {
    ID: 'НЯ-0002',
    ФИО: byHand.name,
    'Предмет (направление)': 'Математика',
    'Педагогический стаж, лет': 1,
    'E-mail': byHand.email,
    Статус: 'ожидает пару',
  };
  for (const [title, value] of Object.entries(cells)) type(emu, BANK, 3, column(emu, BANK, title), value);
  emu.submitForm(form, menteeAnswers({ ...third, experience: '1' }), { email: third.email });
  const scriptApp = emu.globals.ScriptApp;
  for (const trigger of scriptApp.getProjectTriggers()) scriptApp.deleteTrigger(trigger);
  emu.env.clock.advance(3600 * 1000);
  for (const t of [teachers[0], teachers[2]]) {
    emu.submitForm(form, menteeAnswers({ ...t, experience: '5', subject: 'Физика' }), { email: t.email });
  }
  emu.submitForm(form, menteeAnswers({ name: 'Гусева Елена', email: 'new@school.example' }), { email: 'new@school.example' });
  return emu.snapshot();
}

/** What reads the sheet's content (a look that would see a person's edit). */
const READS = new Set(['Range.getValues', 'Range.getFormulas', 'Range.getDisplayValues', 'Sheet.getLastRow']);

/**
 * The calls before which an edit cannot be seen by any program: from there to the next
 * setValues nothing reads the sheet (Sheets has no compare-and-set; the add-on's last look is
 * right before its write). Numbered from 1, like `onCall`'s index.
 */
function blindCalls(keys: readonly string[]): Set<number> {
  const blind = new Set<number>();
  keys.forEach((_, i) => {
    for (let j = i; j < keys.length; j++) {
      if (READS.has(keys[j])) return;
      if (keys[j] === 'Range.setValues') {
        blind.add(i + 1);
        return;
      }
    }
  });
  return blind;
}

/** The service calls of one menu sync over that workbook, in order. */
function syncCalls(snapshot: string): string[] {
  const emu = new Emulator({ snapshot }).load();
  const keys: string[] = [];
  emu.onCall = ({ key }) => void keys.push(key);
  runMenu(emu, 'runSyncBanks');
  emu.onCall = null;
  return keys;
}

/** One menu sync with `edit` made before its `stopAt`-th service call. */
function syncWithEdit(snapshot: string, stopAt: number, edit: (emu: Emulator) => void): { emu: Emulator; dialog: string } {
  const emu = new Emulator({ snapshot }).load();
  emu.onCall = ({ index }) => {
    if (index === stopAt) edit(emu);
  };
  const dialog = runMenu(emu, 'runSyncBanks');
  emu.onCall = null;
  return { emu, dialog };
}

describe('a bank sync while someone edits the bank', () => {
  const snapshot = bankAwaitingSync();
  const keys = syncCalls(snapshot);
  const calls = keys.length;
  const blind = blindCalls(keys);

  test('without anyone editing, the sync updates rows 2 and 4 and appends the new teacher', () => {
    const emu = new Emulator({ snapshot }).load();
    runMenu(emu, 'runSyncBanks');
    const experience = column(emu, BANK, 'Педагогический стаж, лет');
    const bank = values(emu, BANK);
    expect(bank.slice(1).map((r) => [r[0], r[column(emu, BANK, 'ФИО') - 1], r[experience - 1]])).toEqual([
      ['НЯ-0001', 'Андреева Вера', 5],
      ['НЯ-0002', 'Борисова Галина', 1],
      ['НЯ-0003', 'Власова Дарья', 5],
      ['НЯ-0004', 'Гусева Елена', 1],
    ]);
    expect(calls).toBeGreaterThan(20);
    // Each write is preceded by its look at the sheet: an edit is unseen only in the call or
    // two between that look and the write (a getRange, the setValues), per write.
    expect(blind.size).toBeLessThanOrEqual(2 * keys.filter((k) => k === 'Range.setValues').length);
  });

  test('a cell the sync would change, typed over after its read, is left and reported (sheet, row, column) in the dialog and «Журнал»; never reverted', () => {
    let reported = 0;
    for (let stopAt = 1; stopAt <= calls; stopAt++) {
      let experience = 0;
      const { emu, dialog } = syncWithEdit(snapshot, stopAt, (e) => {
        experience = column(e, BANK, 'Педагогический стаж, лет');
        type(e, BANK, 2, experience, 7);
      });
      const cell = values(emu, BANK)[1][experience - 1];
      // Typed before the read: the answer wins (the sync read 7 and applied the answer);
      // typed after the write: 7 stays. Never the value both started from.
      expect({ stopAt, ok: cell === 7 || cell === 5 }).toEqual({ stopAt, ok: true });
      const line =
        'Лист «Наставляемые», строка 2, столбец «Педагогический стаж, лет»: пока выполнялось действие, значение изменили на «7»; оно оставлено как есть, «5» не записано.';
      if (dialog.includes(line)) {
        reported++;
        expect({ stopAt, cell }).toEqual({ stopAt, cell: 7 });
        expect(journal(emu)).toContain(line);
        expect(dialog).toContain('Проверьте эти ячейки и при необходимости повторите действие.');
        // The other changes of that sync were made.
        expect(values(emu, BANK)[3][experience - 1]).toBe(5);
      }
    }
    // The window between the bank's read and its write is a few calls wide: each was caught.
    expect(reported).toBeGreaterThan(0);
  });

  test('a cell between two changed rows, typed over at any moment, is never written back with its old value', () => {
    for (let stopAt = 1; stopAt <= calls; stopAt++) {
      let cols: number[] = [];
      const { emu } = syncWithEdit(snapshot, stopAt, (e) => {
        // Row 3 (typed by the curator, no answer) lies between rows 2 and 4, which the sync
        // changes in these two columns.
        cols = [column(e, BANK, 'Педагогический стаж, лет'), column(e, BANK, 'Предмет (направление)')];
        type(e, BANK, 3, cols[0], 12);
        type(e, BANK, 3, cols[1], 'Химия');
      });
      const row3 = values(emu, BANK)[2];
      if (blind.has(stopAt)) continue;
      expect({ stopAt, row3: cols.map((c) => row3[c - 1]) }).toEqual({ stopAt, row3: [12, 'Химия'] });
    }
  });

  test('a row typed below the last one while the sync runs is kept; the new answer goes after it', () => {
    for (let stopAt = 1; stopAt <= calls; stopAt++) {
      let typedAt = 0;
      const { emu } = syncWithEdit(snapshot, stopAt, (e) => {
        typedAt = firstBlankRow(e, BANK);
        type(e, BANK, typedAt, column(e, BANK, 'ФИО'), 'Вписана вручную');
        type(e, BANK, typedAt, column(e, BANK, 'E-mail'), 'hand@school.example');
      });
      const names = values(emu, BANK)
        .slice(1)
        .map((r) => String(r[column(emu, BANK, 'ФИО') - 1]))
        .filter(Boolean);
      if (blind.has(stopAt)) continue;
      // Each once, the hand-typed row where it was typed: nothing written over it.
      expect({ stopAt, names: [...names].sort() }).toEqual({
        stopAt,
        names: ['Андреева Вера', 'Борисова Галина', 'Власова Дарья', 'Вписана вручную', 'Гусева Елена'],
      });
      expect({ stopAt, typed: values(emu, BANK)[typedAt - 1][column(emu, BANK, 'E-mail') - 1] }).toEqual({
        stopAt,
        typed: 'hand@school.example',
      });
    }
  });
});

describe('a sidebar action while someone edits the register', () => {
  /** The mentees of the sync above, a mentor, no pairs: the sidebar pairs Андреева with Петрова. */
  function registerForPairing(): string {
    const emu = new Emulator({ snapshot: bankAwaitingSync() }).load();
    runMenu(emu, 'runSyncBanks');
    const mentors = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Наставники')!;
    const head = header(emu, 'Наставники');
    const row = new Array(head.length).fill('');
    const put = (title: string, value: unknown) => {
      row[head.indexOf(title)] = value;
    };
    put('ID', 'НТ-0001');
    put('ФИО', 'Петрова Анна Ивановна');
    put('Предмет', 'Физика');
    put('Педагогический стаж, лет', 20);
    put('Статус', 'активен');
    mentors.getRange(2, 1, 1, row.length).setValues([row]);
    return emu.snapshot();
  }

  test('«создать пару»: a mentee status someone changed after the read is left, and the sidebar says so', () => {
    const snapshot = registerForPairing();
    const probe = new Emulator({ snapshot }).load();
    const request = {
      mentorId: 'НТ-0001',
      menteeIds: ['НЯ-0001'],
      form: 'педагог — педагог',
      kind: 'индивидуальная',
      goal: 'Адаптация',
      start: '2026-09-01',
      plannedEnd: '2027-05-31',
    };
    probe.resetCounts();
    probe.callFromSidebar('createPair', request);
    const calls = probe.totalCalls();
    let noticed = 0;
    for (let stopAt = 1; stopAt <= calls; stopAt++) {
      const emu = new Emulator({ snapshot }).load();
      let status = 0;
      emu.onCall = ({ index }) => {
        if (index !== stopAt) return;
        status = column(emu, BANK, 'Статус');
        type(emu, BANK, 2, status, 'выбыл');
      };
      let data: { notice?: string } | null = null;
      try {
        data = emu.callFromSidebar('createPair', request) as { notice?: string };
      } catch {
        // Typed before the read, «выбыл» may refuse the pair: nothing to check then.
      }
      emu.onCall = null;
      const cell = values(emu, BANK)[1][status - 1];
      expect({ stopAt, ok: cell === 'выбыл' || cell === 'в паре' }).toEqual({ stopAt, ok: true });
      if (data?.notice) {
        noticed++;
        expect(cell).toBe('выбыл');
        expect(data.notice).toContain(
          'Лист «Наставляемые», строка 2, столбец «Статус»: пока выполнялось действие, значение изменили на «выбыл»; оно оставлено как есть, «в паре» не записано.',
        );
        expect(journal(emu)).toContain('строка 2, столбец «Статус»: пока выполнялось действие');
      }
    }
    expect(noticed).toBeGreaterThan(0);
  });
});

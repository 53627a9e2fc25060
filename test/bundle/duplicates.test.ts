/**
 * Likely duplicates through build/Code.js: the same teacher answering from a second address
 * is listed in the sidebar, never proposed twice, and «Объединить» makes one person of the two
 * rows with both addresses, both histories and one ID.
 */
import { Emulator } from '../../emulator';
import type { ProposalView, SidebarData } from '../../src/app/sidebarApi';
import { runMenu, values } from './addon';
import { formIdByTitle, menteeAnswers } from './forms';
import { consentDate, fill, records, schoolWithSettings } from './school';
import { ending } from './stopAnywhere';

const DAY = 24 * 3600 * 1000;
const vera = { name: 'Андреева Вера Андреевна', email: 'vera@school.example' };
const home = 'vera.home@mail.example';

/** Вера answered from her school address, then from her own: two rows today. A free mentor. */
function twoVeras(): Emulator {
  const emu = schoolWithSettings();
  runMenu(emu, 'runCreateQuestionnaires');
  const form = formIdByTitle(emu, 'Анкета наставляемого');
  emu.submitForm(form, menteeAnswers({ ...vera, experience: '1' }), { email: vera.email });
  emu.env.clock.advance(DAY);
  emu.submitForm(form, menteeAnswers({ ...vera, email: home, experience: '2', wishedMentor: 'Громова Н.В.' }), { email: home });
  runMenu(emu, 'runSyncBanks');
  fill(emu, 'Наставники', [
    {
      ID: 'НТ-0001',
      ФИО: 'Громова Нина Викторовна',
      Должность: 'учитель',
      'Предмет (направление)': 'Математика',
      Статус: 'активен',
      'Наибольшее число наставляемых': 3,
      'Согласие на обработку ПДн: дата': consentDate,
    },
  ]);
  return emu;
}

const sidebar = (emu: Emulator) => emu.callFromSidebar('getSidebarData') as SidebarData;

describe('likely duplicates', () => {
  test('listed in the sidebar, proposed once, merged into the older row keeping both addresses and histories', () => {
    const emu = twoVeras();
    expect(records(emu, 'Наставляемые').map((m) => [m.ID, m['E-mail']])).toEqual([
      ['НЯ-0001', vera.email],
      ['НЯ-0002', home],
    ]);
    const data = sidebar(emu);
    expect(data.duplicates).toEqual([
      {
        olderId: 'НЯ-0001',
        newerId: 'НЯ-0002',
        text: `НЯ-0002 ${vera.name} — вероятно, тот же человек, что НЯ-0001 ${vera.name} (то же ФИО).`,
      },
    ]);

    // «Подобрать всех» proposes her once; the other row waits for the merge.
    const proposal = emu.callFromSidebar('proposeAll', []) as ProposalView;
    expect(proposal.proposals.map((p) => p.menteeId)).toEqual(['НЯ-0001']);
    expect(proposal.unmatched).toEqual([
      { menteeId: 'НЯ-0002', menteeName: vera.name, reason: 'вероятно, тот же человек, что НЯ-0001: объедините записи' },
    ]);

    // The newer row has a pair and a consent of its own: they move to the older.
    emu.callFromSidebar('recordConsent', { kind: 'data', personId: 'НЯ-0002', date: '2026-08-28' });
    fill(emu, 'Пары', [{ ID: 'П-0001', 'ID наставника': 'НТ-0001', 'ID наставляемых': 'НЯ-0002', Статус: 'проект' }]);

    const merged = emu.callFromSidebar('mergePeople', { olderId: 'НЯ-0001', newerId: 'НЯ-0002' }) as SidebarData;
    expect(merged.notice).toContain('Лист «Наставляемые»: НЯ-0002 объединён(а) с НЯ-0001');
    expect(merged.duplicates).toEqual([]);
    const [one, ...rest] = records(emu, 'Наставляемые');
    expect(rest).toEqual([]);
    expect(one).toMatchObject({
      ID: 'НЯ-0001',
      'E-mail': vera.email,
      'Другие адреса e-mail': home,
      'Педагогический стаж, лет': 1,
      'Желаемый наставник': 'Громова Н.В.',
    });
    expect(one['Согласие на обработку ПДн: дата']).toBeInstanceOf(Date);
    expect(records(emu, 'Пары')[0]).toMatchObject({ ID: 'П-0001', 'ID наставляемых': 'НЯ-0001' });
    expect(
      values(emu, 'Журнал')
        .map((r) => String(r[2]))
        .at(-1),
    ).toBe('Объединение записей');

    // Asked again: nothing more to do, said so.
    expect((emu.callFromSidebar('mergePeople', { olderId: 'НЯ-0001', newerId: 'НЯ-0002' }) as SidebarData).notice).toBe(
      'НЯ-0002 уже объединён(а) с НЯ-0001.',
    );

    // Her next answer from the second address updates the one row, her school address kept.
    emu.env.clock.advance(DAY);
    emu.submitForm(formIdByTitle(emu, 'Анкета наставляемого'), menteeAnswers({ ...vera, email: home, experience: '4' }), {
      email: home,
    });
    runMenu(emu, 'runSyncBanks');
    expect(records(emu, 'Наставляемые').map((m) => [m.ID, m['E-mail'], m['Педагогический стаж, лет']])).toEqual([
      ['НЯ-0001', vera.email, 4],
    ]);
  });

  test('a one-letter typo with the same position and subject is listed; merging a row of the other bank is refused', () => {
    const emu = schoolWithSettings();
    runMenu(emu, 'runCreateQuestionnaires');
    const form = formIdByTitle(emu, 'Анкета наставляемого');
    emu.submitForm(form, menteeAnswers(vera), { email: vera.email });
    emu.submitForm(form, menteeAnswers({ name: 'Андреева Вера Андревна', email: home }), { email: home });
    runMenu(emu, 'runSyncBanks');
    expect(sidebar(emu).duplicates?.map((d) => d.text)).toEqual([
      'НЯ-0002 Андреева Вера Андревна — вероятно, тот же человек, что НЯ-0001 Андреева Вера Андреевна (ФИО отличается одной буквой, та же должность и предмет).',
    ]);
    expect(() => emu.callFromSidebar('mergePeople', { olderId: 'НТ-0001', newerId: 'НЯ-0002' })).toThrow(
      'НТ-0001 и НЯ-0002 — в разных листах',
    );
    expect(() => emu.callFromSidebar('mergePeople', { olderId: 'НЯ-0001' })).toThrow();
  });

  test('stopped at every call and run again: the same sheets as a merge never stopped', () => {
    const snapshot = twoVeras().snapshot();
    const fresh = () => new Emulator({ snapshot }).load();
    const merge = (emu: Emulator) => emu.callFromSidebar('mergePeople', { olderId: 'НЯ-0001', newerId: 'НЯ-0002' });
    const reference = fresh();
    reference.resetCounts();
    merge(reference);
    const calls = reference.totalCalls();
    const expected = ending(reference);
    expect(calls).toBeGreaterThan(5);
    for (let stopAt = 1; stopAt < calls; stopAt++) {
      const emu = fresh();
      emu.executionClock = { callCostMs: 1000, limitMs: stopAt * 1000 - 1 };
      expect(() => merge(emu)).toThrow('Exceeded maximum execution time');
      emu.executionClock = { callCostMs: 0, limitMs: 6 * 60 * 1000 };
      merge(emu);
      expect(ending(emu)).toEqual(expected);
    }
  });
});

/**
 * Files printed for many and the .docx archive copies, through build/Code.js: the menu asks,
 * «Да» makes one Google Doc with a section per pair (each numbered from 1), every subject's
 * row in «Документы» links it; «Нет» a file each; «Отмена» nothing. Made again, stopped at any
 * service call and run again: one live file. «Копии .docx для архива» = «да» keeps a .docx
 * beside each Doc, replaced with it.
 */
import { docToText, type Emulator } from '../../emulator';
import { runMenu } from './addon';
import { records, schoolWithPairs, setSetting } from './school';

const DOC = 'application/vnd.google-apps.document';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const live = (emu: Emulator, mimeType = DOC) => emu.state.drive.files.filter((f) => !f.trashed && f.mimeType === mimeType);
const programmeRows = (emu: Emulator) =>
  records(emu, 'Документы').filter((r) => r['Вид документа'] === 'Персонализированная программа');
const linkedId = (row: Record<string, unknown>) => /\/d\/([^/]+)\//.exec(String(row['Ссылка на документ']))?.[1];

describe('programmes printed as one file', () => {
  test('«Да»: one Doc, a section per pair, each numbered from 1; every pair’s row links it', () => {
    const emu = schoolWithPairs(5);
    const text = runMenu(emu, 'runProgrammes', [{ button: 'YES' }]);
    expect(text).toContain('одним файлом для печати');
    expect(text).toContain('готово, документов — 5');
    const [file] = live(emu);
    expect(live(emu)).toHaveLength(1);
    expect(file!.name).toBe('Персонализированные программы, 5 (П-0001 — П-0005)');
    const doc = emu.state.docs.documents[file!.id]!;
    const breaks = doc.body.filter((c) => c.kind === 'sectionBreak');
    expect(breaks).toHaveLength(4);
    // Each next pair's programme is numbered from 1, its first page without a number.
    for (const b of breaks) expect(b).toMatchObject({ pageNumberStart: 1 });
    expect(doc.differentFirstPage).toBe(true);
    for (let i = 0; i < 5; i++) expect(docToText(doc)).toContain(`Наставникова${i}`);
    const rows = programmeRows(emu);
    expect(rows.map((r) => r['Для кого (ID или учебный год)'])).toHaveLength(5);
    expect(new Set(rows.map(linkedId))).toEqual(new Set([file!.id]));
  });

  test('«Нет»: a file per pair; «Отмена»: nothing is made', () => {
    const emu = schoolWithPairs(3);
    expect(runMenu(emu, 'runProgrammes', [{ button: 'CANCEL' }])).toContain('Ничего не изменено.');
    expect(live(emu)).toHaveLength(0);
    runMenu(emu, 'runProgrammes', [{ button: 'NO' }]);
    expect(live(emu)).toHaveLength(3);
    expect(new Set(programmeRows(emu).map(linkedId)).size).toBe(3);
  });

  test('made again: a new file replaces the printed one; one pair’s own programme leaves the others on the printed file', () => {
    const emu = schoolWithPairs(4);
    runMenu(emu, 'runProgrammes', [{ button: 'YES' }]);
    const [first] = live(emu);
    emu.env.clock.advance(60_000);
    runMenu(emu, 'runProgrammes', [{ button: 'YES' }]);
    const [second] = live(emu);
    expect(live(emu)).toHaveLength(1);
    expect(second!.id).not.toBe(first!.id);
    expect(emu.state.drive.files.find((f) => f.id === first!.id)!.trashed).toBe(true);

    emu.callFromSidebar('generateDocuments', { kind: 'programme', ids: ['П-0002'] });
    expect(live(emu)).toHaveLength(2);
    const byPair = new Map(programmeRows(emu).map((r) => [String(r['Для кого (ID или учебный год)']), linkedId(r)]));
    const ids = [...byPair.values()];
    expect(ids.filter((id) => id === second!.id)).toHaveLength(3);
  });

  test('stopped at any service call and run again: one live printed file, every row linking it', () => {
    const probe = schoolWithPairs(4);
    probe.resetCounts();
    runMenu(probe, 'runProgrammes', [{ button: 'YES' }]);
    const calls = probe.totalCalls();
    let stops = 0;
    for (let stopAt = 1; stopAt < calls; stopAt += 3) {
      const emu = schoolWithPairs(4);
      emu.executionClock = { callCostMs: 1000, limitMs: stopAt * 1000 - 1 };
      expect(() => runMenu(emu, 'runProgrammes', [{ button: 'YES' }])).toThrow('Exceeded maximum execution time');
      emu.executionClock = { callCostMs: 0, limitMs: 6 * 60 * 1000 };
      // An unfinished job goes on without asking; with none (stopped before it was saved) the menu asks again.
      const pending = Object.keys(emu.state.properties.document ?? {}).includes('batch.docs.programme');
      runMenu(emu, 'runProgrammes', pending ? [] : [{ button: 'YES' }]);
      const files = live(emu);
      const rows = programmeRows(emu);
      expect({ stopAt, files: files.length, rows: rows.length }).toEqual({ stopAt, files: 1, rows: 4 });
      expect({ stopAt, linked: new Set(rows.map(linkedId)) }).toEqual({ stopAt, linked: new Set([files[0]!.id]) });
      stops++;
    }
    expect(stops).toBeGreaterThan(3);
  });
});

describe('«Копии .docx для архива»', () => {
  test('«да»: a .docx beside each Doc, named after it; made again, the old copy goes with the old Doc', () => {
    const emu = schoolWithPairs(2);
    setSetting(emu, 'Копии .docx для архива', 'да');
    runMenu(emu, 'runPairsOrder');
    const [doc] = live(emu);
    const [copy] = live(emu, DOCX);
    expect(copy!.name).toBe(`${doc!.name}.docx`);
    expect(copy!.parentId).toBe(doc!.parentId);
    runMenu(emu, 'runPairsOrder');
    expect(live(emu)).toHaveLength(1);
    expect(live(emu, DOCX)).toHaveLength(1);
    expect(live(emu, DOCX)[0]!.id).not.toBe(copy!.id);
  });

  test('a printed file made again under another name (a pair more): the old copy goes too', () => {
    const emu = schoolWithPairs(3);
    setSetting(emu, 'Копии .docx для архива', 'да');
    const stop = { status: 'прекращена', reason: 'по решению куратора: программа не выполняется' };
    emu.callFromSidebar('setPairStatus', { pairId: 'П-0003', ...stop });
    runMenu(emu, 'runProgrammes', [{ button: 'YES' }]);
    const first = 'Персонализированные программы, 2 (П-0001 — П-0002)';
    expect(live(emu, DOCX).map((f) => f.name)).toEqual([`${first}.docx`]);
    // A new pair: the group printed next is named for three pairs, and replaces the first file whole.
    const terms = {
      form: 'педагог – педагог',
      kind: 'традиционное',
      goal: 'Адаптация',
      start: '2026-10-01',
      plannedEnd: '2027-05-31',
    };
    emu.callFromSidebar('createPair', { mentorId: 'НТ-0003', menteeIds: ['НЯ-0003'], ...terms });
    emu.env.clock.advance(60_000);
    runMenu(emu, 'runProgrammes', [{ button: 'YES' }]);
    const second = 'Персонализированные программы, 3 (П-0001 — П-0004)';
    expect(live(emu).map((f) => f.name)).toEqual([second]);
    expect(live(emu, DOCX).map((f) => f.name)).toEqual([`${second}.docx`]);
  });

  test('«нет» (as set up): no copies', () => {
    const emu = schoolWithPairs(2);
    runMenu(emu, 'runPairsOrder');
    expect(live(emu)).toHaveLength(1);
    expect(live(emu, DOCX)).toHaveLength(0);
  });
});

/**
 * Batches of documents continued by the curator's next action (the same menu item, or
 * «Продолжить» in the sidebar), never by a trigger: stopped at random points they still end
 * with every document made exactly once and recorded in «Документы» — a file per person (the
 * menu's «одним файлом для печати?» answered «Нет») or one file printed for many («Да»).
 * Each document is one Drive conversion of a .docx: 2 s a conversion (the assumption)
 * is what makes a batch of 300 outlast one execution.
 */
import { docToText, type Emulator, EXCEEDED_MESSAGE } from '../../emulator';
import { DOC_BATCH, DOCUMENT_KIND_LABELS } from '../../src/i18n/documents';
import {
  type BatchAnswer,
  continueFromSidebar as continueConsents,
  documentRows,
  documentsMenu,
  journalLines,
  linkedIds,
  liveFiles,
  pendingJobs,
} from './batchSteps';
import { fill, schoolWithoutConsents, schoolWithSettings } from './school';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = 300;
const LABEL = DOCUMENT_KIND_LABELS.dataConsent;
/** Whether the answer says that the day's documents are spent (after however many). */
const saysQuota = (answer: string) =>
  answer.split('\n')[0] === DOC_BATCH.quota(LABEL, Number(/создано (\d+)/.exec(answer)?.[1]), PEOPLE);

/** 300 people without a consent; a Workspace account unless said (documents created: 1,500 a day). */
const schoolOf300 = (account: 'consumer' | 'workspace' = 'workspace') => schoolWithoutConsents(PEOPLE, { account });

/** Runs an execution; an execution stopped by the time limit is what the test wants to see. */
function attempt(run: () => void): 'done' | 'stopped' {
  try {
    run();
    return 'done';
  } catch (error) {
    if (String(error).includes(EXCEEDED_MESSAGE)) return 'stopped';
    throw error;
  }
}

const menu = (emu: Emulator) => documentsMenu(emu, 'runDataConsents');
const continueFromSidebar = (emu: Emulator) => continueConsents(emu, 'dataConsent');
const consentDocs = (emu: Emulator) => liveFiles(emu, 'Согласие на обработку персональных данных');
const consentRows = (emu: Emulator) => documentRows(emu, 'Согласие на обработку персональных данных');

describe('a batch of 300 consent documents stopped at random points, continued by the curator', () => {
  test.each(Array.from({ length: 20 }, (_, run) => run))(
    'run %i ends with exactly 300 documents, none twice, each recorded in «Документы», and a journal',
    (run) => {
      // A consumer account: 250 documents a day, so the day's quota stops the batch too.
      const emu = schoolOf300('consumer');
      const next = random(1000 + run);
      // Each service call costs 40–80 ms of emulated time and each conversion 1–3 s more; every
      // execution is stopped after a random 5 s to 400 s (some within the add-on's own
      // 4.5-minute budget, some not) — at a call, or right after a conversion, before its record.
      // The add-on records its new rows every 25 documents and when it stops itself.
      const stops: string[] = [];
      let executions = 0;
      let answer = '';
      const execute = (go: () => string, longestMs = 400_000) => {
        emu.executionClock = {
          callCostMs: 40 + Math.floor(next() * 40),
          conversionCostMs: 1000 + Math.floor(next() * 2000),
          limitMs: 5000 + Math.floor(next() * (longestMs - 5000)),
        };
        answer = '';
        stops.push(
          attempt(() => {
            answer = go();
          }),
        );
        executions++;
      };
      let quotaDays = 0;
      const finished = () => journalLines(emu).some((line) => line.includes(`готово, документов — ${PEOPLE}`));
      // The first execution is stopped within the add-on's budget (300 documents need more).
      execute(() => menu(emu), 4.5 * 60_000);
      // The curator comes back later (the next day, when told the quota is spent): the same
      // menu item, or «Продолжить» in the sidebar.
      while (!finished()) {
        expect(executions).toBeLessThan(400);
        if (saysQuota(answer)) {
          quotaDays++;
          emu.env.clock.advance(24 * 60 * 60_000);
        } else emu.env.clock.advance(Math.floor(next() * 60) * 60_000);
        execute(next() < 0.5 ? () => menu(emu) : () => continueFromSidebar(emu).lines.join('\n'));
      }
      expect(stops).toContain('stopped');
      expect(pendingJobs(emu)).toEqual([]);

      // One live file per person, no other of its name: a file a stopped execution made but did
      // not record was found by its name and trashed.
      const docs = consentDocs(emu);
      expect(docs).toHaveLength(PEOPLE);
      expect(new Set(docs.map((d) => d.name)).size).toBe(PEOPLE);
      expect(docs.every((d) => d.mimeType === 'application/vnd.google-apps.document')).toBe(true);
      // Every file is in «Документы», once, under its person.
      const rows = consentRows(emu);
      expect(rows).toHaveLength(PEOPLE);
      expect(new Set(rows.map((r) => r['Для кого (ID или учебный год)'])).size).toBe(PEOPLE);
      expect(linkedIds(rows)).toEqual(new Set(docs.map((d) => d.id)));
      // Nothing of it in properties, and no trigger was ever needed.
      expect(Object.keys(emu.state.properties.document ?? {}).filter((k) => k.startsWith('doc.'))).toEqual([]);
      expect(emu.state.script.triggers).toEqual([]);
      expect(quotaDays).toBeLessThanOrEqual(1);
    },
  );
});

describe('one file printed for many («Да»), stopped at random points, continued by the curator', () => {
  // Two files: 300 subjects (the most a file holds) and the 30 left.
  const SUBJECTS = 330;
  const GROUPS = [
    { first: 1, count: 300 },
    { first: 301, count: 30 },
  ];
  const idOf = (n: number) => `НЯ-${String(n).padStart(4, '0')}`;
  const printName = (group: { first: number; count: number }) =>
    DOC_BATCH.printFileName(LABEL, idOf(group.first), idOf(group.first + group.count - 1), group.count);

  test.each(Array.from({ length: 12 }, (_, run) => run))(
    'run %i ends with exactly one live file per group of ≤300, every row linking its group’s file',
    (run) => {
      const emu = schoolWithoutConsents(SUBJECTS, { account: 'workspace' });
      const next = random(2000 + run);
      // A file of 300 consents takes 2–20 s to convert; calls 40–80 ms; every execution is stopped
      // after a random 1 s to 60 s: while reading, right after a conversion (the file made but
      // not yet recorded), while recording or trashing — or it gets through.
      const stops: string[] = [];
      let executions = 0;
      const execute = (go: () => unknown, first = false) => {
        const conversionCostMs = 2000 + Math.floor(next() * 18_000);
        // The first execution is stopped before its second conversion ends (two need more time).
        const longestMs = first ? 1000 + conversionCostMs : 60_000;
        emu.executionClock = {
          callCostMs: 40 + Math.floor(next() * 40),
          conversionCostMs,
          limitMs: 1000 + Math.floor(next() * (longestMs - 1000)),
        };
        stops.push(attempt(() => void go()));
        executions++;
      };
      const finished = () => journalLines(emu).some((entry) => entry.split('\n').includes(DOC_BATCH.finished(LABEL, SUBJECTS)));
      // «Да» the first time; once a batch is pending the menu asks nothing and goes on printing
      // (documentsMenu checks both).
      execute(() => documentsMenu(emu, 'runDataConsents', true), true);
      while (!finished()) {
        expect(executions).toBeLessThan(200);
        emu.env.clock.advance(Math.floor(next() * 60) * 60_000);
        execute(next() < 0.5 ? () => documentsMenu(emu, 'runDataConsents', true) : () => continueFromSidebar(emu));
      }
      expect(stops).toContain('stopped');
      expect(pendingJobs(emu)).toEqual([]);

      // Exactly one live file per group, named for it; nothing else of the kind is live (no
      // file a stop left behind, no file per person).
      const printed = liveFiles(emu, `${LABEL}, `);
      expect(printed.map((f) => f.name).sort()).toEqual(GROUPS.map(printName).sort());
      expect(consentDocs(emu)).toEqual([]);
      const rows = consentRows(emu);
      expect(rows).toHaveLength(SUBJECTS);
      for (const group of GROUPS) {
        const file = printed.find((f) => f.name === printName(group))!;
        // Every subject of the group has its row, linking this file, named so.
        const ids = Array.from({ length: group.count }, (_, i) => idOf(group.first + i));
        const groupRows = rows.filter((r) => ids.includes(String(r['Для кого (ID или учебный год)'])));
        expect(groupRows).toHaveLength(group.count);
        expect(linkedIds(groupRows)).toEqual(new Set([file.id]));
        expect(new Set(groupRows.map((r) => r['Файл']))).toEqual(new Set([file.name]));
        // A section per subject (numbered from 1), each person's consent in it.
        const doc = emu.state.docs.documents[file.id]!;
        const sections = doc.body.filter((b) => b.kind === 'sectionBreak');
        expect(sections).toHaveLength(group.count - 1);
        expect(sections.every((b) => b.kind === 'sectionBreak' && b.pageNumberStart === 1)).toBe(true);
        const text = docToText(doc).replace(/\u00a0/g, ' ');
        for (let n = group.first; n < group.first + group.count; n++) expect(text).toContain(`Учитель${n} Без Согласия`);
      }
      // What stops left behind was trashed: every other file of those names is in the trash.
      const sameNames = emu.state.drive.files.filter((f) => GROUPS.map(printName).includes(f.name));
      expect(sameNames.filter((f) => !f.trashed)).toHaveLength(GROUPS.length);
      expect(emu.state.script.triggers).toEqual([]);
    },
  );
});

// A file printed again points its subjects' existing rows at it one write per row. Stopped
// among those writes, the rows already rewritten count as done; the next execution must still
// make the stopped group again whole (its file found by name and replaced), not print the rest
// as a second file while the first stays live.
test('printed again later and stopped while its rows are rewritten: still one live file for the 300, every row linking it', () => {
  const emu = schoolOf300();
  const name = DOC_BATCH.printFileName(LABEL, 'НЯ-0001', 'НЯ-0300', PEOPLE);
  const printedFiles = () => liveFiles(emu, `${LABEL}, `);
  expect(documentsMenu(emu, 'runDataConsents', true)).toContain(DOC_BATCH.finished(LABEL, PEOPLE));
  const [first] = printedFiles();
  expect(first?.name).toBe(name);

  // Later (e.g. the organisation's name changed) the same consents are printed again; the
  // execution is stopped after the new file is made, while the 300 rows are being pointed at it.
  emu.env.clock.advance(60 * 60_000);
  emu.executionClock = { callCostMs: 50, conversionCostMs: 1000, limitMs: 10_000 };
  expect(attempt(() => documentsMenu(emu, 'runDataConsents', true))).toBe('stopped');
  emu.executionClock = { callCostMs: 0, limitMs: 6 * 60_000 };
  expect(documentsMenu(emu, 'runDataConsents', true)).toContain(DOC_BATCH.finished(LABEL, PEOPLE));

  const printed = printedFiles();
  expect(printed.map((f) => f.name)).toEqual([name]);
  expect(printed[0]!.id).not.toBe(first!.id);
  expect(emu.state.drive.files.find((f) => f.id === first!.id)?.trashed).toBe(true);
  expect(linkedIds(consentRows(emu))).toEqual(new Set([printed[0]!.id]));
});

test('one execution prints many files: 1,000 subjects in files of 300, 300, 300 and 100, the batch state within 9 KB throughout', () => {
  const emu = schoolWithSettings({ account: 'workspace' });
  const mentees = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Наставляемые')!;
  mentees.insertRowsAfter(mentees.getMaxRows(), 1000);
  fill(
    emu,
    'Наставляемые',
    Array.from({ length: 1000 }, (_, i) => ({
      ID: `НЯ-${String(i + 1).padStart(4, '0')}`,
      ФИО: `Учитель${i + 1} Без Согласия`,
      Статус: 'ожидает пару',
    })),
  );
  let largest = 0;
  emu.onCall = () => {
    const state = emu.state.properties.document?.['batch.docs.dataConsent'];
    if (state) largest = Math.max(largest, Buffer.byteLength(state, 'utf8'));
  };
  expect(documentsMenu(emu, 'runDataConsents', true)).toContain(DOC_BATCH.finished(LABEL, 1000));
  const names = [1, 301, 601, 901].map((first) => {
    const count = Math.min(300, 1001 - first);
    const id = (n: number) => `НЯ-${String(n).padStart(4, '0')}`;
    return DOC_BATCH.printFileName(LABEL, id(first), id(first + count - 1), count);
  });
  expect(
    liveFiles(emu, `${LABEL}, `)
      .map((f) => f.name)
      .sort(),
  ).toEqual(names.sort());
  expect(consentRows(emu)).toHaveLength(1000);
  expect(largest).toBeGreaterThan(0);
  expect(largest).toBeLessThanOrEqual(9 * 1024);
});

describe('continuing by the curator’s next action', () => {
  test('the sidebar shows «сделано N из 300» and its «Продолжить» goes on until done; no trigger is set', () => {
    const emu = schoolOf300();
    // 50 ms a call, 2 s a conversion: the add-on's 4.5-minute budget runs out after about 120 documents.
    emu.executionClock = { callCostMs: 50, conversionCostMs: 2000, limitMs: 6 * 60_000 };
    const first = menu(emu);
    const made = consentDocs(emu).length;
    expect(made).toBeGreaterThanOrEqual(120);
    expect(made).toBeLessThan(PEOPLE);
    // The first line is the batch's; the next says the documents folder was made.
    expect(first.split('\n')[0]).toBe(DOC_BATCH.paused(LABEL, made, PEOPLE));
    expect(first).not.toMatch(/автоматически|в течение часа/);
    expect(emu.state.script.triggers).toEqual([]);

    const data = emu.callFromSidebar('getSidebarData') as BatchAnswer['data'];
    expect(data.batches).toEqual([{ kind: 'dataConsent', done: made, total: PEOPLE }]);

    let answer = continueFromSidebar(emu);
    const afterOne = consentDocs(emu).length;
    expect(afterOne).toBeGreaterThan(made);
    expect(answer.lines[0]).toBe(DOC_BATCH.paused(LABEL, afterOne, PEOPLE));
    expect(answer.data.batches).toEqual([{ kind: 'dataConsent', done: afterOne, total: PEOPLE }]);

    let presses = 1;
    while (answer.data.batches.length) {
      expect(presses++).toBeLessThan(20);
      answer = continueFromSidebar(emu);
    }
    expect(answer.lines[0]).toBe(DOC_BATCH.finished(LABEL, PEOPLE));
    expect(consentDocs(emu)).toHaveLength(PEOPLE);
    expect(consentRows(emu)).toHaveLength(PEOPLE);
    expect(emu.state.script.triggers).toEqual([]);
    // «Продолжить» with nothing unfinished makes nothing.
    expect(continueFromSidebar(emu).lines).toEqual([DOC_BATCH.nothingPending(LABEL)]);
    expect(consentDocs(emu)).toHaveLength(PEOPLE);
  });

  test('files a stopped execution left unrecorded are looked for even when the next one is stopped before reaching them all', () => {
    const emu = schoolOf300();
    const stoppedAfter = (conversions: number) => {
      // Only conversions take time (1 s each): the limit falls right after the given one.
      emu.executionClock = { callCostMs: 0, conversionCostMs: 1000, limitMs: conversions * 1000 - 500 };
      expect(attempt(() => menu(emu))).toBe('stopped');
    };
    // Rows are recorded every 25 documents: 31 files made, 25 recorded, 6 left unrecorded.
    stoppedAfter(31);
    expect(consentDocs(emu)).toHaveLength(31);
    expect(consentRows(emu)).toHaveLength(25);
    // The next execution makes 3 of those 6 again (each time trashing the one left), then is stopped.
    stoppedAfter(3);
    expect(consentRows(emu)).toHaveLength(25);
    // The rest of the six are still looked for: one live file a person at the end.
    emu.executionClock = { callCostMs: 0, limitMs: 6 * 60_000 };
    expect(menu(emu)).toBe(DOC_BATCH.finished(LABEL, PEOPLE));
    const docs = consentDocs(emu);
    expect(docs).toHaveLength(PEOPLE);
    expect(new Set(docs.map((d) => d.name)).size).toBe(PEOPLE);
    expect(linkedIds(consentRows(emu))).toEqual(new Set(docs.map((d) => d.id)));
  });

  test('the same menu item goes on where the batch stopped; a batch started again later replaces each file', () => {
    const emu = schoolOf300();
    emu.executionClock = { callCostMs: 50, conversionCostMs: 2000, limitMs: 6 * 60_000 };
    menu(emu);
    const first = consentDocs(emu).length;
    expect(first).toBeGreaterThan(0);
    // Going on, the menu asks nothing (documentsMenu checks that no question comes).
    expect(menu(emu)).toBe(DOC_BATCH.paused(LABEL, consentDocs(emu).length, PEOPLE));
    expect(consentDocs(emu).length).toBeGreaterThan(first);
    emu.executionClock = { callCostMs: 0, limitMs: 6 * 60_000 };
    expect(menu(emu)).toBe(DOC_BATCH.finished(LABEL, PEOPLE));
    const before = new Map(consentRows(emu).map((r) => [r['Для кого (ID или учебный год)'], linkedIds([r])]));
    const ids = consentDocs(emu).map((d) => d.id);

    // The same consents again (e.g. after the organisation's name changed): asked again, a new
    // file for each person, its row linking it, the old one trashed; still 300 live files.
    // (Later: a batch counts as its own what was made from its start's whole second on.)
    emu.env.clock.advance(60 * 60_000);
    expect(menu(emu)).toBe(DOC_BATCH.finished(LABEL, PEOPLE));
    const docs = consentDocs(emu);
    expect(docs).toHaveLength(PEOPLE);
    expect(docs.filter((d) => ids.includes(d.id))).toEqual([]);
    const old = emu.state.drive.files.filter((f) => ids.includes(f.id));
    expect(old).toHaveLength(PEOPLE);
    expect(old.every((f) => f.trashed)).toBe(true);
    const rows = consentRows(emu);
    expect(rows).toHaveLength(PEOPLE);
    expect(linkedIds(rows)).toEqual(new Set(docs.map((d) => d.id)));
    for (const row of rows) expect(linkedIds([row])).not.toEqual(before.get(row['Для кого (ID или учебный год)']));
  });
});

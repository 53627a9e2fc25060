/**
 * Batches of documents continued by the curator's next action (the same menu item, or
 * «Продолжить» in the sidebar), never by a trigger: stopped at random points they still end
 * with every document made exactly once and recorded in «Документы» — a file per person (the
 * menu's «одним файлом для печати?» answered «Нет») or one file printed for many («Да»).
 * Each document is one Drive conversion of a .docx: 2 s a conversion (the assumption)
 * is what makes a batch of 300 outlast one execution.
 */
import { type Emulator, EXCEEDED_MESSAGE } from '../../emulator';
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
import { schoolWithoutConsents } from './school';

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

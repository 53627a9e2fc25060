/**
 * Batches of documents continued by the curator's next action (the same menu item, or
 * «Продолжить» in the sidebar), never by a trigger: stopped at random points they still end
 * with every document made exactly once and recorded in «Документы».
 */
import { type Emulator, EXCEEDED_MESSAGE } from '../../emulator';
import { DOC_BATCH, DOCUMENT_KIND_LABELS } from '../../src/i18n/documents';
import { fill, records, schoolWithSettings } from './school';

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

function schoolOf300(): Emulator {
  const emu = schoolWithSettings();
  fill(
    emu,
    'Наставляемые',
    Array.from({ length: PEOPLE }, (_, i) => ({
      ID: `НЯ-${String(i + 1).padStart(4, '0')}`,
      ФИО: `Учитель${i + 1} Без Согласия`,
      Статус: 'ожидает пару',
    })),
  );
  return emu;
}

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

/** The curator chooses «Согласия на обработку ПДн» in the menu; returns the alert's text. */
function menu(emu: Emulator): string {
  emu.state.ui.script.length = 0;
  emu.state.ui.script.push({ button: 'OK' });
  const before = emu.state.ui.dialogs.length;
  emu.call('runDataConsents');
  return emu.state.ui.dialogs
    .slice(before)
    .map((d) => d.prompt)
    .join('\n');
}

type BatchAnswer = { lines: string[]; data: { batches: { kind: string; done: number; total: number }[] } };

/** The curator presses «Продолжить» in the sidebar. */
function continueFromSidebar(emu: Emulator): BatchAnswer {
  return emu.callFromSidebar('continueDocuments', { kind: 'dataConsent' }) as BatchAnswer;
}

function consentDocs(emu: Emulator) {
  return emu.state.drive.files.filter((f) => !f.trashed && f.name.startsWith('Согласие на обработку персональных данных'));
}

const pendingJobs = (emu: Emulator) => Object.keys(emu.state.properties.document ?? {}).filter((k) => k.startsWith('batch.'));

/** «Документы» rows of the data-processing consents. */
const consentRows = (emu: Emulator) =>
  records(emu, 'Документы').filter((r) => r['Вид документа'] === 'Согласие на обработку персональных данных');

const journalLines = (emu: Emulator) => records(emu, 'Журнал').map((r) => String(r['Подробности']));

describe('a batch of 300 consent documents stopped at random points, continued by the curator', () => {
  test.each(Array.from({ length: 20 }, (_, run) => run))(
    'run %i ends with exactly 300 documents, none twice, each recorded in «Документы», and a journal',
    (run) => {
      const emu = schoolOf300();
      const next = random(1000 + run);
      // Each service call costs 40–80 ms of emulated time; every execution is stopped after a
      // random 5 s to 400 s (some within the add-on's own 4.5-minute budget, some not).
      const stops: string[] = [];
      let executions = 0;
      const execute = (go: () => void) => {
        emu.executionClock = { callCostMs: 40 + Math.floor(next() * 40), limitMs: 5000 + Math.floor(next() * 395_000) };
        stops.push(attempt(go));
        executions++;
      };
      const finished = () => journalLines(emu).some((line) => line.includes(`готово, документов — ${PEOPLE}`));
      execute(() => menu(emu));
      // The curator comes back later: the same menu item, or «Продолжить» in the sidebar.
      while (!finished()) {
        expect(executions).toBeLessThan(400);
        emu.env.clock.advance(Math.floor(next() * 60) * 60_000);
        execute(next() < 0.5 ? () => menu(emu) : () => continueFromSidebar(emu));
      }
      expect(stops).toContain('stopped');
      expect(pendingJobs(emu)).toEqual([]);

      const docs = consentDocs(emu);
      expect(docs).toHaveLength(PEOPLE);
      expect(new Set(docs.map((d) => d.name)).size).toBe(PEOPLE);
      // Every file is in «Документы», once, under its person.
      const rows = consentRows(emu);
      expect(rows).toHaveLength(PEOPLE);
      expect(new Set(rows.map((r) => r['Для кого (ID или учебный год)'])).size).toBe(PEOPLE);
      const linked = new Set(rows.map((r) => /\/d\/([^/]+)\//.exec(String(r['Ссылка на документ']))?.[1]));
      expect(linked).toEqual(new Set(docs.map((d) => d.id)));
      // Nothing of it in properties, and no trigger was ever needed.
      expect(Object.keys(emu.state.properties.document ?? {}).filter((k) => k.startsWith('doc.'))).toEqual([]);
      expect(emu.state.script.triggers).toEqual([]);
    },
  );
});

describe('continuing by the curator’s next action', () => {
  test('the sidebar shows «сделано N из 300» and its «Продолжить» goes on until done; no trigger is set', () => {
    const emu = schoolOf300();
    // 50 ms a call: the add-on's 4.5-minute budget runs out after some dozens of documents.
    emu.executionClock = { callCostMs: 50, limitMs: 6 * 60_000 };
    const first = menu(emu);
    const made = consentDocs(emu).length;
    expect(made).toBeGreaterThan(0);
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

  test('the same menu item goes on where the batch stopped; a batch started again later updates the same files', () => {
    const emu = schoolOf300();
    emu.executionClock = { callCostMs: 50, limitMs: 6 * 60_000 };
    menu(emu);
    const first = consentDocs(emu).length;
    expect(first).toBeGreaterThan(0);
    expect(menu(emu)).toBe(DOC_BATCH.paused(LABEL, consentDocs(emu).length, PEOPLE));
    expect(consentDocs(emu).length).toBeGreaterThan(first);
    emu.executionClock = { callCostMs: 0, limitMs: 6 * 60_000 };
    expect(menu(emu)).toBe(DOC_BATCH.finished(LABEL, PEOPLE));
    const ids = consentDocs(emu)
      .map((d) => d.id)
      .sort();

    // The same consents again (e.g. after the organisation's name changed): the same 300 files.
    expect(menu(emu)).toBe(DOC_BATCH.finished(LABEL, PEOPLE));
    expect(
      consentDocs(emu)
        .map((d) => d.id)
        .sort(),
    ).toEqual(ids);
    expect(consentRows(emu)).toHaveLength(PEOPLE);
  });
});

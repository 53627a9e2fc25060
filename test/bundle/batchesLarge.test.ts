/**
 * Nothing stored in properties grows with the register: on 5,000 people (2,500 mentors, 2,500
 * mentees, 2,500 pairs) every kind of document is made for everyone who needs it — about
 * 12,000 files, a file each (the menu's print question answered «Нет»), in executions cut by
 * the add-on's 4.5-minute budget or by a daily quota and continued by the curator — and after
 * every execution each property value stays within Google's 9 KB and each store within 500 KB.
 * (Before, each file's ID had a property of its own: 12,000 of them would not fit.) Each
 * document is one Drive conversion, which spends a «document created» (a Workspace account:
 * 1,500 a day) and a «file converted» (4,000 a day): the documents-created quota is the one
 * that stops each day. The largest value and store seen are printed.
 */
import { Emulator } from '../../emulator';
import { registerWithPairs } from '../../scripts/registerFixture';
import { DOC_BATCH, DOCUMENT_KIND_LABELS, DOCUMENT_RECORD_KINDS } from '../../src/i18n/documents';
import { continueFromSidebar, documentRows, documentsMenu, pendingJobs } from './batchSteps';
import { values } from './addon';

jest.setTimeout(30 * 60_000);

const PAIRS = 2500;
const FINISHED = 500;
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

/** Every consent missing, FINISHED pairs finished, each ongoing pair with one plan row. */
function register5000(): Emulator {
  const emu = new Emulator({ snapshot: registerWithPairs(PAIRS).snapshot(), account: 'workspace' }).load();
  const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
  const column = (sheet: string, title: string) => values(emu, sheet)[0].indexOf(title) + 1;
  const setColumn = (sheet: string, title: string, cell: (row: number) => unknown) => {
    const rows = values(emu, sheet).length - 1;
    ss.getSheetByName(sheet)!
      .getRange(2, column(sheet, title), rows, 1)
      .setValues(Array.from({ length: rows }, (_, i) => [cell(i)]));
  };
  setColumn('Наставники', 'Согласие на обработку ПДн: дата', () => '');
  setColumn('Наставляемые', 'Согласие на обработку ПДн: дата', () => '');
  setColumn('Пары', 'Согласие наставника на обязанности: дата', () => '');
  const finished = (i: number) => i < FINISHED;
  setColumn('Пары', 'Статус', (i) => (finished(i) ? 'завершена' : 'закреплена'));
  setColumn('Пары', 'Дата окончания', (i) => (finished(i) ? new Date(2027, 3, 30) : ''));
  setColumn('Пары', 'Причина завершения', (i) => (finished(i) ? 'программа выполнена полностью' : ''));
  // A plan row per pair, so that a programme does not first write a starting plan.
  const plan = values(emu, 'Программы')[0].map(String);
  const planRows = Array.from({ length: PAIRS }, (_, i) => {
    const n = String(i + 1).padStart(4, '0');
    const row: Record<string, unknown> = { ID: `ПМ-${n}`, 'ID пары': `П-${n}`, '№': 1, Мероприятие: 'Посещение уроков' };
    return plan.map((title) => row[title] ?? '');
  });
  const programmes = ss.getSheetByName('Программы')!;
  programmes.insertRowsAfter(programmes.getMaxRows(), PAIRS);
  programmes.getRange(2, 1, PAIRS, plan.length).setValues(planRows);
  return emu;
}

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8');

test('every kind of document for 5,000 people: each property value ≤ 9 KB and each store ≤ 500 KB after every execution', () => {
  const emu = register5000();
  // 20 ms a call and 2 s a conversion: the add-on's budget ends an execution after about 130 documents.
  emu.executionClock = { callCostMs: 20, conversionCostMs: 2000, limitMs: 6 * 60_000 };
  const quotaStops = { docsCreated: 0, filesConverted: 0 };
  let largestValue = { key: '', bytes: 0 };
  let largestStore = 0;
  let executions = 0;
  const checkProperties = () => {
    executions++;
    const { document, user, script } = emu.state.properties;
    for (const store of [document ?? {}, script, ...Object.values(user)]) {
      let total = 0;
      for (const [key, value] of Object.entries(store)) {
        const bytes = utf8(value);
        total += utf8(key) + bytes;
        expect(bytes).toBeLessThanOrEqual(VALUE_LIMIT);
        if (bytes > largestValue.bytes) largestValue = { key, bytes };
      }
      expect(total).toBeLessThanOrEqual(STORE_LIMIT);
      largestStore = Math.max(largestStore, total);
    }
  };

  const kinds = [
    { handler: 'runDataConsents', kind: 'dataConsent', count: 2 * PAIRS },
    { handler: 'runDutiesConsents', kind: 'dutiesConsent', count: PAIRS - FINISHED },
    { handler: 'runPublishConsents', kind: 'publishConsent', count: PAIRS },
    { handler: 'runProgrammes', kind: 'programme', count: PAIRS - FINISHED },
    { handler: 'runMentorReports', kind: 'mentorReport', count: FINISHED },
    { handler: 'runMonitoringNote', kind: 'monitoringNote', count: 1 },
    { handler: 'runSiteMaterials', kind: 'siteMaterials', count: 1 },
  ] as const;
  let files = 0;
  let days = 1;
  for (const { handler, kind, count } of kinds) {
    const label = DOCUMENT_KIND_LABELS[kind];
    let last = documentsMenu(emu, handler).split('\n')[0];
    checkProperties();
    for (let i = 0; pendingJobs(emu).length; i++) {
      expect(i).toBeLessThan(100);
      // Told that the day's documents are spent, the curator goes on the next day.
      if (last.startsWith(`${label}: `) && last === DOC_BATCH.quota(label, Number(/создано (\d+)/.exec(last)?.[1]), count)) {
        // Which quota ran out: the day's documents created, with conversions to spare.
        if (emu.quotas.remaining('docsCreated') === 0) quotaStops.docsCreated++;
        if (emu.quotas.remaining('filesConverted') === 0) quotaStops.filesConverted++;
        expect(emu.quotas.used('docsCreated')).toBe(1500);
        expect(emu.quotas.used('filesConverted')).toBe(1500);
        emu.env.clock.advance(24 * 60 * 60_000);
        days++;
      }
      // Mostly the menu item again; now and then «Продолжить» (it also loads the whole panel).
      last = i % 5 ? documentsMenu(emu, handler).split('\n')[0] : continueFromSidebar(emu, kind).lines[0];
      checkProperties();
    }
    expect(last).toBe(DOC_BATCH.finished(label, count));
    expect(documentRows(emu, DOCUMENT_RECORD_KINDS[kind])).toHaveLength(count);
    files += count;
  }
  // Every document made once: as many live Docs as documents, none trashed (nothing made twice).
  const docs = emu.state.drive.files.filter((f) => f.mimeType === 'application/vnd.google-apps.document');
  expect(docs.filter((f) => !f.trashed)).toHaveLength(files);
  expect(docs.filter((f) => f.trashed)).toEqual([]);
  expect(executions).toBeGreaterThan(kinds.length * 2);
  expect(days).toBeGreaterThanOrEqual(Math.ceil(files / 1500));
  // Each day ended by the documents-created quota, never by the files-converted one.
  expect(quotaStops).toEqual({ docsCreated: days - 1, filesConverted: 0 });
  // The figures for the notes: the largest value and the largest store seen.
  console.log(
    `5,000 people, ${files} documents, ${executions} executions over ${days} days (${quotaStops.docsCreated} stopped by documents created): ` +
      `largest property value ${largestValue.bytes} B (${largestValue.key}), ` +
      `largest store ${largestStore} B`,
  );
});

/**
 * A daily quota of Google's running out in the middle of a batch (documents created: 250 a
 * day on a consumer account): the batch keeps its state, every file already made is recorded
 * in «Документы», the curator is told in Russian how many are done and that the rest can go
 * on tomorrow, and the same menu item or «Продолжить» goes on once the quota is renewed.
 */
import type { Emulator } from '../../emulator';
import { DOC_BATCH, DOCUMENT_KIND_LABELS } from '../../src/i18n/documents';
import { continueFromSidebar, documentRows, documentsMenu, journalLines, linkedIds, liveFiles, pendingJobs } from './batchSteps';
import { schoolWithoutConsents, schoolWithPairs } from './school';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The school of `make` with `left` documents still to be created today (a consumer account: 250 a day). */
function withDocumentsLeft(make: () => Emulator, left: number): Emulator {
  const emu = make();
  expect(emu.quotas.account).toBe('consumer');
  emu.quotas.setUsed('docsCreated', emu.quotas.limit('docsCreated') - left);
  return emu;
}

const PEOPLE = 300;
const LABEL = DOCUMENT_KIND_LABELS.dataConsent;
const consentDocs = (emu: Emulator) => liveFiles(emu, 'Согласие на обработку персональных данных');
const consentRows = (emu: Emulator) => documentRows(emu, 'Согласие на обработку персональных данных');

/** Every file made is recorded in «Документы», once. */
function expectAllRecorded(emu: Emulator, count: number): void {
  const docs = consentDocs(emu);
  expect(docs).toHaveLength(count);
  expect(new Set(docs.map((d) => d.name)).size).toBe(count);
  const rows = consentRows(emu);
  expect(rows).toHaveLength(count);
  expect(linkedIds(rows)).toEqual(new Set(docs.map((d) => d.id)));
}

test('the quota stops a batch of 300 at 120: all 120 recorded, the batch kept, the curator told to go on tomorrow', () => {
  const emu = withDocumentsLeft(() => schoolWithoutConsents(PEOPLE), 120);

  const first = documentsMenu(emu, 'runDataConsents').split('\n')[0];
  expect(first).toBe(DOC_BATCH.quota(LABEL, 120, PEOPLE));
  expect(first).toContain('завтра');
  expect(first).toContain('в течение 24 часов');
  expect(first).toContain('«Продолжить»');
  expectAllRecorded(emu, 120);
  expect(pendingJobs(emu)).toEqual(['batch.docs.dataConsent']);
  expect(journalLines(emu).some((line) => line.startsWith(first))).toBe(true);
  const data = emu.callFromSidebar('getSidebarData') as { batches: unknown[] };
  expect(data.batches).toEqual([{ kind: 'dataConsent', done: 120, total: PEOPLE }]);

  // The same day: nothing more can be made, nothing is lost.
  emu.env.clock.advance(3 * 60 * 60_000);
  const again = continueFromSidebar(emu, 'dataConsent');
  expect(again.lines[0]).toBe(DOC_BATCH.quota(LABEL, 120, PEOPLE));
  expect(again.data.batches).toEqual([{ kind: 'dataConsent', done: 120, total: PEOPLE }]);
  expectAllRecorded(emu, 120);

  // Next day the same menu item makes the rest.
  emu.env.clock.advance(DAY_MS);
  expect(documentsMenu(emu, 'runDataConsents').split('\n')[0]).toBe(DOC_BATCH.finished(LABEL, PEOPLE));
  expectAllRecorded(emu, PEOPLE);
  expect(pendingJobs(emu)).toEqual([]);
  expect((emu.callFromSidebar('getSidebarData') as { batches: unknown[] }).batches).toEqual([]);
});

test('a batch stopped by the quota goes on by «Продолжить» the next day', () => {
  const emu = withDocumentsLeft(() => schoolWithoutConsents(PEOPLE), 10);
  expect(documentsMenu(emu, 'runDataConsents').split('\n')[0]).toBe(DOC_BATCH.quota(LABEL, 10, PEOPLE));
  emu.env.clock.advance(DAY_MS);
  const next = continueFromSidebar(emu, 'dataConsent');
  expect(next.lines[0]).toBe(DOC_BATCH.quota(LABEL, 260, PEOPLE));
  expect(next.data.batches).toEqual([{ kind: 'dataConsent', done: 260, total: PEOPLE }]);
  expectAllRecorded(emu, 260);
  emu.env.clock.advance(DAY_MS);
  expect(continueFromSidebar(emu, 'dataConsent').lines[0]).toBe(DOC_BATCH.finished(LABEL, PEOPLE));
  expectAllRecorded(emu, PEOPLE);
});

test('the quota stops an order and the sidebar’s documents with a Russian message; those made are kept', () => {
  const emu = withDocumentsLeft(() => schoolWithPairs(2), 1);
  const result = emu.callFromSidebar('generateDocuments', { kind: 'programme', ids: ['П-0001', 'П-0002'] }) as {
    urls: string[];
    lines: string[];
  };
  expect(result.urls).toHaveLength(1);
  expect(result.lines).toEqual([DOC_BATCH.quotaSome(DOCUMENT_KIND_LABELS.programme, 1, 2)]);
  expect(documentRows(emu, 'Персонализированная программа')).toHaveLength(1);
  // The order's number and date are asked first (accepted as proposed), then the quota says no.
  expect(documentsMenu(emu, 'runPairsOrder').split('\n').at(-1)).toBe(DOC_BATCH.quotaNow);
});

/**
 * «Документы» holds the links to the files the add-on made (not orders). A workbook of an
 * older version keeps its links: the file IDs it kept in document properties move into the
 * sheet on first use and the properties go. Leftovers of the older hourly continuation
 * (its trigger, a batch state listing every item) are cleared by the next batch action.
 */
import type { Emulator } from '../../emulator';
import { DOC_BATCH, DOCUMENT_KIND_LABELS } from '../../src/i18n/documents';
import { documentRows, documentsMenu, linkedIds, liveFiles, pendingJobs } from './batchSteps';
import { runMenu } from './addon';
import { schoolWithoutConsents, schoolWithPairs } from './school';

const CONSENT = 'Согласие на обработку персональных данных';
const consentRows = (emu: Emulator) => documentRows(emu, CONSENT);
const documentProperties = (emu: Emulator) => emu.state.properties.document ?? {};
const ss = (emu: Emulator) => emu.globals.SpreadsheetApp.getActiveSpreadsheet();

/** What a workbook of an older version holds: no «Документы», the file IDs in «doc.<kind>.<subject>». */
function asOlderVersion(emu: Emulator, kind: string, recordKind: string): Map<string, string> {
  const ids = new Map<string, string>();
  for (const row of documentRows(emu, recordKind)) {
    const id = [...linkedIds([row])][0]!;
    ids.set(String(row['Для кого (ID или учебный год)']), id);
    emu.state.properties.document![`doc.${kind}.${row['Для кого (ID или учебный год)']}`] = id;
  }
  ss(emu).deleteSheet(ss(emu).getSheetByName('Документы')!);
  return ids;
}

describe('links of an older version', () => {
  test('move into «Документы» on first use: the files they link are replaced (one live file each, the old one trashed), the properties go', () => {
    const emu = schoolWithoutConsents(3);
    documentsMenu(emu, 'runDataConsents');
    const before = asOlderVersion(emu, 'dataConsent', CONSENT);
    expect(before.size).toBe(3);

    expect(documentsMenu(emu, 'runDataConsents').split('\n')[0]).toBe(DOC_BATCH.finished(DOCUMENT_KIND_LABELS.dataConsent, 3));
    // The files the properties named are the ones replaced: trashed, each by a new file.
    const file = (id: string) => emu.state.drive.files.find((f) => f.id === id)!;
    expect([...before.values()].map((id) => file(id).trashed)).toEqual([true, true, true]);
    const live = liveFiles(emu, CONSENT);
    expect(live).toHaveLength(3);
    const rows = consentRows(emu);
    const linked = new Map(rows.map((r) => [r['Для кого (ID или учебный год)'], [...linkedIds([r])][0]]));
    expect([...linked.keys()].sort()).toEqual([...before.keys()].sort());
    expect(new Set(linked.values())).toEqual(new Set(live.map((f) => f.id)));
    // Each person's row links the file made for them (in place of the one the property named).
    for (const [subject, id] of linked) {
      expect(file(id!).name).toBe(file(before.get(String(subject))!).name);
      expect(id).not.toBe(before.get(String(subject)));
    }
    expect(rows.every((r) => r['Сформирован'] instanceof Date)).toBe(true);
    expect(Object.keys(documentProperties(emu)).filter((k) => k.startsWith('doc.'))).toEqual([]);
  });

  test('a move stopped before its properties were deleted is not doubled', () => {
    const emu = schoolWithoutConsents(2);
    documentsMenu(emu, 'runDataConsents');
    const rowsBefore = consentRows(emu);
    // The rows are in the sheet and the properties still there.
    for (const row of rowsBefore) {
      emu.state.properties.document![`doc.dataConsent.${row['Для кого (ID или учебный год)']}`] = [...linkedIds([row])][0]!;
    }
    emu.callFromSidebar('getSidebarData');
    documentsMenu(emu, 'runDataConsents');
    expect(consentRows(emu)).toHaveLength(2);
    expect(liveFiles(emu, CONSENT)).toHaveLength(2);
    expect(Object.keys(documentProperties(emu)).filter((k) => k.startsWith('doc.'))).toEqual([]);
  });

  test('withdrawing a consent erases the documents an older version recorded, and their rows', () => {
    const emu = schoolWithPairs(2);
    documentsMenu(emu, 'runProgrammes');
    const programmes = asOlderVersion(emu, 'programme', 'Персонализированная программа');
    emu.state.ui.script.push({ button: 'OK', text: 'НЯ-0001' }, { button: 'YES' }, { button: 'OK' });
    emu.call('runErasePerson');
    expect(emu.state.ui.dialogs.at(-1)!.prompt).toMatch(/^Данные НЯ-0001 удалены/);

    const file = (id: string) => emu.state.drive.files.find((f) => f.id === id)!;
    expect(file(programmes.get('П-0001')!).trashed).toBe(true);
    expect(file(programmes.get('П-0002')!).trashed).toBe(false);
    // The other pair's link moved into «Документы»; the erased one's is gone with its file.
    const rows = documentRows(emu, 'Персонализированная программа');
    expect(rows.map((r) => r['Для кого (ID или учебный год)'])).toEqual(['П-0002']);
    expect(Object.keys(documentProperties(emu)).filter((k) => k.startsWith('doc.'))).toEqual([]);
  });
});

describe('leftovers of the hourly continuation of older versions', () => {
  /** What an older version left: its one-off trigger an hour ahead, and a state listing every item. */
  function olderBatch(emu: Emulator): void {
    emu.globals.ScriptApp.newTrigger('continueBatches')
      .timeBased()
      .after(60 * 60_000)
      .create();
    const items = Array.from({ length: 3 }, (_, i) => `НЯ-000${i + 1}`);
    emu.state.properties.document!['batch.docs.dataConsent'] = JSON.stringify({
      job: 'docs.dataConsent',
      kind: 'dataConsent',
      items,
      done: 1,
      results: [],
    });
  }

  test('the next batch action deletes the trigger and starts the old batch anew', () => {
    const emu = schoolWithoutConsents(3);
    olderBatch(emu);
    expect(emu.state.script.triggers).toHaveLength(1);
    // Started anew, it is a new batch: the print question comes first («Нет», a file each).
    const shown = emu.state.ui.dialogs.length;
    runMenu(emu, 'runDataConsents', [{ button: 'NO' }]);
    const [question, answer, ...more] = emu.state.ui.dialogs.slice(shown);
    expect(question).toMatchObject({
      buttons: 'YES_NO_CANCEL',
      prompt: DOC_BATCH.printQuestion(DOCUMENT_KIND_LABELS.dataConsent),
    });
    expect(answer.prompt.split('\n')[0]).toBe(DOC_BATCH.finished(DOCUMENT_KIND_LABELS.dataConsent, 3));
    expect(more).toEqual([]);
    expect(emu.state.script.triggers).toEqual([]);
    expect(liveFiles(emu, CONSENT)).toHaveLength(3);
    expect(pendingJobs(emu)).toEqual([]);
  });

  test('the old trigger firing on its own deletes itself and touches neither the spreadsheet nor the batch', () => {
    const emu = schoolWithoutConsents(3);
    olderBatch(emu);
    const state = documentProperties(emu)['batch.docs.dataConsent'];
    emu.env.clock.advance(61 * 60_000);
    emu.resetCounts();
    expect(emu.runDueClockTriggers()).toEqual(['continueBatches']);
    expect(Object.keys(emu.counts()).filter((call) => !call.startsWith('ScriptApp.') && !call.startsWith('Trigger.'))).toEqual(
      [],
    );
    expect(emu.state.script.triggers).toEqual([]);
    expect(liveFiles(emu, CONSENT)).toEqual([]);
    expect(documentProperties(emu)['batch.docs.dataConsent']).toBe(state);
  });
});

/**
 * Erasure stopped at any service call and run again, through the built bundle: every run
 * ends as one uninterrupted erasure does — no trace of the person anywhere (cells, notes,
 * properties, the forms' stored answers, documents and copies, live or in the trash), nobody
 * else altered, one live file per document, one report in «Журнал», no intent left.
 */
import { docToText, type Emulator } from '../../emulator';
import { uploadedText } from '../../emulator/drive/content-text';
import { ELKINA, ELKINA_TRACES, restored, schoolForErasure, signedOrderFiles, tracesOf } from './erasureSchool';

const STOPPED = 'Exceeded maximum execution time';
const DOC_LINK = /^https:\/\/docs\.google\.com\/document\/d\/([^/]+)\//;
const JOURNAL_ACTION = 'Отзыв согласия и удаление персональных данных';

let snapshot = '';
let reference: unknown;
beforeAll(() => {
  snapshot = schoolForErasure().snapshot();
  const emu = restored(snapshot, ELKINA.id);
  emu.call('runErasePerson');
  reference = digest(emu);
});

/** Every written form of her name and both addresses (ё/е, spaces of any kind, any case). */
const HERS = /Алёна|Алена|[ЁЕ]лкина[\s\u00a0]*А\.|А\.[\s\u00a0]*П\.[\s\u00a0]*[ЁЕ]лкина|alena(?:\.home)?@/i;

/**
 * Her traces anywhere but in signed orders and the UI's log: the register, properties, forms
 * and scripts as JSON, each document, each file's name and an upload's text (a .docx as Drive
 * would convert it). One pass (findText, thorough but slower, checks the reference run).
 */
function traces(emu: Emulator): string[] {
  const kept = signedOrderFiles(emu);
  const { ui: _ui, docs, drive, spreadsheet, ...rest } = emu.state;
  const found: string[] = [];
  const { toasts: _toasts, ...sheets } = spreadsheet as typeof spreadsheet & { toasts?: unknown };
  if (HERS.test(JSON.stringify(rest))) found.push('properties, forms or scripts');
  if (HERS.test(JSON.stringify(sheets))) found.push('the spreadsheet');
  for (const [id, doc] of Object.entries(docs.documents)) {
    if (!kept.has(id) && HERS.test(JSON.stringify(doc))) found.push(`document ${doc.name}`);
  }
  for (const f of drive.files) {
    if (kept.has(f.id)) continue;
    if (HERS.test(f.name) || (f.content && HERS.test(uploadedText(f.mimeType, f.content)))) found.push(`file ${f.name}`);
  }
  return found;
}

const day = (d: Date) => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/**
 * What one uninterrupted erasure leaves, in terms a stopped and resumed one must match: every
 * sheet's values and notes (dates to the day, Docs links as the name and state of the file they
 * link, the erasure's journal row by its first words), the document properties, the live files
 * (name, type; a Doc's text), each form's stored answers.
 */
function digest(emu: Emulator): unknown {
  const byId = new Map(emu.state.drive.files.map((f) => [f.id, f]));
  const cell = (v: unknown): unknown => {
    if (Object.prototype.toString.call(v) === '[object Date]') return day(v as Date);
    const link = typeof v === 'string' ? DOC_LINK.exec(v) : null;
    if (link) {
      const file = byId.get(link[1]!);
      return `link: ${file?.name} (${file?.trashed ? 'trashed' : 'live'})`;
    }
    if (typeof v === 'string' && v.startsWith('Данные НТ-0001 удалены:')) return 'erasure report';
    return v;
  };
  const sheets = emu.state.spreadsheet.sheets.map((sheet) => ({
    name: sheet.name,
    cells: sheet.cells.map((row) => (row ?? []).map((c) => [cell(c?.v ?? ''), c?.note ?? ''])),
  }));
  const files = emu.state.drive.files
    .filter((f) => !f.trashed)
    .map((f) => [f.name, f.mimeType, emu.state.docs.documents[f.id] ? docToText(emu.state.docs.documents[f.id]!) : ''])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1])));
  const forms = Object.values(emu.state.forms.forms).map((f) => f.responses.map((r) => r.email).sort());
  return { sheets, properties: emu.state.properties.document, files, forms };
}

function journalRows(emu: Emulator): number {
  const journal = emu.state.spreadsheet.sheets.find((s) => s.name === 'Журнал')!;
  return journal.cells.filter((row) => row?.some((c) => c?.v === JOURNAL_ACTION)).length;
}

/** Stops the first execution at call `stopAt`, then runs again to the end; what it left, checked. */
function stopAndRerun(stopAt: number, run: (emu: Emulator) => string): void {
  const emu = restored(snapshot, ELKINA.id);
  emu.executionClock = { callCostMs: 1000, limitMs: stopAt * 1000 - 1 };
  expect(() => run(emu)).toThrow(STOPPED);
  emu.executionClock = { callCostMs: 0, limitMs: 6 * 60 * 1000 };
  const report = run(emu);
  expect({ stopAt, traces: traces(emu) }).toEqual({ stopAt, traces: [] });
  expect({ stopAt, intent: emu.state.properties.document?.['erasure.intent'] }).toEqual({ stopAt, intent: undefined });
  expect({ stopAt, journal: journalRows(emu) }).toEqual({ stopAt, journal: 1 });
  expect({ stopAt, same: digest(emu) }).toEqual({ stopAt, same: reference });
  // The run again says what it did: the report, or that the data were erased already.
  expect({ stopAt, report }).toEqual({
    stopAt,
    report: expect.stringMatching(/Данные НТ-0001 удалены:|Персональные данные НТ-0001 уже удалены\./),
  });
}

/** The calls of one uninterrupted erasure from the menu, by name. */
function callsOfOneRun(run: (emu: Emulator) => string): string[] {
  const emu = restored(snapshot, ELKINA.id);
  const keys: string[] = [];
  emu.onCall = ({ key }) => keys.push(key);
  run(emu);
  return keys;
}

/** Erases from the menu (dialogs answered: the ID, «Да», OK); the last dialog's text. */
function fromMenu(emu: Emulator): string {
  emu.call('runErasePerson');
  return emu.state.ui.dialogs.at(-1)!.prompt;
}

/** Erases from the sidebar (the curator typed the ID); the message the panel shows. */
function fromSidebar(emu: Emulator): string {
  return (emu.callFromSidebar('erasePersonData', { personId: ELKINA.id, confirmed: true }) as { message: string }).message;
}

describe('erasure stopped at any service call and run again', () => {
  test('reference: one uninterrupted run leaves no trace of her', () => {
    const emu = restored(snapshot, ELKINA.id);
    expect(traces(emu).length).toBeGreaterThan(8);
    emu.call('runErasePerson');
    expect(traces(emu)).toEqual([]);
    expect(tracesOf(emu, ELKINA_TRACES)).toEqual([]);
  });

  test('from the menu, stopped at every 23rd call and right after each first effect: always the same end', () => {
    const keys = callsOfOneRun(fromMenu);
    expect(keys.length).toBeGreaterThan(300);
    // Right after: the first stored answer deleted, the first file erased, the intent recorded,
    // the others' file made, the report journalled, the intent deleted.
    const justAfter = (key: string) => keys.indexOf(key) + 2;
    const points = new Set([
      justAfter('Form.deleteResponse'),
      justAfter('Drive.Files.update'),
      justAfter('Drive.Files.remove'),
      justAfter('Properties.setProperty'),
      justAfter('Drive.Files.create'),
      justAfter('Sheet.appendRow'),
      justAfter('Properties.deleteProperty'),
      keys.length,
    ]);
    // Every 23rd call besides the points above: CI time (each stop runs the erasure twice).
    for (let stopAt = 1; stopAt < keys.length; stopAt += 23) points.add(stopAt);
    for (const stopAt of [...points].sort((a, b) => a - b)) stopAndRerun(stopAt, fromMenu);
    console.log(`erasure from the menu: ${keys.length} calls, stopped at ${points.size} of them, inconsistent endings: 0`);
    expect(points.size).toBeGreaterThan(25);
  });

  test('from the sidebar, stopped at every 47th call and while the others’ file is recorded: the same end', () => {
    const keys = callsOfOneRun(fromSidebar);
    // The others' rows are rewritten one by one after their new file is made: stopped between them.
    const made = keys.indexOf('Drive.Files.create') + 1;
    const rewritten = keys.indexOf('Range.setValues', made) + 1;
    expect(keys.slice(rewritten - 2, rewritten + 2)).toEqual([
      'Sheet.getRange',
      'Range.setValues',
      'Sheet.getRange',
      'Range.setValues',
    ]);
    const points = new Set<number>();
    for (let stopAt = made; stopAt <= rewritten + 3; stopAt++) points.add(stopAt);
    for (let stopAt = 5; stopAt < keys.length; stopAt += 47) points.add(stopAt);
    for (const stopAt of [...points].sort((a, b) => a - b)) stopAndRerun(stopAt, fromSidebar);
    console.log(`erasure from the sidebar: ${keys.length} calls, stopped at ${points.size} of them, inconsistent endings: 0`);
    expect(points.size).toBeGreaterThan(12);
  });
});

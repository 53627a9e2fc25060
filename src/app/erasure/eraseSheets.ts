/**
 * The workbook's side of an erasure: every cell and note of every sheet that names or
 * addresses the person gets their ID instead (whole words and addresses only, see
 * PersonMatcher); their own answer rows in the response sheets are cleared whole; their bank
 * row keeps only what anonymous counts need. Each sheet is read once and written where it
 * changes, so running it again finds nothing left and writes nothing.
 */
import type { PersonMatcher } from '../../domain/identity/personMatcher';
import type { FormAppPort, PropertiesPort, SheetPort, SpreadsheetPort } from '../../gas/ports';
import { ERASURE } from '../../i18n/erasure';
import type { ColumnKey } from '../../i18n/register';
import { foldHeader } from '../../register/headers';
import { sheetSpec } from '../../register/spec';
import { parseTable } from '../../register/table';
import { type CellChange, writeChanges } from '../../register/tableWrite';
import { registerSheet } from '../../register/workbook';
import { formsMadeEarlier, loadFormMeta, readFormRegistry } from '../formRegistry';
import { mapResponseColumns } from '../responseSheet';
import { addCount, type ErasureTally } from './intent';

export interface SheetErasure {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  props: PropertiesPort;
  matcher: PersonMatcher;
  id: string;
  bank: 'mentors' | 'mentees';
  tally: ErasureTally;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** Columns kept in the person's bank row: not identifying, needed for anonymous counts. */
const KEPT: readonly ColumnKey[] = [
  'id',
  'status',
  'ageBand',
  'menteeCategory',
  'qualification',
  'careerGroup',
  'consentWithdrawn',
  'source',
];

/** The person's bank row now (found by ID: the curator may have sorted the bank), or null. */
export function bankRowOf(ss: SpreadsheetPort, bank: 'mentors' | 'mentees', id: string): number | null {
  const sheet = registerSheet(ss, sheetSpec(bank).name);
  if (!sheet) return null;
  const table = parseTable(sheet.getDataRange().getValues(), sheetSpec(bank));
  return table.records.find((r) => r.values.id === id)?.row ?? null;
}

/** Response sheets of the add-on's forms, by folded name: the form and its recorded items. */
function responseSheets(e: Pick<SheetErasure, 'ss' | 'props'>): Map<string, { formId: string }> {
  const sheets = new Map<string, { formId: string }>();
  for (const { formId, meta } of formsMadeEarlier(e.props)) {
    if (meta.responsesSheet) sheets.set(foldHeader(meta.responsesSheet), { formId });
  }
  for (const record of readFormRegistry(e.ss)?.records ?? []) {
    if (record.responsesSheet && !sheets.has(foldHeader(record.responsesSheet))) {
      sheets.set(foldHeader(record.responsesSheet), { formId: record.formId });
    }
  }
  return sheets;
}

/** Columns of a response sheet that identify whose answer a row is: «ФИО» and the collected address. */
function identityColumns(
  e: Pick<SheetErasure, 'formApp' | 'props'>,
  formId: string,
  header: readonly unknown[],
): { name: number[]; email: number[] } {
  const meta = loadFormMeta(e.props, formId);
  const columns = { name: [] as number[], email: [] as number[] };
  if (!meta) return columns;
  for (const [column, key] of mapResponseColumns(header, meta, formId, e.formApp, e.props)) {
    if (key === 'fullName') columns.name.push(column);
    else if (key === 'email') columns.email.push(column);
  }
  return columns;
}

/**
 * The addresses the person answered from: those of the answer rows that carry their name
 * (an answer from a second address is theirs too). Read before anything is erased.
 */
export function answerAddresses(e: Omit<SheetErasure, 'tally' | 'id' | 'bank'>): string[] {
  const found = new Set<string>();
  for (const [name, { formId }] of responseSheets(e)) {
    const sheet = registerSheet(e.ss, name);
    if (!sheet) continue;
    const grid = sheet.getDataRange().getValues();
    const identity = identityColumns(e, formId, grid[0] ?? []);
    if (!identity.email.length || !identity.name.length) continue;
    for (const row of grid.slice(1)) {
      if (!identity.name.some((c) => e.matcher.isName(String(row[c] ?? '')))) continue;
      for (const c of identity.email) {
        const address = String(row[c] ?? '')
          .trim()
          .toLowerCase();
        if (address) found.add(address);
      }
    }
  }
  return [...found];
}

/** Every sheet but the person's bank row (see eraseBankRow); `checkpoint` after each sheet changed. */
export function eraseSheets(e: SheetErasure, checkpoint: () => void = () => {}): void {
  const bankName = foldHeader(sheetSpec(e.bank).name);
  const bankRow = bankRowOf(e.ss, e.bank, e.id);
  const answerSheets = responseSheets(e);
  for (const sheet of e.ss.getSheets()) {
    const name = sheet.getName();
    const range = sheet.getDataRange();
    const grid = range.getValues();
    const skipRow = foldHeader(name) === bankName ? bankRow : null;
    const answers = answerSheets.get(foldHeader(name));
    const identity = answers ? identityColumns(e, answers.formId, grid[0] ?? []) : { name: [], email: [] };
    const isOwn = (row: readonly unknown[]) =>
      identity.email.some((c) => e.matcher.isEmail(String(row[c] ?? ''))) ||
      identity.name.some((c) => e.matcher.isName(String(row[c] ?? '')));
    const ownRows: number[] = [];
    const changes: CellChange[] = [];
    grid.forEach((row, r) => {
      if (r + 1 === skipRow) return;
      if (answers && r > 0 && isOwn(row)) {
        ownRows.push(r + 1);
        return;
      }
      row.forEach((cell, c) => {
        if (typeof cell !== 'string' || cell === '') return;
        const cleaned = e.matcher.replace(cell, e.id);
        if (cleaned !== null) changes.push({ row: r + 1, column: c, value: cleaned });
      });
    });
    // The person's own answers: the row cleared whole (one write each; the row stays, so row numbers hold).
    const width = grid[0]?.length ?? 0;
    for (const row of ownRows) sheet.getRange(row, 1, 1, width).setValues([new Array(width).fill('')]);
    addCount(e.tally.answerRows, name, ownRows.length);
    if (changes.length) {
      writeChanges(sheet, grid, () => sheet.getRange(1, 1, grid.length, width).getFormulas(), changes);
      addCount(e.tally.cells, name, changes.length);
    }
    const notes = eraseNotes(e, sheet, range.getNotes(), new Set(ownRows));
    addCount(e.tally.notes, name, notes);
    if (ownRows.length || changes.length || notes) checkpoint();
  }
}

/** Notes naming the person get the ID; the notes of their own answer rows go. */
function eraseNotes(
  e: SheetErasure,
  sheet: SheetPort,
  notes: readonly (readonly string[])[],
  clearRows: ReadonlySet<number>,
): number {
  let count = 0;
  notes.forEach((row, r) =>
    row.forEach((note, c) => {
      if (!note) return;
      const cleaned = clearRows.has(r + 1) ? '' : e.matcher.replace(note, e.id);
      if (cleaned === null) return;
      sheet.getRange(r + 1, c + 1).setNote(cleaned);
      count++;
    }),
  );
  return count;
}

/** The bank row: everything but the kept columns blanked, the name says it was erased; its notes go. */
export function eraseBankRow(e: SheetErasure, today: Date): void {
  const spec = sheetSpec(e.bank);
  const sheet = registerSheet(e.ss, spec.name);
  const row = bankRowOf(e.ss, e.bank, e.id);
  if (!sheet || row === null) return;
  const range = sheet.getDataRange();
  const grid = range.getValues();
  const table = parseTable(grid, spec);
  const cells = grid[row - 1]!;
  const changes: CellChange[] = [];
  const set = (key: ColumnKey, value: unknown) => {
    const column = table.headers.index.get(key);
    if (column !== undefined && cells[column] !== value) changes.push({ row, column, value });
  };
  for (const key of table.headers.index.keys()) if (!KEPT.includes(key)) set(key, key === 'fullName' ? ERASURE.erasedName : '');
  // Columns the curator added beside the register's hold whatever they typed about the person.
  const known = new Set(table.headers.index.values());
  cells.forEach((value, column) => {
    if (!known.has(column) && value !== '') changes.push({ row, column, value: '' });
  });
  set('status', ERASURE.statusLeft);
  // A withdrawal the curator recorded keeps its date.
  const withdrawn = table.headers.index.get('consentWithdrawn');
  if (withdrawn !== undefined && !isDate(cells[withdrawn])) changes.push({ row, column: withdrawn, value: today });
  if (changes.length) {
    const width = grid[0]!.length;
    writeChanges(sheet, grid, () => sheet.getRange(1, 1, grid.length, width).getFormulas(), changes);
    addCount(e.tally.cells, spec.name, changes.length);
  }
  const notes = range.getNotes()[row - 1] ?? [];
  let cleared = 0;
  notes.forEach((note, c) => {
    if (!note) return;
    sheet.getRange(row, c + 1).setNote('');
    cleared++;
  });
  addCount(e.tally.notes, spec.name, cleared);
}

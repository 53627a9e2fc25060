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
import { formIdOfUrl } from '../../gas/forms';
import { formIdsOf, formsMadeEarlier, loadFormMeta, readFormRegistry } from '../formRegistry';
import { mapResponseColumns } from '../responseSheet';
import { addCount, type ErasureTally } from './intent';

export interface SheetErasure {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  props: PropertiesPort;
  matcher: PersonMatcher;
  id: string;
  bank: 'mentors' | 'mentees';
  /** The IDs of the person's bank rows (personRowIds, recorded in the intent). */
  rows: readonly string[];
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

const BANKS = ['mentors', 'mentees'] as const;

/**
 * The IDs of the person's rows in the banks: their own and any other with their name and one of
 * their addresses — the same person entered twice (an answer from a second address before
 * identities were merged). Found before anything is erased, and recorded: a row half erased no
 * longer shows the name.
 */
export function personRowIds(e: Pick<SheetErasure, 'ss' | 'matcher' | 'id'>): string[] {
  const ids = [e.id];
  for (const bank of BANKS) {
    const sheet = registerSheet(e.ss, sheetSpec(bank).name);
    if (!sheet) continue;
    for (const r of parseTable(sheet.getDataRange().getValues(), sheetSpec(bank)).records) {
      const id = String(r.values.id ?? '');
      if (!id || ids.includes(id)) continue;
      if (e.matcher.isName(String(r.values.fullName ?? '')) && e.matcher.isEmail(String(r.values.email ?? ''))) ids.push(id);
    }
  }
  return ids;
}

/** The person's rows in the banks (by the recorded IDs), by folded sheet name. */
function personRows(e: Pick<SheetErasure, 'ss' | 'rows'>): Map<string, { sheet: SheetPort; grid: unknown[][]; rows: number[] }> {
  const found = new Map<string, { sheet: SheetPort; grid: unknown[][]; rows: number[] }>();
  for (const bank of BANKS) {
    const spec = sheetSpec(bank);
    const sheet = registerSheet(e.ss, spec.name);
    if (!sheet) continue;
    const grid = sheet.getDataRange().getValues();
    const rows = parseTable(grid, spec)
      .records.filter((r) => e.rows.includes(String(r.values.id ?? '')))
      .map((r) => r.row);
    if (rows.length) found.set(foldHeader(spec.name), { sheet, grid, rows });
  }
  return found;
}

/**
 * Which form each sheet answers, for the sheets that are response sheets of the add-on's forms:
 * by the form link Sheets keeps on the sheet (a renamed sheet is still found), else by the
 * name «Анкеты» or the form's record gives.
 */
function formsOfSheets(e: Pick<SheetErasure, 'ss' | 'props'>, sheets: readonly SheetPort[]): Map<SheetPort, string> {
  const byId = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const { formId, meta } of formsMadeEarlier(e.props)) {
    byId.set(formId, formId);
    if (meta.responsesSheet) byName.set(foldHeader(meta.responsesSheet), formId);
  }
  for (const record of readFormRegistry(e.ss)?.records ?? []) {
    for (const id of formIdsOf(record)) byId.set(id, record.formId);
    if (record.responsesSheet && !byName.has(foldHeader(record.responsesSheet))) {
      byName.set(foldHeader(record.responsesSheet), record.formId);
    }
  }
  const forms = new Map<SheetPort, string>();
  for (const sheet of sheets) {
    const linked = byId.get(formIdOfUrl(sheet.getFormUrl()) ?? '');
    const formId = linked ?? byName.get(foldHeader(sheet.getName()));
    if (formId) forms.set(sheet, formId);
  }
  return forms;
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
export function answerAddresses(e: Omit<SheetErasure, 'tally' | 'id' | 'bank' | 'rows'>): string[] {
  const found = new Set<string>();
  for (const [sheet, formId] of formsOfSheets(e, e.ss.getSheets())) {
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

/** Every sheet but the person's bank rows (see eraseBankRows); `checkpoint` after each sheet changed. */
export function eraseSheets(e: SheetErasure, checkpoint: () => void = () => {}): void {
  const banks = personRows(e);
  const sheets = e.ss.getSheets();
  const answerSheets = formsOfSheets(e, sheets);
  for (const sheet of sheets) {
    const name = sheet.getName();
    const range = sheet.getDataRange();
    const grid = range.getValues();
    const skip = new Set(banks.get(foldHeader(name))?.rows ?? []);
    const answers = answerSheets.get(sheet);
    const identity = answers ? identityColumns(e, answers, grid[0] ?? []) : { name: [], email: [] };
    const isOwn = (row: readonly unknown[]) =>
      identity.email.some((c) => e.matcher.isEmail(String(row[c] ?? ''))) ||
      identity.name.some((c) => e.matcher.isName(String(row[c] ?? '')));
    const ownRows: number[] = [];
    const changes: CellChange[] = [];
    grid.forEach((row, r) => {
      if (skip.has(r + 1)) return;
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

/**
 * The person's bank rows: everything but the kept columns blanked, the name says it was erased,
 * the status «выбыл», the withdrawal dated; their notes go. Other IDs of the same person are listed.
 */
export function eraseBankRows(e: SheetErasure, today: Date): void {
  for (const [, { sheet, grid, rows }] of personRows(e)) {
    const name = sheet.getName();
    const spec = sheetSpec(BANKS.find((b) => foldHeader(sheetSpec(b).name) === foldHeader(name)) ?? e.bank);
    const table = parseTable(grid, spec);
    const known = new Set(table.headers.index.values());
    const changes: CellChange[] = [];
    for (const row of rows) {
      const cells = grid[row - 1]!;
      const set = (key: ColumnKey, value: unknown) => {
        const column = table.headers.index.get(key);
        if (column !== undefined && cells[column] !== value) changes.push({ row, column, value });
      };
      const id = String(cells[table.headers.index.get('id') ?? -1] ?? '');
      if (id && id !== e.id && !e.tally.duplicates.includes(id)) e.tally.duplicates.push(id);
      for (const key of table.headers.index.keys())
        if (!KEPT.includes(key)) set(key, key === 'fullName' ? ERASURE.erasedName : '');
      // Columns the curator added beside the register's hold whatever they typed about the person.
      cells.forEach((value, column) => {
        if (!known.has(column) && value !== '') changes.push({ row, column, value: '' });
      });
      set('status', ERASURE.statusLeft);
      // A withdrawal the curator recorded keeps its date.
      const withdrawn = table.headers.index.get('consentWithdrawn');
      if (withdrawn !== undefined && !isDate(cells[withdrawn])) changes.push({ row, column: withdrawn, value: today });
    }
    if (changes.length) {
      const width = grid[0]!.length;
      writeChanges(sheet, grid, () => sheet.getRange(1, 1, grid.length, width).getFormulas(), changes);
      addCount(e.tally.cells, name, changes.length);
    }
    const notes = sheet.getDataRange().getNotes();
    let cleared = 0;
    for (const row of rows) {
      (notes[row - 1] ?? []).forEach((note, c) => {
        if (!note) return;
        sheet.getRange(row, c + 1).setNote('');
        cleared++;
      });
    }
    addCount(e.tally.notes, name, cleared);
  }
}

/**
 * «Объединить»: the newer of two rows of one bank merged into the older. The older keeps its
 * ID and every filled cell; its empty cells take the newer's values; the newer's addresses go
 * to «Другие адреса e-mail» (so that its answers are the older's from now on); «Пары» and
 * «Документы» rows naming the newer ID name the older; then the newer row is deleted. Answers
 * in the response sheets are not touched: both histories stay there.
 *
 * Safe to stop at any call: the intent is recorded in a document property before the first
 * effect, every step finds what an earlier run did, and a stopped merge is finished first by
 * the next one.
 */
import { foldEmail, splitAddresses } from '../domain/bankSync';
import type { PropertiesPort, SheetPort, SpreadsheetPort } from '../gas/ports';
import { MERGE } from '../i18n/merge';
import { COLUMN_TITLES, type ColumnKey, type SheetKey } from '../i18n/register';
import { isBlankCell, isBlankRow } from '../register/cells';
import { mapHeaders } from '../register/headers';
import { LIST_SEPARATOR, sheetSpec } from '../register/spec';
import { type CellChange, conflictLines, writeChanges } from '../register/tableWrite';
import { registerSheet } from '../register/workbook';

export interface MergeServices {
  ss: SpreadsheetPort;
  documentProperties: PropertiesPort;
}

export interface MergeResult {
  /** What was done, in Russian (the sidebar's notice and «Журнал»). */
  lines: string[];
}

export class MergeError extends Error {}

const INTENT_KEY = 'mergePeople';
const BANKS: SheetKey[] = ['mentors', 'mentees'];
/** Columns never copied from the newer row: its identity and the curator's check of the older. */
const NOT_COPIED = new Set<string>(['id', 'email', 'otherEmails', 'verified', 'proposedChanges']);

interface Intent {
  bank: SheetKey;
  olderId: string;
  newerId: string;
}

function readIntent(props: PropertiesPort): Intent | null {
  try {
    const value = JSON.parse(props.getProperty(INTENT_KEY) ?? 'null') as Intent | null;
    return value && BANKS.includes(value.bank) && value.olderId && value.newerId ? value : null;
  } catch {
    return null;
  }
}

function bankOf(id: string): SheetKey | null {
  for (const bank of BANKS) if (id.startsWith(`${sheetSpec(bank).idPrefix}-`)) return bank;
  return null;
}

export function mergePeople(services: MergeServices, olderId: string, newerId: string): MergeResult {
  const lines: string[] = [];
  const pending = readIntent(services.documentProperties);
  if (pending && (pending.olderId !== olderId || pending.newerId !== newerId)) {
    lines.push(MERGE.unfinished(pending.olderId, pending.newerId), ...carryOut(services, pending));
  }
  if (olderId === newerId) throw new MergeError(MERGE.sameId);
  const bank = bankOf(olderId);
  if (!bank) throw new MergeError(MERGE.unknown(olderId));
  if (bankOf(newerId) !== bank) throw new MergeError(MERGE.otherBank(olderId, newerId));
  const intent: Intent = { bank, olderId, newerId };
  if (!pending || pending.olderId !== olderId || pending.newerId !== newerId) {
    // Both must be there before anything is recorded: a merge done already says so.
    const sheet = bankSheet(services.ss, bank);
    const ids = sheet.grid.map((r) => String(r[sheet.idAt] ?? '').trim());
    if (!ids.includes(olderId)) throw new MergeError(MERGE.unknown(olderId));
    if (!ids.includes(newerId)) return { lines: [...lines, MERGE.already(olderId, newerId)] };
    services.documentProperties.setProperty(INTENT_KEY, JSON.stringify(intent));
  }
  lines.push(...carryOut(services, intent));
  return { lines };
}

/** Finishes a merge stopped earlier, if any (before another action changes the banks). */
export function finishPendingMerge(services: MergeServices): string[] {
  const pending = readIntent(services.documentProperties);
  return pending ? [MERGE.unfinished(pending.olderId, pending.newerId), ...carryOut(services, pending)] : [];
}

function bankSheet(ss: SpreadsheetPort, bank: SheetKey) {
  const spec = sheetSpec(bank);
  const sheet = registerSheet(ss, spec.name);
  if (!sheet) throw new MergeError(MERGE.unknown(spec.name));
  const grid = sheet.getDataRange().getValues();
  const headers = mapHeaders(grid[0] ?? [], spec.columns);
  const idAt = headers.index.get('id');
  if (idAt === undefined) throw new MergeError(MERGE.unknown(spec.name));
  return { spec, sheet, grid, headers, idAt };
}

function carryOut(services: MergeServices, intent: Intent): string[] {
  const { ss } = services;
  const { olderId, newerId } = intent;
  const bank = bankSheet(ss, intent.bank);
  const rowOf = (id: string) => bank.grid.findIndex((r, i) => i > 0 && String(r[bank.idAt] ?? '').trim() === id);
  const olderAt = rowOf(olderId);
  const newerAt = rowOf(newerId);
  const lines: string[] = [];
  const filled: string[] = [];
  if (olderAt < 0) {
    // The older row is gone (deleted by hand meanwhile): nothing to merge into.
    services.documentProperties.deleteProperty(INTENT_KEY);
    return [MERGE.unknown(olderId)];
  }
  if (newerAt >= 0) {
    const older = bank.grid[olderAt];
    const newer = bank.grid[newerAt];
    const changes: CellChange[] = [];
    for (const [key, at] of bank.headers.index) {
      if (NOT_COPIED.has(key) || !isBlankCell(older[at]) || isBlankCell(newer[at])) continue;
      changes.push({ row: olderAt + 1, column: at, value: newer[at] });
      filled.push(COLUMN_TITLES[key as ColumnKey]);
    }
    const othersAt = bank.headers.index.get('otherEmails');
    const emailAt = bank.headers.index.get('email');
    if (othersAt !== undefined) {
      const main = emailAt === undefined ? '' : foldEmail(older[emailAt]);
      const known = splitAddresses(older[othersAt]);
      const added = [emailAt === undefined ? '' : foldEmail(newer[emailAt]), ...splitAddresses(newer[othersAt])].filter(
        (a) => a && a !== main && !known.includes(a),
      );
      if (added.length) changes.push({ row: olderAt + 1, column: othersAt, value: [...known, ...added].join(LIST_SEPARATOR) });
    }
    const formulas = () => bank.sheet.getRange(1, 1, bank.grid.length, bank.grid[0].length).getFormulas();
    const left = writeChanges(bank.sheet, bank.grid, formulas, changes, { keyColumn: bank.idAt });
    lines.push(...conflictLines(bank.sheet.getName(), bank.grid[0], left));
  }
  const repointed =
    repoint(ss, 'pairs', intent.bank === 'mentors' ? ['mentorId'] : ['menteeIds'], newerId, olderId, lines) +
    repoint(ss, 'documents', ['documentSubject'], newerId, olderId, lines);
  if (newerAt >= 0) deleteRowOf(bank.sheet, bank.idAt, newerId);
  services.documentProperties.deleteProperty(INTENT_KEY);
  lines.unshift(MERGE.done(bank.sheet.getName(), olderId, newerId, filled, repointed));
  return lines;
}

/** Every cell of these columns naming `from` (alone or in a «; » list) names `to`; returns how many. */
function repoint(ss: SpreadsheetPort, key: SheetKey, columns: ColumnKey[], from: string, to: string, lines: string[]): number {
  const spec = sheetSpec(key);
  const sheet = registerSheet(ss, spec.name);
  if (!sheet) return 0;
  const grid = sheet.getDataRange().getValues();
  const headers = mapHeaders(grid[0] ?? [], spec.columns);
  const changes: CellChange[] = [];
  grid.forEach((row, i) => {
    if (i === 0 || isBlankRow(row)) return;
    for (const column of columns) {
      const at = headers.index.get(column);
      if (at === undefined) continue;
      const ids = String(row[at] ?? '')
        .split(/[;\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (!ids.includes(from)) continue;
      const next = [...new Set(ids.map((id) => (id === from ? to : id)))];
      changes.push({ row: i + 1, column: at, value: next.join(LIST_SEPARATOR) });
    }
  });
  if (!changes.length) return 0;
  const formulas = () => sheet.getRange(1, 1, grid.length, grid[0].length).getFormulas();
  const idAt = headers.index.get('id');
  const left = writeChanges(sheet, grid, formulas, changes, idAt === undefined ? {} : { keyColumn: idAt });
  lines.push(...conflictLines(sheet.getName(), grid[0], left));
  return changes.length - left.length;
}

/** Deletes the row holding `id`, found again right before (rows may have moved since the read). */
function deleteRowOf(sheet: SheetPort, idAt: number, id: string): void {
  const last = sheet.getLastRow();
  if (last < 2) return;
  const ids = sheet.getRange(2, idAt + 1, last - 1, 1).getValues();
  const at = ids.findIndex((r) => String(r[0] ?? '').trim() === id);
  if (at >= 0) sheet.deleteRows(at + 2, 1);
}

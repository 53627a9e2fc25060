/**
 * Use case «Обновить банки из анкет» (also run by the form-submit trigger): answers in the
 * response sheets → rows of «Наставники» and «Наставляемые». Idempotent: running it again
 * over the same answers writes nothing.
 */
import { registerSheet } from '../register/workbook';
import { type BankKind, type BankRow, FORM_OWNED, planBankSync, type SyncPlan, sameCell } from '../domain/bankSync';
import { excerpt } from '../domain/excerpt';
import { toRussianDate } from '../domain/isoDate';
import type { QuestionnairePurpose } from '../domain/formModel';
import type { FormAppPort, PropertiesPort, SheetPort, SpreadsheetPort } from '../gas/ports';
import { PURPOSE_LABELS, SYNC } from '../i18n/forms';
import { WRITE_CONFLICTS } from '../i18n/messages';
import { COLUMN_TITLES, type ColumnKey } from '../i18n/register';
import { isBlankRow } from '../register/cells';
import { mapHeaders } from '../register/headers';
import { nextIds } from '../register/ids';
import { LIST_SEPARATOR, sheetSpec } from '../register/spec';
import { appendRows, type CellChange, conflictLines, rowFor, writeChanges } from '../register/tableWrite';
import { vocabulariesFromGrid } from '../register/vocabularies';
import { SHEET_TITLES } from '../i18n/register';
import {
  type FormRecord,
  type FormRegistry,
  formIdsOf,
  loadFormMeta,
  readFormRegistry,
  recordFor,
  saveFormMeta,
} from './formRegistry';
import { findResponseSheet, mapResponseColumns, responseRows, titleOf } from './responseSheet';
import type { Vocabularies } from '../domain/questionnaires';

export interface SyncServices {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  documentProperties: PropertiesPort;
}

export interface SyncReport {
  error?: string;
  /** One line per bank: added, updated, unchanged. */
  summary: string[];
  /** Answers that could not be used, with sheet, row and reason; cells left because someone changed them meanwhile. */
  problems: string[];
  /** Answers kept as proposals because the curator checked the row's data (new or changed ones only). */
  proposals: string[];
  /** One line per person whose answer was applied (for «Журнал»), capped at APPLIED_LINES. */
  applied: string[];
  changed: boolean;
}

/** Lines naming applied answers in one «Журнал» entry; a sync of thousands says how many more. */
export const APPLIED_LINES = 200;

const BANKS: { purpose: QuestionnairePurpose; kind: BankKind; sheet: 'mentees' | 'mentors'; status: string }[] = [
  { purpose: 'mentee', kind: 'mentee', sheet: 'mentees', status: 'ожидает пару' },
  { purpose: 'mentor', kind: 'mentor', sheet: 'mentors', status: 'кандидат' },
];

const SOURCE_FORM = 'анкета';

/**
 * Syncs every bank, or only the bank whose form has `onlyFormId` (the trigger's case).
 * `allProblems`: report every unusable answer (menu) or only those not reported before (trigger).
 */
export function syncBanks(services: SyncServices, options: { onlyFormId?: string; allProblems: boolean }): SyncReport {
  const { ss } = services;
  const registry = readFormRegistry(ss);
  const report: SyncReport = { summary: [], problems: [], proposals: [], applied: [], changed: false };
  const banks = BANKS.filter((b) => registry && recordFor(registry, b.purpose));
  if (!registry || !banks.length) return { ...report, error: SYNC.noForms };
  const vocabularySheet = registerSheet(ss, SHEET_TITLES.vocabularies);
  const vocabularies = vocabulariesFromGrid(vocabularySheet ? vocabularySheet.getDataRange().getValues() : []);

  let leftCells = 0;
  for (const bank of banks) {
    const record = recordFor(registry, bank.purpose)!;
    if (options.onlyFormId && !formIdsOf(record).includes(options.onlyFormId)) continue;
    leftCells += syncOneBank(services, registry, record, bank, vocabularies, options.allProblems, report);
  }
  if (leftCells) report.problems.push(WRITE_CONFLICTS.advice);
  if (report.applied.length > APPLIED_LINES) {
    const more = report.applied.length - APPLIED_LINES;
    report.applied = [...report.applied.slice(0, APPLIED_LINES), SYNC.appliedMore(more)];
  }
  for (const record of registry.records) {
    if (BANKS.some((b) => b.purpose === record.purpose)) continue;
    if (options.onlyFormId && !formIdsOf(record).includes(options.onlyFormId)) continue;
    const sheet = findResponseSheet(ss, formIdsOf(record), record.responsesSheet);
    if (sheet) updateAnswerCount(registry, record, Math.max(sheet.getLastRow() - 1, 0));
  }
  return report;
}

function syncOneBank(
  services: SyncServices,
  registry: FormRegistry,
  record: FormRecord,
  bank: (typeof BANKS)[number],
  vocabularies: Vocabularies,
  allProblems: boolean,
  report: SyncReport,
): number {
  const { ss, documentProperties } = services;
  const label = PURPOSE_LABELS[bank.purpose];
  const meta = loadFormMeta(documentProperties, record.formId);
  const responsesSheet = meta && findResponseSheet(ss, formIdsOf(record), record.responsesSheet || meta.responsesSheet);
  if (!meta || !responsesSheet) {
    report.problems.push(SYNC.noResponsesSheet(label));
    return 0;
  }
  const responseGrid = responsesSheet.getDataRange().getValues();
  const keys = mapResponseColumns(responseGrid[0] ?? [], meta, record.formId, services.formApp, documentProperties);
  const responses = responseRows(responseGrid, keys);

  const spec = sheetSpec(bank.sheet);
  const bankSheet = registerSheet(ss, spec.name);
  if (!bankSheet) {
    report.problems.push(SYNC.bankBlocked(spec.name, spec.columns[0].header));
    return 0;
  }
  const grid = bankSheet.getDataRange().getValues();
  const headers = mapHeaders(grid[0] ?? [], spec.columns);
  const missing = spec.columns.find((c) => c.required && !headers.index.has(c.key));
  if (missing) {
    report.problems.push(SYNC.bankBlocked(spec.name, missing.header));
    return 0;
  }

  const bankRows: BankRow[] = [];
  grid.forEach((cells, i) => {
    if (i === 0 || isBlankRow(cells)) return;
    const rowCells: Record<string, unknown> = {};
    for (const [key, at] of headers.index) rowCells[key] = cells[at];
    bankRows.push({ row: i + 1, cells: rowCells });
  });

  const plan = planBankSync(bank.kind, responses, bankRows, {
    checkboxChoices: { requests: vocabularies.competences, competences: vocabularies.competences },
    listSeparator: LIST_SEPARATOR,
  });

  const changes: CellChange[] = [];
  const cell = (row: number, key: string, value: unknown) => {
    const column = headers.index.get(key as ColumnKey);
    if (column !== undefined) changes.push({ row, column, value });
  };
  for (const [row, values] of plan.updates) for (const [key, value] of Object.entries(values)) cell(row, key, value);
  const ids = nextIds(
    spec.idPrefix!,
    bankRows.map((r) => r.cells.id),
    plan.inserts.length,
  );
  const width = grid[0].length;
  const newRows = plan.inserts.map((values, i) =>
    rowFor({ ...pick(values, FORM_OWNED[bank.kind]), id: ids[i], source: SOURCE_FORM, status: bank.status }, headers, width),
  );
  // Rows the curator checked: what the answers say differently goes to «Предложенные изменения».
  const hasProposalColumn = headers.index.has('proposedChanges');
  for (const [row, proposal] of plan.proposals) {
    const current = bankRows.find((r) => r.row === row)!.cells;
    const fields = Object.entries(proposal.values).map(([key, value]) => ({
      title: COLUMN_TITLES[key as ColumnKey],
      value: shownValue(value),
    }));
    const date = proposal.answeredAt && toRussianDate(proposal.answeredAt);
    const answer = SYNC.answerAt(responsesSheet.getName(), proposal.responseRow, date);
    const text = fields.length ? SYNC.proposalCell(answer, fields) : '';
    const who = SYNC.who(String(current.id ?? ''), String(current.fullName ?? ''));
    const said = fields.map((f) => SYNC.proposedField(f.title, excerpt(f.value))).join(', ');
    if (!hasProposalColumn) {
      if (fields.length) report.proposals.push(SYNC.proposedNoColumn(bankSheet.getName(), row, who, said));
      continue;
    }
    if (sameCell(current.proposedChanges, text)) continue;
    cell(row, 'proposedChanges', text);
    if (fields.length) report.proposals.push(SYNC.proposed(bankSheet.getName(), row, who, said));
  }
  // A cell someone changed since the read is left as they made it, and said so.
  const formulas = () => bankSheet.getRange(1, 1, grid.length, width).getFormulas();
  const left = writeChanges(bankSheet, grid, formulas, changes, { keyColumn: headers.index.get('id') });
  report.problems.push(...conflictLines(bankSheet.getName(), grid[0], left));
  if (newRows.length) appendRows(bankSheet, grid, newRows);
  report.changed ||= changes.length > 0 || newRows.length > 0;
  updateAnswerCount(registry, record, responses.length);

  const since = allProblems ? 1 : meta.reportedRows;
  const sheetName = responsesSheet.getName();
  for (const u of plan.unusable) if (u.row > since) report.problems.push(SYNC.unusable(sheetName, u.row, SYNC.noIdentity));
  for (const p of plan.problems) {
    if (p.row > since) {
      const reason = SYNC.badField(titleOf(meta, p.field.key), excerpt(p.field.value), SYNC.integer);
      report.problems.push(SYNC.unusable(sheetName, p.row, reason));
    }
  }
  const people = { rows: new Map(bankRows.map((r) => [r.row, r.cells])), ids, responses: responsesSheet.getName() };
  report.applied.push(...appliedLines(plan, people));
  const lastRow = responseGrid.length;
  if (lastRow !== meta.reportedRows) saveFormMeta(documentProperties, record.formId, { ...meta, reportedRows: lastRow });
  report.summary.push(SYNC.summary(label, plan.inserts.length, plan.updates.size, plan.unchanged));
  return left.length;
}

/** A value as the proposal cell shows it: dates as dd.mm.yyyy, long text cut well below a cell's limit. */
function shownValue(value: unknown): string {
  if (Object.prototype.toString.call(value) === '[object Date]') return toRussianDate(value as Date);
  return excerpt(value, 5000);
}

function appliedLines(
  plan: SyncPlan,
  people: { rows: Map<number, Record<string, unknown>>; ids: string[]; responses: string },
): string[] {
  return plan.applied.map((a) => {
    const answer = SYNC.answerAt(people.responses, a.responseRow, a.answeredAt && toRussianDate(a.answeredAt));
    if (a.row === null) {
      const values = plan.inserts[a.insert ?? 0] ?? {};
      return SYNC.appliedNew(SYNC.who(people.ids[a.insert ?? 0] ?? '', String(values.fullName ?? '')), answer);
    }
    const cells = people.rows.get(a.row) ?? {};
    const name = String(plan.updates.get(a.row)?.fullName ?? cells.fullName ?? '');
    const columns = a.keys.map((k) => COLUMN_TITLES[k as ColumnKey] ?? k).join(', ');
    return SYNC.appliedUpdate(SYNC.who(String(cells.id ?? ''), name), answer, columns);
  });
}

function pick(values: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in values).map((k) => [k, values[k]]));
}

/** «Анкеты».«Ответов»: written only when it differs. */
function updateAnswerCount(registry: FormRegistry, record: FormRecord, count: number): void {
  const at = registry.table.headers.index.get('answers');
  if (at === undefined) return;
  const current = registry.table.rows[record.row - 2]?.[at];
  if (current === count) return;
  (registry.sheet as SheetPort).getRange(record.row, at + 1).setValue(count);
}

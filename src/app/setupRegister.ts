/**
 * Use case «Создать или проверить реестр»: creates what is missing (sheets, columns,
 * settings, vocabularies, IDs, formats) and never deletes, reorders or overwrites what the
 * curator typed. It first plans from one read per sheet; if a required column is missing
 * from a sheet that holds data, it writes nothing and explains why.
 */
import { VOCABULARIES, vocabularyByKey } from '../domain/vocabulary';
import type { PropertiesPort, SheetPort, SpreadsheetAppPort, SpreadsheetPort } from '../gas/ports';
import { SETUP } from '../i18n/messages';
import { isBlankRow, toCell } from '../register/cells';
import { foldHeader, headerWidth, mapHeaders } from '../register/headers';
import { nextIds } from '../register/ids';
import {
  columnLooksFormatted,
  ensureFrozenHeader,
  ensureHeaderProtection,
  formatColumn,
  setWidths,
  styleHeader,
  type VocabularyColumns,
  validationFactory,
} from '../register/layout';
import { SETTING_SPECS, settingByTitle } from '../register/settings';
import { type ColumnSpec, SHEET_SPECS, type SheetSpec } from '../register/spec';
import { parseTable, type RowIssue } from '../register/table';
import { appendRows, ensureRows } from '../register/tableWrite';
import { findSheet, sheetsByName } from '../register/workbook';

export interface SetupServices {
  app: SpreadsheetAppPort;
  ss: SpreadsheetPort;
  documentProperties: PropertiesPort;
  now: Date;
}

export interface SetupReport {
  /** Non-empty: nothing was written. */
  blockers: string[];
  createdSheets: string[];
  addedColumns: { sheet: string; headers: string[] }[];
  addedSettings: number;
  addedVocabularies: string[];
  assignedIds: { sheet: string; count: number }[];
  warnings: string[];
  issues: RowIssue[];
}

/** What one sheet needs, decided before anything is written. */
interface SheetPlan {
  spec: SheetSpec;
  sheet: SheetPort | null;
  grid: unknown[][];
  /** Header cells in the sheet (trailing blanks cut). */
  width: number;
  /** Spec columns to append after `width`. */
  newColumns: ColumnSpec[];
  /** Header texts to append (for «Справочники», vocabulary titles). */
  newHeaders: string[];
}

const VOCABULARY_LAYOUT_KEY = 'register.vocabularyLayout';

export function setupRegister(services: SetupServices): SetupReport {
  const { ss } = services;
  const report: SetupReport = {
    blockers: [],
    createdSheets: [],
    addedColumns: [],
    addedSettings: 0,
    addedVocabularies: [],
    assignedIds: [],
    warnings: [],
    issues: [],
  };
  const sheets = sheetsByName(ss);
  const plans = SHEET_SPECS.map((spec) => planSheet(spec, findSheet(sheets, spec.name) ?? null, report));
  if (report.blockers.length) return report;

  for (const plan of plans) applySheet(services, plan, report);
  fillSettings(plans.find((p) => p.spec.key === 'settings')!, services.now, report);
  const vocabularyPlan = plans.find((p) => p.spec.key === 'vocabularies')!;
  const vocabularyColumns = fillVocabularies(vocabularyPlan, report);
  applyFormats(services, plans, vocabularyPlan.sheet!, vocabularyColumns);
  for (const plan of plans) assignIds(plan, report);
  for (const plan of plans) {
    if (plan.spec.columns.length && plan.spec.key !== 'settings') report.issues.push(...parseTable(plan.grid, plan.spec).issues);
  }
  return report;
}

export function setupChangedAnything(report: SetupReport): boolean {
  return (
    report.createdSheets.length > 0 ||
    report.addedColumns.length > 0 ||
    report.addedSettings > 0 ||
    report.addedVocabularies.length > 0 ||
    report.assignedIds.length > 0
  );
}

function planSheet(spec: SheetSpec, sheet: SheetPort | null, report: SetupReport): SheetPlan {
  const grid = sheet ? sheet.getDataRange().getValues() : [[]];
  const header = grid[0] ?? [];
  const width = headerWidth(header);
  const plan: SheetPlan = { spec, sheet, grid, width, newColumns: [], newHeaders: [] };
  if (spec.key === 'vocabularies') {
    const present = new Set(header.map(foldHeader));
    plan.newHeaders = VOCABULARIES.map((v) => v.title).filter((t) => !present.has(foldHeader(t)));
    return plan;
  }
  const map = mapHeaders(header, spec.columns);
  const hasData = grid.slice(1).some((row) => !isBlankRow(row));
  for (const dup of map.duplicates) report.warnings.push(SETUP.duplicateHeader(spec.name, dup));
  for (const column of map.missing) {
    if (column.required && hasData) {
      report.blockers.push(
        SETUP.missingRequired(
          spec.name,
          column.header,
          map.extra.map((e) => e.header),
        ),
      );
    } else {
      plan.newColumns.push(column);
    }
  }
  plan.newHeaders = plan.newColumns.map((c) => c.header);
  return plan;
}

/** Creates a missing sheet and appends missing header cells after the last header. */
function applySheet(services: SetupServices, plan: SheetPlan, report: SetupReport): void {
  const { ss } = services;
  if (!plan.sheet) {
    plan.sheet = ss.insertSheet(plan.spec.name);
    if (plan.spec.tabColor) plan.sheet.setTabColor(plan.spec.tabColor);
    report.createdSheets.push(plan.spec.name);
  }
  const sheet = plan.sheet;
  if (plan.newHeaders.length) {
    const from = plan.width + 1;
    const needed = from + plan.newHeaders.length - 1 - sheet.getMaxColumns();
    if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
    sheet.getRange(1, from, 1, plan.newHeaders.length).setValues([plan.newHeaders.map(toCell)]);
    styleHeader(sheet, from, plan.newHeaders.length);
    setWidths(
      sheet,
      plan.newColumns.map((spec, i) => ({ column: from + i, spec })),
    );
    if (!report.createdSheets.includes(plan.spec.name) && plan.spec.key !== 'vocabularies') {
      report.addedColumns.push({ sheet: plan.spec.name, headers: plan.newHeaders });
    }
    // Keep the in-memory grid in step with the sheet for the steps that follow.
    const grid = plan.grid.length ? plan.grid : [[]];
    grid[0] = [...(grid[0] ?? []).slice(0, plan.width), ...plan.newHeaders];
    plan.grid = grid;
    plan.width = from + plan.newHeaders.length - 1;
  }
  ensureFrozenHeader(sheet);
  ensureHeaderProtection(services.app, sheet, plan.width);
}

/** Adds the settings rows that are missing, with defaults; keeps every value typed. */
function fillSettings(plan: SheetPlan, now: Date, report: SetupReport): void {
  const map = mapHeaders(plan.grid[0], plan.spec.columns);
  const at = (key: ColumnSpec['key']) => map.index.get(key);
  const present = new Set(
    plan.grid
      .slice(1)
      .map((row) => settingByTitle(row[at('parameter')!])?.key)
      .filter(Boolean),
  );
  const missing = SETTING_SPECS.filter((s) => !present.has(s.key));
  if (!missing.length) return;
  const rows = missing.map((s) => {
    const row: unknown[] = new Array(plan.width).fill('');
    row[at('parameter')!] = toCell(s.title);
    row[at('value')!] = toCell(s.initial(now));
    const hint = at('hint');
    if (hint !== undefined) row[hint] = toCell(s.hint);
    return row;
  });
  // After the last filled row as it is when written: a setting typed meanwhile is not written over.
  appendRows(plan.sheet!, plan.grid, rows);
  report.addedSettings = missing.length;
}

/** Adds missing vocabulary columns with their default values; returns where each lives. */
function fillVocabularies(plan: SheetPlan, report: SetupReport): VocabularyColumns {
  const columns: VocabularyColumns = new Map();
  plan.grid[0].forEach((cell, i) => {
    const folded = foldHeader(cell);
    const vocabulary = VOCABULARIES.find((v) => foldHeader(v.title) === folded);
    if (vocabulary && !columns.has(vocabulary.title)) columns.set(vocabulary.title, i + 1);
  });
  const added = VOCABULARIES.filter((v) => plan.newHeaders.includes(v.title));
  if (added.length) {
    const depth = Math.max(...added.map((v) => v.values.length));
    const sheet = plan.sheet!;
    ensureRows(sheet, depth + 1);
    const from = Math.min(...added.map((v) => columns.get(v.title)!));
    const block = Array.from({ length: depth }, (_, r) => added.map((v) => toCell(v.values[r] ?? '')));
    sheet.getRange(2, from, depth, added.length).setValues(block);
    report.addedVocabularies = added.map((v) => v.title);
  }
  return columns;
}

/**
 * Number formats and validation rules, column by column, where row 2 shows they are
 * missing, or everywhere when «Справочники» moved (rules point at its columns).
 */
function applyFormats(
  services: SetupServices,
  plans: SheetPlan[],
  vocabularySheet: SheetPort,
  vocabularyColumns: VocabularyColumns,
): void {
  const { app, documentProperties } = services;
  const layout = JSON.stringify([vocabularySheet.getSheetId(), [...vocabularyColumns.entries()]]);
  const layoutChanged = documentProperties.getProperty(VOCABULARY_LAYOUT_KEY) !== layout;
  const ruleFor = validationFactory(app, {
    sheet: vocabularySheet,
    maxRows: vocabularySheet.getMaxRows(),
    columns: vocabularyColumns,
    title: (key) => vocabularyByKey(key).title,
  });

  for (const plan of plans) {
    if (!plan.spec.columns.length || plan.spec.key === 'settings') continue;
    const sheet = plan.sheet!;
    const map = mapHeaders(plan.grid[0], plan.spec.columns);
    const width = Math.max(plan.width, 1);
    let maxRows = 0; // read only if a column needs formatting
    const probe = sheet.getRange(2, 1, 1, width);
    const formats = probe.getNumberFormats()[0];
    const rules = probe.getDataValidations()[0];
    for (const spec of plan.spec.columns) {
      const at = map.index.get(spec.key);
      if (at === undefined) continue;
      const forced = layoutChanged && spec.type === 'choice';
      if (!forced && columnLooksFormatted(app, spec, formats[at], rules[at])) continue;
      maxRows ||= sheet.getMaxRows();
      formatColumn(sheet, maxRows, at + 1, spec, ruleFor(spec));
    }
  }
  if (layoutChanged) documentProperties.setProperty(VOCABULARY_LAYOUT_KEY, layout);
}

/** Gives an ID to every filled row that has none; existing IDs are kept as typed. */
function assignIds(plan: SheetPlan, report: SetupReport): void {
  const prefix = plan.spec.idPrefix;
  if (!prefix) return;
  const at = mapHeaders(plan.grid[0], plan.spec.columns).index.get('id');
  if (at === undefined) return;
  const rows = plan.grid.slice(1);
  const lacking = rows.filter((row) => !isBlankRow(row) && String(row[at] ?? '').trim() === '');
  if (!lacking.length) return;
  const ids = nextIds(
    prefix,
    rows.map((row) => row[at]),
    lacking.length,
  );
  let next = 0;
  const column = rows.map((row) => {
    if (!isBlankRow(row) && String(row[at] ?? '').trim() === '') row[at] = ids[next++];
    return [toCell(row[at])];
  });
  plan.sheet!.getRange(2, at + 1, column.length, 1).setValues(column);
  report.assignedIds.push({ sheet: plan.spec.name, count: lacking.length });
}

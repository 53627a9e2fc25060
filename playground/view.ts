/**
 * What the page shows of the emulated workbook: tabs, menus, and one sheet's grid as display
 * values with styles, validation rules and protections. Read straight from the emulator's
 * state (no counted calls), as Sheets' own UI reads the document.
 */
import {
  columnToLetters,
  type Emulator,
  gridDisplayValues,
  gridFormulas,
  gridValues,
  type SheetState,
  type SpreadsheetState,
  type ValidationRuleState,
} from '../emulator';
import type { CellKind, CellView, MenuView, RuleView, SheetTabView, SheetView } from './protocol';

/** Never send more rows than this; the page says so when a sheet is longer. */
export const MAX_ROWS_SENT = 2000;
/** Blank rows shown below the last row with data (Sheets shows all; we show enough to type in). */
export const BLANK_ROWS_BELOW = 50;
const MIN_ROWS = 100;
const MIN_COLUMNS = 26;
const DEFAULT_WIDTH = 100;

function hasContent(cell: { v: unknown; f?: string } | null | undefined): boolean {
  return !!cell && (cell.f !== undefined || cell.v !== '');
}

export function lastRowOf(sheet: SheetState): number {
  for (let i = sheet.cells.length - 1; i >= 0; i--) {
    const row = sheet.cells[i];
    if (row?.some(hasContent)) return i + 1;
  }
  return 0;
}

export function lastColumnOf(sheet: SheetState): number {
  let last = 0;
  for (const row of sheet.cells) {
    if (!row) continue;
    for (let j = row.length - 1; j >= last; j--) {
      if (hasContent(row[j])) {
        last = j + 1;
        break;
      }
    }
  }
  return last;
}

export function tabs(ss: SpreadsheetState): SheetTabView[] {
  return ss.sheets.filter((s) => !s.hidden).map((s) => ({ sheetId: s.sheetId, name: s.name, tabColor: s.tabColor }));
}

/** The sheet the page should show: the one asked for, else the active one, else the first visible. */
export function pickSheet(ss: SpreadsheetState, sheetId?: number): SheetState | null {
  const visible = ss.sheets.filter((s) => !s.hidden);
  return (
    (sheetId !== undefined ? visible.find((s) => s.sheetId === sheetId) : undefined) ??
    visible.find((s) => s.sheetId === ss.activeSheetId) ??
    visible[0] ??
    null
  );
}

export function menus(emulator: Emulator): MenuView[] {
  return JSON.parse(JSON.stringify(emulator.state.ui.menus)) as MenuView[];
}

function kindOf(value: unknown): CellKind | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (typeof value === 'number') return 'n';
  if (typeof value === 'boolean') return 'b';
  if (Object.prototype.toString.call(value) === '[object Date]') return 'd';
  return 's';
}

function a1(row: number, column: number, numRows: number, numColumns: number): string {
  return `${columnToLetters(column)}${row}:${columnToLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

function ruleView(ss: SpreadsheetState, sheet: SheetState, rule: ValidationRuleState): RuleView {
  const strict = !rule.allowInvalid;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return { kind: 'list', options: rule.list.filter((v) => v !== ''), dropdown: rule.showDropdown, strict };
    case 'VALUE_IN_RANGE': {
      const target = ss.sheets.find((s) => s.sheetId === rule.range.sheetId) ?? sheet;
      const r = rule.range;
      const options: string[] = [];
      if (r.numRows > 0 && r.numColumns > 0) {
        for (const line of gridDisplayValues(ss, target.name, a1(r.row, r.column, r.numRows, r.numColumns))) {
          for (const text of line) if (text !== '' && !options.includes(text)) options.push(text);
        }
      }
      return { kind: 'list', options, dropdown: rule.showDropdown, strict };
    }
    case 'CHECKBOX':
      return { kind: 'checkbox' };
    case 'DATE_IS_VALID_DATE':
      return { kind: 'date', strict };
    default:
      return { kind: 'number', strict };
  }
}

/**
 * One sheet for the page: up to the last row with data plus blank rows (at least `minRows`),
 * never more than MAX_ROWS_SENT; columns up to the last used one plus a few.
 */
export function sheetView(ss: SpreadsheetState, sheet: SheetState, minRows = MIN_ROWS): SheetView {
  const lastRow = lastRowOf(sheet);
  const rows = Math.min(sheet.maxRows, MAX_ROWS_SENT, Math.max(lastRow + BLANK_ROWS_BELOW, minRows));
  const columns = Math.min(sheet.maxColumns, Math.max(lastColumnOf(sheet) + 3, MIN_COLUMNS));
  const range = a1(1, 1, rows, columns);
  const display = gridDisplayValues(ss, sheet.name, range);
  const values = gridValues(ss, sheet.name, range);
  const formulas = gridFormulas(ss, sheet.name, range);
  const rules: Record<string, RuleView> = {};
  const cells: (CellView | null)[][] = [];
  for (let i = 0; i < rows; i++) {
    const stored = sheet.cells[i];
    const line: (CellView | null)[] = [];
    for (let j = 0; j < columns; j++) {
      const cell = stored ? stored[j] : null;
      if (!cell) {
        line.push(null);
        continue;
      }
      const view: CellView = {};
      const text = display[i][j];
      const kind = kindOf(values[i][j]);
      if (text !== '') view.t = text;
      if (kind) view.k = kind;
      if (formulas[i][j]) view.f = formulas[i][j];
      else if (kind === 'n') {
        const full = String(values[i][j]).replace('.', ss.locale.startsWith('ru') ? ',' : '.');
        if (full !== text) view.e = full;
      }
      if (cell.fw === 'bold') view.bold = true;
      if (cell.bg) view.bg = cell.bg;
      if (cell.wrap) view.wrap = true;
      if (cell.note) view.note = cell.note;
      if (cell.dv !== undefined && sheet.validationRules[cell.dv]) {
        view.dv = cell.dv;
        if (!rules[cell.dv]) rules[cell.dv] = ruleView(ss, sheet, sheet.validationRules[cell.dv]);
      }
      line.push(Object.keys(view).length ? view : null);
    }
    cells.push(line);
  }
  return {
    sheetId: sheet.sheetId,
    name: sheet.name,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    rows,
    columns,
    lastRow,
    rowLimit: MAX_ROWS_SENT,
    frozenRows: sheet.frozenRows,
    columnWidths: Array.from({ length: columns }, (_, j) => sheet.columnWidths[String(j + 1)] ?? DEFAULT_WIDTH),
    cells,
    rules,
    protections: sheet.protections.map((p) => ({
      row: p.range ? p.range.row : 1,
      column: p.range ? p.range.column : 1,
      numRows: p.range ? p.range.numRows : sheet.maxRows,
      numColumns: p.range ? p.range.numColumns : sheet.maxColumns,
      description: p.description,
      warningOnly: p.warningOnly,
    })),
  };
}

/** Sheets' rejection of an invalid edit, in Russian (the rule's help text when it has one). */
export function rejectionMessage(rule: ValidationRuleState | undefined, cellA1: string, helpOrDefault: string): string {
  const lead = `Данные в ячейке ${cellA1} нарушают правила проверки, заданные для неё.`;
  if (!rule) return `${lead} ${helpOrDefault}`;
  if (rule.helpText) return `${lead} ${rule.helpText}`;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
    case 'VALUE_IN_RANGE':
      return `${lead} Выберите значение из списка.`;
    case 'DATE_IS_VALID_DATE':
      return `${lead} Введите дату, например 01.09.2026.`;
    case 'NUMBER_BETWEEN':
      return `${lead} Введите число от ${Math.min(rule.min, rule.max)} до ${Math.max(rule.min, rule.max)}.`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `${lead} Введите число не меньше ${rule.min}.`;
    case 'CHECKBOX':
      return `${lead} Значение должно быть флажком (TRUE или FALSE).`;
  }
}

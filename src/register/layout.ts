/**
 * Formatting the register's sheets: header style, frozen header, widths, date and number
 * formats, drop-down lists fed from «Справочники», checkboxes, and a warning-only
 * protection of the header row. Each function touches whole columns with one call, so the
 * cost does not grow with the number of rows.
 */
import type { DataValidationPort, SheetPort, SpreadsheetAppPort } from '../gas/ports';
import { HEADER_PROTECTION_DESCRIPTION } from '../i18n/messages';
import { DATE_FORMAT, DATETIME_FORMAT, type ColumnSpec } from './spec';

const HEADER_BACKGROUND = '#e8f0fe';

/** Where each vocabulary lives in «Справочники»: title → 1-based column. */
export type VocabularyColumns = Map<string, number>;

export function styleHeader(sheet: SheetPort, fromColumn: number, count: number): void {
  if (count <= 0) return;
  sheet.getRange(1, fromColumn, 1, count).setFontWeight('bold').setBackground(HEADER_BACKGROUND).setWrap(true);
}

export function ensureFrozenHeader(sheet: SheetPort): void {
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
}

export function setWidths(sheet: SheetPort, columns: { column: number; spec: ColumnSpec }[]): void {
  for (const { column, spec } of columns) sheet.setColumnWidth(column, spec.width ?? 130);
}

function numberFormatOf(spec: ColumnSpec): string | null {
  switch (spec.type) {
    case 'date':
      return DATE_FORMAT;
    case 'datetime':
      return DATETIME_FORMAT;
    case 'integer':
      return '0';
    default:
      return null;
  }
}

/** Where drop-down lists take their values from. */
export interface VocabularySource {
  sheet: SheetPort;
  maxRows: number;
  columns: VocabularyColumns;
  title: (key: NonNullable<ColumnSpec['vocabulary']>) => string;
}

/**
 * Builds the rule a column should carry (null when it has none). Rules are values: one
 * built rule serves every column of its kind, so each is built once per run.
 */
export function validationFactory(app: SpreadsheetAppPort, source: VocabularySource) {
  const built = new Map<string, DataValidationPort | null>();
  const once = (key: string, make: () => DataValidationPort | null) => {
    if (!built.has(key)) built.set(key, make());
    return built.get(key)!;
  };
  return (spec: ColumnSpec): DataValidationPort | null => {
    if (spec.type === 'choice' && spec.vocabulary) {
      const column = source.columns.get(source.title(spec.vocabulary));
      if (!column) return null;
      return once(`list:${column}`, () =>
        app
          .newDataValidation()
          .requireValueInRange(source.sheet.getRange(2, column, source.maxRows - 1, 1), true)
          .setAllowInvalid(false)
          .build(),
      );
    }
    if (spec.type === 'bool') return once('checkbox', () => app.newDataValidation().requireCheckbox().build());
    if (spec.type === 'date' || spec.type === 'datetime') {
      return once('date', () => app.newDataValidation().requireDate().setAllowInvalid(false).build());
    }
    return null;
  };
}

/**
 * Applies format and rule to rows 2..maxRows of one column. Existing values stay: a rule
 * only marks or blocks future input, a number format only changes how values look.
 */
export function formatColumn(
  sheet: SheetPort,
  maxRows: number,
  column: number,
  spec: ColumnSpec,
  rule: DataValidationPort | null,
): void {
  const rows = maxRows - 1;
  if (rows < 1) return;
  const range = sheet.getRange(2, column, rows, 1);
  const format = numberFormatOf(spec);
  if (format) range.setNumberFormat(format);
  if (rule) range.setDataValidation(rule);
}

/** True when row 2 of the column already carries the column's format and a rule of the right kind. */
export function columnLooksFormatted(
  app: SpreadsheetAppPort,
  spec: ColumnSpec,
  format: string,
  rule: DataValidationPort | null,
): boolean {
  const wantFormat = numberFormatOf(spec);
  if (wantFormat && format !== wantFormat) return false;
  const wantRule = validationKind(app, spec);
  if (wantRule === null) return true;
  return rule !== null && String(rule.getCriteriaType()) === String(wantRule);
}

function validationKind(app: SpreadsheetAppPort, spec: ColumnSpec) {
  const criteria = app.DataValidationCriteria;
  if (spec.type === 'choice' && spec.vocabulary) return criteria.VALUE_IN_RANGE;
  if (spec.type === 'bool') return criteria.CHECKBOX;
  if (spec.type === 'date' || spec.type === 'datetime') return criteria.DATE_IS_VALID_DATE;
  return null;
}

/** Warning-only protection over the header row; recreated when the header grew past it. */
export function ensureHeaderProtection(app: SpreadsheetAppPort, sheet: SheetPort, width: number): void {
  const existing = sheet
    .getProtections(app.ProtectionType.RANGE)
    .filter((p) => p.getDescription() === HEADER_PROTECTION_DESCRIPTION);
  if (existing.length === 1) {
    const range = existing[0].getRange();
    if (range.getRow() === 1 && range.getNumRows() === 1 && range.getNumColumns() >= width) return;
  }
  for (const p of existing) p.remove();
  sheet.getRange(1, 1, 1, Math.max(width, 1)).protect().setDescription(HEADER_PROTECTION_DESCRIPTION).setWarningOnly(true);
}

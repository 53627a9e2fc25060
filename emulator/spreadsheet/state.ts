/**
 * Plain-data state of an emulated spreadsheet. Everything here is JSON-serialisable except
 * Date objects in cell values (the snapshot encoder handles them); the service classes are
 * views over this data, so a snapshot taken at any moment is the whole truth.
 */

/** A stored cell value: '' is blank. Dates are instants (ms since epoch as a Date). */
export type CellValue = string | number | boolean | Date;

export interface CellState {
  /** Value, or the cached result for a formula cell ('' when not computable). */
  v: CellValue;
  /** Formula text starting with '='. */
  f?: string;
  /** Number format; absent means the default format. */
  nf?: string;
  note?: string;
  /** Id of a rule in the sheet's validationRules. */
  dv?: string;
  fw?: 'bold' | 'normal';
  bg?: string;
  wrap?: boolean;
}

/** One sheet row: index 0 is column 1. Missing or null entries are empty cells. */
export type RowState = (CellState | null)[];

/** A rectangle on a sheet, 1-based. */
export interface GridRangeState {
  sheetId: number;
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

interface RuleBase {
  allowInvalid: boolean;
  /** null when no help text was set (Google returns null then). */
  helpText: string | null;
}

export type ValidationRuleState = RuleBase &
  (
    | { criteria: 'VALUE_IN_LIST'; list: string[]; showDropdown: boolean }
    | { criteria: 'VALUE_IN_RANGE'; range: GridRangeState; showDropdown: boolean }
    | { criteria: 'DATE_IS_VALID_DATE' }
    | { criteria: 'NUMBER_BETWEEN'; min: number; max: number }
    | { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO'; min: number }
    | { criteria: 'CHECKBOX' }
  );

export type CriteriaName = ValidationRuleState['criteria'];

export interface ProtectionState {
  id: string;
  type: 'RANGE' | 'SHEET';
  /** The protected rectangle of a RANGE protection; null for SHEET. */
  range: { row: number; column: number; numRows: number; numColumns: number } | null;
  description: string;
  warningOnly: boolean;
}

/** A rectangle of the sheet that holds it, 1-based. */
export interface RectState {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** SpreadsheetApp.BooleanCriteria members the emulator builds rules with (names, as the enum's). */
export type BooleanCriteriaName = 'CUSTOM_FORMULA' | 'TEXT_EQUAL_TO';

/** A conditional format rule of one sheet (its ranges are on that sheet). */
export interface ConditionalFormatRuleState {
  ranges: RectState[];
  criteria: BooleanCriteriaName;
  /** As getCriteriaValues gives them: [formula] or [text]. */
  values: string[];
  /** null: the rule leaves it as it is. */
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
}

/** Charts.ChartType member names. */
export type ChartTypeName =
  | 'TIMELINE'
  | 'AREA'
  | 'BAR'
  | 'BUBBLE'
  | 'CANDLESTICK'
  | 'COLUMN'
  | 'COMBO'
  | 'GAUGE'
  | 'GEO'
  | 'HISTOGRAM'
  | 'RADAR'
  | 'LINE'
  | 'ORG'
  | 'PIE'
  | 'SCATTER'
  | 'SPARKLINE'
  | 'STEPPED_AREA'
  | 'TABLE'
  | 'TREEMAP'
  | 'WATERFALL';

/** A JSON value: chart options are stored as plain data. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** An embedded chart of a sheet. Its data ranges may be on any sheet of the spreadsheet. */
export interface ChartState {
  chartId: number;
  type: ChartTypeName;
  ranges: GridRangeState[];
  /** setOption(name, value), keyed by the name as given ('title', 'hAxis.title'...). */
  options: Record<string, JsonValue>;
  /** The cell the chart's top-left corner is anchored to, and the offset from it in pixels. */
  position: { row: number; column: number; offsetX: number; offsetY: number };
  /** -1: not set (Sheets guesses the headers). */
  numHeaders: number;
}

export interface SheetState {
  sheetId: number;
  name: string;
  /** Rows, index 0 is row 1; missing or null rows are empty. */
  cells: (RowState | null)[];
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  /** Widths in pixels of columns that differ from the default, keyed by 1-based column. */
  columnWidths: Record<string, number>;
  tabColor: string | null;
  hidden: boolean;
  protections: ProtectionState[];
  /** Validation rules referenced by cells' dv, keyed by id. */
  validationRules: Record<string, ValidationRuleState>;
  /** URL of the form whose responses land in this sheet; absent when none does. */
  formUrl?: string;
  /** In priority order; absent (snapshots from before) means none. */
  conditionalFormats?: ConditionalFormatRuleState[];
  /** In insertion order; absent (snapshots from before) means none. */
  charts?: ChartState[];
}

/** The sheet's charts, created empty when absent. */
export function chartsOf(sheet: SheetState): ChartState[] {
  return (sheet.charts ??= []);
}

export interface ToastState {
  message: string;
  title: string;
  timeoutSeconds: number | null;
  /** Emulated time of the toast, ms since epoch. */
  at: number;
}

export interface SpreadsheetState {
  id: string;
  name: string;
  url: string;
  timeZone: string;
  locale: string;
  /** In tab order. */
  sheets: SheetState[];
  /** Set by Sheet.activate() and insertSheet(); null means the first sheet. */
  activeSheetId: number | null;
  nextSheetId: number;
  /** Counter for protection, validation-rule and chart ids. */
  nextObjectId: number;
  toasts: ToastState[];
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

export function newSheetState(sheetId: number, name: string): SheetState {
  return {
    sheetId,
    name,
    cells: [],
    maxRows: DEFAULT_ROWS,
    maxColumns: DEFAULT_COLUMNS,
    frozenRows: 0,
    columnWidths: {},
    tabColor: null,
    hidden: false,
    protections: [],
    validationRules: {},
  };
}

/** Name of the first sheet of a new spreadsheet, as Google names it in the locale. */
function firstSheetName(locale: string): string {
  if (locale.startsWith('ru')) return 'Лист1';
  return 'Sheet1';
}

/** A new spreadsheet as Google creates it: one sheet of 1000 × 26, first sheet id 0. */
export function newSpreadsheetState(opts: { id: string; name: string; timeZone: string; locale: string }): SpreadsheetState {
  return {
    id: opts.id,
    name: opts.name,
    url: `https://docs.google.com/spreadsheets/d/${opts.id}/edit`,
    timeZone: opts.timeZone,
    locale: opts.locale,
    sheets: [newSheetState(0, firstSheetName(opts.locale))],
    activeSheetId: null,
    nextSheetId: 1,
    nextObjectId: 1,
    toasts: [],
  };
}

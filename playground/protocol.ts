/**
 * The playground's HTTP protocol: what the server sends the page and the page sends back.
 * Types only (shared by the Node server and the browser client), so this file imports nothing.
 */
import type { ItemState, ItemTypeName } from '../emulator/forms/state';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

/** An alert or prompt of the add-on, waiting for the person in the browser. */
export interface DialogView {
  /** Identifies this dialog: the answer must carry it. */
  seq: number;
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
}

export interface DialogAnswerBody {
  seq: number;
  button: ButtonName;
  text?: string;
}

export interface ErrorView {
  name: string;
  message: string;
}

/**
 * The answer to anything that runs the add-on (menu item, google.script.run call, opening the
 * document): either it finished, or it waits for the person to answer a dialog. `busy`: nothing
 * was run because another execution waits on this dialog; answer it, then ask again (other
 * requests get the same body with HTTP 409). `stale`: the dialog answered is no longer waiting
 * (answered elsewhere, or expired).
 */
export type ExecutionResponse =
  | { status: 'done'; ok: true; value: unknown }
  | { status: 'done'; ok: false; error: ErrorView }
  | { status: 'dialog'; dialog: DialogView }
  | { status: 'busy'; dialog: DialogView }
  | { status: 'stale' };

export type MenuEntryView =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntryView[] };

export interface MenuView {
  caption: string;
  /** true: the add-on's menu, shown under «Расширения» as Sheets does. */
  addon: boolean;
  items: MenuEntryView[];
}

export interface SheetTabView {
  sheetId: number;
  name: string;
  tabColor: string | null;
}

export type RuleView =
  /** A drop-down list (VALUE_IN_LIST or VALUE_IN_RANGE); strict: invalid input is rejected. */
  | { kind: 'list'; options: string[]; dropdown: boolean; strict: boolean }
  | { kind: 'checkbox' }
  | { kind: 'date'; strict: boolean }
  | { kind: 'number'; strict: boolean };

/** What a cell holds: n number, d date, b boolean, s text. Absent: empty. */
export type CellKind = 'n' | 'd' | 'b' | 's';

export interface CellView {
  /** Display text, as Sheets shows it. */
  t?: string;
  k?: CellKind;
  /** Formula, when the cell has one. */
  f?: string;
  /** What the editor starts with when it differs from the display (a number's full value). */
  e?: string;
  bold?: true;
  bg?: string;
  wrap?: true;
  note?: string;
  /** Id of a rule in SheetView.rules. */
  dv?: string;
}

export interface ProtectionView {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  description: string;
  warningOnly: boolean;
}

export interface SheetView {
  sheetId: number;
  name: string;
  maxRows: number;
  maxColumns: number;
  /** Rows and columns sent (from 1); the rest of the sheet is blank or not shown. */
  rows: number;
  columns: number;
  /** Last row with content. */
  lastRow: number;
  /** The most rows the server sends of one sheet. */
  rowLimit: number;
  frozenRows: number;
  /** Width in pixels of each sent column. */
  columnWidths: number[];
  /** rows × columns; null for an empty, unformatted cell. */
  cells: (CellView | null)[][];
  rules: Record<string, RuleView>;
  protections: ProtectionView[];
}

export interface ToastView {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

/** A file of the emulated Drive by its id and name. */
export interface DriveFileRef {
  id: string;
  name: string;
}

export interface DriveFileView {
  id: string;
  name: string;
  /** 'docx': an uploaded Word file (the .docx copy the add-on keeps beside a Doc). */
  kind: 'document' | 'form' | 'folder' | 'docx' | 'other';
  /** ISO time of creation. */
  created: string;
  /** The Drive folder holding it ('' when unknown). */
  folder: string;
  /** An uploaded file: its bytes are downloaded from downloadHref(id). */
  downloadable: boolean;
  /**
   * A Google Doc's .docx copy: «<name>.docx» in the same folder, not trashed (kept when
   * «Копии .docx для архива» is «да»); null when there is none, and for other kinds.
   */
  docx: DriveFileRef | null;
}

export interface WorkbookView {
  spreadsheetName: string;
  sheets: SheetTabView[];
  /** The sheet shown (the active one unless another was asked for). */
  sheet: SheetView | null;
  menus: MenuView[];
  /** The sidebar, if open; a new version means the add-on showed it again. */
  sidebar: { title: string; version: number } | null;
  /** Every toast so far (the page shows the ones it has not seen). */
  toasts: ToastView[];
  files: DriveFileView[];
  /** Embedded charts of the shown sheet. */
  charts: ChartView[];
  /** The emulated clock, ISO. */
  now: string;
}

/** What an edit returns: the rejection message when validation forbids the input. */
export type EditResponse = { ok: true } | { ok: false; message: string };

export interface EditBody {
  sheetId: number;
  row: number;
  column: number;
  /** What the person typed, or true/false from a checkbox. */
  input: string | boolean;
}

/** google.script.run over HTTP: arguments encoded by the bridge (see playground/wire.ts). */
export interface ScriptRunBody {
  name: string;
  args: unknown[];
}

// ---------- charts ----------

/** One series of a chart: its name (from the header row, or «Ряд N») and a value per label. */
export interface ChartSeriesView {
  name: string;
  /** null: no number in that cell. */
  values: (number | null)[];
}

/**
 * An embedded chart of the shown sheet, as the page draws it: the data already read from its
 * ranges (first column: labels, each further column: a series; header rows give the names).
 */
export interface ChartView {
  chartId: number;
  /** Charts.ChartType name: PIE, COLUMN, BAR are drawn; others get a placeholder. */
  type: string;
  title: string;
  /** The cell the chart's top-left corner is anchored to and the offset in pixels. */
  anchor: { row: number; column: number; offsetX: number; offsetY: number };
  width: number;
  height: number;
  labels: string[];
  series: ChartSeriesView[];
  /** 'none' hides the legend. */
  legend: 'right' | 'bottom' | 'top' | 'left' | 'none';
  hAxisTitle: string;
  vAxisTitle: string;
  /** Pie: the hole's size as a fraction of the radius (0: a full pie). */
  pieHole: number;
  /** Colours set by the add-on (option `colors`), else the page's palette. */
  colors: string[];
  stacked: boolean;
}

// ---------- forms ----------

/** The emulator's own item types and items: the page shows what the emulator holds. */
export type FormItemType = ItemTypeName;

/** One item of a form as the respondent sees it. */
export type FormItemView = ItemState;

/** What the respondent's page of a form needs (never its responses). */
export interface FormView {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  collectEmail: boolean;
  progressBar: boolean;
  /** Published and accepting responses. */
  accepting: boolean;
  /** What the page says when it accepts none (Form.setCustomClosedFormMessage); '' for the default text. */
  closedMessage: string;
  items: FormItemView[];
}

/**
 * An answer sent by the form page: text, a choice or the «Другое» text (string), checkboxes
 * (string[]), a scale (number), a date ('YYYY-MM-DD'), a grid ({row: column}).
 */
export type FormAnswerView = string | string[] | number | Record<string, string>;

export interface FormSubmitBody {
  formId: string;
  /** Required when the form collects e-mails. */
  email?: string;
  /** Keyed by item id. */
  answers: Record<string, FormAnswerView>;
}

/** The value of a successful submission (ExecutionResponse's `value`). */
export interface FormSubmitted {
  /** Row of the response in its sheet, null when the form is not linked to the workbook. */
  row: number | null;
  /** The add-on's form-submit handlers that ran. */
  handlers: string[];
  /** A handler failed: the response is recorded all the same (as in Google, where the respondent never sees it). */
  triggerError: ErrorView | null;
}

// ---------- documents ----------

/** A Google Doc of the emulated Drive, rendered by emulator/docs/render.ts (all text escaped). */
export interface DocumentView {
  id: string;
  name: string;
  /** docToHtml's fragment: A4 (the document's) pages with their own scoped <style>. */
  html: string;
  /** The Drive folder holding it. */
  folder: string;
  trashed: boolean;
  /** Its .docx copy beside it (see DriveFileView.docx), or null. */
  docx: DriveFileRef | null;
}

/** An uploaded file's bytes, served as an attachment. */
export interface DownloadView {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

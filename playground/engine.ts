/**
 * The playground's engine: one Emulator running the real build/Code.js, and every operation
 * the page can ask for (open the document, run a menu item, call google.script.run, edit a
 * cell, show the workbook, reset to the demo). It runs inside the worker thread
 * (playground/worker.ts), where the DialogResponder may block until the person answers; tests
 * use it directly with scripted answers.
 *
 * After every execution or edit the whole state is saved to the state file, so a restart keeps
 * the curator's work. Each execution loads Code.js afresh, as Apps Script evaluates the script
 * on every run: a `npm run build` in another terminal takes effect at the next click.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  type DialogResponder,
  Emulator,
  type MenuEntry,
  applyUserEdit,
  cellAt,
  columnToLetters,
  DOCUMENT_MIME_TYPE,
  DOCX_MIME_TYPE,
  driveFiles,
  FormSubmitError,
  sheetState,
} from '../emulator';
import { buildDemoSnapshot } from './demo/build';
import {
  chartViews,
  documentView,
  docxCopies,
  downloadView,
  findForm,
  formView,
  isUpload,
  russianSubmitError,
  submittedAnswers,
} from './files';
import type {
  DocumentView,
  DownloadView,
  DriveFileView,
  EditBody,
  EditResponse,
  ErrorView,
  FormSubmitBody,
  FormSubmitted,
  FormView,
  ToastView,
  WorkbookView,
} from './protocol';
import { menus, pickSheet, rejectionMessage, sheetView, tabs } from './view';
import { decodeArgument } from './wire';

export interface EngineOptions {
  /** Folder with Code.js and Sidebar.html. */
  buildDir: string;
  /** Where the state is saved and restored from; null keeps it in memory only. */
  stateFile: string | null;
  /** Answers the add-on's alerts and prompts. */
  responder: DialogResponder;
  /** Set the emulated clock to real time before each execution (default true). */
  realClock?: boolean;
  log?: (line: string) => void;
}

/** The outcome of one execution of the add-on. */
export type ExecutionResult = { ok: true; value: unknown } | { ok: false; error: ErrorView };

export type Operation =
  | { kind: 'open' }
  | { kind: 'state'; sheetId?: number; activate?: boolean; minRows?: number }
  | { kind: 'run'; functionName: string }
  | { kind: 'scriptRun'; name: string; args: unknown[] }
  | { kind: 'edit'; edit: EditBody }
  | { kind: 'sidebar' }
  | { kind: 'closeSidebar' }
  | { kind: 'reset' }
  | { kind: 'document'; id: string }
  | { kind: 'download'; id: string }
  | { kind: 'form'; id: string }
  | { kind: 'submitForm'; body: FormSubmitBody };

/** Operations that run the add-on (and may therefore show dialogs). */
export const EXECUTIONS: ReadonlySet<Operation['kind']> = new Set(['open', 'run', 'scriptRun', 'reset', 'submitForm']);

function errorView(e: unknown): ErrorView {
  if (e !== null && typeof e === 'object' && 'message' in e) {
    const name = (e as { name?: unknown }).name;
    return { name: typeof name === 'string' ? name : 'Error', message: String((e as Error).message) };
  }
  return { name: 'Error', message: String(e) };
}

function menuFunctions(entries: MenuEntry[], into: Set<string>): Set<string> {
  for (const entry of entries) {
    if (entry.kind === 'item') into.add(entry.functionName);
    else if (entry.kind === 'submenu') menuFunctions(entry.items, into);
  }
  return into;
}

export class Engine {
  emulator: Emulator;
  private readonly options: EngineOptions;
  /** The sidebar record last seen in the state: a new object means showSidebar ran again. */
  private seenSidebar: object | null;
  private sidebarOpen = false;
  private sidebarVersion = 0;

  constructor(options: EngineOptions) {
    this.options = options;
    this.emulator = this.restore() ?? this.fromSnapshot(this.demoSnapshot());
    this.seenSidebar = this.emulator.state.ui.sidebar;
  }

  handle(op: Operation): unknown {
    switch (op.kind) {
      case 'open':
        return this.open();
      case 'state':
        return this.workbook(op.sheetId, op.activate === true, op.minRows);
      case 'run':
        return this.run(op.functionName);
      case 'scriptRun':
        return this.scriptRun(op.name, op.args);
      case 'edit':
        return this.edit(op.edit);
      case 'sidebar':
        return this.sidebar();
      case 'closeSidebar':
        this.sidebarOpen = false;
        return null;
      case 'reset':
        return this.reset();
      case 'document':
        return this.document(op.id);
      case 'download':
        return this.download(op.id);
      case 'form':
        return this.form(op.id);
      case 'submitForm':
        return this.submitForm(op.body);
    }
  }

  /** The document opens: sidebars are closed and the simple trigger onOpen builds the menu. */
  open(): ExecutionResult {
    this.sidebarOpen = false;
    return this.execute(() => {
      if (this.emulator.globalNames().includes('onOpen')) {
        this.emulator.call('onOpen', [this.emulator.openEvent('LIMITED')], { authMode: 'LIMITED' });
      }
      return null;
    });
  }

  /** A click on a menu item: only functions that a menu of the add-on names. */
  run(functionName: string): ExecutionResult {
    const allowed = menuFunctions(
      this.emulator.state.ui.menus.flatMap((m) => m.items),
      new Set<string>(),
    );
    if (!allowed.has(functionName)) {
      return { ok: false, error: { name: 'Error', message: `В меню нет пункта, вызывающего функцию «${functionName}».` } };
    }
    return this.execute(() => {
      this.emulator.call(functionName);
      return null; // Sheets ignores what a menu function returns
    });
  }

  /** google.script.run from the sidebar: Google's argument and result rules apply. */
  scriptRun(name: string, taggedArgs: unknown[]): ExecutionResult {
    let args: unknown[];
    try {
      args = taggedArgs.map(decodeArgument);
    } catch (e) {
      return { ok: false, error: errorView(e) };
    }
    return this.execute(() => this.emulator.callFromSidebar(name, ...args));
  }

  /** A person typing into a cell (or ticking a checkbox); validation may reject it. */
  edit(body: EditBody): EditResponse {
    const ss = this.emulator.state.spreadsheet;
    const sheet = ss.sheets.find((s) => s.sheetId === body.sheetId);
    if (!sheet) return { ok: false, message: 'Лист не найден: возможно, его удалили. Обновите страницу.' };
    const { row, column } = body;
    if (
      !Number.isInteger(row) ||
      !Number.isInteger(column) ||
      row < 1 ||
      column < 1 ||
      row > sheet.maxRows ||
      column > sheet.maxColumns
    ) {
      return { ok: false, message: 'Такой ячейки нет на листе.' };
    }
    const a1 = `${columnToLetters(column)}${row}`;
    const rejected = applyUserEdit(ss, sheet.name, row, column, body.input);
    if (rejected !== null) {
      const dv = cellAt(ss, sheet.name, a1)?.dv;
      const rule = dv === undefined ? undefined : sheetState(ss, sheet.name).validationRules[dv];
      return { ok: false, message: rejectionMessage(rule, a1, rejected) };
    }
    this.save();
    return { ok: true };
  }

  /** The workbook as the page shows it; `activate` makes the sheet the active one, as a tab click does. */
  workbook(sheetId?: number, activate = false, minRows?: number): WorkbookView {
    const ss = this.emulator.state.spreadsheet;
    const sheet = pickSheet(ss, sheetId);
    if (sheet && activate) ss.activeSheetId = sheet.sheetId;
    const sidebar = this.emulator.state.ui.sidebar;
    return {
      spreadsheetName: ss.name,
      sheets: tabs(ss),
      sheet: sheet ? sheetView(ss, sheet, minRows) : null,
      menus: menus(this.emulator),
      sidebar: this.sidebarOpen && sidebar ? { title: sidebar.title, version: this.sidebarVersion } : null,
      toasts: ss.toasts.map((t): ToastView => ({ message: t.message, title: t.title, timeoutSeconds: t.timeoutSeconds })),
      files: this.files(),
      charts: sheet ? chartViews(ss, sheet) : [],
      now: new Date(this.emulator.env.clock.now()).toISOString(),
    };
  }

  /** The open sidebar's title and HTML, or null. */
  sidebar(): { title: string; html: string } | null {
    const sidebar = this.emulator.state.ui.sidebar;
    return this.sidebarOpen && sidebar ? { title: sidebar.title, html: sidebar.content } : null;
  }

  /**
   * Files the add-on created on Drive, newest first; the workbook itself and trashed files are
   * left out. A Google Doc names its .docx copy, an uploaded file (the copy itself) is downloadable.
   */
  files(): DriveFileView[] {
    const kinds: Record<string, DriveFileView['kind']> = {
      'application/vnd.google-apps.document': 'document',
      'application/vnd.google-apps.form': 'form',
      'application/vnd.google-apps.folder': 'folder',
      [DOCX_MIME_TYPE]: 'docx',
    };
    const copyOf = docxCopies(this.emulator.state.drive);
    return driveFiles(this.emulator.state.drive)
      .filter((f) => !f.trashed && f.mimeType !== 'application/vnd.google-apps.spreadsheet')
      .map((f, order) => ({ f, order }))
      .sort((a, b) => b.f.createdAt - a.f.createdAt || b.order - a.order)
      .map(({ f }) => ({
        id: f.id,
        name: f.name,
        kind: kinds[f.mimeType] ?? 'other',
        created: new Date(f.createdAt).toISOString(),
        folder: f.folderName,
        downloadable: isUpload(f),
        docx: f.mimeType === DOCUMENT_MIME_TYPE ? copyOf(f) : null,
      }));
  }

  /** A Google Doc as print-ready pages (emulator/docs/render.ts), or null. */
  document(id: string): DocumentView | null {
    return documentView(this.emulator.state, String(id));
  }

  /** An uploaded file's bytes (a .docx copy), or null: read from the state, not a service call. */
  download(id: string): DownloadView | null {
    return downloadView(this.emulator.state, String(id));
  }

  /** A Google Form as its respondent sees it (by form id or published id), or null. */
  form(id: string): FormView | null {
    return formView(this.emulator.state, String(id));
  }

  /**
   * A respondent submits the form: Emulator.submitForm stores the response, appends it to the
   * response sheet and fires the add-on's form-submit trigger (no UI: it cannot show dialogs).
   * A refusal of the form page fails in Russian; a failing trigger leaves the response
   * recorded, so it is reported beside the success, as Google records the response regardless.
   */
  submitForm(body: FormSubmitBody): ExecutionResult {
    const form = findForm(this.emulator.state, String(body.formId));
    return this.execute((): FormSubmitted => {
      const refused = (e: FormSubmitError) => Object.assign(new Error(russianSubmitError(e, form)), { name: 'FormSubmitError' });
      if (!form) throw refused(new FormSubmitError(`no form with id ${String(body.formId)}`));
      const before = form.responses.length;
      try {
        const answers = submittedAnswers(form, body.answers);
        const options = form.collectEmail ? { email: typeof body.email === 'string' ? body.email.trim() : '' } : {};
        const result = this.emulator.submitForm(form.id, answers, options);
        return { row: result.row, handlers: result.handlers, triggerError: null };
      } catch (e) {
        if (e instanceof FormSubmitError) throw refused(e);
        if (form.responses.length === before) throw e;
        const last = form.responses[form.responses.length - 1];
        return { row: last.row, handlers: [], triggerError: errorView(e) };
      }
    });
  }

  /** Back to the built-in demo school; the document is then opened afresh. */
  reset(): ExecutionResult {
    this.emulator = this.fromSnapshot(this.demoSnapshot());
    this.seenSidebar = this.emulator.state.ui.sidebar;
    const opened = this.open();
    this.save();
    return opened;
  }

  /** Writes the state file (via a temporary file, so a crash never leaves half a file). */
  save(): void {
    const file = this.options.stateFile;
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, this.emulator.snapshot());
    renameSync(temporary, file);
  }

  private execute(run: () => unknown): ExecutionResult {
    this.tick();
    let result: ExecutionResult;
    try {
      this.emulator.load();
      result = { ok: true, value: run() ?? null };
    } catch (e) {
      result = { ok: false, error: errorView(e) };
    }
    const sidebar = this.emulator.state.ui.sidebar;
    if (sidebar && sidebar !== this.seenSidebar) {
      this.sidebarOpen = true;
      this.sidebarVersion++;
    }
    this.seenSidebar = sidebar;
    this.save();
    return result;
  }

  /** The emulated clock shows real time, as in Sheets (never going back, e.g. before the demo's date). */
  private tick(): void {
    if (this.options.realClock === false) return;
    const clock = this.emulator.env.clock;
    if (Date.now() > clock.now()) clock.set(new Date());
  }

  private fromSnapshot(snapshot: string): Emulator {
    return new Emulator({ snapshot, buildDir: this.options.buildDir, responder: this.options.responder });
  }

  private demoSnapshot(): string {
    return buildDemoSnapshot({ buildDir: this.options.buildDir });
  }

  /** The saved state, or null (none yet, or unreadable: then it is kept aside and the demo used). */
  private restore(): Emulator | null {
    const file = this.options.stateFile;
    if (!file || !existsSync(file)) return null;
    try {
      return this.fromSnapshot(readFileSync(file, 'utf8'));
    } catch (e) {
      const aside = `${file}.broken-${Date.now()}`;
      renameSync(file, aside);
      this.options.log?.(
        `Не удалось прочитать сохранённое состояние (${errorView(e).message}); оно сохранено как ${aside}, загружена демо-школа.\n` +
          `Could not read the saved state; kept as ${aside}, the demo school is loaded.`,
      );
      return null;
    }
  }
}

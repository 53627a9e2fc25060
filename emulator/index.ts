/**
 * The emulator's public API: one Apps Script environment (a container-bound spreadsheet,
 * its Ui, properties, locks, triggers, session and utilities, the user's forms, documents
 * and Drive),
 * the built add-on loaded into
 * a node:vm context with only Apps Script globals, executions as Apps Script runs them,
 * call counts, and snapshots of the whole state. See emulator/README.md.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AdvancedDrivePort, AppsScriptGlobals, DriveAppPort, RangePort, SpreadsheetPort } from '../src/gas/ports';
import { createCharts } from './charts';
import { Env, type EnvironmentOptions, GasException } from './core';
import { createDocumentApp, newDocsState, type DocsState } from './docs';
import {
  addDriveFile,
  advancedServiceSymbols,
  createAdvancedDrive,
  createDriveApp,
  newDriveState,
  SPREADSHEET_MIME_TYPE,
  type DriveState,
  upgradeDriveState,
} from './drive';
import { newDocumentState } from './docs/state';
import {
  type Answers,
  createFormApp,
  type FormsContext,
  newFormsState,
  type FormsState,
  submitResponse,
  submittedRowValues,
  type SubmitOptions,
} from './forms';
import {
  AUTH_MODE,
  type AuthModeName,
  createHtmlService,
  createLockService,
  createPropertiesService,
  createScriptApp,
  createSession,
  createUi,
  createUtilities,
  type DialogResponder,
  dueClockTriggers,
  endExecution,
  type LockState,
  newLockState,
  newPropertiesState,
  newScriptAppState,
  newSessionState,
  newUiState,
  newUtilitiesState,
  NO_UI_MESSAGE,
  type PropertiesState,
  spreadsheetTriggers,
  type ScriptAppState,
  type SessionState,
  type UiState,
  type UtilitiesState,
} from './services';
import { createSpreadsheetApp, newSpreadsheetState, type SpreadsheetState } from './spreadsheet';
import { checkAuthMode } from './auth-mode';
import {
  type AccountKind,
  CONVERSION_QUOTAS,
  newQuotasState,
  quotaOfCall,
  Quotas,
  type QuotasState,
  TRIGGER_RUNTIME_QUOTA_MESSAGE,
} from './quotas';
import { ScopeCheck } from './scopes';
import { decodeState, encodeState } from './snapshot';
import { type LoadedBundle, loadBundle } from './vm';

export const ADDON_MENU_NAME = 'Наставничество';

/** The oauthScopes of the manifest next to the bundle (none declared: every scope, as Apps Script infers them). */
function manifestScopes(buildDir: string): ReadonlySet<string> | null {
  try {
    const manifest = JSON.parse(readFileSync(join(buildDir, 'appsscript.json'), 'utf8')) as { oauthScopes?: string[] };
    return manifest.oauthScopes ? new Set(manifest.oauthScopes) : null;
  } catch {
    return null;
  }
}
export const DEFAULT_BUILD_DIR = resolve(__dirname, '..', 'build');

/** The global names the manifest next to the bundle gives the Advanced Drive service (none: no `Drive` global). */
function manifestAdvancedDrive(buildDir: string): string[] {
  let manifest: unknown = null;
  try {
    manifest = JSON.parse(readFileSync(join(buildDir, 'appsscript.json'), 'utf8'));
  } catch {
    return [];
  }
  return advancedServiceSymbols(manifest);
}

/**
 * The services the emulator has: the add-on's (its `Drive` always built here; the add-on's vm
 * sees it only when the manifest enables it) and DriveApp, which Google has but the add-on must
 * not call (it needs the restricted `drive` scope).
 */
export interface EmulatorGlobals extends Omit<AppsScriptGlobals, 'Drive'> {
  Drive: AdvancedDrivePort;
  DriveApp: DriveAppPort;
}

/** Everything the emulator holds; plain data, so it snapshots to JSON. */
export interface EmulatorState {
  version: 1;
  now: number;
  spreadsheet: SpreadsheetState;
  ui: UiState;
  properties: PropertiesState;
  locks: LockState;
  script: ScriptAppState;
  session: SessionState;
  utilities: UtilitiesState;
  forms: FormsState;
  drive: DriveState;
  docs: DocsState;
  /** Daily quotas used (per user), and the account kind they are counted for. */
  quotas: QuotasState;
}

export interface EmulatorOptions extends EnvironmentOptions {
  /** The kind of Google account (quotas differ): default consumer, or what a restored snapshot says. */
  account?: AccountKind;
  /** Folder with Code.js and the HTML files, default build/. */
  buildDir?: string;
  spreadsheetName?: string;
  /** Answers alerts and prompts; default: the scripted queue in state.ui.script. */
  responder?: DialogResponder;
  /** Restores a snapshot instead of starting from an empty spreadsheet. */
  snapshot?: string;
  /** Time limit of one execution in the vm, ms of real time (a guard against hangs). */
  executionTimeoutMs?: number;
}

/** Apps Script stops an execution after 6 minutes. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;
export const EXCEEDED_MESSAGE = 'Exceeded maximum execution time';

/**
 * Emulated time: each service call moves the clock by `callCostMs` (real calls are round
 * trips of tens of milliseconds), and an execution whose emulated time passes `limitMs` is
 * stopped at that call, as Apps Script stops it: wherever it is, nothing after runs.
 */
export interface ExecutionClock {
  callCostMs: number;
  limitMs: number;
  /**
   * What a Drive.Files.create that converts an upload into a Google Doc costs on top of the
   * call (default 0; the benchmark assumes 2,000 ms).
   */
  conversionCostMs?: number;
}

/** Apps Script stops a simple trigger after 30 seconds (https://developers.google.com/apps-script/guides/triggers, «Restrictions»). */
export const SIMPLE_TRIGGER_LIMIT_MS = 30 * 1000;

/**
 * Simple triggers by their reserved names, with the AuthMode they run in unless told otherwise:
 * onOpen and onEdit in LIMITED (NONE when the add-on is installed but not used in the document:
 * pass it), onInstall in FULL (https://developers.google.com/apps-script/reference/script/auth-mode).
 */
export const SIMPLE_TRIGGERS: Readonly<Record<string, AuthModeName>> = {
  onOpen: 'LIMITED',
  onEdit: 'LIMITED',
  onSelectionChange: 'LIMITED',
  onInstall: 'FULL',
};

export interface ExecutionOptions {
  /** AuthMode of the execution (see auth-mode.ts). Default FULL; a simple trigger's is in SIMPLE_TRIGGERS. */
  authMode?: AuthModeName;
  /** False for triggers: no user interface, getUi() throws. Default true. */
  ui?: boolean;
  /**
   * What started it: a simple trigger (30 s at most) or an installable one; both count toward the
   * day's trigger run time. Default: none (a menu click or sidebar call); `call` sets 'simple' for
   * the reserved names of SIMPLE_TRIGGERS.
   */
  trigger?: 'simple' | 'installable';
  /** False when the execution has no active document (an add-on's time-driven trigger). Default true. */
  activeDocument?: boolean;
}

/**
 * The event object of a spreadsheet's installable form-submit trigger. Documented fields:
 * authMode (FULL), namedValues, range, triggerUid, values. `source` (the spreadsheet) is not in
 * the documented table but scripts read it and it is present in practice (not verified).
 */
export interface FormSubmitEvent {
  authMode: GoogleAppsScript.Script.AuthMode;
  namedValues: Record<string, string[]>;
  /** The new row, as an exposed (counted) Range. */
  range: RangePort;
  source: SpreadsheetPort;
  triggerUid: string;
  values: string[];
}

export interface SubmitFormResult {
  /** Row of the new response in the response sheet; null when the form isn't linked here. */
  row: number | null;
  /** The event passed to the last trigger fired (triggerUid '' when none was installed); null when unlinked. */
  event: FormSubmitEvent | null;
  /** Handler functions run, in order. */
  handlers: string[];
}

export class Emulator {
  readonly env: Env;
  readonly state: EmulatorState;
  readonly globals: EmulatorGlobals;
  readonly buildDir: string;
  private bundle: LoadedBundle | null = null;
  private readonly formsContext: FormsContext;
  /** The raw SpreadsheetApp behind globals.SpreadsheetApp: event objects are built with it uncounted. */
  private readonly spreadsheetApp: ReturnType<typeof createSpreadsheetApp>;
  private readonly executionTimeoutMs: number | undefined;
  /** Scopes of build/appsscript.json when the built add-on is loaded (null: test snippets, no check). */
  private scopes: ScopeCheck | null = null;
  /** Set by tests and benchmarks; zero cost keeps the clock still between calls. */
  executionClock: ExecutionClock = { callCostMs: 0, limitMs: EXECUTION_LIMIT_MS };
  /** The daily quotas (emulator/quotas.ts): what is used, and `exhaust(name)` to make the next call fail. */
  readonly quotas: Quotas;
  /** False during an execution without an active document (SpreadsheetApp.getActiveSpreadsheet() is null). */
  private activeDocument = true;
  /** During an execution: stops it when its emulated time has passed the limit (see execute). */
  private checkTime: (() => void) | null = null;
  /**
   * A test facility, not a Google rule: called before each counted service call of an execution
   * (after Google's checks, before the call runs) with the call's key and its 1-based place in
   * the execution. Tests use it to act as someone else between two calls of the add-on (a
   * co-editor typing into a cell between a read and a write). Calls the callback makes through
   * `globals` are counted but do not call it again.
   */
  onCall: ((call: { key: string; index: number }) => void) | null = null;

  constructor(options: EmulatorOptions = {}) {
    const restored = options.snapshot ? (decodeState(options.snapshot) as EmulatorState) : null;
    this.env = new Env({ ...options, now: restored ? new Date(restored.now) : options.now });
    this.buildDir = options.buildDir ?? DEFAULT_BUILD_DIR;
    this.executionTimeoutMs = options.executionTimeoutMs;
    const env = this.env;
    this.state = restored ?? {
      version: 1,
      now: env.clock.now(),
      spreadsheet: newSpreadsheetState({
        id: 'emulated-spreadsheet-1',
        name: options.spreadsheetName ?? 'Реестр наставничества',
        timeZone: env.timeZone,
        locale: env.locale,
      }),
      ui: newUiState(),
      properties: newPropertiesState(),
      locks: newLockState(),
      script: newScriptAppState(),
      session: newSessionState(),
      utilities: newUtilitiesState(),
      forms: newFormsState(),
      drive: newDriveState(env.userEmail, env.clock.now()),
      docs: newDocsState(),
      quotas: newQuotasState(options.account),
    };
    // Snapshots from before forms, Drive, documents and quotas existed restore with empty ones.
    this.state.forms ??= newFormsState();
    this.state.docs ??= newDocsState();
    this.state.quotas ??= newQuotasState(options.account);
    if (options.account) this.state.quotas.account = options.account;
    this.quotas = new Quotas(
      this.state.quotas,
      () => env.clock.now(),
      () => env.userEmail,
    );
    if (!restored?.drive) {
      this.state.drive ??= newDriveState(env.userEmail, env.clock.now());
      // The bound spreadsheet is a Drive file too (DriveApp.getFileById(ss.getId()) finds it); the
      // user made it, so drive.file does not show it to the add-on (see drive/advanced.ts).
      const ss = this.state.spreadsheet;
      addDriveFile(this.state.drive, {
        id: ss.id,
        name: ss.name,
        mimeType: SPREADSHEET_MIME_TYPE,
        url: `https://docs.google.com/spreadsheets/d/${ss.id}/edit?usp=drivesdk`,
        createdAt: env.clock.now(),
        openedByApp: false,
      });
    }
    upgradeDriveState(this.state.drive, this.state.spreadsheet.id);
    const ui = createUi(env, this.state.ui, { addonName: ADDON_MENU_NAME, responder: options.responder });
    // getUi() fails in an execution without UI (a trigger), as Google's does.
    const uiState = this.state.ui;
    this.spreadsheetApp = createSpreadsheetApp(
      env,
      this.state.spreadsheet,
      () => {
        if (!uiState.uiAvailable) throw new GasException(NO_UI_MESSAGE);
        return ui;
      },
      () => this.activeDocument,
    );
    this.formsContext = { env, state: this.state.forms, spreadsheet: this.state.spreadsheet, drive: this.state.drive };
    this.globals = {
      SpreadsheetApp: env.expose(this.spreadsheetApp, 'SpreadsheetApp'),
      HtmlService: env.expose(createHtmlService(this.buildDir), 'HtmlService'),
      PropertiesService: env.expose(createPropertiesService(env, this.state.properties), 'PropertiesService'),
      LockService: env.expose(createLockService(env, this.state.locks), 'LockService'),
      Session: env.expose(createSession(env, this.state.session), 'Session'),
      Utilities: env.expose(createUtilities(env, this.state.utilities), 'Utilities'),
      // The add-on's triggers follow an Editor add-on's rules in its spreadsheet.
      ScriptApp: env.expose(createScriptApp(env, this.state.script, { addOnDocumentId: this.state.spreadsheet.id }), 'ScriptApp'),
      FormApp: env.expose(createFormApp(env, this.state.forms, this.state.spreadsheet, this.state.drive), 'FormApp'),
      DriveApp: env.expose(
        createDriveApp(env, this.state.drive, (id, name) => this.renamed(id, name)),
        'DriveApp',
      ),
      Drive: env.expose(
        createAdvancedDrive(env, this.state.drive, {
          renamed: (id, name) => this.renamed(id, name),
          documentCreated: (id, name, now) => {
            this.state.docs.documents[id] = newDocumentState(id, name, now);
          },
          documentConverted: (doc) => {
            this.state.docs.documents[doc.id] = doc;
          },
          beforeConversion: () => this.quotas.spendAll(CONVERSION_QUOTAS),
          afterConversion: () => {
            this.env.clock.advance(this.executionClock.conversionCostMs ?? 0);
            this.checkTime?.();
          },
        }),
        'Drive',
      ),
      DocumentApp: env.expose(createDocumentApp(env, this.state.docs, this.state.drive), 'DocumentApp'),
      Charts: env.expose(createCharts(), 'Charts'),
    };
  }

  /** Loads build/Code.js (or the given code) into a fresh vm context. Makes no service call itself. */
  load(code?: string): this {
    const source = code ?? readFileSync(join(this.buildDir, 'Code.js'), 'utf8');
    // The built add-on runs with the scopes its manifest declares; test snippets with all.
    this.scopes = code === undefined ? new ScopeCheck(manifestScopes(this.buildDir)) : null;
    // Apps Script defines an advanced service's global only when the manifest enables it.
    const { Drive, ...globals } = this.globals;
    const bundleGlobals: Record<string, unknown> = { ...globals };
    for (const symbol of manifestAdvancedDrive(this.buildDir)) bundleGlobals[symbol] = Drive;
    this.bundle = loadBundle(source, bundleGlobals, {
      timeoutMs: this.executionTimeoutMs,
      now: () => this.env.clock.now(),
    });
    this.env.marshal = this.bundle.marshal;
    return this;
  }

  get loaded(): LoadedBundle {
    if (!this.bundle) throw new Error('emulator: call load() first');
    return this.bundle;
  }

  /** Global function names of the loaded bundle (what a menu item or trigger may name). */
  globalNames(): string[] {
    return this.loaded.globalNames();
  }

  /**
   * One execution, as a menu click or trigger runs a global function. A reserved simple-trigger
   * name (onOpen, onEdit, onInstall…) runs as that simple trigger: 30 seconds at most, counted as
   * trigger run time, in its AuthMode unless `authMode` says otherwise.
   */
  call(name: string, args: unknown[] = [], options: ExecutionOptions = {}): unknown {
    const simple = Object.hasOwn(SIMPLE_TRIGGERS, name) ? SIMPLE_TRIGGERS[name] : null;
    const run: ExecutionOptions =
      simple && options.trigger === undefined ? { ...options, authMode: options.authMode ?? simple, trigger: 'simple' } : options;
    return this.execute(run, () => this.loaded.call(name, ...args));
  }

  /**
   * Fires the time-driven triggers that are due at the emulated time, as Apps Script would:
   * each in its own execution without a user interface and, being an add-on's, without an
   * active document. Returns the handlers run.
   */
  runDueClockTriggers(): string[] {
    const ran: string[] = [];
    for (const trigger of dueClockTriggers(this.state.script, this.env.clock.now())) {
      // A one-off trigger fires once; Google keeps it listed but it never fires again.
      trigger.dueAt = trigger.everyMs ? this.env.clock.now() + trigger.everyMs : null;
      ran.push(trigger.handlerFunction);
      this.call(trigger.handlerFunction, [{ authMode: AUTH_MODE.FULL, triggerUid: trigger.uniqueId }], {
        ui: false,
        trigger: 'installable',
        activeDocument: false,
      });
    }
    return ran;
  }

  /** One execution, as the sidebar's google.script.run calls a server function. */
  callFromSidebar(name: string, ...args: unknown[]): unknown {
    return this.execute({}, () => this.loaded.runAsGoogleScriptRun(name, args));
  }

  /** The event object of a simple onOpen trigger (LIMITED unless told: see SIMPLE_TRIGGERS). */
  openEvent(authMode: AuthModeName = 'LIMITED'): { authMode: unknown; source?: unknown } {
    return { authMode: AUTH_MODE[authMode] };
  }

  /**
   * A respondent submits the form (emulator-side, not Google's API): answers by item id or
   * title, checked as the form page checks them (see forms/submit.ts). The response is stored
   * with the form and, when the form sends responses to this spreadsheet, appended to its
   * response sheet; then every installed ON_FORM_SUBMIT trigger of the spreadsheet runs as an
   * execution without UI, with the event Google sends. A failing handler does not stop the
   * others (as separate trigger executions); the first failure is rethrown after all ran.
   */
  submitForm(formId: string, answers: Answers, options: SubmitOptions = {}): SubmitFormResult {
    const ctx = this.formsContext;
    const { row, sheet } = submitResponse(ctx, formId, answers, options);
    if (row === null || sheet === null) return { row, event: null, handlers: [] };
    const form = this.state.forms.forms[formId];
    const { values, namedValues } = submittedRowValues(ctx, form, row);
    // Built on the raw services and then exposed: the trigger's calls are counted, not ours.
    const source = this.spreadsheetApp.getActiveSpreadsheet();
    const rawSheet = source.getSheets().find((s) => s.getSheetId() === sheet.sheetId)!;
    const range = rawSheet.getRange(row, 1, 1, form.responseColumns.length);
    const base = {
      authMode: AUTH_MODE.FULL as unknown as GoogleAppsScript.Script.AuthMode,
      namedValues,
      range: this.env.expose(range),
      source: this.env.expose(source),
      values,
    };
    let event: FormSubmitEvent = { ...base, triggerUid: '' };
    const handlers: string[] = [];
    let failure: unknown = null;
    for (const trigger of spreadsheetTriggers(this.state.script, this.state.spreadsheet.id, 'ON_FORM_SUBMIT')) {
      event = { ...base, namedValues: copyNamed(namedValues), values: [...values], triggerUid: trigger.uniqueId };
      handlers.push(trigger.handlerFunction);
      try {
        this.call(trigger.handlerFunction, [event], { ui: false, trigger: 'installable' });
      } catch (e) {
        failure ??= e;
      }
    }
    if (failure !== null) throw failure;
    return { row, event, handlers };
  }

  /** A Drive file was renamed: a document or the spreadsheet is its file, so its name follows. */
  private renamed(fileId: string, name: string): void {
    const doc = Object.hasOwn(this.state.docs.documents, fileId) ? this.state.docs.documents[fileId] : null;
    if (doc) doc.name = name;
    if (this.state.spreadsheet.id === fileId) this.state.spreadsheet.name = name;
  }

  counts(): Record<string, number> {
    return this.env.counter.byMethod();
  }

  totalCalls(): number {
    return this.env.counter.total();
  }

  resetCounts(): void {
    this.env.counter.reset();
  }

  /** Calls refused for a scope the manifest lacks, in order (also those the add-on caught and reported). */
  scopeRefusals(): readonly string[] {
    return this.scopes?.refused ?? [];
  }

  /** The whole state as JSON (Dates tagged), for a later `new Emulator({ snapshot })`. */
  snapshot(): string {
    this.state.now = this.env.clock.now();
    return encodeState(this.state);
  }

  /**
   * One execution under Google's limits: the AuthMode's allowance (auth-mode.ts), the manifest's
   * scopes, the time limit (6 minutes; 30 seconds for a simple trigger), the day's trigger run
   * time for triggers, and the daily quotas of the calls made (quotas.ts).
   */
  private execute<T>(options: ExecutionOptions, run: () => T): T {
    const authMode = options.authMode ?? 'FULL';
    const trigger = options.trigger ?? null;
    const started = this.env.clock.now();
    const { callCostMs } = this.executionClock;
    const limitMs =
      trigger === 'simple' ? Math.min(this.executionClock.limitMs, SIMPLE_TRIGGER_LIMIT_MS) : this.executionClock.limitMs;
    const quotas = this.quotas;
    // A trigger runs only while the day's trigger run time lasts; the window opens with the first.
    const runtimeLimit = quotas.limit('triggerRuntimeMs');
    if (trigger !== null) {
      quotas.record('triggerRuntimeMs', 0);
      if (quotas.used('triggerRuntimeMs') >= runtimeLimit) throw new GasException(TRIGGER_RUNTIME_QUOTA_MESSAGE);
    }
    const runtimeBefore = trigger !== null ? quotas.used('triggerRuntimeMs') : 0;
    this.state.ui.uiAvailable = options.ui ?? true;
    this.activeDocument = options.activeDocument ?? true;
    // Also called after work a call does beyond its round trip (a conversion): the execution
    // stops there, the call's effects made, its result lost.
    this.checkTime = () => {
      const elapsed = this.env.clock.now() - started;
      if (elapsed > limitMs) throw new GasException(EXCEEDED_MESSAGE);
      if (trigger !== null && runtimeBefore + elapsed > runtimeLimit) {
        throw new GasException(TRIGGER_RUNTIME_QUOTA_MESSAGE);
      }
    };
    const checkTime = this.checkTime;
    let index = 0;
    let inHook = false;
    this.env.beforeCall = (key) => {
      if (inHook) return;
      checkAuthMode(authMode, key);
      this.scopes?.check(key);
      this.env.clock.advance(callCostMs);
      checkTime();
      const quota = quotaOfCall(key);
      if (quota) quotas.spend(quota.quota, 1, quota.message);
      const hook = this.onCall;
      if (!hook) return;
      inHook = true;
      try {
        hook({ key, index: ++index });
      } finally {
        inHook = false;
      }
    };
    try {
      return run();
    } finally {
      this.env.beforeCall = null;
      this.checkTime = null;
      this.state.ui.uiAvailable = true;
      this.activeDocument = true;
      if (trigger !== null) quotas.record('triggerRuntimeMs', this.env.clock.now() - started);
      endExecution(this.state.locks);
      this.state.now = this.env.clock.now();
    }
  }
}

/** Each trigger gets its own copy: a handler changing its event can't reach the next one. */
function copyNamed(named: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(named)) {
    Object.defineProperty(out, k, { value: [...v], writable: true, enumerable: true, configurable: true });
  }
  return out;
}

export { Env } from './core';
export * from './services';
export * from './spreadsheet';
export * from './forms';
export * from './drive';
export * from './docs';
export * from './charts';
export {
  ConversionTooLarge,
  documentCharacters,
  docxToDocument,
  InvalidDocx,
  MAX_CONVERTED_BYTES,
  MAX_DOCUMENT_CHARACTERS,
  parseXml,
  type XmlElement,
  XmlError,
  type XmlNode,
} from './docx';
export { findText, type TextHit, type FindTextOptions } from './find-text';
export { allowedInAuthMode } from './auth-mode';
export { type Manifest, manifestVariant, withoutAdvancedServices } from './manifest-variant';
export * from './quotas';

/**
 * The emulator's public API: one Apps Script environment (a container-bound spreadsheet,
 * its Ui, properties, locks, triggers, session and utilities), the built add-on loaded into
 * a node:vm context with only Apps Script globals, executions as Apps Script runs them,
 * call counts, and snapshots of the whole state. See emulator/README.md.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppsScriptGlobals } from '../src/gas/ports';
import { Env, type EnvironmentOptions, GasException } from './core';
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
  endExecution,
  type LockState,
  newLockState,
  newPropertiesState,
  newScriptAppState,
  newSessionState,
  newUiState,
  newUtilitiesState,
  type PropertiesState,
  type ScriptAppState,
  type SessionState,
  type UiState,
  type UtilitiesState,
} from './services';
import { createSpreadsheetApp, newSpreadsheetState, type SpreadsheetState } from './spreadsheet';
import { decodeState, encodeState } from './snapshot';
import { type LoadedBundle, loadBundle } from './vm';

export const ADDON_MENU_NAME = 'Наставничество';
export const DEFAULT_BUILD_DIR = resolve(__dirname, '..', 'build');

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
}

export interface EmulatorOptions extends EnvironmentOptions {
  /** Folder with Code.js and the HTML files, default build/. */
  buildDir?: string;
  spreadsheetName?: string;
  /** Answers alerts and prompts; default: the scripted queue in state.ui.script. */
  responder?: DialogResponder;
  /** Restores a snapshot instead of starting from an empty spreadsheet. */
  snapshot?: string;
  /** Time limit of one execution in the vm, ms (Apps Script's is 6 minutes). */
  executionTimeoutMs?: number;
}

export interface ExecutionOptions {
  /** AuthMode of the execution; NONE allows only building the menu. Default FULL. */
  authMode?: AuthModeName;
  /** False for triggers: no user interface, getUi() throws. Default true. */
  ui?: boolean;
}

/** Calls a simple trigger or menu item may make in AuthMode.NONE (building the add-on menu). */
const ALLOWED_IN_NONE = /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Ui\.createMenu|Menu\.\w+|ScriptApp\.\w+)$/;

export class Emulator {
  readonly env: Env;
  readonly state: EmulatorState;
  readonly globals: AppsScriptGlobals;
  readonly buildDir: string;
  private bundle: LoadedBundle | null = null;
  private readonly executionTimeoutMs: number | undefined;

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
    };
    const ui = createUi(env, this.state.ui, { addonName: ADDON_MENU_NAME, responder: options.responder });
    this.globals = {
      SpreadsheetApp: env.expose(createSpreadsheetApp(env, this.state.spreadsheet, () => ui), 'SpreadsheetApp'),
      HtmlService: env.expose(createHtmlService(this.buildDir), 'HtmlService'),
      PropertiesService: env.expose(createPropertiesService(env, this.state.properties), 'PropertiesService'),
      LockService: env.expose(createLockService(env, this.state.locks), 'LockService'),
      Session: env.expose(createSession(env, this.state.session), 'Session'),
      Utilities: env.expose(createUtilities(env, this.state.utilities), 'Utilities'),
      ScriptApp: env.expose(createScriptApp(env, this.state.script), 'ScriptApp'),
    };
  }

  /** Loads build/Code.js (or the given code) into a fresh vm context. Makes no service call itself. */
  load(code?: string): this {
    const source = code ?? readFileSync(join(this.buildDir, 'Code.js'), 'utf8');
    this.bundle = loadBundle(source, { ...this.globals }, {
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

  /** One execution, as a menu click or trigger runs a global function. */
  call(name: string, args: unknown[] = [], options: ExecutionOptions = {}): unknown {
    return this.execute(options, () => this.loaded.call(name, ...args));
  }

  /** One execution, as the sidebar's google.script.run calls a server function. */
  callFromSidebar(name: string, ...args: unknown[]): unknown {
    return this.execute({}, () => this.loaded.runAsGoogleScriptRun(name, args));
  }

  /** The event object of a simple onOpen trigger. */
  openEvent(authMode: AuthModeName = 'FULL'): { authMode: unknown; source?: unknown } {
    return { authMode: AUTH_MODE[authMode] };
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

  /** The whole state as JSON (Dates tagged), for a later `new Emulator({ snapshot })`. */
  snapshot(): string {
    this.state.now = this.env.clock.now();
    return encodeState(this.state);
  }

  private execute<T>(options: ExecutionOptions, run: () => T): T {
    const authMode = options.authMode ?? 'FULL';
    this.state.ui.uiAvailable = options.ui ?? true;
    this.env.beforeCall =
      authMode === 'NONE'
        ? (key) => {
            if (!ALLOWED_IN_NONE.test(key)) {
              throw new GasException(`You do not have permission to call ${key} in AuthMode.NONE.`);
            }
          }
        : null;
    try {
      return run();
    } finally {
      this.env.beforeCall = null;
      this.state.ui.uiAvailable = true;
      endExecution(this.state.locks);
      this.state.now = this.env.clock.now();
    }
  }
}

export { Env } from './core';
export * from './services';
export * from './spreadsheet';

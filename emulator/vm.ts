/**
 * Runs the built add-on (one classic script, as Apps Script runs Code.gs) in a node:vm context
 * whose global object holds only the JavaScript built-ins, the Apps Script globals given, Logger
 * and console: no require, process, module, setTimeout, fetch, URL, TextEncoder, Buffer, global.
 *
 * google.script.run rules (documented in "Class google.script.run" and the HTML service guide):
 * arguments may be primitives, plain objects and arrays of them; a Date, function or other
 * prohibited type anywhere fails the call; circular objects fail; undefined inside arrays
 * becomes null; the server gets a copy. Return values have the same restrictions.
 * Observed (not documented) and copied here: the client's error texts "Failed due to illegal
 * value in property: <key>" and "Failed due to circular reference.", and a return value holding
 * a Date reaching the success handler as null. Private functions (name ending in "_") can't be
 * called from the client. "Script function not found: <name>" is Google's message for a menu
 * or trigger naming a missing function.
 */
import * as vm from 'node:vm';
import type { Marshal } from './core';

export interface LoadOptions {
  /** File name in stack traces, default "Code.js". */
  filename?: string;
  /** Time limit in ms for loading the bundle and for each call; none by default. */
  timeoutMs?: number;
  /** The emulated clock: `new Date()` and `Date.now()` in the bundle read it (real time by default). */
  now?: () => number;
}

export interface ConsoleEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  message: string;
}

export interface LoadedBundle {
  context: vm.Context;
  /** Calls a global function of the bundle (arguments are marshalled into its realm). */
  call(name: string, ...args: unknown[]): unknown;
  /** Own enumerable global names whose values are functions (what Apps Script can run). */
  globalNames(): string[];
  /** Deep-copies arrays, plain objects and Dates into the bundle's realm; set env.marshal to it. */
  marshal: Marshal;
  /** Calls a function as google.script.run would: checked copies in, JSON-like copy out. */
  runAsGoogleScriptRun(name: string, args: unknown[]): unknown;
  /** Lines written with Logger.log. */
  logs: string[];
  /** Lines written with console.*. */
  console: ConsoleEntry[];
  /** Emulator notes, e.g. a google.script.run result replaced by null. */
  warnings: string[];
}

/** What the in-context setup returns (all functions of the bundle's realm). */
interface InContext {
  marshal(value: unknown): unknown;
  globalNames(): string[];
  isFunction(name: string): boolean;
  /** A closure running the named function with args, for the timed runner script. */
  prepare(name: string, args: unknown[]): () => unknown;
}

interface Bridge {
  globals: Record<string, unknown>;
  log(line: string): void;
  getLog(): string;
  clearLog(): void;
  console(level: ConsoleEntry['level'], line: string): void;
  now: (() => number) | null;
}

/**
 * Evaluated inside the context, so that Logger, console, marshal and the Arrays/Objects/Dates
 * they create belong to the bundle's realm. It talks to Node only through the bridge, whose
 * functions receive strings.
 */
const SETUP = `(function (bridge) {
  'use strict';
  var define = function (name, value) {
    Object.defineProperty(globalThis, name, { value: value, writable: true, configurable: true, enumerable: false });
  };
  var names = Object.keys(bridge.globals);
  for (var i = 0; i < names.length; i++) define(names[i], bridge.globals[names[i]]);

  // The emulated clock: a Date whose "now" is the emulator's, sharing the realm's prototype
  // so that instanceof Date and every Date method behave as before.
  if (bridge.now) {
    var RealDate = Date;
    var now = bridge.now;
    var ClockDate = function Date(a, b, c, d, e, f, g) {
      var n = arguments.length;
      if (!new.target) return new RealDate(now()).toString();
      if (n === 0) return new RealDate(now());
      if (n === 1) return new RealDate(a);
      return new RealDate(a, b, n > 2 ? c : 1, n > 3 ? d : 0, n > 4 ? e : 0, n > 5 ? f : 0, n > 6 ? g : 0);
    };
    ClockDate.prototype = RealDate.prototype;
    ClockDate.now = function () { return now(); };
    ClockDate.parse = RealDate.parse;
    ClockDate.UTC = RealDate.UTC;
    Object.defineProperty(RealDate.prototype, 'constructor', { value: ClockDate, writable: true, configurable: true });
    define('Date', ClockDate);
  }

  var show = function (v) {
    if (typeof v === 'string') return v;
    if (v === undefined) return 'undefined';
    if (typeof v === 'function') return '[Function: ' + (v.name || 'anonymous') + ']';
    if (Object.prototype.toString.call(v) === '[object Date]') return String(v);
    if (v instanceof Error) return v.stack || String(v);
    if (v !== null && typeof v === 'object') {
      try { return JSON.stringify(v); } catch (e) { return String(v); }
    }
    return String(v);
  };
  // printf-like: %s %d %i %f %j %o %O %% in a leading string, the rest joined by spaces.
  var format = function (args) {
    if (args.length === 0) return '';
    var rest = Array.prototype.slice.call(args, 1);
    var head = typeof args[0] === 'string'
      ? args[0].replace(/%([sdifjoO%])/g, function (m, c) {
          if (c === '%') return '%';
          if (rest.length === 0) return m;
          var v = rest.shift();
          if (c === 'd' || c === 'i') return String(c === 'i' ? parseInt(v, 10) : Number(v));
          if (c === 'f') return String(parseFloat(v));
          return show(v);
        })
      : show(args[0]);
    return [head].concat(rest.map(show)).join(' ');
  };

  var Logger = {
    log: function () { bridge.log(format(arguments)); return Logger; },
    getLog: function () { return bridge.getLog(); },
    clear: function () { bridge.clearLog(); },
  };
  define('Logger', Logger);
  var makeConsole = function () {
    var c = {};
    ['log', 'info', 'warn', 'error'].forEach(function (level) {
      c[level] = function () { bridge.console(level, format(arguments)); };
    });
    return c;
  };
  define('console', makeConsole());

  var isPlain = function (v) {
    var proto = Object.getPrototypeOf(v);
    return proto === null || Object.getPrototypeOf(proto) === null;
  };
  var marshal = function (v) {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      var a = new Array(v.length);
      for (var i = 0; i < v.length; i++) a[i] = marshal(v[i]);
      return a;
    }
    if (Object.prototype.toString.call(v) === '[object Date]') return new Date(Date.prototype.getTime.call(v));
    if (!isPlain(v)) return v; // service objects (proxies) and the like stay as they are
    var o = {};
    var keys = Object.keys(v);
    for (var j = 0; j < keys.length; j++) {
      Object.defineProperty(o, keys[j], { value: marshal(v[keys[j]]), writable: true, enumerable: true, configurable: true });
    }
    return o;
  };

  return {
    marshal: marshal,
    globalNames: function () {
      return Object.keys(globalThis).filter(function (k) { return typeof globalThis[k] === 'function'; });
    },
    isFunction: function (name) {
      return Object.prototype.hasOwnProperty.call(globalThis, name) && typeof globalThis[name] === 'function';
    },
    prepare: function (name, args) {
      var fn = globalThis[name];
      var copied = marshal(args);
      return function () { return fn.apply(undefined, copied); };
    },
  };
})`;

/** The timed hop into the context: takes the prepared closure and removes it from the global. */
const RUN_PREPARED = new vm.Script(
  `(function () { var f = globalThis.__emulatorPrepared__; delete globalThis.__emulatorPrepared__; return f(); })()`,
  { filename: 'emulator-run.js' },
);

function isTimeout(e: unknown): boolean {
  return (e as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT';
}

function timeoutError(e: unknown, ms: number): Error {
  // Google's wording for an execution over its time limit.
  return new Error(`Exceeded maximum execution time (emulator limit ${ms} ms)`, { cause: e });
}

// ---------- google.script.run wire format ----------

class WireError extends Error {}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * Client to server: a JSON-like copy, or WireError with the client's message. `key` is the
 * property holding the value (the argument's index at the top), as the client reports it.
 */
function argumentToWire(v: unknown, key: string, seen: Set<object>): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null; // as JSON does
  if (typeof v === 'object') {
    if (seen.has(v)) throw new WireError('Failed due to circular reference.');
    if (Array.isArray(v)) {
      seen.add(v);
      const out = v.map((item, i) => (item === undefined ? null : argumentToWire(item, String(i), seen)));
      seen.delete(v);
      return out;
    }
    if (isPlainObject(v)) {
      seen.add(v);
      const out: Record<string, unknown> = {};
      for (const [k, item] of Object.entries(v)) {
        if (item === undefined) continue; // dropped, as JSON does
        Object.defineProperty(out, k, {
          value: argumentToWire(item, k, seen),
          writable: true,
          enumerable: true,
          configurable: true,
        });
      }
      seen.delete(v);
      return out;
    }
  }
  // Date, function, symbol, bigint, class instances, Map, Set...
  throw new WireError(`Failed due to illegal value in property: ${key}`);
}

/** Server to client: a JSON-like copy, or undefined when the value holds anything illegal. */
function resultToWire(v: unknown, seen: Set<object>): { ok: true; value: unknown } | { ok: false; why: string } {
  if (v === undefined || v === null) return { ok: true, value: null };
  if (typeof v === 'string' || typeof v === 'boolean') return { ok: true, value: v };
  if (typeof v === 'number') return { ok: true, value: Number.isFinite(v) ? v : null };
  if (typeof v === 'object') {
    if (seen.has(v)) return { ok: false, why: 'a circular reference' };
    if (Object.prototype.toString.call(v) === '[object Date]') return { ok: false, why: 'a Date' };
    if (Array.isArray(v) || isPlainObject(v)) {
      seen.add(v);
      try {
        if (Array.isArray(v)) {
          const out: unknown[] = [];
          for (const item of v) {
            const r = resultToWire(item, seen);
            if (!r.ok) return r;
            out.push(r.value);
          }
          return { ok: true, value: out };
        }
        const out: Record<string, unknown> = {};
        for (const [k, item] of Object.entries(v)) {
          if (item === undefined) continue;
          const r = resultToWire(item, seen);
          if (!r.ok) return r;
          Object.defineProperty(out, k, { value: r.value, writable: true, enumerable: true, configurable: true });
        }
        return { ok: true, value: out };
      } finally {
        seen.delete(v);
      }
    }
    return { ok: false, why: `an object of class ${v.constructor?.name ?? 'unknown'}` };
  }
  return { ok: false, why: `a ${typeof v}` };
}

/** Loads the bundle into a fresh context with only the given globals (plus Logger, console). */
export function loadBundle(code: string, globals: Record<string, unknown>, options: LoadOptions = {}): LoadedBundle {
  const logs: string[] = [];
  const consoleEntries: ConsoleEntry[] = [];
  const warnings: string[] = [];
  // A null-prototype sandbox: the global's prototype chain is then the context's own, so no
  // host Object.prototype (and through it the host Function) shows through.
  const context = vm.createContext(Object.create(null) as object, { name: options.filename ?? 'Code.js' });
  const bridge: Bridge = {
    globals,
    log: (line) => void logs.push(String(line)),
    getLog: () => logs.map((l) => l + '\n').join(''),
    clearLog: () => void logs.splice(0),
    console: (level, line) => void consoleEntries.push({ level, message: String(line) }),
    now: options.now ?? null,
  };
  const setup = vm.runInContext(SETUP, context, { filename: 'emulator-setup.js' }) as (b: Bridge) => InContext;
  const inside = setup(bridge);

  const timeoutMs = options.timeoutMs;
  const script = new vm.Script(code, { filename: options.filename ?? 'Code.js' });
  try {
    script.runInContext(context, timeoutMs ? { timeout: timeoutMs } : {});
  } catch (e) {
    if (isTimeout(e)) throw timeoutError(e, timeoutMs!);
    throw e;
  }

  const run = (name: string, args: unknown[]): unknown => {
    if (!inside.isFunction(name)) throw new Error(`Script function not found: ${name}`);
    const prepared = inside.prepare(name, args);
    if (!timeoutMs) return prepared();
    (context as Record<string, unknown>).__emulatorPrepared__ = prepared;
    try {
      return RUN_PREPARED.runInContext(context, { timeout: timeoutMs });
    } catch (e) {
      if (isTimeout(e)) throw timeoutError(e, timeoutMs);
      throw e;
    } finally {
      delete (context as Record<string, unknown>).__emulatorPrepared__;
    }
  };

  return {
    context,
    call: (name, ...args) => run(name, args),
    globalNames: () => inside.globalNames(),
    marshal: (value) => inside.marshal(value),
    logs,
    console: consoleEntries,
    warnings,
    runAsGoogleScriptRun(name, args) {
      // Private functions aren't callable from the client; to it they simply don't exist.
      if (name.endsWith('_') || !inside.isFunction(name)) throw new Error(`Script function not found: ${name}`);
      let wireArgs: unknown[];
      try {
        const seen = new Set<object>();
        wireArgs = args.map((a, i) => (a === undefined ? null : argumentToWire(a, String(i), seen)));
      } catch (e) {
        if (e instanceof WireError) throw new Error(e.message);
        throw e;
      }
      let result: unknown;
      try {
        result = run(name, wireArgs);
      } catch (e) {
        // The failure handler gets an Error with the server's name and message.
        const err = new Error(e !== null && typeof e === 'object' && 'message' in e ? String((e as Error).message) : String(e));
        const errName = (e as { name?: unknown } | null)?.name;
        if (typeof errName === 'string') err.name = errName;
        throw err;
      }
      const wire = resultToWire(result, new Set());
      if (!wire.ok) {
        warnings.push(`google.script.run ${name}: the result contains ${wire.why}; the client receives null`);
        return null;
      }
      return wire.value;
    },
  };
}

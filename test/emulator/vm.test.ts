import { Env, Service } from '../../emulator/core';
import { loadBundle } from '../../emulator/vm';

class Clocky extends Service {
  readonly serviceName = 'Clocky';
  now(): Date {
    return new Date(Date.UTC(2026, 8, 1));
  }
  rows(): unknown[][] {
    return [
      [1, 'a', new Date(0)],
      [2, 'b', null],
    ];
  }
  meta(): Record<string, unknown> {
    return { when: new Date(0), list: [1, 2], self: this };
  }
}

describe('the bundle context', () => {
  const code = `
    function probe(names) {
      var out = {};
      names.forEach(function (n) { out[n] = typeof globalThis[n]; });
      return out;
    }
    function escape_() { return this.constructor.constructor('return typeof process')(); }
    function topThis() { return typeof this; }
    var notAFunction = 42;
    const hidden = function () {};
  `;

  test('has none of Node globals, but Logger, console, globalThis and the given services', () => {
    const loaded = loadBundle(code, { SpreadsheetApp: { id: 1 }, Utilities: {} });
    const forbidden = [
      'require',
      'process',
      'module',
      'exports',
      'setTimeout',
      'setInterval',
      'setImmediate',
      'clearTimeout',
      'fetch',
      'URL',
      'URLSearchParams',
      'TextEncoder',
      'TextDecoder',
      'Buffer',
      'global',
      'structuredClone',
      'queueMicrotask',
      '__dirname',
      '__filename',
    ];
    const seen = loaded.call('probe', forbidden) as Record<string, string>;
    for (const name of forbidden) expect([name, seen[name]]).toEqual([name, 'undefined']);
    expect(loaded.call('probe', ['Logger', 'console', 'globalThis', 'SpreadsheetApp', 'Utilities', 'JSON', 'Intl'])).toEqual({
      Logger: 'object',
      console: 'object',
      globalThis: 'object',
      SpreadsheetApp: 'object',
      Utilities: 'object',
      JSON: 'object',
      Intl: 'object',
    });
  });

  test('the global object does not lead back to Node', () => {
    const loaded = loadBundle(code, {});
    expect(loaded.call('escape_')).toBe('undefined');
  });

  test('globalNames lists the functions of the bundle only', () => {
    const loaded = loadBundle(code, { SpreadsheetApp: {}, HelperFn: () => 1 });
    expect(loaded.globalNames().sort()).toEqual(['escape_', 'probe', 'topThis']);
  });

  test('call: a missing or non-function global fails with Google message', () => {
    const loaded = loadBundle(code, {});
    expect(() => loaded.call('nope')).toThrow('Script function not found: nope');
    expect(() => loaded.call('notAFunction')).toThrow('Script function not found: notAFunction');
  });

  test('Logger and console are captured', () => {
    const loaded = loadBundle(
      `function run() {
         Logger.log('Строк: %s из %s', 3, 10);
         Logger.log({ a: 1 });
         console.log('plain', [1, 2]);
         console.info('info');
         console.warn('warn %d', 7);
         console.error(new Error('boom').message);
         return Logger.getLog();
       }`,
      {},
    );
    const log = loaded.call('run');
    expect(loaded.logs).toEqual(['Строк: 3 из 10', '{"a":1}']);
    expect(log).toBe('Строк: 3 из 10\n{"a":1}\n');
    expect(loaded.console).toEqual([
      { level: 'log', message: 'plain [1,2]' },
      { level: 'info', message: 'info' },
      { level: 'warn', message: 'warn 7' },
      { level: 'error', message: 'boom' },
    ]);
  });
});

describe('marshalling service results into the add-on realm', () => {
  const code = `
    function checkNow() { return Clocky.now() instanceof Date; }
    function checkRows() {
      var rows = Clocky.rows();
      return rows instanceof Array && rows[0] instanceof Array && rows[0][2] instanceof Date && rows[1][2] === null;
    }
    function checkMeta() {
      var m = Clocky.meta();
      return [m.when instanceof Date, m.list instanceof Array, Object.getPrototypeOf(m) === Object.prototype,
              typeof m.self.now === 'function' && Object.getPrototypeOf(m.self) !== Object.prototype];
    }
    function checkArgs(d, list) { return [d instanceof Date, list instanceof Array]; }
  `;

  test('with env.marshal = loaded.marshal, Dates and Arrays are the add-on realm own', () => {
    const env = new Env();
    const loaded = loadBundle(code, { Clocky: env.expose(new Clocky()) });
    env.marshal = loaded.marshal; // read by the proxy at each call, so setting it after loading is fine
    expect(loaded.call('checkNow')).toBe(true);
    expect(loaded.call('checkRows')).toBe(true);
    expect(loaded.call('checkMeta')).toEqual([true, true, true, true]); // the service inside is left as is
    expect(env.counter.get('Clocky.now')).toBe(1);
  });

  test('without it, a host Date is not an instance of the add-on Date', () => {
    const env = new Env();
    const loaded = loadBundle(code, { Clocky: env.expose(new Clocky()) });
    expect(loaded.call('checkNow')).toBe(false);
  });

  test('call marshals its arguments too', () => {
    const loaded = loadBundle(code, {});
    expect(loaded.call('checkArgs', new Date(), [1])).toEqual([true, true]);
  });

  test('marshal leaves primitives, functions and class instances untouched', () => {
    const loaded = loadBundle('', {});
    const fn = () => 1;
    const inst = new Clocky();
    expect(loaded.marshal(5)).toBe(5);
    expect(loaded.marshal(null)).toBeNull();
    expect(loaded.marshal(fn)).toBe(fn);
    expect(loaded.marshal(inst)).toBe(inst);
    const nested = loaded.marshal({ a: [inst] }) as { a: unknown[] };
    expect(nested.a[0]).toBe(inst);
  });
});

describe('google.script.run', () => {
  const code = `
    function echo(x) { return x; }
    function describe(a, b) {
      return { aIsArray: a instanceof Array, bIsObject: Object.getPrototypeOf(b) === Object.prototype, a: a, b: b };
    }
    function mutate(o) { o.changed = true; return 'ok'; }
    function today() { return new Date(); }
    function nestedDate() { return { rows: [[1, new Date()]] }; }
    function nothing() {}
    function fails() { throw new Error('Нет листа «Наставники»'); }
    function failsType() { null.x; }
    function helper_() { return 'secret'; }
    function withMap() { return new Map([[1, 2]]); }
    function numbers() { return [1, NaN, Infinity, -0.5]; }
  `;
  const loaded = loadBundle(code, {});

  test('plain arguments arrive as copies in the add-on realm', () => {
    const arg = { name: 'Иванова', tags: ['a'] };
    const r = loaded.runAsGoogleScriptRun('describe', [[1, 'x', true, null], arg]) as Record<string, unknown>;
    expect(r).toEqual({ aIsArray: true, bIsObject: true, a: [1, 'x', true, null], b: { name: 'Иванова', tags: ['a'] } });
    loaded.runAsGoogleScriptRun('mutate', [arg]);
    expect(arg).toEqual({ name: 'Иванова', tags: ['a'] });
  });

  test('undefined in arrays becomes null, undefined fields are dropped, NaN becomes null', () => {
    expect(loaded.runAsGoogleScriptRun('echo', [[1, undefined, 3]])).toEqual([1, null, 3]);
    expect(loaded.runAsGoogleScriptRun('echo', [{ a: 1, b: undefined }])).toEqual({ a: 1 });
    expect(loaded.runAsGoogleScriptRun('echo', [undefined])).toBeNull();
    expect(loaded.runAsGoogleScriptRun('echo', [NaN])).toBeNull();
  });

  test('a Date, function or other prohibited value anywhere fails the call', () => {
    expect(() => loaded.runAsGoogleScriptRun('echo', [new Date()])).toThrow('Failed due to illegal value in property: 0');
    expect(() => loaded.runAsGoogleScriptRun('echo', ['x', { when: new Date() }])).toThrow(
      'Failed due to illegal value in property: when',
    );
    expect(() => loaded.runAsGoogleScriptRun('echo', [[1, () => 2]])).toThrow('Failed due to illegal value in property: 1');
    expect(() => loaded.runAsGoogleScriptRun('echo', [new Map()])).toThrow(/illegal value/);
    expect(() => loaded.runAsGoogleScriptRun('echo', [{ s: Symbol('x') }])).toThrow(/illegal value in property: s/);
    expect(() => loaded.runAsGoogleScriptRun('echo', [10n])).toThrow(/illegal value/);
    const circular: Record<string, unknown> = { a: 1 };
    circular.self = circular;
    expect(() => loaded.runAsGoogleScriptRun('echo', [circular])).toThrow('Failed due to circular reference.');
  });

  test('shared (non-circular) references are fine', () => {
    const shared = { x: 1 };
    expect(loaded.runAsGoogleScriptRun('echo', [[shared, shared]])).toEqual([{ x: 1 }, { x: 1 }]);
  });

  test('the result is a host-realm copy; a Date or other prohibited value makes it null', () => {
    const r = loaded.runAsGoogleScriptRun('echo', [{ a: [1, { b: 'c' }] }]);
    expect(r).toEqual({ a: [1, { b: 'c' }] });
    expect((r as { a: unknown }).a).toBeInstanceOf(Array);
    expect(loaded.runAsGoogleScriptRun('today', [])).toBeNull();
    expect(loaded.runAsGoogleScriptRun('nestedDate', [])).toBeNull();
    expect(loaded.runAsGoogleScriptRun('withMap', [])).toBeNull();
    expect(loaded.warnings.some((w) => w.includes('nestedDate') && w.includes('a Date'))).toBe(true);
    expect(loaded.runAsGoogleScriptRun('nothing', [])).toBeNull();
    expect(loaded.runAsGoogleScriptRun('numbers', [])).toEqual([1, null, null, -0.5]);
  });

  test('errors propagate as an Error with the same message and name', () => {
    expect(() => loaded.runAsGoogleScriptRun('fails', [])).toThrow('Нет листа «Наставники»');
    let caught: unknown;
    try {
      loaded.runAsGoogleScriptRun('failsType', []);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).name).toBe('TypeError');
  });

  test('private and missing functions are not callable from the client', () => {
    expect(() => loaded.runAsGoogleScriptRun('helper_', [])).toThrow('Script function not found: helper_');
    expect(() => loaded.runAsGoogleScriptRun('missing', [])).toThrow('Script function not found: missing');
    expect(loaded.call('helper_')).toBe('secret'); // the server side may call it
  });
});

describe('execution time limit', () => {
  test('a call running too long is stopped; the bundle stays usable', () => {
    const loaded = loadBundle(
      'function spin() { for (;;) {} } function ok() { return typeof __emulatorPrepared__; }',
      {},
      {
        timeoutMs: 50,
      },
    );
    expect(() => loaded.call('spin')).toThrow(/Exceeded maximum execution time/);
    expect(() => loaded.runAsGoogleScriptRun('spin', [])).toThrow(/Exceeded maximum execution time/);
    expect(loaded.call('ok')).toBe('undefined');
    expect(loaded.globalNames().sort()).toEqual(['ok', 'spin']);
  });

  test('loading a bundle that never finishes is stopped too', () => {
    expect(() => loadBundle('for (;;) {}', {}, { timeoutMs: 50 })).toThrow(/Exceeded maximum execution time/);
  });

  test('errors thrown inside a timed call propagate unchanged', () => {
    const loaded = loadBundle('function boom() { throw new RangeError("too far"); }', {}, { timeoutMs: 1000 });
    expect(() => loaded.call('boom')).toThrow('too far');
  });
});

describe('the emulated clock inside the bundle', () => {
  const code = `
    function now() { return [Date.now(), new Date().getTime(), new Date(2026, 0, 2).getDate(), new Date(0).getTime()]; }
    function isDate() { return new Date() instanceof Date && Object.prototype.toString.call(new Date()) === '[object Date]'; }
    function asString() { return typeof Date(); }
  `;

  test('new Date() and Date.now() read the emulator clock; other constructors are untouched', () => {
    let ms = Date.UTC(2026, 8, 1, 6);
    const loaded = loadBundle(code, {}, { now: () => ms });
    expect(loaded.call('now')).toEqual([ms, ms, 2, 0]);
    ms += 60_000;
    expect((loaded.call('now') as number[])[0]).toBe(ms);
    expect(loaded.call('isDate')).toBe(true);
    expect(loaded.call('asString')).toBe('string');
  });
});

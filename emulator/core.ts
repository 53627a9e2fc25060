/**
 * Core of the emulator: the environment every emulated service shares (clock, time zone,
 * user, call counter, realm marshalling) and the counting proxy through which the add-on
 * sees every service object.
 *
 * Service objects are plain classes that implement a port from src/gas/ports.ts and keep
 * their data in the serialisable EmulatorState. They never count calls themselves:
 * `expose()` wraps them, counts each method call as "Class.method", marshals results into
 * the add-on's realm and wraps returned service objects in turn.
 */

/** Marks a class whose instances are service objects (counted, wrapped when returned). */
export abstract class Service {
  /** Name used in call counts, e.g. "Range" gives "Range.getValues". */
  abstract readonly serviceName: string;
}

export interface EnvironmentOptions {
  /** IANA zone of the spreadsheet and the script, default Europe/Moscow. */
  timeZone?: string;
  /** E-mail of the active user, default curator@school.example. */
  userEmail?: string;
  /** Start of the emulated clock, default 2026-09-01T09:00:00+03:00. */
  now?: Date;
  /** Spreadsheet locale, default ru_RU. */
  locale?: string;
}

export class CallCounter {
  private counts = new Map<string, number>();
  record(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }
  /** Calls per "Class.method", sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
  total(): number {
    let sum = 0;
    for (const n of this.counts.values()) sum += n;
    return sum;
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  reset(): void {
    this.counts.clear();
  }
}

/** The emulated clock: time only moves when a test, Utilities.sleep or a lock wait moves it. */
export class Clock {
  constructor(private ms: number) {}
  now(): number {
    return this.ms;
  }
  set(date: Date): void {
    this.ms = date.getTime();
  }
  advance(ms: number): void {
    this.ms += ms;
  }
}

/** Realm-independent type checks: values may come from the add-on's vm realm. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Error as Apps Script raises it from a service ("Exception: ..."). */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Copies a result into the realm of the code that called the service. */
export type Marshal = (value: unknown) => unknown;

export class Env {
  readonly counter = new CallCounter();
  readonly clock: Clock;
  readonly timeZone: string;
  readonly userEmail: string;
  readonly locale: string;
  /** Replaced by the vm loader so that results are the add-on realm's own Arrays and Dates. */
  marshal: Marshal = (v) => v;
  /** Called before every counted call with "Class.method"; may throw (e.g. AuthMode.NONE). */
  beforeCall: ((key: string) => void) | null = null;
  private proxies = new WeakMap<object, object>();

  constructor(options: EnvironmentOptions = {}) {
    this.clock = new Clock((options.now ?? new Date('2026-09-01T09:00:00+03:00')).getTime());
    this.timeZone = options.timeZone ?? 'Europe/Moscow';
    this.userEmail = options.userEmail ?? 'curator@school.example';
    this.locale = options.locale ?? 'ru_RU';
  }

  /** A Date of the current realm at the emulated time. */
  now(): Date {
    return new Date(this.clock.now());
  }

  /**
   * The object the add-on sees: every method call is counted as "serviceName.method",
   * results are marshalled into the caller's realm and service objects in them exposed.
   * Enum-like data properties (ProtectionType, Button...) pass through uncounted.
   */
  expose<T extends object>(target: T, serviceName?: string): T {
    if (proxyTargets.has(target)) return target; // already exposed
    const cached = this.proxies.get(target);
    if (cached) return cached as T;
    const name = serviceName ?? (target instanceof Service ? target.serviceName : 'Unknown');
    const env = this;
    const proxy = new Proxy(target, {
      get(obj, prop, receiver) {
        const value = Reflect.get(obj, prop, receiver);
        if (typeof value !== 'function' || typeof prop === 'symbol' || prop === 'constructor') {
          return value;
        }
        if (prop.startsWith('_')) return undefined; // internals are not part of Google's API
        return function (this: unknown, ...args: unknown[]) {
          const key = `${name}.${prop}`;
          env.beforeCall?.(key);
          env.counter.record(key);
          const result = (value as (...a: unknown[]) => unknown).apply(obj, args.map(unwrap));
          return env.exposeResult(result);
        };
      },
      set() {
        return false;
      },
    });
    this.proxies.set(target, proxy);
    proxyTargets.set(proxy, target);
    return proxy;
  }

  private exposeResult(result: unknown): unknown {
    return this.marshal(this.exposeServices(result));
  }

  /** Wraps service objects, also inside (nested) arrays such as getDataValidations()'s. */
  private exposeServices(value: unknown): unknown {
    if (value instanceof Service) return this.expose(value);
    if (Array.isArray(value)) return value.map((v) => this.exposeServices(v));
    return value;
  }
}

const proxyTargets = new WeakMap<object, object>();

/** The service object behind an exposed proxy (so services can accept each other's proxies). */
export function unwrap<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    const target = proxyTargets.get(value as object);
    if (target) return target as T;
  }
  return value;
}

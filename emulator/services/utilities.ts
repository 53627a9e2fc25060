/**
 * Utilities: formatDate (Java SimpleDateFormat), getUuid (reproducible v4 UUIDs from a seeded
 * generator kept in state) and sleep (moves the emulated clock, never the real one).
 */
import { type Env, GasException, Service, isDate } from '../core';
import type { UtilitiesPort } from '../../src/gas/ports';
import { formatSimpleDate } from './simple-date-format';

export interface UtilitiesState {
  /** Seed of the UUID generator; the same seed gives the same UUIDs in the same order. */
  uuidSeed: number;
  /** How many UUIDs were handed out so far. */
  uuidCount: number;
}

export function newUtilitiesState(seed = 1): UtilitiesState {
  return { uuidSeed: seed >>> 0, uuidCount: 0 };
}

/** Apps Script's wording when arguments don't fit any overload (it names the JS types it got). */
function signatureError(method: string, args: unknown[]): GasException {
  const names = args.map((a) => {
    if (a === null) return 'null';
    if (isDate(a)) return 'Date';
    if (typeof a === 'string') return 'String';
    if (typeof a === 'boolean') return 'Boolean';
    if (typeof a === 'object') return 'Object';
    return typeof a;
  });
  return new GasException(`The parameters (${names.join(',')}) don't match the method signature for ${method}.`);
}

/** mulberry32: small, fast and good enough for identifiers. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export class Utilities extends Service implements UtilitiesPort {
  readonly serviceName = 'Utilities';

  constructor(
    private readonly env: Env,
    private readonly state: UtilitiesState,
  ) {
    super();
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    if (!isDate(date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('Utilities.formatDate', [date, timeZone, format]);
    }
    // The intrinsic reads a Date of any realm (the add-on's vm realm included).
    const ms = Date.prototype.getTime.call(date);
    if (Number.isNaN(ms)) throw new GasException('Invalid argument: date');
    return formatSimpleDate(ms, timeZone, format);
  }

  getUuid(): string {
    // Each UUID depends only on (seed, index): reproducible even if state is saved and reloaded.
    const next = mulberry32((this.state.uuidSeed ^ Math.imul(this.state.uuidCount + 1, 0x9e3779b9)) >>> 0);
    this.state.uuidCount++;
    const bytes: number[] = [];
    for (let i = 0; i < 4; i++) {
      const w = next();
      bytes.push(w >>> 24, (w >>> 16) & 0xff, (w >>> 8) & 0xff, w & 0xff);
    }
    bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
    const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  sleep(milliseconds: number): void {
    if (typeof milliseconds !== 'number' || Number.isNaN(milliseconds)) {
      throw signatureError('Utilities.sleep', [milliseconds]);
    }
    this.env.clock.advance(Math.max(0, Math.floor(milliseconds)));
  }
}

export function createUtilities(env: Env, state: UtilitiesState): Utilities {
  return new Utilities(env, state);
}

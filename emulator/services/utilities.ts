/**
 * Utilities: formatDate (Java SimpleDateFormat), getUuid (reproducible v4 UUIDs from a seeded
 * generator kept in state), sleep (moves the emulated clock, never the real one), newBlob and
 * zip (a real zip archive whose entries are the blobs' names, '/' making folders).
 */
import { type Env, GasException, Service, isDate } from '../core';
import type { UtilitiesPort } from '../../src/gas/ports';
import { toWallTime } from '../time';
import { asBlob, Blob } from './blob';
import { formatSimpleDate } from './simple-date-format';
import { writeZip } from './zip';

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
    if (asBlob(a)) return 'Blob';
    if (typeof a === 'object') return 'Object';
    return typeof a;
  });
  return new GasException(`The parameters (${names.join(',')}) don't match the method signature for ${method}.`);
}

/** The arguments a call was given (trailing optional ones left out). */
function given(args: unknown[]): unknown[] {
  const out = [...args];
  while (out.length && out[out.length - 1] === undefined) out.pop();
  return out;
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

  /**
   * A string is stored as UTF-8; an array as Java bytes (a number is narrowed as Java casts
   * to byte, so 200 and -56 are the same byte; assumed for numbers outside -128..127).
   * Content type and name may be null.
   */
  newBlob(data: string | number[], contentType?: string | null, name?: string | null): Blob {
    const optional = (v: unknown) => v === undefined || v === null || typeof v === 'string';
    const bytes =
      typeof data === 'string'
        ? new TextEncoder().encode(data)
        : Array.isArray(data) && data.every((b) => typeof b === 'number' && Number.isInteger(b))
          ? Uint8Array.from(data, (b) => b & 0xff)
          : null;
    if (!bytes || !optional(contentType) || !optional(name)) {
      throw signatureError('Utilities.newBlob', given([data, contentType, name]));
    }
    return new Blob(bytes, contentType ?? null, name ?? null);
  }

  /**
   * A zip archive of the blobs, each entry named by its blob's name (Google's reference says
   * unzip names each blob "with the full path inside the zip"; libraries that build .xlsx
   * files with Utilities.zip name parts "xl/worksheets/sheet1.xml"). Content type
   * application/zip. Assumed (unverified wording): a blob without a name, or two blobs with
   * the same name, are refused as Java's ZipOutputStream refuses them.
   */
  zip(blobs: unknown[], name?: string | null): Blob {
    const sources = Array.isArray(blobs) ? blobs.map((b) => asBlob(b)) : null;
    if (!sources || sources.some((b) => b === null) || (name !== undefined && name !== null && typeof name !== 'string')) {
      throw signatureError('Utilities.zip', given([blobs, name]));
    }
    const seen = new Set<string>();
    const entries = (sources as Blob[]).map((blob) => {
      const entryName = blob.getName();
      if (entryName === null || entryName === '') throw new GasException('Blob name is required for a zip entry.');
      if (seen.has(entryName)) throw new GasException(`duplicate entry: ${entryName}`);
      seen.add(entryName);
      return { name: entryName, bytes: blob._bytes() };
    });
    const archive = writeZip(entries, toWallTime(this.env.clock.now(), this.env.timeZone));
    return new Blob(archive, 'application/zip', name ?? null);
  }
}

export function createUtilities(env: Env, state: UtilitiesState): Utilities {
  return new Utilities(env, state);
}

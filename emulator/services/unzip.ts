/**
 * Reads a zip archive (PKWARE APPNOTE 6.3): the end record, the central directory, each
 * entry's local header and its data, stored (method 0) or deflated (method 8, inflated with
 * node:zlib), its CRC-32 and sizes checked. The reader of what `zip.ts` writes and of what
 * other writers (fflate, Java's ZipOutputStream with data descriptors) produce. Anything it
 * cannot read with certainty is a `ZipError`: encrypted entries, ZIP64, multi-disk archives,
 * other compression methods, a bad signature, a size or CRC that does not match, two entries
 * with one name, bytes that run past the end.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import type { ZipEntry } from './zip';

export class ZipError extends Error {
  constructor(message: string) {
    super(`corrupt zip: ${message}`);
    this.name = 'ZipError';
  }
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
/** The end record's comment is at most 65,535 bytes. */
const MAX_COMMENT = 0xffff;
const STORED = 0;
const DEFLATE = 8;
const ENCRYPTED = 0x0001;
const UTF8_NAMES = 0x0800;

class Reader {
  readonly #view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.#view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  #check(at: number, size: number): void {
    if (at < 0 || at + size > this.bytes.length) throw new ZipError(`a record runs past the end (offset ${at})`);
  }
  u16(at: number): number {
    this.#check(at, 2);
    return this.#view.getUint16(at, true);
  }
  u32(at: number): number {
    this.#check(at, 4);
    return this.#view.getUint32(at, true);
  }
  slice(at: number, size: number): Uint8Array {
    this.#check(at, size);
    return this.bytes.subarray(at, at + size);
  }
}

/** The end of central directory record: searched backwards over a possible comment. */
function findEnd(r: Reader): number {
  const last = r.bytes.length - END_SIZE;
  if (last < 0) throw new ZipError('too short for an end record');
  for (let at = last; at >= Math.max(0, last - MAX_COMMENT); at--) {
    if (r.u32(at) === END_SIGNATURE && at + END_SIZE + r.u16(at + 20) === r.bytes.length) return at;
  }
  throw new ZipError('no end of central directory record');
}

function decodeName(raw: Uint8Array, flags: number): string {
  // Without the UTF-8 flag names are CP437; the emulator accepts only their ASCII subset there.
  if (!(flags & UTF8_NAMES) && raw.some((b) => b > 0x7f)) throw new ZipError('a non-ASCII name without the UTF-8 flag');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new ZipError('a name that is not UTF-8');
  }
}

function entryData(method: number, data: Uint8Array, name: string): Uint8Array {
  if (method === STORED) return data;
  if (method === DEFLATE) {
    try {
      return new Uint8Array(inflateRawSync(data));
    } catch {
      throw new ZipError(`the data of ${name} does not inflate`);
    }
  }
  throw new ZipError(`${name} uses compression method ${method}`);
}

/** Every file entry of the archive, in central directory order (folders, names ending in "/", left out). */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const r = new Reader(bytes);
  const end = findEnd(r);
  if (r.u16(end + 4) !== 0 || r.u16(end + 6) !== 0) throw new ZipError('a multi-disk archive');
  const count = r.u16(end + 10);
  if (count !== r.u16(end + 8)) throw new ZipError('entry counts disagree');
  const size = r.u32(end + 12);
  const start = r.u32(end + 16);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) throw new ZipError('ZIP64');
  if (start + size !== end) throw new ZipError('the central directory is not where the end record says');
  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = start;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== CENTRAL_SIGNATURE) throw new ZipError(`central directory record ${i + 1} has a bad signature`);
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const crc = r.u32(at + 16);
    const compressed = r.u32(at + 20);
    const uncompressed = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    const diskStart = r.u16(at + 34);
    const offset = r.u32(at + 42);
    const name = decodeName(r.slice(at + 46, nameLength), flags);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & ENCRYPTED) throw new ZipError(`${name} is encrypted`);
    if (diskStart !== 0) throw new ZipError('a multi-disk archive');
    if (compressed === 0xffffffff || uncompressed === 0xffffffff || offset === 0xffffffff) throw new ZipError('ZIP64');
    if (names.has(name)) throw new ZipError(`two entries named ${name}`);
    names.add(name);
    // The local header repeats the name; its sizes may be zero when a data descriptor follows.
    if (r.u32(offset) !== LOCAL_SIGNATURE) throw new ZipError(`the local header of ${name} has a bad signature`);
    const localName = decodeName(r.slice(offset + 30, r.u16(offset + 26)), r.u16(offset + 6));
    if (localName !== name) throw new ZipError(`the local header of ${name} names ${localName}`);
    if (r.u16(offset + 8) !== method) throw new ZipError(`the local header of ${name} gives another method`);
    const dataAt = offset + 30 + r.u16(offset + 26) + r.u16(offset + 28);
    if (dataAt + compressed > start) throw new ZipError(`the data of ${name} runs into the central directory`);
    const data = entryData(method, r.slice(dataAt, compressed), name);
    if (data.length !== uncompressed) throw new ZipError(`${name} is ${data.length} bytes, not ${uncompressed}`);
    if (crc32(data) >>> 0 !== crc) throw new ZipError(`${name} fails its CRC-32`);
    if (!name.endsWith('/')) entries.push({ name, bytes: data });
  }
  if (at !== end) throw new ZipError('the central directory has bytes after its last record');
  return entries;
}

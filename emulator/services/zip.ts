/**
 * A real zip archive (PKWARE APPNOTE 6.3: local headers, central directory, end record),
 * entries deflated with node:zlib, names in UTF-8 (general purpose flag bit 11), as Apps
 * Script's Utilities.zip produces with Java's ZipOutputStream. What Utilities.zip writes.
 */
import { crc32, deflateRawSync } from 'node:zlib';
import type { WallTime } from '../time';

export interface ZipEntry {
  /** Path inside the archive, '/' between folders ("word/document.xml"). */
  name: string;
  bytes: Uint8Array;
}

const UTF8_NAMES = 0x0800;
const STORE = 0;
const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate, folders

/** MS-DOS time and date fields (2-second resolution; years 1980–2107). */
function dosDateTime(t: WallTime): { time: number; date: number } {
  const year = Math.min(Math.max(t.year, 1980), 2107);
  return {
    time: (t.hour << 11) | (t.minute << 5) | Math.floor(t.second / 2),
    date: ((year - 1980) << 9) | (t.month << 5) | t.day,
  };
}

class Writer {
  private readonly chunks: Uint8Array[] = [];
  length = 0;
  put(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }
  fields(sizes: readonly number[], values: readonly number[]): void {
    const buf = new Uint8Array(sizes.reduce((a, b) => a + b, 0));
    const view = new DataView(buf.buffer);
    let at = 0;
    sizes.forEach((size, i) => {
      if (size === 2) view.setUint16(at, values[i]!, true);
      else view.setUint32(at, values[i]! >>> 0, true);
      at += size;
    });
    this.put(buf);
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/**
 * The archive's bytes; every entry stamped with `modified` (the script zone's wall time).
 * Entries are deflated, as Utilities.zip writes them; `store` keeps them uncompressed (method
 * 0), as other zip writers may (for tests of readers).
 */
export function writeZip(entries: readonly ZipEntry[], modified: WallTime, method: 'deflate' | 'store' = 'deflate'): Uint8Array {
  const code = method === 'store' ? STORE : DEFLATE;
  const { time, date } = dosDateTime(modified);
  const out = new Writer();
  const central = new Writer();
  for (const entry of entries) {
    const name = new TextEncoder().encode(entry.name);
    const data = code === STORE ? entry.bytes : deflateRawSync(entry.bytes);
    const crc = crc32(entry.bytes);
    const offset = out.length;
    // Local file header.
    out.fields(
      [4, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2],
      [0x04034b50, VERSION, UTF8_NAMES, code, time, date, crc, data.length, entry.bytes.length, name.length, 0],
    );
    out.put(name);
    out.put(data);
    // Its central directory record.
    central.fields(
      [4, 2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4],
      [
        0x02014b50,
        VERSION,
        VERSION,
        UTF8_NAMES,
        code,
        time,
        date,
        crc,
        data.length,
        entry.bytes.length,
        name.length,
        0,
        0,
        0,
        0,
        0,
        offset,
      ],
    );
    central.put(name);
  }
  const centralOffset = out.length;
  out.put(central.bytes());
  // End of central directory record.
  out.fields([4, 2, 2, 2, 2, 4, 4, 2], [0x06054b50, 0, 0, entries.length, entries.length, central.length, centralOffset, 0]);
  return out.bytes();
}

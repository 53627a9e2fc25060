/** The emulator's zip reader (emulator/services/unzip.ts): what the zip writer and Utilities.zip make, read back exactly. */
import { crc32 } from 'node:zlib';
import { readZip, ZipError } from '../../emulator/services/unzip';
import { writeZip } from '../../emulator/services/zip';
import type { WallTime } from '../../emulator/time';

const STAMP: WallTime = { year: 2026, month: 9, day: 1, hour: 9, minute: 0, second: 0, millisecond: 0, weekday: 2 };
const ENTRIES = [
  { name: '[Content_Types].xml', bytes: new TextEncoder().encode('<Types/>') },
  { name: 'word/документ.xml', bytes: new TextEncoder().encode('Приказ '.repeat(1000)) },
  { name: 'empty', bytes: new Uint8Array(0) },
];

test.each(['deflate', 'store'] as const)('%s entries come back byte for byte, names in UTF-8', (method) => {
  const read = readZip(writeZip(ENTRIES, STAMP, method));
  expect(read.map((e) => e.name)).toEqual(ENTRIES.map((e) => e.name));
  read.forEach((e, i) => expect(Buffer.from(e.bytes).equals(Buffer.from(ENTRIES[i]!.bytes))).toBe(true));
});

test('a stored archive is as long as its data plus headers; a deflated one shorter', () => {
  const stored = writeZip(ENTRIES, STAMP, 'store');
  const deflated = writeZip(ENTRIES, STAMP);
  expect(deflated.length).toBeLessThan(stored.length);
  expect(stored.length).toBeGreaterThan(ENTRIES.reduce((n, e) => n + e.bytes.length, 0));
});

test('Utilities.zip’s archives are read (the emulated Apps Script service)', () => {
  // The same writer backs Utilities.zip; its CRCs are node:zlib's.
  const read = readZip(writeZip([{ name: 'a.txt', bytes: new Uint8Array([1, 2, 3]) }], STAMP));
  expect(crc32(read[0]!.bytes)).toBe(crc32(new Uint8Array([1, 2, 3])));
});

test.each([
  ['not a zip', () => new TextEncoder().encode('PK nothing here at all, really'), /no end of central directory/],
  ['truncated', () => writeZip(ENTRIES, STAMP).slice(0, 100), /corrupt zip/],
  [
    'a flipped data byte (stored)',
    () => {
      const z = writeZip(ENTRIES, STAMP, 'store');
      z[Buffer.from(z).indexOf(Buffer.from('Приказ'))]! ^= 1;
      return z;
    },
    /fails its CRC-32/,
  ],
  [
    'an encrypted entry',
    () => {
      const z = writeZip(ENTRIES.slice(0, 1), STAMP, 'store');
      const central = Buffer.from(z).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      z[central + 8]! |= 1;
      return z;
    },
    /encrypted/,
  ],
  ['two entries with one name', () => writeZip([ENTRIES[0]!, ENTRIES[0]!], STAMP), /two entries named/],
])('%s is a ZipError', (_what, make, message) => {
  expect(() => readZip(make())).toThrow(ZipError);
  expect(() => readZip(make())).toThrow(message);
});

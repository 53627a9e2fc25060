/**
 * Utilities.newBlob, Utilities.zip and Blob as Google documents them: bytes as signed Java
 * bytes, UTF-8 strings, nullable content type and name, and a zip that a real reader (python's
 * zipfile, `unzip -t`) opens, with the blobs' names as entry paths.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Env, GasException } from '../../emulator/core';
import { blobBytes } from '../../emulator/services/blob';
import { createUtilities, newUtilitiesState } from '../../emulator/services/utilities';
import type { UtilitiesPort } from '../../src/gas/ports';

function utilities() {
  const env = new Env();
  const u = env.expose(createUtilities(env, newUtilitiesState())) as UtilitiesPort & {
    newBlob(data: unknown, contentType?: unknown, name?: unknown): ReturnType<UtilitiesPort['newBlob']>;
    zip(blobs: unknown, name?: unknown): ReturnType<UtilitiesPort['zip']>;
  };
  return { env, u };
}

/** python3's zipfile: names, testzip() (every CRC checked), flags and contents as JSON. */
function readWithPython(bytes: Uint8Array): { names: string[]; bad: string | null; flags: number[]; texts: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'));
  const file = path.join(dir, 'a.zip');
  fs.writeFileSync(file, bytes);
  const script = [
    'import json, sys, zipfile',
    'z = zipfile.ZipFile(sys.argv[1])',
    'infos = z.infolist()',
    'print(json.dumps({"names": [i.filename for i in infos], "bad": z.testzip(),',
    '  "flags": [i.flag_bits for i in infos], "texts": [z.read(i).decode("utf-8") for i in infos]}))',
  ].join('\n');
  const run = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

describe('Utilities.newBlob and Blob', () => {
  test('a string is stored as UTF-8; getBytes gives signed Java bytes (Google’s example)', () => {
    const { u } = utilities();
    const blob = u.newBlob('Google グループ');
    expect(blob.getBytes()).toEqual([
      71, 111, 111, 103, 108, 101, 32, -29, -126, -80, -29, -125, -85, -29, -125, -68, -29, -125, -105,
    ]);
    expect(blob.getDataAsString()).toBe('Google グループ');
    expect(blob.getContentType()).toBeNull();
    expect(blob.getName()).toBeNull();
  });

  test('bytes in, the same bytes out; content type and name as given, settable and chainable', () => {
    const { u } = utilities();
    const blob = u.newBlob([71, 79, 79, 71, 76, 69, -29, 200], 'application/json', 'Example blob');
    expect(blob.getBytes()).toEqual([71, 79, 79, 71, 76, 69, -29, -56]);
    expect(blob.getContentType()).toBe('application/json');
    expect(blob.getName()).toBe('Example blob');
    expect(blob.setName('b.txt').setContentType('text/plain').getName()).toBe('b.txt');
    expect(blob.getContentType()).toBe('text/plain');
    expect(blob.getBlob().getName()).toBe('b.txt');
  });

  test('Cyrillic through another charset', () => {
    const { u } = utilities();
    const blob = u.newBlob([0xcf, 0xf0, 0xe8, 0xea, 0xe0, 0xe7]);
    expect(blob.getDataAsString('windows-1251')).toBe('Приказ');
  });

  test('arguments that fit no overload are refused with Google’s wording', () => {
    const { u } = utilities();
    expect(() => u.newBlob({})).toThrow(GasException);
    expect(() => u.newBlob(['a'])).toThrow(/don't match the method signature for Utilities.newBlob/);
    expect(() => u.newBlob('x', 5)).toThrow(/don't match the method signature/);
  });

  test('every call is counted as a service call', () => {
    const { env, u } = utilities();
    u.newBlob('x', 'text/plain', 'x.txt').getBytes();
    expect(env.counter.byMethod()).toEqual({ 'Blob.getBytes': 1, 'Utilities.newBlob': 1 });
  });
});

describe('Utilities.zip', () => {
  const parts = [
    ['[Content_Types].xml', '<?xml version="1.0"?><Types/>'],
    ['word/document.xml', '<w:document>Приказ № 7</w:document>'],
    ['word/_rels/document.xml.rels', '<Relationships/>'],
  ] as const;

  test('a real zip: the blobs’ names are the entry paths (folders by "/"), UTF-8 flag, CRCs right', () => {
    const { u } = utilities();
    const zip = u.zip(
      parts.map(([name, xml]) => u.newBlob(xml, 'application/xml', name)),
      'Приказ.docx',
    );
    expect(zip.getContentType()).toBe('application/zip');
    expect(zip.getName()).toBe('Приказ.docx');
    const read = readWithPython(blobBytes(zip));
    expect(read.names).toEqual(parts.map(([name]) => name));
    expect(read.bad).toBeNull();
    expect(read.texts).toEqual(parts.map(([, xml]) => xml));
    for (const flags of read.flags) expect(flags & 0x800).toBe(0x800);
  });

  test('unzip -t (Info-ZIP) accepts it too, and the entries are deflated', () => {
    const { u } = utilities();
    const text = 'Наставничество '.repeat(200);
    const zip = u.zip([u.newBlob(text, 'text/plain', 'a/b.txt')], 'x.zip');
    const bytes = blobBytes(zip);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text) / 5);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zip-'));
    fs.writeFileSync(path.join(dir, 'x.zip'), bytes);
    const run = spawnSync('unzip', ['-t', path.join(dir, 'x.zip')], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true });
    expect(run.stdout).toMatch(/testing: a\/b\.txt\s+OK/);
    expect(run.status).toBe(0);
  });

  test('the entries carry the emulated time, in the script’s zone', () => {
    const { u } = utilities();
    const bytes = blobBytes(u.zip([u.newBlob('x', null as unknown as string, 'x.txt')], 'x.zip'));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const time = view.getUint16(10, true);
    const date = view.getUint16(12, true);
    // 2026-09-01 09:00:00 Moscow (the Env's default clock).
    expect({
      year: (date >> 9) + 1980,
      month: (date >> 5) & 15,
      day: date & 31,
      hour: time >> 11,
      minute: (time >> 5) & 63,
    }).toEqual({
      year: 2026,
      month: 9,
      day: 1,
      hour: 9,
      minute: 0,
    });
  });

  test('refused: not an array of blobs, a blob without a name, two entries with one name', () => {
    const { u } = utilities();
    expect(() => u.zip('x', 'a.zip')).toThrow(/don't match the method signature for Utilities.zip/);
    expect(() => u.zip([{ getBlob: () => null }], 'a.zip')).toThrow(/don't match the method signature/);
    expect(() => u.zip([u.newBlob('x')], 'a.zip')).toThrow(GasException);
    expect(() => u.zip([u.newBlob('x', 'text/plain', 'a.txt'), u.newBlob('y', 'text/plain', 'a.txt')], 'a.zip')).toThrow(
      /duplicate entry: a.txt/,
    );
  });
});

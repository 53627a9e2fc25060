/**
 * What poppler-utils read from a PDF: page sizes (pdfinfo), fonts (pdffonts), every word
 * with its box in points from the top left (pdftotext -bbox), and the first page as a small
 * grayscale PNG (pdftoppm, then PNG-encoded here).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { deflateSync } from 'node:zlib';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface Page {
  width: number;
  height: number;
  words: Word[];
}

const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26 });

/** Width and height of every page, points. */
export function pageSizes(pdf: string): { width: number; height: number }[] {
  const pages = Number(run('pdfinfo', [pdf]).match(/^Pages:\s+(\d+)/m)![1]);
  const out = run('pdfinfo', ['-f', '1', '-l', String(pages), pdf]);
  return [...out.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => ({
    width: Number(m[1]),
    height: Number(m[2]),
  }));
}

/** Base names of the fonts the PDF uses, without the subset prefix ("LiberationSerif-Bold"). */
export function fontNames(pdf: string): string[] {
  return run('pdffonts', [pdf])
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0]!)
    .filter(Boolean)
    .map((name) => name.replace(/^[A-Z]{6}\+/, ''));
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export function pages(pdf: string): Page[] {
  const html = run('pdftotext', ['-bbox', pdf, '-']);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [...page[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (w) => ({
        xMin: Number(w[1]),
        yMin: Number(w[2]),
        xMax: Number(w[3]),
        yMax: Number(w[4]),
        text: unescapeXml(w[5]!),
      }),
    ),
  }));
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), 8 + data.length);
  return out;
}

/** An 8-bit grayscale PNG of a binary PGM (P5). */
function pgmToPng(pgm: Buffer): Buffer {
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error('not an 8-bit binary PGM');
  const [width, height, offset] = [Number(header[1]), Number(header[2]), header[0].length];
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) pgm.copy(raw, y * (width + 1) + 1, offset + y * width, offset + (y + 1) * width);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** The first page at `dpi` as a grayscale PNG written to `png`. */
export function firstPagePng(pdf: string, png: string, dpi: number): void {
  const pgm = execFileSync('pdftoppm', ['-r', String(dpi), '-gray', '-f', '1', '-l', '1', pdf], { maxBuffer: 1 << 26 });
  fs.writeFileSync(png, pgmToPng(pgm));
}

/** Width and height of a PNG from its header. */
export function pngSize(png: string): { width: number; height: number } {
  const bytes = fs.readFileSync(png);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

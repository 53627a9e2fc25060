/**
 * A real office suite checks the .docx of every document kind: LibreOffice converts them all
 * to PDF in one run, poppler reads the PDFs back. Checked: A4 on every page, a sane page
 * count, the font (Times New Roman or its metric twin Liberation Serif), 14 pt body text, no
 * word outside the margins (20/10/20/20 mm; 30 mm left when kept long) but the page number,
 * page numbers from page 2 at the top centre (each document of a file printed for many on its
 * own), no word broken anywhere (and every table cell's
 * words printed whole), a table's header row repeated on each page and its rows never split.
 * The first page of each kind is written to test-output/render/<kind>.png (60 dpi, grayscale),
 * and of a few kinds to docs/render/ for the README.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Env } from '../../emulator/core';
import { blobBytes } from '../../emulator/services/blob';
import { createUtilities, newUtilitiesState } from '../../emulator/services/utilities';
import { type DocModel, modelText, type TableBlock } from '../../src/domain/docModel';
import { leftMarginMm, MARGIN_MM, PAGE_MM, PT_PER_MM, SIZE_PT } from '../../src/domain/docx/layout';
import { hyphenParts } from '../../src/domain/docx/measure';
import { docxBlob } from '../../src/gas/docx';
import type { UtilitiesPort } from '../../src/gas/ports';
import { convertToPdf, requireTools } from './libreoffice';
import { firstPagePng, fontNames, type Page, pageSizes, pages, pngSize, type Word } from './poppler';
import { LONG_ORDER_PAIRS, renderSet } from './renderSet';

const SET = renderSet();
const KINDS = Object.keys(SET);
const PNG_DIR = path.resolve(__dirname, '../../test-output/render');
const DOCS_DIR = path.resolve(__dirname, '../../docs/render');
/** The kinds whose first page the README shows: an order, a consent, a programme with its table. */
const DOCS_KINDS = ['pairs', 'personalData', 'programme', 'approval', 'regulation', 'mentorAgreement'];
const PNG_DPI = 60;

/** How far (pt) a word box may stray over a margin: office suites place glyphs to ~0.2 pt. */
const TOLERANCE = 1;
/** poppler's word box is the font's bounding box: 1.3 em for Times New Roman / Liberation Serif. */
const BOX_EM = 1.3;
/**
 * The line a word sits on, at single spacing: ascent 0.891 + descent 0.216 + gap 0.042 em
 * (Times New Roman / Liberation Serif). A line at the foot of a page ends within the margin
 * though poppler's 1.3 em box reaches about 2 pt below it.
 */
const LINE_EM = 1.149;

/** Pages a kind may take: consents fit one page, orders with appendices a few. */
const PAGE_RANGE: Record<string, [number, number]> = {
  personalData: [1, 1],
  duties: [1, 2],
  publish: [1, 1],
  consentsOfPair: [2, 2],
  // Two programmes of two pages or more each: numbering that starts again is seen.
  programmesPrinted: [4, 10],
  pairsLong: [4, 10],
  // The order, its Положение (ten sections), the roadmap, the curator's duties, «Лист ознакомления».
  approval: [7, 16],
  approvalKeptLong: [7, 17],
  mentorAgreement: [1, 3],
  refusalNotice: [1, 1],
  regulation: [4, 10],
};
const DEFAULT_PAGE_RANGE: [number, number] = [1, 5];

interface Rendered {
  model: DocModel;
  pdf: string;
  sizes: { width: number; height: number }[];
  fonts: string[];
  pages: Page[];
}
const rendered = new Map<string, Rendered>();
let seconds = 0;

beforeAll(() => {
  requireTools();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'render-'));
  const env = new Env();
  const utilities: UtilitiesPort = env.expose(createUtilities(env, newUtilitiesState()));
  const files = KINDS.map((kind) => {
    const file = path.join(dir, `${kind}.docx`);
    fs.writeFileSync(file, blobBytes(docxBlob(utilities, SET[kind]!)));
    return file;
  });
  const started = Date.now();
  const pdfs = convertToPdf(files, dir);
  seconds = (Date.now() - started) / 1000;
  fs.mkdirSync(PNG_DIR, { recursive: true });
  fs.mkdirSync(DOCS_DIR, { recursive: true });
  KINDS.forEach((kind, i) => {
    const pdf = pdfs[i]!;
    rendered.set(kind, { model: SET[kind]!, pdf, sizes: pageSizes(pdf), fonts: fontNames(pdf), pages: pages(pdf) });
    firstPagePng(pdf, path.join(PNG_DIR, `${kind}.png`), PNG_DPI);
    if (DOCS_KINDS.includes(kind)) fs.copyFileSync(path.join(PNG_DIR, `${kind}.png`), path.join(DOCS_DIR, `${kind}.png`));
  });
}, 180_000);

const get = (kind: string) => rendered.get(kind)!;

/** The text area of a page, points from the top left. */
function textArea(model: DocModel, page: { width: number; height: number }) {
  return {
    left: leftMarginMm(model.wideLeftMargin) * PT_PER_MM,
    right: page.width - MARGIN_MM.right * PT_PER_MM,
    top: MARGIN_MM.top * PT_PER_MM,
    bottom: page.height - MARGIN_MM.bottom * PT_PER_MM,
  };
}

/** Words in the top margin: the header (page number). */
const headerWords = (model: DocModel, page: Page) => page.words.filter((w) => w.yMax <= textArea(model, page).top);

/** The words of a page below its header. */
const bodyWords = (model: DocModel, page: Page) => {
  const header = new Set(headerWords(model, page));
  return page.words.filter((w) => !header.has(w));
};

const tokens = (text: string) => text.split(/[\s\u00a0]+/).filter(Boolean);

test('LibreOffice converts every kind in one run, in well under a minute', () => {
  expect(rendered.size).toBe(KINDS.length);
  expect(seconds).toBeLessThan(60);
});

describe.each(KINDS)('%s', (kind) => {
  test('A4 on every page, and a sane number of pages', () => {
    const { sizes } = get(kind);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(PAGE_MM.width * PT_PER_MM, 0);
      expect(size.height).toBeCloseTo(PAGE_MM.height * PT_PER_MM, 0);
    }
    const [min, max] = PAGE_RANGE[kind] ?? DEFAULT_PAGE_RANGE;
    expect(sizes.length).toBeGreaterThanOrEqual(min);
    expect(sizes.length).toBeLessThanOrEqual(max);
  });

  test('set in Times New Roman (or Liberation Serif, its metric twin): text 14 pt, tables 12 pt (11 pt if need be)', () => {
    const { fonts, pages, model } = get(kind);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^(TimesNewRoman|LiberationSerif)/);
    const sizeOf = (w: Word) => (w.yMax - w.yMin) / BOX_EM;
    const words = pages.flatMap((p) => bodyWords(model, p));
    // The document's first word opens its first block, which is text (never a table).
    expect(sizeOf(words[0]!)).toBeCloseTo(SIZE_PT.text, 0);
    for (const table of model.blocks.filter((b): b is TableBlock => b.type === 'table')) {
      // The longest word of the header row, printed at the table's size.
      const longest = tokens(table.header.join(' ')).reduce((a, b) => (b.length > a.length ? b : a));
      const sizes = words.filter((w) => w.text === longest).map((w) => Math.round(sizeOf(w)));
      expect({ longest, sizes: sizes.filter((s) => s === SIZE_PT.small || s === SIZE_PT.tableFallback).length > 0 }).toEqual({
        longest,
        sizes: true,
      });
    }
  });

  test('no word outside the margins but the page number; the text starts at the left and top margins', () => {
    const { model, pages } = get(kind);
    const outside: string[] = [];
    pages.forEach((page, i) => {
      const area = textArea(model, page);
      const header = new Set(headerWords(model, page));
      for (const w of page.words) {
        if (header.has(w)) continue;
        if (
          w.xMin < area.left - TOLERANCE ||
          w.xMax > area.right + TOLERANCE ||
          w.yMin < area.top - TOLERANCE ||
          w.yMin + ((w.yMax - w.yMin) / BOX_EM) * LINE_EM > area.bottom + TOLERANCE
        ) {
          outside.push(
            `page ${i + 1}: «${w.text}» at ${w.xMin.toFixed(1)},${w.yMin.toFixed(1)}–${w.xMax.toFixed(1)},${w.yMax.toFixed(1)}`,
          );
        }
      }
    });
    expect(outside).toEqual([]);
    const first = pages[0]!;
    const body = bodyWords(model, first);
    const area = textArea(model, first);
    const opening = model.blocks[0]!;
    const spaceBefore = 'spaceBefore' in opening ? (opening.spaceBefore ?? 0) : 0;
    expect(Math.min(...body.map((w) => w.xMin))).toBeCloseTo(area.left, -0.5);
    expect(Math.min(...body.map((w) => w.yMin))).toBeCloseTo(area.top + spaceBefore, -0.5);
  });

  test('page numbers from page 2, at the top centre; none on page 1 (of each document, when a file holds several)', () => {
    const { model, pages } = get(kind);
    expect(headerWords(model, pages[0]!)).toEqual([]);
    // An unnumbered page starts a document (a section); the next pages count on from 2.
    let number = 1;
    let starts = 0;
    for (const page of pages) {
      const header = headerWords(model, page);
      if (!header.length) {
        number = 1;
        starts++;
        continue;
      }
      number++;
      expect(header.map((w) => w.text)).toEqual([String(number)]);
      const area = textArea(model, page);
      expect((header[0]!.xMin + header[0]!.xMax) / 2).toBeCloseTo((area.left + area.right) / 2, 0);
    }
    expect(starts).toBe(1 + model.blocks.filter((b) => b.type === 'sectionBreak').length);
  });

  test('no word is broken: every printed word is a word of the text, and every table cell’s words are printed whole', () => {
    const { model, pages } = get(kind);
    // A non-breaking hyphen («№ АЗ‑1128/08») is printed, and read back, as a hyphen.
    const vocabulary = new Set(tokens(modelText(model).replace(/\u2011/g, '-')).flatMap((t) => [t, ...hyphenParts(t)]));
    const printed = pages.flatMap((page) => bodyWords(model, page).map((w) => w.text));
    expect(printed.filter((w) => !vocabulary.has(w))).toEqual([]);
    const printedSet = new Set(printed);
    const tables = model.blocks.filter((b): b is TableBlock => b.type === 'table');
    const cellWords = tables.flatMap((t) => [...t.header, ...t.rows.flat()].flatMap(tokens));
    expect(cellWords.filter((t) => !printedSet.has(t) && !hyphenParts(t).every((p) => printedSet.has(p)))).toEqual([]);
  });

  test(`its first page is in test-output/render/${kind}.png, A4 at ${PNG_DPI} dpi`, () => {
    const size = pngSize(path.join(PNG_DIR, `${kind}.png`));
    expect(size.width).toBeCloseTo((PAGE_MM.width / 25.4) * PNG_DPI, -0.5);
    expect(size.height).toBeCloseTo((PAGE_MM.height / 25.4) * PNG_DPI, -0.5);
  });
});

describe('tables over several pages (the order on 24 pairs)', () => {
  const appendixPages = () => {
    const { pages } = get('pairsLong');
    const start = pages.findIndex((p) => p.words.some((w) => w.text === 'Приложение'));
    expect(start).toBeGreaterThan(0);
    return pages.slice(start).map((page, i) => ({ page, number: start + i + 1 }));
  };
  const body = (page: Page) => bodyWords(get('pairsLong').model, page);
  const pairsTable = () =>
    get('pairsLong')
      .model.blocks.filter((b): b is TableBlock => b.type === 'table')
      .pop()!;

  test('the appendix table runs over more than one page, and each page starts with its header row', () => {
    const table = appendixPages();
    expect(table.length).toBeGreaterThan(1);
    const { header } = pairsTable();
    for (const { page } of table.slice(1)) {
      expect(
        body(page)
          .slice(0, 2)
          .map((w) => w.text),
      ).toEqual([header[0], tokens(header[1]!)[0]]);
    }
  });

  test('no row is split across pages: a page of the table holds its header row, then whole rows', () => {
    const header = new Set(tokens(pairsTable().header.join(' ')));
    const numbers: number[] = [];
    appendixPages().forEach(({ page }, i) => {
      const words = body(page);
      // The «№» column: row numbers at the table's left edge.
      const left = Math.min(...words.map((w) => w.xMin));
      const rows = words.filter((w: Word) => w.xMin < left + 3 && /^\d+$/.test(w.text));
      numbers.push(...rows.map((w) => Number(w.text)));
      if (i === 0 || rows.length === 0) return;
      // Above the first row: the repeated header only, no tail of a row from the page before.
      const top = Math.min(...rows.map((w) => w.yMin));
      expect(words.filter((w) => w.yMin < top - TOLERANCE && !header.has(w.text)).map((w) => w.text)).toEqual([]);
    });
    expect(numbers.sort((a, b) => a - b)).toEqual(LONG_ORDER_PAIRS.map((_, i) => i + 1));
  });
});

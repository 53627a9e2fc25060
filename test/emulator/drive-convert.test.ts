/**
 * Drive.Files.create converts the add-on's .docx into a Google Doc: every document kind the
 * add-on makes (test/render/renderSet), zipped deflated and stored, read back through
 * DocumentApp and the state — text paragraph by paragraph (tables by cells), page and margins,
 * fonts, bold runs, first-line indent, headers with the page number, column widths, repeated
 * header rows, page and section breaks.
 */
import type { Block, DocModel, Run } from '../../src/domain/docModel';
import { itemNumber, type NumberedItem } from '../../src/domain/docModel';
import { docToHtml, type DocumentState, findText, type ParagraphState } from '../../emulator';
import { renderSet } from '../render/renderSet';
import { docState, emulatorWithFolder, partsOf, upload, type ZipMethod, zipParts } from './docx-fixture';

const PT_PER_MM = 72 / 25.4;
const NBSP = /\u00a0/g;

/** What the model says a document holds, in order: text paragraphs, tables and breaks. */
type Expected =
  | { kind: 'p'; runs: Run[]; size: number; indent: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'page' }
  | { kind: 'section' };

function expected(model: DocModel): Expected[] {
  const out: Expected[] = [];
  const numbered = (items: readonly NumberedItem[], path: number[]) =>
    items.forEach((item, i) => {
      const here = [...path, i + 1];
      out.push({ kind: 'p', runs: [{ text: `${itemNumber(here)} ` }, ...item.runs], size: 14, indent: true });
      if (item.children) numbered(item.children, here);
    });
  for (const block of model.blocks as Block[]) {
    if (block.type === 'paragraph') {
      // Justified text has the first-line indent unless the model says otherwise (DESIGN.md: 1.25 cm).
      const indent = block.indent ?? (block.align ?? 'justify') === 'justify';
      out.push({ kind: 'p', runs: block.runs, size: block.small ? 12 : 14, indent });
    } else if (block.type === 'numbered') numbered(block.items, []);
    else if (block.type === 'twoEnds')
      out.push({ kind: 'p', runs: [{ text: `${block.left}\t${block.right}` }], size: 14, indent: false });
    else if (block.type === 'table') out.push({ kind: 'table', header: block.header, rows: block.rows });
    else if (block.type === 'pageBreak') out.push({ kind: 'page' });
    else out.push({ kind: 'section' });
  }
  // Empty paragraphs carry no text to compare (the generator also adds some: before a table after a break, ending a section).
  return out.filter((e) => e.kind !== 'p' || e.runs.some((r) => r.text !== ''));
}

type Actual =
  | { kind: 'p'; p: ParagraphState }
  | { kind: 'table'; cells: ParagraphState[][][] }
  | { kind: 'page' }
  | { kind: 'section' };

function actual(doc: DocumentState): Actual[] {
  const out: Actual[] = [];
  for (const child of doc.body) {
    if (child.kind === 'paragraph') {
      if (child.text !== '') out.push({ kind: 'p', p: child });
    } else if (child.kind === 'table')
      out.push({ kind: 'table', cells: child.rows.map((r) => r.cells.map((c) => c.paragraphs)) });
    else if (child.kind === 'pageBreak') out.push({ kind: 'page' });
    else if (child.kind === 'sectionBreak') out.push({ kind: 'section' });
    else throw new Error(`unexpected ${child.kind}`);
  }
  return out;
}

const plain = (text: string) => text.replace(NBSP, ' ');
const cellText = (paragraphs: readonly ParagraphState[]) => paragraphs.map((p) => plain(p.text)).join('\n');

/** One line per comparable item: what a reader of the document sees, in order. */
function outline(items: readonly (Expected | Actual)[]): string[] {
  return items.map((item) => {
    if (item.kind === 'page' || item.kind === 'section') return `— ${item.kind} break —`;
    if (item.kind === 'p') return plain('p' in item ? item.p.text : item.runs.map((r) => r.text).join(''));
    if ('cells' in item) return JSON.stringify(item.cells.map((row) => row.map(cellText)));
    return JSON.stringify([item.header, ...item.rows].map((row) => row.map(plain)));
  });
}

/** Per character: bold or not, as the model's runs say and as the Doc's runs say. */
function boldMask(runs: readonly Run[]): string {
  return runs.map((r) => (r.bold ? '1' : '0').repeat(r.text.length)).join('');
}
function docBoldMask(p: ParagraphState): string {
  return p.runs.map((r) => (r.bold === true ? '1' : '0').repeat(r.end - r.start)).join('');
}

const KINDS = Object.entries(renderSet());
const CASES: [string, DocModel, ZipMethod][] = KINDS.flatMap(([kind, model]) =>
  (['deflate', 'store'] as const).map((method): [string, DocModel, ZipMethod] => [kind, model, method]),
);

describe.each(CASES)('%s (%s zip entries)', (kind, model, method) => {
  const { emu, folder } = emulatorWithFolder();
  const bytes = zipParts(partsOf(model), method);
  const id = upload(emu, folder, bytes, kind);
  const doc = docState(emu, id);
  const opened = emu.globals.DocumentApp.openById(id);
  const body = opened.getBody();

  test('the text is the model’s, paragraph by paragraph, tables by cells, with the page and section breaks where the model has them', () => {
    expect(outline(actual(doc))).toEqual(outline(expected(model)));
    // DocumentApp reads the same: every paragraph's text is a line of Body.getText().
    const lines = new Set(body.getText().split('\n'));
    for (const item of actual(doc)) if (item.kind === 'p') expect(lines.has(item.p.text)).toBe(true);
  });

  test('A4 with the ГОСТ margins (20 mm; 30 mm left for documents kept long; 10 mm right)', () => {
    expect(body.getPageWidth()).toBeCloseTo(210 * PT_PER_MM, 1);
    expect(body.getPageHeight()).toBeCloseTo(297 * PT_PER_MM, 1);
    expect(body.getPageWidth()).toBeCloseTo(595.3, 1);
    expect(body.getPageHeight()).toBeCloseTo(841.9, 1);
    expect(body.getMarginTop()).toBeCloseTo(20 * PT_PER_MM, 1);
    expect(body.getMarginBottom()).toBeCloseTo(20 * PT_PER_MM, 1);
    expect(body.getMarginRight()).toBeCloseTo(10 * PT_PER_MM, 1);
    expect(body.getMarginLeft()).toBeCloseTo((model.wideLeftMargin ? 30 : 20) * PT_PER_MM, 1);
  });

  test('Times New Roman 14 pt (12 pt for small print), bold where the model is bold', () => {
    const exp = expected(model).filter((e): e is Extract<Expected, { kind: 'p' }> => e.kind === 'p');
    const act = actual(doc).filter((a): a is Extract<Actual, { kind: 'p' }> => a.kind === 'p');
    expect(act).toHaveLength(exp.length);
    exp.forEach((e, i) => {
      const p = act[i]!.p;
      expect(docBoldMask(p)).toBe(boldMask(e.runs));
      for (const run of p.runs)
        expect({ font: run.fontFamily, size: run.fontSize }).toEqual({ font: 'Times New Roman', size: e.size });
    });
    // Through DocumentApp too: the whole body is Times New Roman.
    expect(body.editAsText().getFontFamily()).toBe('Times New Roman');
  });

  test('running text has the first-line indent of 1.25 cm, requisites and aligned lines none', () => {
    const exp = expected(model).filter((e): e is Extract<Expected, { kind: 'p' }> => e.kind === 'p');
    const byText = new Map(body.getParagraphs().map((p) => [p.getText(), p]));
    const act = actual(doc).filter((a): a is Extract<Actual, { kind: 'p' }> => a.kind === 'p');
    exp.forEach((e, i) => {
      const p = byText.get(act[i]!.p.text)!; // read through DocumentApp
      expect(p.getIndentFirstLine()).toBeCloseTo(e.indent ? 12.5 * PT_PER_MM : 0, 1);
      expect(p.getIndentStart()).toBe(0);
    });
  });

  test('tables: 12 pt (11 when words need it), grid widths from the .docx filling the text width, header row bold and repeated, rows never split', () => {
    const tables = doc.body.filter((c) => c.kind === 'table');
    const grids = [
      ...partsOf(model)
        .find((p) => p.path === 'word/document.xml')!
        .xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g),
    ].map((m) => [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1]) / 20));
    expect(tables).toHaveLength(grids.length);
    const textWidth = doc.page.width - doc.page.marginLeft - doc.page.marginRight;
    tables.forEach((table, i) => {
      expect(table.columnWidths).toEqual(grids[i]);
      expect((table.columnWidths as number[]).reduce((a, b) => a + b, 0)).toBeCloseTo(textWidth, 0);
      expect(table.pinnedHeaderRows).toBe(1);
      expect(table.rows.every((r) => r.preventOverflow === true)).toBe(true);
      expect(table.borderWidth).toBe(0.5);
      const runs = table.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flatMap((p) => p.runs)));
      const sizes = new Set(runs.map((r) => r.fontSize));
      expect(sizes.size).toBe(1);
      expect([12, 11]).toContain([...sizes][0]);
      expect(runs.every((r) => r.fontFamily === 'Times New Roman')).toBe(true);
      const headerRuns = table.rows[0]!.cells.flatMap((c) => c.paragraphs.flatMap((p) => p.runs)).filter((r) => r.end > r.start);
      expect(headerRuns.every((r) => r.bold === true)).toBe(true);
    });
  });

  test('headers: the first page’s is empty, the others hold the page number (a PAGE field), centred, 12 pt', () => {
    expect(doc.differentFirstPage).toBe(true);
    expect(doc.firstPageHeader!.map((p) => p.text)).toEqual(['']);
    expect(doc.firstPageHeader!.flatMap((p) => p.autoText ?? [])).toEqual([]);
    const header = opened.getHeader()!;
    expect(header.getText()).toBe('');
    expect(doc.header).toHaveLength(1);
    expect(doc.header![0]!.autoText).toEqual([{ type: 'PAGE_NUMBER', offset: 0 }]);
    expect(doc.header![0]!.attributes.alignment).toBe('CENTER');
    expect(doc.header![0]!.runs[0]!.fontSize).toBe(12);
    expect(doc.page.marginHeader).toBeCloseTo(10 * PT_PER_MM, 1);
  });

  test('the playground prints the number from the second page of each section, none on a section’s first page', () => {
    const html = docToHtml(doc);
    const pages = html.split('<div class="page"').slice(1);
    const breaks = doc.body.filter((c) => c.kind === 'pageBreak' || c.kind === 'sectionBreak');
    expect(pages).toHaveLength(breaks.length + 1);
    let number = 1;
    pages.forEach((page, i) => {
      const printed = /data-auto-text="PAGE_NUMBER"[^>]*>(\d+)</.exec(page)?.[1] ?? null;
      const startsSection = i === 0 || breaks[i - 1]!.kind === 'sectionBreak';
      number = startsSection ? 1 : number + 1;
      expect(printed).toBe(startsSection ? null : String(number));
    });
  });

  test('the Doc is filed and found: Drive lists it in the folder, erasure’s text search finds its words', () => {
    expect(emu.globals.Drive.Files.get(id, { fields: 'name,mimeType,parents' })).toEqual({
      name: kind,
      mimeType: 'application/vnd.google-apps.document',
      parents: [folder],
    });
    const words = actual(doc).find((a) => a.kind === 'p')!;
    const needle = plain((words as { p: ParagraphState }).p.text)
      .split(' ')
      .slice(0, 2)
      .join(' ');
    expect(findText(emu.state, needle.replace(/ /g, '\u00a0')).length + findText(emu.state, needle).length).toBeGreaterThan(0);
  });
});

test('every kind the add-on makes is converted (the set is not empty), and a page break sits where the model has one', () => {
  expect(KINDS.length).toBeGreaterThan(10);
  expect(KINDS.some(([, m]) => m.blocks.some((b) => b.type === 'pageBreak'))).toBe(true);
  expect(KINDS.some(([, m]) => m.blocks.some((b) => b.type === 'sectionBreak'))).toBe(true);
  expect(KINDS.some(([, m]) => expected(m).some((e) => e.kind === 'p' && e.indent))).toBe(true);
  expect(KINDS.some(([, m]) => m.blocks.some((b) => b.type === 'table'))).toBe(true);
});

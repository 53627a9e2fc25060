import { GasException } from '../../emulator/core';
import type { BodyPort, ParagraphPort } from '../../src/gas/ports';
import { docState, emulator } from './docs-fixture';

/** Google's Body and Paragraph members the ports leave out; the emulator has them. */
type Body = BodyPort & { getParagraphs(): (ParagraphPort & { removeFromParent(): ParagraphPort })[] };

function newBody() {
  const { emu, DocumentApp } = emulator();
  const doc = DocumentApp.create('Тело');
  return { emu, DocumentApp, doc, body: doc.getBody() as Body };
}

describe('Body: appending', () => {
  test('paragraphs: getText joins the elements with "\\n" after the initial empty paragraph', () => {
    const { body } = newBody();
    const p = body.appendParagraph('This is the first paragraph.');
    expect(p.getText()).toBe('This is the first paragraph.');
    expect(body.getText()).toBe('\nThis is the first paragraph.');
    body.appendParagraph('Второй');
    expect(body.getText()).toBe('\nThis is the first paragraph.\nВторой');
    expect(body.getNumChildren()).toBe(3);
  });

  test('a new line inside a paragraph becomes a line break "\\r" (documented)', () => {
    const { body } = newBody();
    expect(body.appendParagraph('строка 1\nстрока 2\r\nстрока 3').getText()).toBe('строка 1\rстрока 2\rстрока 3');
    expect(body.getNumChildren()).toBe(2);
  });

  test("text arguments must be strings (Google's signature error)", () => {
    const { body } = newBody();
    expect(() => body.appendParagraph(5 as unknown as string)).toThrow(
      "The parameters (number) don't match the method signature for DocumentApp.Body.appendParagraph.",
    );
    expect(() => body.appendListItem(null as unknown as string)).toThrow(
      "The parameters (null) don't match the method signature for DocumentApp.Body.appendListItem.",
    );
  });

  test('list items: consecutive ones share a list, numbered by default; a paragraph between starts a new list', () => {
    const { DocumentApp, body } = newBody();
    const one = body.appendListItem('Item 1');
    const two = body.appendListItem('Item 2');
    expect(one.getNestingLevel()).toBe(0);
    expect(one.getGlyphType()).toBe(DocumentApp.GlyphType.NUMBER);
    const id = (one.getAttributes() as Record<string, unknown>).LIST_ID;
    expect(id).toMatch(/^kix\.[a-z0-9]{12}$/);
    expect((two.getAttributes() as Record<string, unknown>).LIST_ID).toBe(id);
    body.appendParagraph('между');
    const three = body.appendListItem('Item 3');
    expect((three.getAttributes() as Record<string, unknown>).LIST_ID).not.toBe(id);
    expect(body.getText()).toBe('\nItem 1\nItem 2\nмежду\nItem 3');
  });

  test('a table is followed by an empty paragraph (as Google shows in getText)', () => {
    const { body } = newBody();
    body.appendParagraph('Search for me');
    body.appendTable([['Cell 1']]);
    body.appendParagraph('Another paragraph');
    expect(body.getText()).toBe('\nSearch for me\nCell 1\n\nAnother paragraph');
    expect(body.getNumChildren()).toBe(5);
  });

  test('appendTable takes a non-empty rectangular array of strings', () => {
    const { body } = newBody();
    expect(() => body.appendTable([[1, 2]] as unknown as string[][])).toThrow(
      "The parameters (number[][]) don't match the method signature for DocumentApp.Body.appendTable.",
    );
    expect(() => body.appendTable([['a', 1]] as unknown as string[][])).toThrow(/Object\[\]\[\]/);
    expect(() => body.appendTable('a' as unknown as string[][])).toThrow(/\(String\)/);
    expect(() => body.appendTable([])).toThrow(GasException);
    expect(() => body.appendTable([[]])).toThrow(GasException);
    expect(() => body.appendTable([['a', 'b'], ['c']])).toThrow('Invalid argument: cells');
    expect(body.getNumChildren()).toBe(1);
  });

  test('a page break is one child with no text', () => {
    const { body } = newBody();
    body.appendParagraph('Страница 1');
    const br = body.appendPageBreak();
    expect(br.getType()).toBe('PAGE_BREAK'); // DocumentApp.ElementType.PAGE_BREAK
    body.appendParagraph('Страница 2');
    expect(body.getNumChildren()).toBe(4);
    expect(body.getText()).toBe('\nСтраница 1\n\nСтраница 2');
  });
});

describe('Body: clear, margins, page size', () => {
  test('clear leaves one empty paragraph; appending after it works as on a new document', () => {
    const { emu, doc, body } = newBody();
    body.appendParagraph('x');
    body.appendTable([['a']]);
    doc.addHeader().appendParagraph('шапка');
    expect(body.clear()).toBe(body);
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    body.appendParagraph('A new paragraph.');
    expect(body.getText()).toBe('\nA new paragraph.');
    expect(docState(emu, doc).header).not.toBeNull(); // the header is not the body's
    body.clear().clear();
    expect(body.getText()).toBe('');
  });

  test('margins and page size in points, chained; bad values refused', () => {
    const { emu, doc, body } = newBody();
    const mm = 72 / 25.4;
    body
      .setPageWidth(595.28)
      .setPageHeight(841.89)
      .setMarginTop(20 * mm)
      .setMarginBottom(20 * mm)
      .setMarginLeft(30 * mm)
      .setMarginRight(10 * mm);
    expect(body.getPageWidth()).toBe(595.28);
    expect(body.getPageHeight()).toBe(841.89);
    expect(body.getMarginLeft()).toBeCloseTo(85.04, 2);
    expect(body.getMarginRight()).toBeCloseTo(28.35, 2);
    expect(body.getMarginTop()).toBeCloseTo(56.69, 2);
    expect(body.getMarginBottom()).toBeCloseTo(56.69, 2);
    expect(docState(emu, doc).page.width).toBe(595.28);
    expect(() => body.setMarginTop('10' as unknown as number)).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Body.setMarginTop.",
    );
    expect(() => body.setPageWidth(NaN)).toThrow(GasException);
    expect(() => body.setMarginLeft(-1)).toThrow(GasException);
  });
});

describe('Body.editAsText', () => {
  test('font family, size and bold apply to every run: paragraphs, list items and tables', () => {
    const { emu, doc, body } = newBody();
    body.appendParagraph('Абзац');
    body.appendListItem('Пункт');
    body.appendTable([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    const text = body.editAsText();
    expect(text.getText()).toBe(body.getText());
    text.setFontFamily('Times New Roman').setFontSize(14).setBold(true);
    expect(text.getFontFamily()).toBe('Times New Roman');
    expect(text.getFontSize()).toBe(14);
    expect(text.isBold()).toBe(true);
    const state = docState(emu, doc);
    const runs = state.body.flatMap((c) =>
      c.kind === 'table'
        ? c.rows.flatMap((r) => r.cells.flatMap((cell) => cell.paragraphs.flatMap((p) => p.runs)))
        : 'runs' in c
          ? c.runs
          : [],
    );
    expect(runs.length).toBeGreaterThanOrEqual(8);
    for (const run of runs) expect(run).toMatchObject({ fontFamily: 'Times New Roman', fontSize: 14, bold: true });
  });

  test('a range spans paragraphs: the "\\n" between them counts as one character', () => {
    const { body } = newBody();
    body.appendParagraph('abc');
    body.appendParagraph('def');
    const text = body.editAsText(); // "\nabc\ndef"
    text.setBold(2, 5, true); // "bc\nd"
    const paragraphs = body.getParagraphs();
    expect(paragraphs[1]!.editAsText().isBold(0)).toBeNull();
    expect(paragraphs[1]!.editAsText().isBold(1)).toBe(true);
    expect(paragraphs[1]!.editAsText().isBold(2)).toBe(true);
    expect(paragraphs[2]!.editAsText().isBold(0)).toBe(true);
    expect(paragraphs[2]!.editAsText().isBold(1)).toBeNull();
    expect(text.isBold()).toBeNull(); // mixed
    expect(text.isBold(3)).toBe(true);
    expect(() => text.setBold(0, 8, true)).toThrow('Index (8) must be less than the content length (8).');
  });
});

describe('Body.getParagraphs and removing a paragraph', () => {
  test('the placeholder paragraph can go once content follows; the last paragraph cannot', () => {
    const { body } = newBody();
    const [placeholder] = body.getParagraphs();
    body.appendParagraph('Первый');
    body.appendTable([['ячейка']]);
    const paragraphs = body.getParagraphs();
    expect(paragraphs.map((p) => p.getText())).toEqual(['', 'Первый', 'ячейка', '']);
    placeholder!.removeFromParent();
    expect(body.getText()).toBe('Первый\nячейка\n');
    const last = body.getParagraphs()[2]!;
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    expect(() => body.getParagraphs()[1]!.removeFromParent()).toThrow(GasException); // a cell's only paragraph
  });
});

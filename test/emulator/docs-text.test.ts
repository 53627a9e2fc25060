import { GasException } from '../../emulator/core';
import type { DocListItemPort, ParagraphPort, TextPort } from '../../src/gas/ports';
import { docState, emulator } from './docs-fixture';

function newParagraph(text = 'Hello world') {
  const { emu, DocumentApp } = emulator();
  const doc = DocumentApp.create('Абзацы');
  const body = doc.getBody();
  const p = body.appendParagraph(text);
  return { emu, DocumentApp, doc, body, p };
}

type Attrs = Record<string, unknown>;

describe('Paragraph attributes', () => {
  test('a new paragraph: NORMAL, LEFT, line spacing 1.15, other attributes inherited (null)', () => {
    const { DocumentApp, p } = newParagraph();
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.NORMAL);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.LEFT);
    expect(p.getLineSpacing()).toBe(1.15);
    expect([p.getIndentFirstLine(), p.getIndentStart(), p.getIndentEnd(), p.getSpacingBefore(), p.getSpacingAfter()]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ]);
    const attrs = p.getAttributes() as Attrs;
    expect(attrs).toMatchObject({
      HEADING: 'NORMAL',
      HORIZONTAL_ALIGNMENT: 'LEFT',
      LINE_SPACING: 1.15,
      LEFT_TO_RIGHT: true,
      BOLD: null,
      ITALIC: null,
      UNDERLINE: null,
      FONT_FAMILY: null,
      FONT_SIZE: null,
    });
  });

  test('every setter chains and its getter reads it back', () => {
    const { DocumentApp, p } = newParagraph();
    const same = p
      .setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY)
      .setIndentFirstLine(35.43)
      .setIndentStart(10)
      .setIndentEnd(5)
      .setLineSpacing(1)
      .setSpacingBefore(12)
      .setSpacingAfter(6)
      .setHeading(DocumentApp.ParagraphHeading.HEADING2);
    expect(same).toBe(p);
    expect([
      p.getAlignment(),
      p.getIndentFirstLine(),
      p.getIndentStart(),
      p.getIndentEnd(),
      p.getLineSpacing(),
      p.getSpacingBefore(),
      p.getSpacingAfter(),
      p.getHeading(),
    ]).toEqual(['JUSTIFY', 35.43, 10, 5, 1, 12, 6, 'HEADING2']);
  });

  test("setters refuse values of the wrong type with Google's signature error", () => {
    const { p } = newParagraph();
    expect(() => p.setAlignment('center' as unknown as GoogleAppsScript.Document.HorizontalAlignment)).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setAlignment.",
    );
    expect(() => p.setIndentStart('1' as unknown as number)).toThrow(/\(String\) don't match .*Paragraph\.setIndentStart/);
    expect(() => p.setLineSpacing(null as unknown as number)).toThrow(/\(null\)/);
    expect(() => p.setHeading('H1' as unknown as GoogleAppsScript.Document.ParagraphHeading)).toThrow(GasException);
    expect(p.getAlignment()).toBe('LEFT');
  });

  test('setAttributes applies the modelled keys, null means inherit, unknown keys are ignored', () => {
    const { emu, DocumentApp, doc, p } = newParagraph();
    const a = DocumentApp.Attribute;
    p.setAttributes({
      [a.HORIZONTAL_ALIGNMENT]: DocumentApp.HorizontalAlignment.CENTER,
      [a.INDENT_FIRST_LINE]: 35.43,
      [a.INDENT_START]: 0,
      [a.INDENT_END]: 0,
      [a.LINE_SPACING]: 1,
      [a.SPACING_BEFORE]: 0,
      [a.SPACING_AFTER]: 12,
      [a.HEADING]: DocumentApp.ParagraphHeading.TITLE,
      [a.BOLD]: true,
      [a.ITALIC]: false,
      [a.UNDERLINE]: true,
      [a.FONT_FAMILY]: 'Times New Roman',
      [a.FONT_SIZE]: 14,
      [a.FOREGROUND_COLOR]: '#ff0000',
      NOT_AN_ATTRIBUTE: 1,
    });
    expect(p.getAttributes()).toMatchObject({
      HORIZONTAL_ALIGNMENT: 'CENTER',
      INDENT_FIRST_LINE: 35.43,
      INDENT_START: 0,
      INDENT_END: 0,
      LINE_SPACING: 1,
      SPACING_BEFORE: 0,
      SPACING_AFTER: 12,
      HEADING: 'TITLE',
      BOLD: true,
      ITALIC: false,
      UNDERLINE: true,
      FONT_FAMILY: 'Times New Roman',
      FONT_SIZE: 14,
    });
    expect(p.getAttributes()).not.toHaveProperty('FOREGROUND_COLOR');
    p.setAttributes({ [a.BOLD]: null, [a.SPACING_AFTER]: null });
    expect(p.getAttributes()).toMatchObject({ BOLD: null, SPACING_AFTER: null, FONT_SIZE: 14 });
    const state = docState(emu, doc).body[1]!;
    expect(state).toMatchObject({ runs: [{ start: 0, end: 11, bold: null, fontSize: 14 }] });
  });

  test('a bad value is refused and changes nothing; a non-object is a signature error', () => {
    const { DocumentApp, p } = newParagraph();
    const a = DocumentApp.Attribute;
    expect(() => p.setAttributes({ [a.SPACING_AFTER]: 12, [a.HORIZONTAL_ALIGNMENT]: 'middle' })).toThrow(GasException);
    expect(() => p.setAttributes({ [a.FONT_SIZE]: -1 })).toThrow(GasException);
    expect(() => p.setAttributes({ [a.BOLD]: 'yes' })).toThrow(GasException);
    expect(p.getSpacingAfter()).toBeNull();
    expect(() => p.setAttributes('BOLD')).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setAttributes.",
    );
  });
});

describe('ListItem', () => {
  test('nesting level and glyph type, by setter or by setAttributes; getAttributes shows the list', () => {
    const { DocumentApp, body } = newParagraph();
    const li: DocListItemPort = body.appendListItem('Пункт');
    expect(li.setNestingLevel(2).setGlyphType(DocumentApp.GlyphType.LATIN_LOWER)).toBe(li);
    expect([li.getNestingLevel(), li.getGlyphType()]).toEqual([2, 'LATIN_LOWER']);
    li.setAttributes({ NESTING_LEVEL: 1, GLYPH_TYPE: 'BULLET', INDENT_START: 36, INDENT_FIRST_LINE: 18 });
    expect(li.getAttributes()).toMatchObject({ NESTING_LEVEL: 1, GLYPH_TYPE: 'BULLET', INDENT_START: 36, INDENT_FIRST_LINE: 18 });
    expect((li.getAttributes() as Attrs).LIST_ID).toMatch(/^kix\./);
    expect(li.setAlignment(DocumentApp.HorizontalAlignment.RIGHT).getAlignment()).toBe('RIGHT');
    expect(() => li.setNestingLevel(-1)).toThrow(
      "The parameters (number) don't match the method signature for DocumentApp.ListItem.setNestingLevel.",
    );
    expect(() => li.setGlyphType('DISC' as unknown as GoogleAppsScript.Document.GlyphType)).toThrow(/ListItem\.setGlyphType/);
    li.editAsText().setItalic(true);
    expect(li.editAsText().isItalic()).toBe(true);
  });
});

describe('Text', () => {
  test('setBold(start, end, bold) is inclusive; isBold(offset) reads one character, isBold() null when mixed', () => {
    const { p } = newParagraph('Hello world');
    const text: TextPort = p.editAsText();
    expect(text.getText()).toBe('Hello world');
    expect(text.isBold()).toBeNull(); // unset
    expect(text.setBold(0, 4, true)).toBe(text);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(4)).toBe(true);
    expect(text.isBold(5)).toBeNull();
    expect(text.isBold()).toBeNull(); // mixed
    text.setBold(false);
    expect(text.isBold()).toBe(false);
    text.setItalic(6, 10, true).setUnderline(0, 0, true);
    expect([text.isItalic(5), text.isItalic(6), text.isItalic(10)]).toEqual([null, true, true]);
    expect(text.isItalic()).toBeNull();
  });

  test("offsets outside the text throw Google's message; start after end is refused", () => {
    const { p } = newParagraph('Hello');
    const text = p.editAsText();
    expect(() => text.setBold(0, 5, true)).toThrow('Index (5) must be less than the content length (5).');
    expect(() => text.isBold(5)).toThrow('Index (5) must be less than the content length (5).');
    expect(() => text.getFontSize(7)).toThrow('Index (7) must be less than the content length (5).');
    expect(() => text.setBold(3, 1, true)).toThrow(GasException);
    expect(() => text.setBold(-1, 1, true)).toThrow(GasException);
    expect(() => text.setBold(0, 1, 'yes' as unknown as boolean)).toThrow(
      "The parameters (number,number,String) don't match the method signature for DocumentApp.Text.setBold.",
    );
    expect(() => (text as unknown as { setBold(a: number, b: boolean): void }).setBold(0, true)).toThrow(/\(number,Boolean\)/);
  });

  test("font family and size: whole text or (Google's overload) a range; null when mixed or unset", () => {
    const { p } = newParagraph('Привет, мир');
    const text = p.editAsText() as TextPort & {
      setFontSize(start: number, end: number, size: number): TextPort;
      setFontFamily(start: number, end: number, name: string): TextPort;
    };
    expect(text.getFontSize()).toBeNull();
    expect(text.getFontFamily()).toBeNull();
    text.setFontFamily('Times New Roman').setFontSize(14);
    expect([text.getFontFamily(), text.getFontSize(), text.getFontSize(3)]).toEqual(['Times New Roman', 14, 14]);
    text.setFontSize(0, 5, 12);
    text.setFontFamily(8, 10, 'Arial');
    expect([text.getFontSize(0), text.getFontSize(6), text.getFontSize()]).toEqual([12, 14, null]);
    expect([text.getFontFamily(9), text.getFontFamily()]).toEqual(['Arial', null]);
    expect(() => text.setFontSize(0)).toThrow(GasException);
    expect(() => text.setFontFamily(3 as unknown as string)).toThrow(/Text\.setFontFamily/);
  });

  test('an empty paragraph keeps its style for the text to come', () => {
    const { emu, doc, body } = newParagraph();
    const empty = body.appendParagraph('');
    const text = empty.editAsText().setBold(true).setFontSize(12);
    expect([text.isBold(), text.getFontSize(), text.getText()]).toEqual([true, 12, '']);
    expect(docState(emu, doc).body[2]).toMatchObject({ runs: [{ start: 0, end: 0, bold: true, fontSize: 12 }] });
  });

  test('runs stay normalised in the state', () => {
    const { emu, doc, p } = newParagraph('abcdef');
    const text = p.editAsText();
    text.setBold(1, 2, true).setBold(3, 4, true).setItalic(0, 5, true);
    expect(docState(emu, doc).body[1]).toMatchObject({
      runs: [
        { start: 0, end: 1, bold: null, italic: true },
        { start: 1, end: 5, bold: true, italic: true },
        { start: 5, end: 6, bold: null, italic: true },
      ],
    });
    text.setBold(null as unknown as boolean);
    expect(docState(emu, doc).body[1]).toMatchObject({ runs: [{ start: 0, end: 6, bold: null, italic: true }] });
  });

  test('a Text is a live view of its paragraphs', () => {
    const { body } = newParagraph('a');
    const text = body.editAsText();
    expect(text.getText()).toBe('\na');
    body.appendParagraph('b');
    expect(text.getText()).toBe('\na\nb');
    text.setUnderline(true);
    const last = body.appendParagraph('c') as ParagraphPort;
    expect(last.editAsText().getText()).toBe('c');
    expect(text.getText()).toBe('\na\nb\nc');
  });
});

import { docToHtml, docToText, glyphText } from '../../emulator';
import { docState, emulator } from './docs-fixture';

const XSS = '<img src=x onerror=alert(1)>';

function newDoc(name = 'Документ') {
  const { emu, DocumentApp } = emulator();
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  const html = () => docToHtml(docState(emu, doc));
  const text = () => docToText(docState(emu, doc));
  return { emu, DocumentApp, doc, body, html, text };
}

/** The style attribute of the first element with the given class. */
function styleOf(html: string, cls: string): string {
  const m = new RegExp(`class="${cls}"[^>]*style="([^"]*)"`).exec(html);
  return m ? m[1]! : '';
}

describe('docToHtml: escaping', () => {
  test('no text of the document becomes markup: paragraphs, list items, cells, header, name', () => {
    const { DocumentApp, doc, body, html } = newDoc(`${XSS}"`);
    body.appendParagraph(XSS);
    body.appendListItem(XSS);
    body.appendTable([[XSS, '"quoted" & \'single\'']]);
    doc.addHeader().appendParagraph(XSS);
    body.appendParagraph('x').setAttributes({ [DocumentApp.Attribute.FONT_FAMILY]: `Arial'"><script>alert(1)</script>` });
    const out = html();
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('onerror=alert(1)>');
    expect(out.split('&lt;img src=x onerror=alert(1)&gt;').length - 1).toBe(5); // 4 texts + the name
    expect(out).toContain('&quot;quoted&quot; &amp; &#39;single&#39;');
  });

  test('unexpected values in a hand-edited state fall back to defaults instead of reaching the page', () => {
    const { emu, doc, body, html } = newDoc();
    body.appendListItem('пункт');
    body.appendTable([['a']]);
    const state = docState(emu, doc);
    const item = state.body[1] as unknown as Record<string, unknown>;
    item.glyphType = '"><script>';
    item.attributes = {
      ...(item.attributes as object),
      alignment: 'x;background:url(evil)',
      heading: '"><b>',
      lineSpacing: '1;color:red',
    };
    (state.body[2] as unknown as Record<string, unknown>).borderWidth = '1pt;background:red';
    const out = html();
    expect(out).not.toMatch(/<script|<b>|evil|red/);
    expect(out).toContain('>●</span><span>пункт</span>');
    expect(out).toContain('text-align:left');
  });
});

describe('docToHtml: layout', () => {
  test("a page is the document's page size with its margins as padding (pt)", () => {
    const { body, html } = newDoc();
    expect(styleOf(html(), 'page')).toBe('width:612pt;min-height:792pt;padding:72pt 72pt 72pt 72pt');
    body
      .setPageWidth(595.28)
      .setPageHeight(841.89)
      .setMarginTop(56.69)
      .setMarginRight(28.35)
      .setMarginBottom(56.69)
      .setMarginLeft(85.04);
    const out = html();
    expect(styleOf(out, 'page')).toBe('width:595.28pt;min-height:841.89pt;padding:56.69pt 28.35pt 56.69pt 85.04pt');
    expect(out).toContain('@page{size:595.28pt 841.89pt;margin:0}');
  });

  test('page breaks split pages; the header repeats at the top of each', () => {
    const { doc, body, html } = newDoc();
    doc.addHeader().appendParagraph('Шапка');
    body.appendParagraph('Страница 1');
    body.appendPageBreak();
    body.appendParagraph('Страница 2');
    body.appendPageBreak();
    body.appendParagraph('Страница 3');
    const out = html();
    expect(out.match(/class="page"/g)).toHaveLength(3);
    expect(out.match(/class="page-header"/g)).toHaveLength(3);
    expect(styleOf(out, 'page-header')).toBe('top:36pt;left:72pt;right:72pt');
    const pages = out.split('class="page"').slice(1);
    expect(pages.map((p) => /Страница (\d)/.exec(p)![1])).toEqual(['1', '2', '3']);
  });

  test('paragraphs carry alignment, indents, spacing and line spacing; runs their character styles', () => {
    const { DocumentApp, body, html } = newDoc();
    const p = body.appendParagraph('Жирный курсив подчёркнутый');
    p.setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY)
      .setIndentStart(10)
      .setIndentFirstLine(45.43)
      .setIndentEnd(5)
      .setSpacingBefore(12)
      .setSpacingAfter(6)
      .setLineSpacing(1);
    p.editAsText()
      .setFontFamily('Times New Roman')
      .setFontSize(14)
      .setBold(0, 5, true)
      .setItalic(7, 12, true)
      .setUnderline(14, 25, true);
    const out = html();
    expect(out).toContain(
      '<p class="p" style="text-align:justify;margin-left:10pt;margin-right:5pt;text-indent:35.43pt;padding-top:12pt;padding-bottom:6pt;line-height:1;font-size:11pt">',
    );
    expect(out).toContain(`<span style="font-family:'Times New Roman';font-size:14pt;font-weight:bold">Жирный</span>`);
    expect(out).toContain(`<span style="font-family:'Times New Roman';font-size:14pt;font-style:italic">курсив</span>`);
    expect(out).toContain(
      `<span style="font-family:'Times New Roman';font-size:14pt;text-decoration:underline">подчёркнутый</span>`,
    );
  });

  test("headings take Google's default sizes; an empty paragraph keeps its line; line breaks become <br>", () => {
    const { DocumentApp, body, html } = newDoc();
    body.appendParagraph('Заголовок').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    body.appendParagraph('строка 1\nстрока 2');
    const out = html();
    expect(out).toMatch(
      /<p class="p" data-heading="HEADING1" style="[^"]*padding-top:20pt;padding-bottom:6pt;[^"]*font-size:20pt">/,
    );
    expect(out).toContain('<br></p>'); // the initial empty paragraph
    expect(out).toContain('<span>строка 1<br>строка 2</span>');
  });

  test('list items: numbered per list and level, glyphs hang in the indent', () => {
    const { DocumentApp, body, html, text } = newDoc();
    body.appendListItem('Первый');
    body.appendListItem('Вложенный').setNestingLevel(1).setGlyphType(DocumentApp.GlyphType.LATIN_LOWER);
    body.appendListItem('Второй');
    body.appendParagraph('между');
    body.appendListItem('Новый список').setGlyphType(DocumentApp.GlyphType.BULLET);
    const out = html();
    expect(out).toContain('<p class="li" style="text-align:left;margin-left:36pt;margin-right:0pt;text-indent:-18pt;');
    expect(out).toContain('<span class="glyph" style="width:18pt">1.</span><span>Первый</span>');
    expect(out).toContain('margin-left:72pt');
    expect(out).toContain('>a.</span><span>Вложенный</span>');
    expect(out).toContain('>2.</span><span>Второй</span>');
    expect(out).toContain('>●</span><span>Новый список</span>');
    expect(text()).toBe('\n1. Первый\n  a. Вложенный\n2. Второй\nмежду\n● Новый список');
  });

  test("tables: borders of the table's width, columns as set or sharing the rest of the text width", () => {
    const { body, html } = newDoc();
    const table = body.appendTable([['a', 'b', 'c']]);
    table.setColumnWidth(0, 100).setBorderWidth(0.5);
    const out = html();
    expect(out).toContain(
      '<table style="width:468pt"><colgroup><col style="width:100pt"><col style="width:184pt"><col style="width:184pt"></colgroup>',
    );
    expect(out).toContain('<td style="border:0.5pt solid #000;padding:5pt">');
    table.setBorderWidth(0);
    expect(html()).toContain('<td style="border:none;padding:5pt">');
  });
});

describe('docToText', () => {
  test('a line per paragraph, tables row by row, page breaks as form feeds', () => {
    const { body, text } = newDoc();
    body.appendParagraph('Приказ');
    body.appendTable([
      ['№', 'ФИО'],
      ['1', 'Иванова'],
    ]);
    body.appendPageBreak();
    body.appendParagraph('строка 1\nстрока 2');
    expect(text()).toBe('\nПриказ\n№ | ФИО\n1 | Иванова\n\n\f\nстрока 1\nстрока 2');
  });

  test('glyphs: numbers, letters and roman numerals', () => {
    expect(['NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER'].map((g) => glyphText(g as never, 28))).toEqual([
      '28.',
      'AB.',
      'ab.',
      'XXVIII.',
      'xxviii.',
    ]);
    expect(glyphText('HOLLOW_BULLET', 1) + glyphText('SQUARE_BULLET', 1)).toBe('○■');
  });
});

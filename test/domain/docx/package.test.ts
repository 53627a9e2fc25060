/**
 * The .docx parts of every document kind: well-formed XML (a strict parser), a consistent
 * package (content types and relationships name parts that exist), the ГОСТ page (A4,
 * margins, Times New Roman 14 pt), page numbers from page 2 (PAGE field, title page
 * different), tables (header repeated, rows not split, widths adding up to the text width),
 * page breaks, numbering, two-ends lines, escaping and no-break spaces.
 */
import type { DocModel } from '../../../src/domain/docModel';
import { DOCX_MIME_TYPE, type DocxPart, docxParts, NBSP } from '../../../src/domain/docx';
import { allDocuments } from '../documentFixtures';
import { xmlErrors } from './wellFormed';

const part = (parts: readonly DocxPart[], path: string) => {
  const found = parts.find((p) => p.path === path);
  if (!found) throw new Error(`no part ${path}`);
  return found.xml;
};
const documentOf = (model: DocModel) => part(docxParts(model), 'word/document.xml');
const all = (xml: string, pattern: RegExp) => [...xml.matchAll(pattern)];
const attr = (element: string, name: string) => element.match(new RegExp(`${name}="([^"]*)"`))?.[1];

const SMALL: DocModel = {
  name: 'Проба & <проверка>',
  blocks: [
    {
      type: 'paragraph',
      runs: [{ text: 'Приказ № 7 от 21.11.2026 г. ' }, { text: 'А. М. Киселёва', bold: true }, { text: ' & <коллеги>' }],
    },
    { type: 'twoEnds', left: '21.11.2026', right: '№ 45-од', spaceBefore: 12 },
    {
      type: 'numbered',
      items: [{ runs: [{ text: 'Первое' }], children: [{ runs: [{ text: 'Вложенное' }] }] }, { runs: [{ text: 'Второе' }] }],
    },
    { type: 'pageBreak' },
    { type: 'paragraph', runs: [{ text: 'Приложение' }], align: 'right', small: true },
    {
      type: 'table',
      header: ['№', 'ФИО', 'Подпись'],
      rows: [
        ['1', 'Петрова Анна Ивановна', ''],
        ['2', 'Строка 1\nСтрока 2', ''],
      ],
      widths: [1, 6, 3],
    },
  ],
};

describe('the package', () => {
  const models = Object.entries(allDocuments());

  test('every part of every kind is well-formed XML', () => {
    const parts = [SMALL, ...models.map(([, m]) => m)].flatMap((m) => docxParts(m));
    const errors = xmlErrors(parts.map((p) => p.xml));
    expect(parts.map((p, i) => [p.path, errors[i]]).filter(([, e]) => e !== null)).toEqual([]);
  });

  test('content types cover every part; relationships point at parts that exist', () => {
    const parts = docxParts(SMALL);
    expect(parts[0]!.path).toBe('[Content_Types].xml');
    const paths = new Set(parts.map((p) => p.path));
    const types = part(parts, '[Content_Types].xml');
    for (const p of paths) {
      if (p.endsWith('.rels') || p === '[Content_Types].xml') continue;
      expect(types).toContain(`<Override PartName="/${p}" ContentType=`);
    }
    expect(types).toContain('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"');
    const targets = (rels: string, base: string) => all(rels, /Target="([^"]+)"/g).map((m) => base + m[1]);
    for (const t of [
      ...targets(part(parts, '_rels/.rels'), ''),
      ...targets(part(parts, 'word/_rels/document.xml.rels'), 'word/'),
    ]) {
      expect(paths).toContain(t);
    }
    const ids = all(part(parts, 'word/document.xml'), /r:id="([^"]+)"/g).map((m) => m[1]);
    const relIds = all(part(parts, 'word/_rels/document.xml.rels'), /Id="([^"]+)"/g).map((m) => m[1]);
    for (const id of ids) expect(relIds).toContain(id);
    expect(DOCX_MIME_TYPE).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  test('the core properties carry the title, and the creation time only when given', () => {
    expect(part(docxParts(SMALL), 'docProps/core.xml')).toContain('<dc:title>Проба &amp; &lt;проверка&gt;</dc:title>');
    expect(part(docxParts(SMALL), 'docProps/core.xml')).not.toContain('dcterms:created');
    const created = new Date(Date.UTC(2026, 10, 21, 6, 30));
    expect(part(docxParts(SMALL, { created }), 'docProps/core.xml')).toContain('>2026-11-21T06:30:00Z</dcterms:created>');
  });
});

describe('the page', () => {
  test('A4, margins 20/10/20/20 mm (30 mm left when kept long), header 10 mm from the top', () => {
    const pgSz = documentOf(SMALL).match(/<w:pgSz [^>]*\/>/)![0];
    expect([attr(pgSz, 'w:w'), attr(pgSz, 'w:h')]).toEqual(['11906', '16838']);
    const margins = (model: DocModel) => {
      const pgMar = documentOf(model).match(/<w:pgMar [^>]*\/>/)![0];
      return ['top', 'right', 'bottom', 'left', 'header'].map((side) => Number(attr(pgMar, `w:${side}`)));
    };
    expect(margins(SMALL)).toEqual([1134, 567, 1134, 1134, 567]);
    expect(margins({ ...SMALL, wideLeftMargin: true })).toEqual([1134, 567, 1134, 1701, 567]);
  });

  test('Times New Roman 14 pt, Russian, single spacing and no space after by default', () => {
    const styles = part(docxParts(SMALL), 'word/styles.xml');
    expect(styles).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>',
    );
    expect(styles).toContain('<w:sz w:val="28"/>');
    expect(styles).toContain('<w:lang w:val="ru-RU"');
    expect(styles).toContain('<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>');
  });

  test('page numbers from page 2, top centre: a PAGE field in the default header, an empty first-page header, w:titlePg', () => {
    const parts = docxParts(SMALL);
    const section = documentOf(SMALL).match(/<w:sectPr>.*<\/w:sectPr>/)![0];
    expect(section).toContain('<w:titlePg/>');
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const headerOf = (type: string) => {
      const id = section.match(new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"/>`))![1];
      const target = rels.match(new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`))![1];
      return part(parts, `word/${target}`);
    };
    const numbered = headerOf('default');
    expect(numbered).toContain('<w:instrText xml:space="preserve"> PAGE </w:instrText>');
    expect(numbered).toMatch(/<w:fldChar w:fldCharType="begin"\/>.*separate.*<w:fldChar w:fldCharType="end"\/>/);
    expect(numbered).toContain('<w:jc w:val="center"/>');
    const first = headerOf('first');
    expect(first).not.toContain('PAGE');
    expect(first).not.toContain('<w:t');
  });
});

describe('the body', () => {
  const xml = documentOf(SMALL);
  const paragraphs = all(xml.replace(/<w:tbl>.*<\/w:tbl>/, ''), /<w:p>.*?<\/w:p>/g).map((m) => m[0]);
  const textOf = (p: string) =>
    all(p, /<w:t xml:space="preserve">([^<]*)<\/w:t>|<w:(tab)\/>/g)
      .map((m) => (m[2] ? '\t' : m[1]))
      .join('');

  test('text is escaped, runs keep bold, and Russian typography binds with no-break spaces across runs', () => {
    expect(textOf(paragraphs[0]!)).toBe(
      `Приказ №${NBSP}7 от 21.11.2026${NBSP}г. А.${NBSP}М.${NBSP}Киселёва &amp; &lt;коллеги&gt;`,
    );
    expect(paragraphs[0]).toMatch(
      /<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">А\.\u00a0М\.\u00a0Киселёва<\/w:t><\/w:r>/,
    );
  });

  test('a justified paragraph has the 1.25 cm first-line indent; aligned lines have none', () => {
    expect(paragraphs[0]).toContain('<w:ind w:left="0" w:right="0" w:firstLine="709"/><w:jc w:val="both"/>');
    expect(paragraphs[5]).toContain('<w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="right"/>');
  });

  test('two ends: left text, a tab, right text, on a right tab stop at the text width (180 mm)', () => {
    expect(paragraphs[1]).toContain('<w:tabs><w:tab w:val="right" w:pos="10205"/></w:tabs><w:spacing w:before="240"');
    expect(textOf(paragraphs[1]!)).toBe(`21.11.2026\t№${NBSP}45-од`);
  });

  test('numbered items print their numbers as text: «1.», «1.1.», «2.»', () => {
    expect(paragraphs.slice(2, 5).map(textOf)).toEqual(['1. Первое', '1.1. Вложенное', '2. Второе']);
  });

  test('a page break is «page break before» on the next paragraph (no empty line on the new page)', () => {
    expect(paragraphs[5]).toContain('<w:pageBreakBefore/>');
    expect(paragraphs.filter((p) => p.includes('pageBreakBefore'))).toHaveLength(1);
    expect(xml).not.toContain('w:type="page"');
    expect(paragraphs[5]).toContain('<w:sz w:val="24"/>');
  });

  test('tables: header row repeated on each page and bold, no row split, fixed widths adding up to the text width, 12 pt', () => {
    const table = xml.match(/<w:tbl>.*<\/w:tbl>/)![0];
    const rows = all(table, /<w:tr>.*?<\/w:tr>/g).map((m) => m[0]);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>');
    expect(rows[0]).toContain('<w:b/>');
    for (const row of rows.slice(1)) {
      expect(row).toContain('<w:trPr><w:cantSplit/></w:trPr>');
      expect(row).not.toContain('tblHeader');
    }
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = all(table, /<w:gridCol w:w="(\d+)"\/>/g).map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(10205);
    expect(all(rows[1]!, /<w:tcW w:w="(\d+)"/g).map((m) => Number(m[1]))).toEqual(grid);
    expect(table).toContain('<w:sz w:val="24"/>');
    // A line break in a cell starts a new paragraph of the cell.
    expect(rows[2]).toMatch(/Строка 1<\/w:t><\/w:r><\/w:p><w:p>.*Строка 2/);
  });

  test('a caption before a table and a bold heading stay with what follows', () => {
    const model: DocModel = {
      name: 'x',
      blocks: [
        { type: 'paragraph', runs: [{ text: 'Заголовок', bold: true }], align: 'center' },
        { type: 'paragraph', runs: [{ text: 'Текст' }] },
        { type: 'paragraph', runs: [{ text: 'С приказом ознакомлены:' }], align: 'left', indent: false },
        { type: 'table', header: ['ФИО'], rows: [['Петрова']] },
      ],
    };
    const ps = all(documentOf(model), /<w:p>.*?<\/w:p>/g).map((m) => m[0]);
    expect(ps.map((p) => p.includes('<w:keepNext/>'))).toEqual([true, false, true, false, false]);
  });
});

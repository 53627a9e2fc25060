/**
 * A .docx upload into the emulator's Google Docs model, as Drive converts it on
 * Files.create with the Google Docs target type: the package is opened (package.ts), its
 * styles resolved (styles.ts), the body's paragraphs and tables converted (paragraphs.ts,
 * tables.ts), the section gives the page, and the headers it refers to become the document's
 * default and first-page headers (section.ts). The result is a DocumentState ready to be
 * registered like a document DocumentApp made.
 *
 * Google's limits (https://support.google.com/drive/answer/37603: «Documents: Up to 1.02
 * million characters. If you convert a text document to Google Docs format, it can be up to
 * 50 MB»): an upload over 50 MB (read strictly: 50,000,000 bytes) or a result over 1,020,000
 * characters (body and headers, as Body.getText counts them) is refused.
 */
import { sectionText } from '../docs/section';
import type { BodyChild, DocumentState, ParagraphState, SectionBreakState } from '../docs/state';
import { InvalidDocx, notConverted } from './errors';
import { CONTENT_TYPES, DocxPackage, REL_TYPES } from './package';
import { convertParagraph } from './paragraphs';
import { convertSection, type Section } from './section';
import { checkSettings } from './settings';
import { Strict, W } from './strict';
import { Styles } from './styles';
import { convertTable } from './tables';

export const MAX_DOCUMENT_CHARACTERS = 1_020_000;
export const MAX_CONVERTED_BYTES = 50_000_000;

/** The upload or its result is beyond Google's limits (Drive refuses it). */
export class ConversionTooLarge extends Error {
  constructor(
    readonly limit: 'bytes' | 'characters',
    readonly size: number,
  ) {
    super(`a converted document of ${size} ${limit} is over Google's limit`);
    this.name = 'ConversionTooLarge';
  }
}

function root(pkg: DocxPackage, path: string, contentType: string, local: string): Strict {
  const el = new Strict(pkg.part(path, contentType), path);
  if (el.ns !== W || el.local !== local) throw new InvalidDocx(`${path} has no w:${local} root`);
  return el;
}

function header(pkg: DocxPackage, id: string | undefined): Strict | null {
  if (id === undefined) return null;
  const path = pkg.documentRelById(id, REL_TYPES.header).path;
  return root(pkg, path, CONTENT_TYPES.header, 'hdr');
}

function headerParagraphs(hdr: Strict, styles: Styles): ParagraphState[] {
  const out: ParagraphState[] = [];
  for (const c of hdr.children()) {
    if (c.ns !== W || c.local !== 'p') throw notConverted(`the element ${c.label}`);
    for (const child of convertParagraph(c, styles)) {
      if (child.kind !== 'paragraph') throw notConverted(`a page break in a header (${c.part})`);
      out.push(child);
    }
  }
  hdr.done();
  if (!out.length) throw hdr.invalid('a header must hold a paragraph');
  return out;
}

/**
 * The body's elements, a section break after each paragraph that ends a section, and every
 * section's properties in order (the last is the w:sectPr ending the body).
 */
function body(el: Strict, styles: Styles): { children: BodyChild[]; sections: Section[]; breaks: SectionBreakState[] } {
  const children: BodyChild[] = [];
  const sections: Section[] = [];
  const breaks: SectionBreakState[] = [];
  let last: Strict | null = null;
  for (const c of el.children()) {
    if (c.ns !== W) throw notConverted(`the element ${c.label}`);
    if (last) throw c.invalid('content after the section properties');
    if (c.local === 'p') {
      let ended: Strict | null = null;
      children.push(...convertParagraph(c, styles, (sectPr) => (ended = sectPr)));
      if (ended) {
        sections.push(convertSection(ended));
        const br: SectionBreakState = { kind: 'sectionBreak', pageNumberStart: null };
        children.push(br);
        breaks.push(br);
      }
    } else if (c.local === 'tbl') {
      // A Docs table always has a paragraph before it ("A newline character will be inserted
      // before the inserted table": Docs API InsertTableRequest; a page break stands in its
      // paragraph) and one after it (as appendTable does; assumed for conversion).
      const before = children[children.length - 1]?.kind;
      if (before === undefined || before === 'table' || before === 'sectionBreak') children.push(emptyParagraph());
      children.push(convertTable(c, styles));
    } else if (c.local === 'sectPr') last = c;
    else throw notConverted(`the element ${c.label}`);
  }
  el.done();
  if (!last) throw notConverted(`a body without w:sectPr (Word's default page) in ${el.part}`);
  sections.push(convertSection(last));
  if (children[children.length - 1]?.kind === 'table') children.push(emptyParagraph());
  if (!children.length) children.push(emptyParagraph());
  // Each break starts the next section: its page numbers start where that section says.
  breaks.forEach((br, i) => (br.pageNumberStart = sections[i + 1]!.pageNumberStart));
  return { children, sections, breaks };
}

/**
 * The emulator keeps one page style, one pair of headers and one first-page setting for the
 * whole document: every section must agree (a section without a header reference takes the
 * previous section's, as Word does).
 */
function commonSection(sections: readonly Section[]): Section {
  const first = sections[0]!;
  let headers = first.headers;
  for (const s of sections.slice(1)) {
    headers = { ...headers, ...s.headers };
    const same =
      JSON.stringify(s.page) === JSON.stringify(first.page) &&
      s.differentFirstPage === first.differentFirstPage &&
      headers.default === first.headers.default &&
      headers.first === first.headers.first;
    if (!same) throw notConverted('sections with different pages, headers or first-page settings');
  }
  return first;
}

/** The empty paragraph Docs keeps around a table (normal text, no style of its own). */
function emptyParagraph(): ParagraphState {
  return {
    kind: 'paragraph',
    text: '',
    attributes: {
      alignment: 'LEFT',
      indentFirstLine: null,
      indentStart: null,
      indentEnd: null,
      lineSpacing: 1,
      spacingBefore: null,
      spacingAfter: null,
      heading: 'NORMAL',
    },
    runs: [{ start: 0, end: 0, bold: null, italic: null, underline: null, fontFamily: null, fontSize: null }],
  };
}

/** The characters Google counts: body and headers, as their getText shows them. */
export function documentCharacters(doc: DocumentState): number {
  const headers = [doc.header, doc.firstPageHeader].filter((h): h is ParagraphState[] => Array.isArray(h));
  return sectionText(doc.body).length + headers.reduce((n, h) => n + sectionText(h).length, 0);
}

/** The Google Doc Drive makes of a .docx's bytes (throws InvalidDocx, ConversionTooLarge or NotEmulatedError). */
export function docxToDocument(bytes: Uint8Array, id: string, name: string, createdAt: number): DocumentState {
  if (bytes.length > MAX_CONVERTED_BYTES) throw new ConversionTooLarge('bytes', bytes.length);
  const pkg = new DocxPackage(bytes);
  pkg.checkDocumentRels([REL_TYPES.styles, REL_TYPES.settings, REL_TYPES.header]);
  const stylesRel = pkg.documentRel(REL_TYPES.styles);
  const styles = new Styles(stylesRel ? root(pkg, stylesRel.path, CONTENT_TYPES.styles, 'styles') : null);
  const settingsRel = pkg.documentRel(REL_TYPES.settings);
  if (settingsRel) checkSettings(root(pkg, settingsRel.path, CONTENT_TYPES.settings, 'settings'));
  const document = root(pkg, pkg.documentPath, CONTENT_TYPES.document, 'document');
  const bodyEl = document.child('body');
  if (!bodyEl) throw document.invalid('a document must have w:body');
  document.done();
  const { children, sections } = body(bodyEl, styles);
  const section = commonSection(sections);
  const read = (rel: string | undefined) => {
    const hdr = header(pkg, rel);
    return hdr === null ? null : headerParagraphs(hdr, styles);
  };
  const doc: DocumentState = {
    id,
    name,
    createdAt,
    page: section.page,
    header: read(section.headers.default),
    body: children,
  };
  if (section.pageNumberStart !== null && section.pageNumberStart !== 1) doc.pageNumberStart = section.pageNumberStart;
  if (section.differentFirstPage) {
    doc.differentFirstPage = true;
    doc.firstPageHeader = read(section.headers.first);
  } else if (section.headers.first !== undefined) {
    read(section.headers.first); // checked, though Word and Docs show it only with w:titlePg
  }
  const characters = documentCharacters(doc);
  if (characters > MAX_DOCUMENT_CHARACTERS) throw new ConversionTooLarge('characters', characters);
  return doc;
}

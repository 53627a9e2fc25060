/**
 * The page: A4 portrait, ГОСТ margins, and the page number at the top centre from the second
 * page on (ГОСТ Р 7.0.97: pages are numbered in the middle of the top margin; the first page
 * is not numbered): a PAGE field in the default header, an empty header for the first page,
 * and w:titlePg so the first page takes that one. Numbering starts at 1 in every section, so
 * that each person's document in a file printed for many is numbered on its own.
 */
import { HEADER_FROM_TOP_MM, leftMarginMm, MARGIN_MM, PAGE_MM, SIZE_PT, twips } from './layout';
import { NS, xmlPart } from './xml';

/** Relationship ids of the two headers in word/_rels/document.xml.rels. */
export const HEADER_REL = { numbered: 'rIdHeaderNumbered', first: 'rIdHeaderFirst' } as const;

export const HEADER_PARTS = { numbered: 'word/header1.xml', first: 'word/header2.xml' } as const;

export function sectionXml(wideLeftMargin: boolean | undefined): string {
  const margins = {
    top: twips(MARGIN_MM.top),
    right: twips(MARGIN_MM.right),
    bottom: twips(MARGIN_MM.bottom),
    left: twips(leftMarginMm(wideLeftMargin)),
    header: twips(HEADER_FROM_TOP_MM),
    footer: twips(HEADER_FROM_TOP_MM),
  };
  return [
    '<w:sectPr>',
    `<w:headerReference w:type="default" r:id="${HEADER_REL.numbered}"/>`,
    `<w:headerReference w:type="first" r:id="${HEADER_REL.first}"/>`,
    `<w:pgSz w:w="${twips(PAGE_MM.width)}" w:h="${twips(PAGE_MM.height)}"/>`,
    `<w:pgMar w:top="${margins.top}" w:right="${margins.right}" w:bottom="${margins.bottom}" w:left="${margins.left}" w:header="${margins.header}" w:footer="${margins.footer}" w:gutter="0"/>`,
    '<w:pgNumType w:fmt="decimal" w:start="1"/>',
    '<w:cols w:space="708"/>',
    '<w:titlePg/>',
    '</w:sectPr>',
  ].join('');
}

/**
 * The end of a section: an empty paragraph of the smallest size carrying the section's
 * properties (WordprocessingML keeps a section's properties in its last paragraph); the next
 * section starts on a new page.
 */
export function sectionBreakXml(wideLeftMargin: boolean | undefined): string {
  const tiny = '<w:sz w:val="2"/><w:szCs w:val="2"/>';
  return `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:rPr>${tiny}</w:rPr>${sectionXml(wideLeftMargin)}</w:pPr></w:p>`;
}

const size = `<w:sz w:val="${SIZE_PT.pageNumber * 2}"/><w:szCs w:val="${SIZE_PT.pageNumber * 2}"/>`;
const headerParagraph = (content: string) =>
  `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="center"/><w:rPr>${size}</w:rPr></w:pPr>${content}</w:p>`;
const fieldRun = (inner: string) => `<w:r><w:rPr>${size}</w:rPr>${inner}</w:r>`;

/** The header of every page but the first: the page number, centred. */
export function numberedHeaderXml(): string {
  const field = [
    fieldRun('<w:fldChar w:fldCharType="begin"/>'),
    fieldRun('<w:instrText xml:space="preserve"> PAGE </w:instrText>'),
    fieldRun('<w:fldChar w:fldCharType="separate"/>'),
    fieldRun('<w:t>2</w:t>'),
    fieldRun('<w:fldChar w:fldCharType="end"/>'),
  ].join('');
  return xmlPart(`<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}">${headerParagraph(field)}</w:hdr>`);
}

/** The first page's header: empty. */
export function firstHeaderXml(): string {
  return xmlPart(`<w:hdr xmlns:w="${NS.w}" xmlns:r="${NS.r}">${headerParagraph('')}</w:hdr>`);
}

/**
 * Plain-data state of the emulated Google Docs: documents keyed by id, each with its page
 * setup, an optional header and the body's elements. JSON-serialisable, so a snapshot is the
 * whole truth. Sizes are in points, as DocumentApp reports them.
 */

export type AlignmentName = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';
export type HeadingName =
  | 'NORMAL'
  | 'HEADING1'
  | 'HEADING2'
  | 'HEADING3'
  | 'HEADING4'
  | 'HEADING5'
  | 'HEADING6'
  | 'TITLE'
  | 'SUBTITLE';
export type GlyphName =
  | 'BULLET'
  | 'HOLLOW_BULLET'
  | 'SQUARE_BULLET'
  | 'NUMBER'
  | 'LATIN_UPPER'
  | 'LATIN_LOWER'
  | 'ROMAN_UPPER'
  | 'ROMAN_LOWER';

/** Character attributes; null means "inherited from the paragraph's named style". */
export interface TextStyle {
  bold: boolean | null;
  italic: boolean | null;
  underline: boolean | null;
  fontFamily: string | null;
  fontSize: number | null;
}

/**
 * Characters [start, end) of a paragraph sharing one style. The runs of a paragraph cover its
 * text exactly, in order; an empty paragraph keeps one zero-length run so that styling it
 * (e.g. editAsText().setBold(true)) has somewhere to live.
 */
export interface TextRun extends TextStyle {
  start: number;
  end: number;
}

/** Paragraph attributes; null means inherited. Indents and spacing in points. */
export interface ParagraphAttributes {
  alignment: AlignmentName | null;
  indentFirstLine: number | null;
  indentStart: number | null;
  indentEnd: number | null;
  /** A multiplier: 1 is single spacing. */
  lineSpacing: number | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  heading: HeadingName | null;
}

/**
 * An auto-text element inside a paragraph: the page number, which Docs computes per page
 * (Docs API AutoText, type PAGE_NUMBER). It adds no character to the paragraph's text here
 * (assumed: DocumentApp has no element class for it); `offset` is where it sits in the text.
 */
export interface AutoTextState {
  type: 'PAGE_NUMBER';
  offset: number;
}

/** A tab stop (Docs API TabStop): offset in points from the start indent, and its alignment. */
export interface TabStopState {
  offset: number;
  alignment: 'START' | 'CENTER' | 'END';
}

export interface ParagraphState {
  kind: 'paragraph';
  /** No "\n": DocumentApp turns new lines into "\r" (line breaks inside the paragraph). */
  text: string;
  attributes: ParagraphAttributes;
  runs: TextRun[];
  /**
   * What Docs keeps of a paragraph but DocumentApp does not show (Docs API ParagraphStyle);
   * set by converting an upload, absent otherwise.
   */
  keepWithNext?: boolean;
  keepLinesTogether?: boolean;
  avoidWidowAndOrphan?: boolean;
  tabStops?: TabStopState[];
  autoText?: AutoTextState[];
}

export interface ListItemState extends Omit<ParagraphState, 'kind'> {
  kind: 'listItem';
  nestingLevel: number;
  glyphType: GlyphName;
  /** Items with the same id are numbered together, even when not adjacent. */
  listId: string;
}

/** A paragraph-like element: what Text edits and what the renderer prints as a line block. */
export type TextBlock = ParagraphState | ListItemState;

export interface TableCellState {
  paragraphs: ParagraphState[];
  /** Points; null when never set (the column's width applies). */
  width: number | null;
  /** Docs API TableCellStyle.contentAlignment; absent: top. */
  verticalAlignment?: 'TOP' | 'CENTER' | 'BOTTOM';
}

export interface TableRowState {
  cells: TableCellState[];
  /** Docs API TableRowStyle.preventOverflow: the row is never split across pages (a .docx's w:cantSplit). */
  preventOverflow?: boolean;
}

export interface TableState {
  kind: 'table';
  rows: TableRowState[];
  /** One entry per column of the first row; null when never set (columns share the width). */
  columnWidths: (number | null)[];
  borderWidth: number;
  /** Leading rows repeated at the top of each page (Docs: "pin header rows"; a .docx's w:tblHeader). */
  pinnedHeaderRows?: number;
  /** Cell padding in points, every cell (Docs API TableCellStyle.padding*); absent: Docs' default. */
  cellPadding?: { top: number; right: number; bottom: number; left: number };
}

/**
 * A page break. In Google it sits alone in a paragraph of the body; the emulator keeps that
 * paragraph implicit: one body child whose text is ''.
 */
export interface PageBreakState {
  kind: 'pageBreak';
}

/**
 * A section break (Docs API SectionBreak, type NEXT_PAGE): what follows starts on a new page,
 * its page numbers from `pageNumberStart` (Docs API SectionStyle.pageNumberStart; null: they go
 * on). Made only by converting an upload; the emulator keeps one page style, header and
 * first-page setting for every section. It adds no text (assumed: DocumentApp shows no element
 * for it).
 */
export interface SectionBreakState {
  kind: 'sectionBreak';
  pageNumberStart: number | null;
}

export type BodyChild = TextBlock | TableState | PageBreakState | SectionBreakState;

export interface PageState {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
  /** Distance of the header from the top edge (Docs API DocumentStyle.marginHeader); absent: 36 pt. */
  marginHeader?: number;
  /** Distance of the footer from the bottom edge (DocumentStyle.marginFooter); absent: 36 pt. */
  marginFooter?: number;
}

export interface DocumentState {
  id: string;
  name: string;
  /** Emulated ms of creation. */
  createdAt: number;
  page: PageState;
  /** The default header's paragraphs; null until Document.addHeader. */
  header: ParagraphState[] | null;
  /**
   * The first page has its own header (Docs API DocumentStyle.useFirstPageHeaderFooter), which
   * is `firstPageHeader` (null: an empty one). Absent in documents DocumentApp made.
   */
  differentFirstPage?: boolean;
  firstPageHeader?: ParagraphState[] | null;
  /** The first page's number (Docs API SectionStyle.pageNumberStart of the first section); absent: 1. */
  pageNumberStart?: number;
  body: BodyChild[];
}

export interface DocsState {
  /** Keyed by document id, in creation order. */
  documents: Record<string, DocumentState>;
  /** Sequence for deterministic ids. */
  nextSeq: number;
}

export function newDocsState(): DocsState {
  return { documents: {}, nextSeq: 1 };
}

/**
 * A new document's page: 72 pt margins on every side (verified: gas-fakes' tests, run against
 * live Apps Script, read marginTop/Bottom/Left/Right = 72 PT from the Docs API) on US Letter,
 * 612 × 792 pt (the Docs API's documented example; guessed as the default: Google picks the
 * paper size from the account's locale, so a Russian account may start with A4).
 */
export const DEFAULT_PAGE: Readonly<PageState> = Object.freeze({
  width: 612,
  height: 792,
  marginTop: 72,
  marginBottom: 72,
  marginLeft: 72,
  marginRight: 72,
});

export const INHERITED_STYLE: Readonly<TextStyle> = Object.freeze({
  bold: null,
  italic: null,
  underline: null,
  fontFamily: null,
  fontSize: null,
});

/**
 * What getAttributes shows for a new paragraph: heading NORMAL, alignment LEFT and line
 * spacing 1.15 (verified: gas-fakes' live-parity test of an appended paragraph); the other
 * paragraph attributes are inherited (null, guessed).
 */
export function defaultParagraphAttributes(): ParagraphAttributes {
  return {
    alignment: 'LEFT',
    indentFirstLine: null,
    indentStart: null,
    indentEnd: null,
    lineSpacing: 1.15,
    spacingBefore: null,
    spacingAfter: null,
    heading: 'NORMAL',
  };
}

/** Documented for Paragraph: "New-line characters ("\n") are converted to line-break characters ("\r")". */
export function paragraphText(text: string): string {
  return text.replace(/\r\n|\n/g, '\r');
}

export function newParagraph(text = ''): ParagraphState {
  const t = paragraphText(text);
  return {
    kind: 'paragraph',
    text: t,
    attributes: defaultParagraphAttributes(),
    runs: [{ start: 0, end: t.length, ...INHERITED_STYLE }],
  };
}

export function newListItem(text: string, listId: string, glyphType: GlyphName, nestingLevel = 0): ListItemState {
  const { kind: _kind, ...rest } = newParagraph(text);
  return { ...rest, kind: 'listItem', nestingLevel, glyphType, listId };
}

/** A table as appendTable makes it: one paragraph per cell, widths unset, 1 pt borders (guessed). */
export function newTable(cells: readonly (readonly string[])[]): TableState {
  return {
    kind: 'table',
    rows: cells.map((row) => ({ cells: row.map((text) => ({ paragraphs: [newParagraph(text)], width: null })) })),
    columnWidths: new Array<number | null>(cells[0]?.length ?? 0).fill(null),
    borderWidth: 1,
  };
}

export function newDocumentState(id: string, name: string, createdAt: number): DocumentState {
  return { id, name, createdAt, page: { ...DEFAULT_PAGE }, header: null, body: [newParagraph()] };
}

export function isTextBlock(child: BodyChild): child is TextBlock {
  return child.kind === 'paragraph' || child.kind === 'listItem';
}

/** Every paragraph-like element of a table, row by row, cell by cell. */
export function tableParagraphs(table: TableState): ParagraphState[] {
  return table.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs));
}

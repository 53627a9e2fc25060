/** The emulated DocumentApp: factory, state, renderer. */
export { createDocumentApp, EmuDocumentApp } from './app';
export { EmuDocument } from './document';
export { EmuBody } from './body';
export { EmuHeaderSection } from './header';
export { EmuListItem, EmuParagraph } from './paragraph';
export { EmuPageBreak } from './page-break';
export { EmuTable, EmuTableCell, EmuTableRow } from './table';
export { EmuText } from './text';
export { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
export { CLOSED_MESSAGE } from './errors';
export { DEFAULT_PAGE, newDocsState } from './state';
export type {
  AlignmentName,
  AutoTextState,
  TabStopState,
  BodyChild,
  DocsState,
  DocumentState,
  GlyphName,
  HeadingName,
  ListItemState,
  PageBreakState,
  PageState,
  ParagraphAttributes,
  SectionBreakState,
  ParagraphState,
  TableCellState,
  TableRowState,
  TableState,
  TextBlock,
  TextRun,
  TextStyle,
} from './state';
export { docToHtml, docToText, escapeHtml, glyphText } from './render';

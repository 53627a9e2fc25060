/**
 * DocumentApp's enums as frozen objects whose members are their own names (as FormApp's are in
 * this emulator): values compare with === across the vm boundary and serialise as strings.
 */
import Doc = GoogleAppsScript.Document;
import type { AlignmentName, GlyphName, HeadingName } from './state';

function enumOf<T>(names: readonly string[]): T {
  const o: Record<string, string> = {};
  for (const n of names) o[n] = n;
  return Object.freeze(o) as unknown as T;
}

/** Every member Google documents; setAttributes applies only those the emulator models. */
export const Attribute = enumOf<typeof Doc.Attribute>([
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
]);

export const ALIGNMENTS: readonly AlignmentName[] = ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY'];
export const HorizontalAlignment = enumOf<typeof Doc.HorizontalAlignment>(ALIGNMENTS);

export const HEADINGS: readonly HeadingName[] = [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
];
export const ParagraphHeading = enumOf<typeof Doc.ParagraphHeading>(HEADINGS);

export const GLYPHS: readonly GlyphName[] = [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
];
export const GlyphType = enumOf<typeof Doc.GlyphType>(GLYPHS);

/** Element.getType() values (Google's DocumentApp has ElementType too; not in the port). */
export const ElementType = enumOf<typeof Doc.ElementType>([
  'BODY_SECTION',
  'COMMENT_SECTION',
  'DATE',
  'DOCUMENT',
  'EQUATION',
  'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR',
  'EQUATION_SYMBOL',
  'FOOTER_SECTION',
  'FOOTNOTE',
  'FOOTNOTE_SECTION',
  'HEADER_SECTION',
  'HORIZONTAL_RULE',
  'INLINE_DRAWING',
  'INLINE_IMAGE',
  'LIST_ITEM',
  'PAGE_BREAK',
  'PARAGRAPH',
  'PERSON',
  'RICH_LINK',
  'TABLE',
  'TABLE_CELL',
  'TABLE_OF_CONTENTS',
  'TABLE_ROW',
  'TEXT',
  'UNSUPPORTED',
]);

/** The enum value for an element type name, typed as Google's enum. */
export function elementType(name: string): Doc.ElementType {
  return name as unknown as Doc.ElementType;
}

/**
 * setAttributes / getAttributes maps keyed by DocumentApp.Attribute names. Only the keys the
 * emulator models are applied; unknown keys are ignored, and a null value means "inherit"
 * (both documented behaviour of attribute maps). Paragraph keys apply to paragraphs only: on a
 * container (Body, Table, TableCell) Google applies text keys to all its text but ignores
 * paragraph keys (observed for Body by gas-fakes on live Apps Script; assumed for tables).
 */
import { isPlainObject } from '../core';
import { ALIGNMENTS, GLYPHS, HEADINGS } from './enums';
import { badParameters, invalidArgument } from './errors';
import { applyStyle, uniformStyle, type StyleKey } from './runs';
import type { ListItemState, ParagraphAttributes, TextBlock, TextStyle } from './state';

const PARAGRAPH_KEYS: Readonly<Record<string, keyof ParagraphAttributes>> = {
  HORIZONTAL_ALIGNMENT: 'alignment',
  INDENT_FIRST_LINE: 'indentFirstLine',
  INDENT_START: 'indentStart',
  INDENT_END: 'indentEnd',
  LINE_SPACING: 'lineSpacing',
  SPACING_BEFORE: 'spacingBefore',
  SPACING_AFTER: 'spacingAfter',
  HEADING: 'heading',
};

const TEXT_KEYS: Readonly<Record<string, StyleKey>> = {
  BOLD: 'bold',
  ITALIC: 'italic',
  UNDERLINE: 'underline',
  FONT_FAMILY: 'fontFamily',
  FONT_SIZE: 'fontSize',
};

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const own = (o: object, k: string) => Object.hasOwn(o, k);

/** The map argument, or Google's signature error for anything else. */
export function attributeMap(method: string, attributes: unknown): Record<string, unknown> {
  if (!isPlainObject(attributes)) throw badParameters(method, [attributes]);
  return attributes;
}

const isFlag = (v: unknown) => typeof v === 'boolean';
const isPositive = (v: unknown) => isNumber(v) && v > 0;

/** What each modelled key accepts besides null; other numeric keys take any finite number. */
const VALID: Readonly<Record<string, (v: unknown) => boolean>> = {
  HORIZONTAL_ALIGNMENT: (v) => ALIGNMENTS.includes(v as never),
  HEADING: (v) => HEADINGS.includes(v as never),
  GLYPH_TYPE: (v) => GLYPHS.includes(v as never),
  NESTING_LEVEL: (v) => Number.isInteger(v) && (v as number) >= 0,
  FONT_FAMILY: (v) => typeof v === 'string',
  FONT_SIZE: isPositive,
  LINE_SPACING: isPositive,
  BOLD: isFlag,
  ITALIC: isFlag,
  UNDERLINE: isFlag,
};

/** Checks one value; a wrong one is refused with a guessed message naming the attribute. */
function checked(key: string, value: unknown): unknown {
  if (value === null) return null;
  if (!(VALID[key] ?? isNumber)(value)) throw invalidArgument(`${key} = ${String(value)}`);
  return value;
}

/** Text keys of the map, checked, as a style patch (empty when the map has none). */
export function textPatch(attrs: Record<string, unknown>): Partial<TextStyle> {
  const patch: Partial<TextStyle> = {};
  for (const [key, field] of Object.entries(TEXT_KEYS)) {
    if (own(attrs, key)) (patch as Record<string, unknown>)[field] = checked(key, attrs[key]);
  }
  return patch;
}

export function applyTextPatch(blocks: readonly TextBlock[], patch: Partial<TextStyle>): void {
  if (Object.keys(patch).length === 0) return;
  for (const block of blocks) applyStyle(block, 0, block.text.length, patch);
}

/** Applies paragraph, text and (for list items) list keys to one paragraph. */
export function applyParagraphAttributes(block: TextBlock, attrs: Record<string, unknown>): void {
  const updates: Partial<Record<keyof ParagraphAttributes, unknown>> = {};
  for (const [key, field] of Object.entries(PARAGRAPH_KEYS)) {
    if (own(attrs, key)) updates[field] = checked(key, attrs[key]);
  }
  const patch = textPatch(attrs);
  const list: Partial<Pick<ListItemState, 'nestingLevel' | 'glyphType'>> = {};
  if (block.kind === 'listItem') {
    // null can't make an item leave its list level or glyph: ignored (guessed).
    if (own(attrs, 'NESTING_LEVEL') && checked('NESTING_LEVEL', attrs.NESTING_LEVEL) !== null) {
      list.nestingLevel = attrs.NESTING_LEVEL as number;
    }
    if (own(attrs, 'GLYPH_TYPE') && checked('GLYPH_TYPE', attrs.GLYPH_TYPE) !== null) {
      list.glyphType = attrs.GLYPH_TYPE as ListItemState['glyphType'];
    }
  }
  // All checked before anything changes: a bad map leaves the paragraph as it was.
  Object.assign(block.attributes, updates);
  applyTextPatch([block], patch);
  if (block.kind === 'listItem') Object.assign(block, list);
}

/** Text attributes of the blocks: each value when uniform, null when mixed or inherited. */
export function textAttributeMap(blocks: readonly TextBlock[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(TEXT_KEYS)) out[key] = uniformStyle(blocks, field);
  return out;
}

/** getAttributes of a paragraph or list item. */
export function paragraphAttributeMap(block: TextBlock): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(PARAGRAPH_KEYS)) out[key] = block.attributes[field];
  Object.assign(out, textAttributeMap([block]));
  out.LEFT_TO_RIGHT = true;
  if (block.kind === 'listItem') {
    out.NESTING_LEVEL = block.nestingLevel;
    out.GLYPH_TYPE = block.glyphType;
    out.LIST_ID = block.listId;
  }
  return out;
}

/** A setter's single value: checked as setAttributes checks it, refused with Google's signature error. */
export function setterValue(method: string, key: string, value: unknown): unknown {
  if (value === null || value === undefined) throw badParameters(method, [value]);
  try {
    return checked(key, value);
  } catch {
    throw badParameters(method, [value]);
  }
}

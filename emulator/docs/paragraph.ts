/** Paragraph and ListItem: views over one TextBlock in its container (body, header or cell). */
import type { DocListItemPort, ParagraphPort } from '../../src/gas/ports';
import { applyParagraphAttributes, attributeMap, paragraphAttributeMap, setterValue } from './attributes';
import { DocNode, guardClosed, type DocScope } from './context';
import { elementType } from './enums';
import { lastParagraph } from './errors';
import type { GlyphName, ListItemState, ParagraphAttributes, TextBlock } from './state';
import { EmuText } from './text';

import Doc = GoogleAppsScript.Document;

/** Where an element lives: a section (body, header), whose last paragraph can't go, or a table cell. */
export interface Container {
  children(): unknown[];
  kind: 'section' | 'cell';
}

/** Google's typings promise a value; inherited attributes read as null. */
function nullable<T>(v: unknown): T {
  return v as T;
}

abstract class EmuParagraphBase extends DocNode {
  abstract override readonly serviceName: 'Paragraph' | 'ListItem';
  readonly #block: TextBlock;
  readonly #container: Container;

  constructor(scope: DocScope, block: TextBlock, container: Container) {
    super(scope);
    this.#block = block;
    this.#container = container;
  }

  _block(): TextBlock {
    return this.#block;
  }

  getText(): string {
    return this.#block.text;
  }
  getType(): Doc.ElementType {
    return elementType(this.#block.kind === 'listItem' ? 'LIST_ITEM' : 'PARAGRAPH');
  }
  getAlignment(): Doc.HorizontalAlignment {
    return nullable(this.#block.attributes.alignment);
  }
  getIndentFirstLine(): number {
    return nullable(this.#block.attributes.indentFirstLine);
  }
  getIndentStart(): number {
    return nullable(this.#block.attributes.indentStart);
  }
  getIndentEnd(): number {
    return nullable(this.#block.attributes.indentEnd);
  }
  getLineSpacing(): number {
    return nullable(this.#block.attributes.lineSpacing);
  }
  getSpacingBefore(): number {
    return nullable(this.#block.attributes.spacingBefore);
  }
  getSpacingAfter(): number {
    return nullable(this.#block.attributes.spacingAfter);
  }
  getHeading(): Doc.ParagraphHeading {
    return nullable(this.#block.attributes.heading);
  }
  getAttributes(): Record<string, unknown> {
    return paragraphAttributeMap(this.#block);
  }

  setAttributes(attributes: unknown): this {
    applyParagraphAttributes(this.#block, attributeMap(`${this.serviceName}.setAttributes`, attributes));
    return this;
  }

  #setOne(method: string, key: string, field: keyof ParagraphAttributes, value: unknown): this {
    const checked = setterValue(`${this.serviceName}.${method}`, key, value);
    (this.#block.attributes as unknown as Record<string, unknown>)[field] = checked;
    return this;
  }

  setAlignment(alignment: Doc.HorizontalAlignment): this {
    return this.#setOne('setAlignment', 'HORIZONTAL_ALIGNMENT', 'alignment', alignment);
  }
  setIndentFirstLine(indentFirstLine: number): this {
    return this.#setOne('setIndentFirstLine', 'INDENT_FIRST_LINE', 'indentFirstLine', indentFirstLine);
  }
  setIndentStart(indentStart: number): this {
    return this.#setOne('setIndentStart', 'INDENT_START', 'indentStart', indentStart);
  }
  setIndentEnd(indentEnd: number): this {
    return this.#setOne('setIndentEnd', 'INDENT_END', 'indentEnd', indentEnd);
  }
  setLineSpacing(multiplier: number): this {
    return this.#setOne('setLineSpacing', 'LINE_SPACING', 'lineSpacing', multiplier);
  }
  setSpacingBefore(spacingBefore: number): this {
    return this.#setOne('setSpacingBefore', 'SPACING_BEFORE', 'spacingBefore', spacingBefore);
  }
  setSpacingAfter(spacingAfter: number): this {
    return this.#setOne('setSpacingAfter', 'SPACING_AFTER', 'spacingAfter', spacingAfter);
  }
  setHeading(heading: Doc.ParagraphHeading): this {
    return this.#setOne('setHeading', 'HEADING', 'heading', heading);
  }

  editAsText(): EmuText {
    const block = this.#block;
    return new EmuText(this._scope(), () => [block]);
  }

  /**
   * Google's (not in the port). Detaches the element; a section's last paragraph can't go
   * (verified message), nor a cell's only one (guessed, same message). Detached already: no-op.
   */
  removeFromParent(): this {
    const children = this.#container.children();
    const i = children.indexOf(this.#block);
    if (i < 0) return this;
    if (this.#container.kind === 'section' ? i === children.length - 1 : children.length === 1) throw lastParagraph();
    children.splice(i, 1);
    return this;
  }
}
guardClosed(EmuParagraphBase);

export class EmuParagraph extends EmuParagraphBase implements ParagraphPort {
  readonly serviceName = 'Paragraph';

  /** Element.asParagraph (Google's; lets TableCell.getChild(i) results be used as paragraphs). */
  asParagraph(): this {
    return this;
  }
}
guardClosed(EmuParagraph);

export class EmuListItem extends EmuParagraphBase implements DocListItemPort {
  readonly serviceName = 'ListItem';

  #item(): ListItemState {
    return this._block() as ListItemState;
  }
  getNestingLevel(): number {
    return this.#item().nestingLevel;
  }
  getGlyphType(): Doc.GlyphType {
    return this.#item().glyphType as unknown as Doc.GlyphType;
  }
  /** Google's (not in the port). */
  getListId(): string {
    return this.#item().listId;
  }
  setNestingLevel(nestingLevel: number): this {
    this.#item().nestingLevel = setterValue('ListItem.setNestingLevel', 'NESTING_LEVEL', nestingLevel) as number;
    return this;
  }
  setGlyphType(glyphType: Doc.GlyphType): this {
    this.#item().glyphType = setterValue('ListItem.setGlyphType', 'GLYPH_TYPE', glyphType) as GlyphName;
    return this;
  }
}
guardClosed(EmuListItem);

/** The service object for a paragraph-like block. */
export function paragraphElement(scope: DocScope, block: TextBlock, container: Container): EmuParagraph | EmuListItem {
  return block.kind === 'listItem' ? new EmuListItem(scope, block, container) : new EmuParagraph(scope, block, container);
}

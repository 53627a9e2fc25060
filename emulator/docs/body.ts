/**
 * Body: the document's main section. Verified for a new or cleared body: one empty paragraph;
 * getText joins the elements' texts with "\n"; appendTable adds an empty paragraph after the
 * table (gas-fakes' live-parity test: "", "Search for me", table [["Cell 1"]], "Another
 * paragraph" give "\nSearch for me\nCell 1\n\nAnother paragraph"); consecutive list items share
 * one list and a default list's glyph is NUMBER (same source).
 */
import type { BodyPort } from '../../src/gas/ports';
import { idText } from '../ids';
import { DocNode, guardClosed } from './context';
import { elementType } from './enums';
import { badParameters, invalidArgument } from './errors';
import { EmuListItem, EmuParagraph, paragraphElement, type Container } from './paragraph';
import { EmuPageBreak } from './page-break';
import { segments, sectionText, textArgument } from './section';
import { isTextBlock, newListItem, newParagraph, newTable, type BodyChild, type ListItemState, type PageState } from './state';
import { EmuTable } from './table';
import { EmuText } from './text';

import Doc = GoogleAppsScript.Document;

/** Margins and page sizes are points; anything but a finite, non-negative number is refused. */
function points(method: string, name: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw badParameters(method, [value]);
  if (value < 0) throw invalidArgument(name); // guessed wording
  return value;
}

export class EmuBody extends DocNode implements BodyPort {
  readonly serviceName = 'Body';

  #children(): BodyChild[] {
    return this._scope().doc.body;
  }
  #page(): PageState {
    return this._scope().doc.page;
  }
  #container(): Container {
    return { children: () => this.#children(), kind: 'section' };
  }
  #setPage(field: keyof PageState, setter: string, value: unknown): this {
    this.#page()[field] = points(`Body.${setter}`, field, value);
    return this;
  }

  getType(): Doc.ElementType {
    return elementType('BODY_SECTION');
  }
  getText(): string {
    return sectionText(this.#children());
  }
  getNumChildren(): number {
    return this.#children().length;
  }

  appendParagraph(text: string): EmuParagraph {
    const p = newParagraph(textArgument('Body.appendParagraph', text));
    this.#children().push(p);
    return new EmuParagraph(this._scope(), p, this.#container());
  }

  /**
   * Joins the list of a list item right before it, at level 0 with the glyph that list's
   * level-0 items have (guessed); otherwise starts a list.
   */
  appendListItem(text: string): EmuListItem {
    const t = textArgument('Body.appendListItem', text);
    const children = this.#children();
    const prev = children[children.length - 1];
    const { ctx, doc } = this._scope();
    let item: ListItemState;
    if (prev?.kind === 'listItem') {
      const top = [...children]
        .reverse()
        .find((c): c is ListItemState => c.kind === 'listItem' && c.listId === prev.listId && c.nestingLevel === 0);
      item = newListItem(t, prev.listId, top?.glyphType ?? 'NUMBER');
    } else {
      item = newListItem(t, listId(`${doc.id}:list:${ctx.state.nextSeq++}`), 'NUMBER');
    }
    children.push(item);
    return new EmuListItem(this._scope(), item, this.#container());
  }

  /**
   * One call whatever the size. Cells must be strings (Google's signature error otherwise);
   * an empty, row-less or ragged array is refused (guessed: Google's answer to those was not
   * found, so the emulator is strict).
   */
  appendTable(cells: string[][]): EmuTable {
    const ok = Array.isArray(cells) && cells.every((r) => Array.isArray(r) && r.every((v) => typeof v === 'string'));
    if (!ok) throw badParameters('Body.appendTable', [cells]);
    const width = cells[0]?.length ?? 0;
    if (width === 0 || cells.some((r) => r.length !== width)) {
      throw invalidArgument('cells (rows must be non-empty and of equal length)');
    }
    const table = newTable(cells);
    this.#children().push(table, newParagraph());
    return new EmuTable(this._scope(), table);
  }

  appendPageBreak(): EmuPageBreak {
    this.#children().push({ kind: 'pageBreak' });
    return new EmuPageBreak(this._scope());
  }

  clear(): this {
    this.#children().splice(0, Infinity, newParagraph());
    return this;
  }

  /** The whole body as one Text: paragraphs, list items and table cells, in order. */
  editAsText(): EmuText {
    return new EmuText(this._scope(), () => segments(this.#children()));
  }

  /**
   * Google's (not in the port): every paragraph and list item, those in table cells included
   * (guessed: documented as all paragraphs "contained in the section"). A page break's
   * paragraph is not listed (the emulator keeps it implicit).
   */
  getParagraphs(): (EmuParagraph | EmuListItem)[] {
    const scope = this._scope();
    const out: (EmuParagraph | EmuListItem)[] = [];
    for (const child of this.#children()) {
      if (isTextBlock(child)) out.push(paragraphElement(scope, child, this.#container()));
      else if (child.kind === 'table') {
        for (const row of child.rows) {
          for (const cell of row.cells) {
            const container: Container = { children: () => cell.paragraphs, kind: 'cell' };
            for (const p of cell.paragraphs) out.push(paragraphElement(scope, p, container));
          }
        }
      }
    }
    return out;
  }

  /** Google's (not in the port): tables of the body, in order. */
  getTables(): EmuTable[] {
    return this.#children()
      .filter((c) => c.kind === 'table')
      .map((t) => new EmuTable(this._scope(), t));
  }

  getMarginTop(): number {
    return this.#page().marginTop;
  }
  getMarginBottom(): number {
    return this.#page().marginBottom;
  }
  getMarginLeft(): number {
    return this.#page().marginLeft;
  }
  getMarginRight(): number {
    return this.#page().marginRight;
  }
  getPageWidth(): number {
    return this.#page().width;
  }
  getPageHeight(): number {
    return this.#page().height;
  }
  setMarginTop(marginTop: number): this {
    return this.#setPage('marginTop', 'setMarginTop', marginTop);
  }
  setMarginBottom(marginBottom: number): this {
    return this.#setPage('marginBottom', 'setMarginBottom', marginBottom);
  }
  setMarginLeft(marginLeft: number): this {
    return this.#setPage('marginLeft', 'setMarginLeft', marginLeft);
  }
  setMarginRight(marginRight: number): this {
    return this.#setPage('marginRight', 'setMarginRight', marginRight);
  }
  setPageWidth(pageWidth: number): this {
    return this.#setPage('width', 'setPageWidth', pageWidth);
  }
  setPageHeight(pageHeight: number): this {
    return this.#setPage('height', 'setPageHeight', pageHeight);
  }
}
guardClosed(EmuBody);

/** A Docs list id ("kix." and lowercase letters and digits, as Google's look). */
function listId(seed: string): string {
  return (
    'kix.' +
    idText(seed, 12)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '0')
  );
}

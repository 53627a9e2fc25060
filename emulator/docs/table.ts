/** Table, TableRow and TableCell: views over one TableState. */
import type { TableCellPort, TablePort, TableRowPort } from '../../src/gas/ports';
import { applyTextPatch, attributeMap, textAttributeMap, textPatch } from './attributes';
import { DocNode, guardClosed, type DocScope } from './context';
import { elementType } from './enums';
import { badParameters, childIndex, invalidArgument } from './errors';
import { EmuParagraph } from './paragraph';
import { tableParagraphs, type ParagraphState, type TableCellState, type TableRowState, type TableState } from './state';
import { EmuText } from './text';

import Doc = GoogleAppsScript.Document;

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isWidth = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** Index check as Google's getChild does it (message verified for child indexes). */
function index(method: string, i: unknown, count: number): number {
  if (!isInt(i)) throw badParameters(method, [i]);
  if (i < 0 || i >= count) throw childIndex(i, count);
  return i;
}

function joined(paragraphs: readonly ParagraphState[]): string {
  return paragraphs.map((p) => p.text).join('\n');
}

export class EmuTable extends DocNode implements TablePort {
  readonly serviceName = 'Table';
  readonly #t: TableState;

  constructor(scope: DocScope, table: TableState) {
    super(scope);
    this.#t = table;
  }

  _table(): TableState {
    return this.#t;
  }

  getType(): Doc.ElementType {
    return elementType('TABLE');
  }
  getNumRows(): number {
    return this.#t.rows.length;
  }
  getRow(rowIndex: number): EmuTableRow {
    const r = index('Table.getRow', rowIndex, this.#t.rows.length);
    return new EmuTableRow(this._scope(), this.#t, r);
  }
  getCell(rowIndex: number, cellIndex: number): EmuTableCell {
    const r = index('Table.getCell', rowIndex, this.#t.rows.length);
    const c = index('Table.getCell', cellIndex, this.#t.rows[r]!.cells.length);
    return new EmuTableCell(this._scope(), this.#t, r, c);
  }
  /** Cells in order, joined by "\n" (guessed: how Google separates cells in a table's text). */
  getText(): string {
    return joined(tableParagraphs(this.#t));
  }
  getBorderWidth(): number {
    return this.#t.borderWidth;
  }
  setBorderWidth(width: number): this {
    if (!isWidth(width)) throw badParameters('Table.setBorderWidth', [width]);
    this.#t.borderWidth = width;
    return this;
  }
  /** null for a column whose width was never set (guessed: its width is then automatic). */
  getColumnWidth(columnIndex: number): number {
    const c = index('Table.getColumnWidth', columnIndex, this.#t.columnWidths.length);
    return this.#t.columnWidths[c] as number;
  }
  setColumnWidth(columnIndex: number, width: number): this {
    const c = index('Table.setColumnWidth', columnIndex, this.#t.columnWidths.length);
    if (!isWidth(width)) throw badParameters('Table.setColumnWidth', [columnIndex, width]);
    this.#t.columnWidths[c] = width;
    return this;
  }
  /** BORDER_WIDTH and the text keys (to every cell); other keys are ignored. */
  setAttributes(attributes: unknown): this {
    const attrs = attributeMap('Table.setAttributes', attributes);
    const patch = textPatch(attrs);
    if (Object.hasOwn(attrs, 'BORDER_WIDTH') && attrs.BORDER_WIDTH !== null) {
      if (!isWidth(attrs.BORDER_WIDTH)) throw invalidArgument(`BORDER_WIDTH = ${String(attrs.BORDER_WIDTH)}`);
      this.#t.borderWidth = attrs.BORDER_WIDTH;
    }
    applyTextPatch(tableParagraphs(this.#t), patch);
    return this;
  }
  getAttributes(): Record<string, unknown> {
    return { BORDER_WIDTH: this.#t.borderWidth, ...textAttributeMap(tableParagraphs(this.#t)) };
  }
  editAsText(): EmuText {
    const t = this.#t;
    return new EmuText(this._scope(), () => tableParagraphs(t));
  }
}
guardClosed(EmuTable);

export class EmuTableRow extends DocNode implements TableRowPort {
  readonly serviceName = 'TableRow';
  readonly #t: TableState;
  readonly #r: number;

  constructor(scope: DocScope, table: TableState, rowIndex: number) {
    super(scope);
    this.#t = table;
    this.#r = rowIndex;
  }

  #row(): TableRowState {
    return this.#t.rows[this.#r]!;
  }
  getType(): Doc.ElementType {
    return elementType('TABLE_ROW');
  }
  getNumCells(): number {
    return this.#row().cells.length;
  }
  getCell(cellIndex: number): EmuTableCell {
    const c = index('TableRow.getCell', cellIndex, this.#row().cells.length);
    return new EmuTableCell(this._scope(), this.#t, this.#r, c);
  }
  getText(): string {
    return joined(this.#row().cells.flatMap((c) => c.paragraphs));
  }
  editAsText(): EmuText {
    const row = this.#row();
    return new EmuText(this._scope(), () => row.cells.flatMap((c) => c.paragraphs));
  }
}
guardClosed(EmuTableRow);

export class EmuTableCell extends DocNode implements TableCellPort {
  readonly serviceName = 'TableCell';
  readonly #t: TableState;
  readonly #c: number;
  readonly #cell: TableCellState;

  constructor(scope: DocScope, table: TableState, rowIndex: number, cellIndex: number) {
    super(scope);
    this.#t = table;
    this.#c = cellIndex;
    this.#cell = table.rows[rowIndex]!.cells[cellIndex]!;
  }

  getType(): Doc.ElementType {
    return elementType('TABLE_CELL');
  }
  getText(): string {
    return joined(this.#cell.paragraphs);
  }
  /** The cell's own width, else its column's; null when neither was set (guessed). */
  getWidth(): number {
    return (this.#cell.width ?? this.#t.columnWidths[this.#c] ?? null) as number;
  }
  setWidth(width: number): this {
    if (!isWidth(width)) throw badParameters('TableCell.setWidth', [width]);
    this.#cell.width = width;
    return this;
  }
  /** WIDTH and the text keys; paragraph keys are ignored, as on Body (see attributes.ts). */
  setAttributes(attributes: unknown): this {
    const attrs = attributeMap('TableCell.setAttributes', attributes);
    const patch = textPatch(attrs);
    if (Object.hasOwn(attrs, 'WIDTH')) {
      const w = attrs.WIDTH;
      if (w !== null && !isWidth(w)) throw invalidArgument(`WIDTH = ${String(w)}`);
      this.#cell.width = w as number | null;
    }
    applyTextPatch(this.#cell.paragraphs, patch);
    return this;
  }
  getAttributes(): Record<string, unknown> {
    return { WIDTH: this.getWidth(), ...textAttributeMap(this.#cell.paragraphs) };
  }
  editAsText(): EmuText {
    const cell = this.#cell;
    return new EmuText(this._scope(), () => cell.paragraphs);
  }
  /** Google's (not in the port): the cell's paragraphs, e.g. to align one. */
  getNumChildren(): number {
    return this.#cell.paragraphs.length;
  }
  getChild(childIndexArg: number): EmuParagraph {
    const i = index('TableCell.getChild', childIndexArg, this.#cell.paragraphs.length);
    const cell = this.#cell;
    return new EmuParagraph(this._scope(), cell.paragraphs[i]!, { children: () => cell.paragraphs, kind: 'cell' });
  }
}
guardClosed(EmuTableCell);

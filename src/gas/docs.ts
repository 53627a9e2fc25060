/**
 * DocModel → Google Docs, laid out as ГОСТ Р 7.0.97-2025 asks: A4, margins 20 mm (left 20
 * or 30, right 10), Times New Roman 14 pt (12 pt in tables and notes), first-line indent
 * 1.25 cm, single line spacing, justified text. Each paragraph costs two calls (text, then
 * all its attributes at once); a table of any length costs a fixed handful.
 *
 * Not possible through DocumentApp: page number fields (the curator inserts them in Docs
 * with Insert → Page numbers, «starting from page 2»).
 */
import type { Block, DocModel, NumberedItem, ParagraphBlock, Run } from '../domain/docModel';
import { itemNumber } from '../domain/docModel';
import { FIRST_LINE_INDENT_MM, FONT, leftMarginMm, MARGIN_MM, PAGE_MM, PT_PER_MM, SIZE_PT } from '../domain/docx/layout';
import type { BodyPort, DocumentAppPort, TablePort, TextPort } from './ports';

/** Points, to the hundredth (A4 is 595.28 × 841.89 pt). */
const pt = (mm: number) => Math.round(mm * PT_PER_MM * 100) / 100;
const A4 = { width: pt(PAGE_MM.width), height: pt(PAGE_MM.height) };
const TEXT_SIZE = SIZE_PT.text;
const SMALL_SIZE = SIZE_PT.small;
const FIRST_LINE_INDENT = FIRST_LINE_INDENT_MM * PT_PER_MM;

export const LAYOUT = { PT_PER_MM, A4, FONT, TEXT_SIZE, SMALL_SIZE, FIRST_LINE_INDENT } as const;

type Attrs = Record<string, unknown>;

class Writer {
  constructor(
    private readonly app: DocumentAppPort,
    private readonly body: BodyPort,
    private readonly textWidth: number,
  ) {}

  private alignment(align: ParagraphBlock['align']) {
    const h = this.app.HorizontalAlignment;
    return align === 'center' ? h.CENTER : align === 'right' ? h.RIGHT : align === 'left' ? h.LEFT : h.JUSTIFY;
  }

  private paragraphAttrs(block: Omit<ParagraphBlock, 'type' | 'runs'>): Attrs {
    const a = this.app.Attribute;
    const indented = block.indent ?? (block.align === undefined || block.align === 'justify');
    return {
      [a.HORIZONTAL_ALIGNMENT]: this.alignment(block.align),
      [a.INDENT_FIRST_LINE]: indented ? FIRST_LINE_INDENT : 0,
      [a.INDENT_START]: 0,
      [a.LINE_SPACING]: 1,
      [a.SPACING_BEFORE]: block.spaceBefore ?? 0,
      [a.SPACING_AFTER]: 0,
      [a.FONT_FAMILY]: FONT,
      [a.FONT_SIZE]: block.small ? SMALL_SIZE : TEXT_SIZE,
      [a.BOLD]: false,
    };
  }

  /** Bold, italic and underline of the runs, as character ranges. */
  private styleRuns(text: () => TextPort, runs: readonly Run[], offset = 0): void {
    let at = offset;
    let editor: TextPort | null = null;
    for (const run of runs) {
      const end = at + run.text.length - 1;
      if (run.text.length && (run.bold || run.italic || run.underline)) {
        editor ??= text();
        if (run.bold) editor.setBold(at, end, true);
        if (run.italic) editor.setItalic(at, end, true);
        if (run.underline) editor.setUnderline(at, end, true);
      }
      at = end + 1;
    }
  }

  paragraph(block: Omit<ParagraphBlock, 'type'>, prefix = ''): void {
    const text = prefix + block.runs.map((r) => r.text).join('');
    const paragraph = this.body.appendParagraph(text).setAttributes(this.paragraphAttrs(block));
    this.styleRuns(() => paragraph.editAsText(), block.runs, prefix.length);
  }

  numbered(items: readonly NumberedItem[], path: number[] = []): void {
    items.forEach((item, i) => {
      const here = [...path, i + 1];
      this.paragraph({ runs: item.runs }, `${itemNumber(here)} `);
      if (item.children?.length) this.numbered(item.children, here);
    });
  }

  private styleTable(table: TablePort, widths: readonly number[] | undefined, columns: number, bordered: boolean): void {
    table
      .editAsText()
      .setFontFamily(FONT)
      .setFontSize(bordered ? SMALL_SIZE : TEXT_SIZE);
    table.setBorderWidth(bordered ? 1 : 0);
    const relative = widths && widths.length === columns ? widths : new Array(columns).fill(1);
    const sum = relative.reduce((a, b) => a + b, 0);
    relative.forEach((w, i) => table.setColumnWidth(i, (this.textWidth * w) / sum));
  }

  table(header: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]): void {
    const table = this.body.appendTable([[...header], ...rows.map((r) => [...r])]);
    this.styleTable(table, widths, header.length, true);
    table.getRow(0).editAsText().setBold(true);
  }

  twoEnds(left: string, right: string, spaceBefore = 0): void {
    const table = this.body.appendTable([[left, right]]);
    this.styleTable(table, [1, 1], 2, false);
    // Paragraph attributes set on a cell do not reach its paragraph: set them on the paragraph.
    const rightEnd = table.getCell(0, 1).getChild(0).asParagraph().setAlignment(this.app.HorizontalAlignment.RIGHT);
    // Both ends get the space, so they stay on one line (date and number, position and name).
    if (spaceBefore) {
      table.getCell(0, 0).getChild(0).asParagraph().setSpacingBefore(spaceBefore);
      rightEnd.setSpacingBefore(spaceBefore);
    }
  }

  block(block: Block): void {
    switch (block.type) {
      case 'paragraph':
        this.paragraph(block);
        break;
      case 'numbered':
        this.numbered(block.items);
        break;
      case 'table':
        this.table(block.header, block.rows, block.widths);
        break;
      case 'twoEnds':
        this.twoEnds(block.left, block.right, block.spaceBefore);
        break;
      case 'pageBreak':
        this.body.appendPageBreak();
        break;
    }
  }
}

export interface WrittenDocument {
  id: string;
  url: string;
}

/**
 * Writes the model into a new document, or into `existingId` (its content replaced: a draft
 * generated again stays one file). A closed document cannot be read, so its ID and link
 * are taken before saveAndClose.
 */
export function writeDocument(app: DocumentAppPort, model: DocModel, existingId?: string): WrittenDocument {
  const doc = existingId ? app.openById(existingId).setName(model.name) : app.create(model.name);
  const body = doc.getBody();
  if (existingId) body.clear();
  const left = leftMarginMm(model.wideLeftMargin) * PT_PER_MM;
  const right = MARGIN_MM.right * PT_PER_MM;
  body
    .setPageWidth(A4.width)
    .setPageHeight(A4.height)
    .setMarginTop(MARGIN_MM.top * PT_PER_MM)
    .setMarginBottom(MARGIN_MM.bottom * PT_PER_MM)
    .setMarginLeft(left)
    .setMarginRight(right);
  // A new or cleared body holds one empty paragraph; it goes once the content is in.
  const [placeholder] = body.getParagraphs();
  const writer = new Writer(app, body, A4.width - left - right);
  for (const block of model.blocks) writer.block(block);
  placeholder?.removeFromParent();
  const written = { id: doc.getId(), url: doc.getUrl() };
  doc.saveAndClose();
  return written;
}

/**
 * DocModel: an official document as neutral data. `src/gas/docs` writes it with
 * DocumentApp and the playground shows it as A4 pages. Composition functions in
 * `src/domain/documents` build one per kind of document; the layout rules of
 * ГОСТ Р 7.0.97-2025 (margins, sizes, indents) live in the renderer, not here.
 */

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A paragraph of running text: justified with a first-line indent unless told otherwise. */
export interface ParagraphBlock {
  type: 'paragraph';
  runs: Run[];
  align?: Align;
  /** false: no first-line indent (requisites, signatures, table notes). */
  indent?: boolean;
  /** Extra space before, in points (e.g. before «ПРИКАЗЫВАЮ:»). */
  spaceBefore?: number;
  /** Smaller print (12 pt): notes, appendix marks. */
  small?: boolean;
}

/** A numbered item of an order: «1.», «1.1.», up to four levels. */
export interface NumberedItem {
  runs: Run[];
  children?: NumberedItem[];
}

export interface NumberedBlock {
  type: 'numbered';
  items: NumberedItem[];
}

export interface TableBlock {
  type: 'table';
  header: string[];
  rows: string[][];
  /** Relative column widths (any unit); the renderer scales them to the text width. */
  widths?: number[];
}

/**
 * Requisites on one line with two ends, e.g. date left and number right, or a signature:
 * position left, name right (the signature space between them).
 */
export interface TwoEndsBlock {
  type: 'twoEnds';
  left: string;
  right: string;
  /** Space before, points. */
  spaceBefore?: number;
}

export interface PageBreakBlock {
  type: 'pageBreak';
}

/**
 * The end of one person's document in a file printed for many: the next starts on a new
 * page, numbered from 1 again, its first page unnumbered.
 */
export interface SectionBreakBlock {
  type: 'sectionBreak';
}

export type Block = ParagraphBlock | NumberedBlock | TableBlock | TwoEndsBlock | PageBreakBlock | SectionBreakBlock;

export interface DocModel {
  /** File name on Drive. */
  name: string;
  /** 30 mm left margin for documents kept long (ГОСТ allows it); 20 mm otherwise. */
  wideLeftMargin?: boolean;
  blocks: Block[];
}

export const p = (text: string, options: Omit<ParagraphBlock, 'type' | 'runs'> = {}): ParagraphBlock => ({
  type: 'paragraph',
  runs: [{ text }],
  ...options,
});

export const bold = (text: string, options: Omit<ParagraphBlock, 'type' | 'runs'> = {}): ParagraphBlock => ({
  type: 'paragraph',
  runs: [{ text, bold: true }],
  ...options,
});

/** Numbers of nested items as printed: 1., 1.1., 1.1.1., 1.1.1.1. */
export function itemNumber(path: readonly number[]): string {
  return `${path.join('.')}.`;
}

/** Depth of a numbered list (1 for flat); ГОСТ-style orders stop at four. */
export function depthOf(items: readonly NumberedItem[]): number {
  return items.reduce((max, item) => Math.max(max, 1 + (item.children?.length ? depthOf(item.children) : 0)), 0);
}

/** Plain text of a model, one block per line: for tests and for search. */
export function modelText(model: DocModel): string {
  const lines: string[] = [];
  const walk = (items: NumberedItem[], path: number[]) =>
    items.forEach((item, i) => {
      const here = [...path, i + 1];
      lines.push(`${itemNumber(here)} ${item.runs.map((r) => r.text).join('')}`);
      if (item.children) walk(item.children, here);
    });
  for (const block of model.blocks) {
    if (block.type === 'paragraph') lines.push(block.runs.map((r) => r.text).join(''));
    else if (block.type === 'numbered') walk(block.items, []);
    else if (block.type === 'table') lines.push(block.header.join(' | '), ...block.rows.map((r) => r.join(' | ')));
    else if (block.type === 'twoEnds') lines.push(`${block.left} … ${block.right}`);
  }
  return lines.join('\n');
}

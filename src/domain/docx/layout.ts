/**
 * The page of ГОСТ Р 7.0.97-2025 as numbers, once: A4, margins 20 mm (left 20, or 30 for
 * documents kept long), right 10 mm, top and bottom 20 mm; Times New Roman 14 pt, 12 pt in
 * tables and notes (11 pt when a table's words cannot fit otherwise); first-line indent
 * 1.25 cm; single spacing. Both renderers (DocumentApp and .docx) read them from here.
 */

export const FONT = 'Times New Roman';

export const PAGE_MM = { width: 210, height: 297 } as const;

export const MARGIN_MM = { top: 20, bottom: 20, left: 20, wideLeft: 30, right: 10 } as const;

/** Distance of the header (the page number) from the top edge, inside the top margin. */
export const HEADER_FROM_TOP_MM = 10;

export const SIZE_PT = { text: 14, small: 12, tableFallback: 11, pageNumber: 12 } as const;

export const FIRST_LINE_INDENT_MM = 12.5;

export const PT_PER_MM = 72 / 25.4;

/** Twentieths of a point, WordprocessingML's unit of length (1 mm ≈ 56.7). */
export function twips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

export function leftMarginMm(wideLeftMargin: boolean | undefined): number {
  return wideLeftMargin ? MARGIN_MM.wideLeft : MARGIN_MM.left;
}

/** Width of the text between the margins, mm. */
export function textWidthMm(wideLeftMargin: boolean | undefined): number {
  return PAGE_MM.width - leftMarginMm(wideLeftMargin) - MARGIN_MM.right;
}

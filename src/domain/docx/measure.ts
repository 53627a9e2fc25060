/**
 * Widths of text in Times New Roman, from the per-character table of fontWidths.ts: enough
 * to size a table's columns so that no word has to break inside a cell. Characters outside
 * the table count as the widest Russian capital (an overestimate, never an underestimate).
 */
import { BOLD_WIDTHS, FONT_CHARS, REGULAR_WIDTHS } from './fontWidths';

const index = new Map<string, number>([...FONT_CHARS].map((ch, i) => [ch, i]));
const UNKNOWN_EM = 1.03;

/** Width in points of `text` at `sizePt`. */
export function textWidthPt(text: string, sizePt: number, bold = false): number {
  const widths = bold ? BOLD_WIDTHS : REGULAR_WIDTHS;
  let em = 0;
  for (const ch of text) {
    const i = index.get(ch);
    em += i === undefined ? UNKNOWN_EM : widths[i]! / 1000;
  }
  return em * sizePt;
}

/** The pieces a line may not break inside: words between ordinary spaces (a no-break space binds). */
export function words(text: string): string[] {
  return text.split(/[ \t\n\r]+/).filter(Boolean);
}

/** The pieces when a break after a hyphen is allowed too («Иванова-» «Петрова»). */
export function hyphenParts(text: string): string[] {
  return words(text).flatMap((w) => w.split(/(?<=[\p{L}\d]-)(?=\p{L})/u));
}

/** Width in points of the widest piece of `text`. */
export function widestPt(pieces: readonly string[], sizePt: number, bold = false): number {
  return pieces.reduce((max, piece) => Math.max(max, textWidthPt(piece, sizePt, bold)), 0);
}

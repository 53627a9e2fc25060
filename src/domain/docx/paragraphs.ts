/**
 * Paragraphs and runs of WordprocessingML: alignment, first-line indent, space before,
 * single spacing, the right tab stop of a two-ends line, page break before, bold / italic /
 * underline, sizes. The typographic no-break spaces are put in here, across runs.
 */
import type { Align, Run } from '../docModel';
import { FIRST_LINE_INDENT_MM, SIZE_PT, twips } from './layout';
import { typographicSpaces } from './typography';
import { escapeText } from './xml';

export interface ParagraphLook {
  align: Align;
  /** First-line indent of 1.25 cm. */
  indent: boolean;
  sizePt: number;
  spaceBeforePt?: number;
  /** Kept on the page of the next paragraph or table (headings, a table's caption). */
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** A right-aligned tab stop at this position, twips (two ends of one line). */
  rightTabTwips?: number;
}

const JUSTIFICATION: Record<Align, string> = { left: 'left', center: 'center', right: 'right', justify: 'both' };

/** Run properties: bold, italic, underline, size (half-points) unless the default 14 pt. */
function runProperties(run: Run, sizePt: number): string {
  const props = [
    run.bold ? '<w:b/><w:bCs/>' : '',
    run.italic ? '<w:i/><w:iCs/>' : '',
    sizePt !== SIZE_PT.text ? `<w:sz w:val="${sizePt * 2}"/><w:szCs w:val="${sizePt * 2}"/>` : '',
    run.underline ? '<w:u w:val="single"/>' : '',
  ].join('');
  return props ? `<w:rPr>${props}</w:rPr>` : '';
}

/** A run's text: tabs and line breaks become their elements. */
function runContent(text: string): string {
  return text
    .split(/(\t|\r?\n)/)
    .map((piece) => {
      if (piece === '\t') return '<w:tab/>';
      if (piece === '\n' || piece === '\r\n') return '<w:br/>';
      return piece ? `<w:t xml:space="preserve">${escapeText(piece)}</w:t>` : '';
    })
    .join('');
}

export function runXml(run: Run, sizePt: number): string {
  return `<w:r>${runProperties(run, sizePt)}${runContent(run.text)}</w:r>`;
}

/** The runs with no-break spaces put in over their joined text (a «№» may end one run and the number start the next). */
export function typographicRuns(runs: readonly Run[]): Run[] {
  const joined = typographicSpaces(runs.map((r) => r.text).join(''));
  let at = 0;
  return runs.map((run) => {
    const text = joined.slice(at, at + run.text.length);
    at += run.text.length;
    return { ...run, text };
  });
}

function paragraphProperties(look: ParagraphLook): string {
  const spacing = `<w:spacing w:before="${Math.round((look.spaceBeforePt ?? 0) * 20)}" w:after="0" w:line="240" w:lineRule="auto"/>`;
  const indent = `<w:ind w:left="0" w:right="0" w:firstLine="${look.indent ? twips(FIRST_LINE_INDENT_MM) : 0}"/>`;
  return [
    '<w:pPr>',
    look.keepNext ? '<w:keepNext/>' : '',
    look.pageBreakBefore ? '<w:pageBreakBefore/>' : '',
    look.rightTabTwips !== undefined ? `<w:tabs><w:tab w:val="right" w:pos="${look.rightTabTwips}"/></w:tabs>` : '',
    spacing,
    indent,
    `<w:jc w:val="${JUSTIFICATION[look.align]}"/>`,
    // The paragraph mark's size, so that an empty paragraph is as high as its text would be.
    look.sizePt !== SIZE_PT.text ? `<w:rPr><w:sz w:val="${look.sizePt * 2}"/><w:szCs w:val="${look.sizePt * 2}"/></w:rPr>` : '',
    '</w:pPr>',
  ].join('');
}

export function paragraphXml(runs: readonly Run[], look: ParagraphLook): string {
  const content = typographicRuns(runs)
    .filter((r) => r.text)
    .map((r) => runXml(r, look.sizePt))
    .join('');
  return `<w:p>${paragraphProperties(look)}${content}</w:p>`;
}

/** One line with two ends: `left` at the margin, `right` flush with the right margin (a right tab stop). */
export function twoEndsXml(
  left: string,
  right: string,
  look: Omit<ParagraphLook, 'rightTabTwips' | 'align' | 'indent'>,
  textWidthTwips: number,
): string {
  return paragraphXml([{ text: `${left}\t${right}` }], { ...look, align: 'left', indent: false, rightTabTwips: textWidthTwips });
}

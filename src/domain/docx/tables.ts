/**
 * A table: single 0.5 pt borders, fixed layout with the computed column widths, the header
 * row bold and centred and repeated on every page (w:tblHeader), no row split across pages
 * (w:cantSplit), 12 pt (11 pt when the words need it, see columns.ts). A line break inside
 * a cell's text starts a new paragraph of the cell.
 */
import type { TableBlock } from '../docModel';
import { CELL_PADDING_TWIPS, tableLayout } from './columns';
import { paragraphXml } from './paragraphs';
import { typographicSpaces } from './typography';

const BORDER = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';

function cellXml(text: string, widthTwips: number, sizePt: number, header: boolean): string {
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => paragraphXml([{ text: line, bold: header }], { align: header ? 'center' : 'left', indent: false, sizePt }));
  return `<w:tc><w:tcPr><w:tcW w:w="${widthTwips}" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`;
}

function rowXml(cells: readonly string[], widths: readonly number[], sizePt: number, header: boolean): string {
  const trPr = header ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>';
  return `<w:tr>${trPr}${widths.map((w, i) => cellXml(cells[i] ?? '', w, sizePt, header)).join('')}</w:tr>`;
}

export function tableXml(table: Omit<TableBlock, 'type'>, textWidthTwips: number): string {
  // Measure the text as it will be printed: no-break spaces join words into one piece.
  const header = table.header.map(typographicSpaces);
  const rows = table.rows.map((row) => row.map(typographicSpaces));
  const layout = tableLayout({ header, rows, widths: table.widths }, textWidthTwips);
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${BORDER}/>`).join('');
  const properties = [
    '<w:tblPr>',
    `<w:tblW w:w="${textWidthTwips}" w:type="dxa"/>`,
    '<w:tblInd w:w="0" w:type="dxa"/>',
    `<w:tblBorders>${borders}</w:tblBorders>`,
    '<w:tblLayout w:type="fixed"/>',
    `<w:tblCellMar><w:left w:w="${CELL_PADDING_TWIPS}" w:type="dxa"/><w:right w:w="${CELL_PADDING_TWIPS}" w:type="dxa"/></w:tblCellMar>`,
    '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>',
    '</w:tblPr>',
  ].join('');
  const grid = `<w:tblGrid>${layout.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const body = [
    rowXml(header, layout.widths, layout.sizePt, true),
    ...rows.map((r) => rowXml(r, layout.widths, layout.sizePt, false)),
  ];
  return `<w:tbl>${properties}${grid}${body.join('')}</w:tbl>`;
}

/**
 * A w:tbl into a Docs table: the grid's column widths (w:tblGrid, twips → pt), the borders
 * (one width for the whole table, as DocumentApp's BORDER_WIDTH), the cell padding
 * (w:tblCellMar, the table style's then the table's own), each cell's width (w:tcW) and
 * vertical alignment (w:vAlign), rows that are never split (w:cantSplit → preventOverflow) and
 * the leading header rows repeated on every page (w:tblHeader → pinned header rows). Merged
 * cells, nested tables, row heights and per-cell shading or margins are not converted.
 * ECMA-376 Part 1 §17.4.
 */
import type { TableCellState, TableRowState, TableState } from '../docs/state';
import { notConverted } from './errors';
import { convertParagraph } from './paragraphs';
import { borderWidth, tableProperties, tableWidth } from './properties';
import { type Strict, twipsToPt } from './strict';
import type { Styles } from './styles';

const V_ALIGN = { top: 'TOP', center: 'CENTER', bottom: 'BOTTOM' } as const;

/**
 * Word's default cell margins when neither the table nor its style gives them: 0 pt top and
 * bottom, 0.08" (108 twips = 5.4 pt) left and right (ECMA-376 Part 1 §17.4.43, tblCellMar).
 */
const WORD_CELL_MARGINS = { top: 0, bottom: 0, left: 5.4, right: 5.4 };

function cell(tc: Strict, styles: Styles, tableBorder: number): TableCellState {
  const out: TableCellState = { paragraphs: [], width: null };
  const tcPr = tc.child('tcPr');
  if (tcPr) {
    const w = tcPr.child('tcW');
    if (w) out.width = tableWidth(w);
    const v = tcPr.child('vAlign');
    if (v) {
      const val = v.choice('val', ['top', 'center', 'bottom'] as const);
      v.done();
      if (val === null) throw v.invalid('w:val is required');
      if (val !== 'top') out.verticalAlignment = V_ALIGN[val];
    }
    const borders = tcPr.child('tcBorders');
    if (borders && borderWidth(borders) !== tableBorder) throw notConverted(`cell borders unlike the table's (${borders.label})`);
    tcPr.done();
  }
  for (const c of tc.children()) {
    if (c.ns !== tc.ns) throw notConverted(`the element ${c.label}`);
    if (c.local === 'tcPr') continue;
    if (c.local !== 'p') throw notConverted(`the element ${c.label}`);
    for (const child of convertParagraph(c, styles)) {
      if (child.kind !== 'paragraph') throw notConverted(`a page break inside a table cell (${c.part})`);
      out.paragraphs.push(child);
    }
  }
  tc.done();
  if (!out.paragraphs.length) throw tc.invalid('a cell must hold a paragraph');
  return out;
}

export function convertTable(tbl: Strict, styles: Styles): TableState {
  const own = tableProperties(tbl.child('tblPr'));
  const style = styles.table(own.styleId);
  const border = own.borderWidth ?? style.borderWidth ?? 0;
  if ((own.indent ?? style.indent ?? 0) !== 0) throw notConverted(`an indented table (${tbl.label})`);
  const grid = tbl.child('tblGrid');
  if (!grid) throw tbl.invalid('a table must have w:tblGrid');
  const columnWidths = grid.children().map((col) => {
    if (col.local !== 'gridCol' || col.ns !== grid.ns) throw notConverted(`the element ${col.label}`);
    const w = col.int('w');
    col.done();
    if (w === null) throw notConverted(`a grid column without a width (${col.label})`);
    return twipsToPt(w);
  });
  grid.done();
  const rows: TableRowState[] = [];
  let pinned = 0;
  for (const tr of tbl.children()) {
    if (tr.ns !== tbl.ns) throw notConverted(`the element ${tr.label}`);
    if (tr.local === 'tblPr' || tr.local === 'tblGrid') continue;
    if (tr.local !== 'tr') throw notConverted(`the element ${tr.label}`);
    const row: TableRowState = { cells: [] };
    const trPr = tr.child('trPr');
    let header = false;
    if (trPr) {
      if (trPr.flag('cantSplit')) row.preventOverflow = true;
      header = trPr.flag('tblHeader') === true;
      trPr.done();
    }
    // Only leading rows can repeat as a header (Word ignores a header row after a body row).
    if (header && pinned !== rows.length) throw notConverted(`a header row after a body row (${tr.label})`);
    if (header) pinned++;
    for (const tc of tr.children()) {
      if (tc.ns !== tr.ns) throw notConverted(`the element ${tc.label}`);
      if (tc.local === 'trPr') continue;
      if (tc.local !== 'tc') throw notConverted(`the element ${tc.label}`);
      row.cells.push(cell(tc, styles, border));
    }
    tr.done();
    if (row.cells.length !== columnWidths.length) {
      throw tbl.invalid(`a row of ${row.cells.length} cells in a grid of ${columnWidths.length} columns`);
    }
    rows.push(row);
  }
  tbl.done();
  if (!rows.length) throw tbl.invalid('a table must have a row');
  const table: TableState = {
    kind: 'table',
    rows,
    columnWidths,
    borderWidth: border,
    cellPadding: { ...WORD_CELL_MARGINS, ...style.cellPadding, ...own.cellPadding },
  };
  if (pinned) table.pinnedHeaderRows = pinned;
  return table;
}

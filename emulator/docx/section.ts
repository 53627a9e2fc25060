/**
 * A section's properties (a w:sectPr: the one ending w:body, or one in the last paragraph of
 * an earlier section): page size and margins (w:pgSz, w:pgMar; twips → pt), the header
 * distance, decimal page numbers and where they start (w:pgNumType), one column (w:cols), a
 * new page for the section (w:type nextPage), a different first page (w:titlePg) and the
 * headers it refers to (w:headerReference of type default and first, through the document's
 * relationships). Footers, even-page headers, several columns, gutters and continuous
 * sections are not converted. ECMA-376 Part 1 §17.6.
 */
import type { PageState } from '../docs/state';
import { notConverted } from './errors';
import { R, type Strict, twipsToPt } from './strict';

export interface Section {
  page: PageState;
  /** r:id of each header by type. */
  headers: { default?: string; first?: string };
  differentFirstPage: boolean;
  /** w:pgNumType w:start: the section's first page number; null: numbering goes on. */
  pageNumberStart: number | null;
}

function nonNegative(el: Strict, local: string): number | null {
  const v = el.int(local);
  if (v !== null && v < 0) throw notConverted(`a negative ${local} margin (${el.label})`);
  return v;
}

export function convertSection(sectPr: Strict): Section {
  const headers: Section['headers'] = {};
  for (const ref of sectPr.many('headerReference')) {
    const type = ref.choice('type', ['default', 'first', 'even'] as const) ?? 'default';
    const id = ref.need('id', R);
    ref.done();
    if (type === 'even') throw notConverted(`an even-page header (${ref.label})`);
    if (headers[type] !== undefined) throw ref.invalid(`two ${type} headers`);
    headers[type] = id;
  }
  const pgSz = sectPr.child('pgSz');
  const pgMar = sectPr.child('pgMar');
  if (!pgSz || !pgMar) throw notConverted(`a section without w:pgSz and w:pgMar (Word's defaults) in ${sectPr.part}`);
  const width = pgSz.int('w');
  const height = pgSz.int('h');
  pgSz.choice('orient', ['portrait', 'landscape'] as const);
  pgSz.done();
  if (width === null || height === null || width <= 0 || height <= 0) throw pgSz.invalid('a page needs a width and a height');
  const margins = ['top', 'right', 'bottom', 'left', 'header', 'footer'].map((side) => nonNegative(pgMar, side));
  const gutter = pgMar.int('gutter');
  pgMar.done();
  if (margins.some((m) => m === null)) throw pgMar.invalid('w:pgMar needs every margin');
  if (gutter) throw notConverted(`a gutter (${pgMar.label})`);
  const [top, right, bottom, left, header, footer] = margins.map((m) => twipsToPt(m!)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const pgNumType = sectPr.child('pgNumType');
  let pageNumberStart: number | null = null;
  if (pgNumType) {
    pgNumType.choice('fmt', ['decimal'] as const);
    pageNumberStart = pgNumType.int('start');
    pgNumType.done();
    if (pageNumberStart !== null && pageNumberStart < 0) throw pgNumType.invalid('a negative first page number');
  }
  const type = sectPr.child('type');
  if (type) {
    const val = type.choice('val', ['nextPage', 'continuous', 'evenPage', 'oddPage', 'nextColumn'] as const);
    type.done();
    if (val !== null && val !== 'nextPage') throw notConverted(`a ${val} section (${type.label})`);
  }
  const cols = sectPr.child('cols');
  if (cols) {
    const num = cols.int('num');
    if (num !== null && num !== 1) throw notConverted(`${num} columns (${cols.label})`);
    cols.drop('space');
    cols.done();
  }
  const differentFirstPage = sectPr.flag('titlePg') === true;
  sectPr.done();
  return {
    page: {
      width: twipsToPt(width),
      height: twipsToPt(height),
      marginTop: top,
      marginBottom: bottom,
      marginLeft: left,
      marginRight: right,
      marginHeader: header,
      marginFooter: footer,
    },
    headers,
    differentFirstPage,
    pageNumberStart,
  };
}

/**
 * WordprocessingML property elements as partial property sets: run properties (w:rPr),
 * paragraph properties (w:pPr) and table properties (w:tblPr), in the Doc's units (points;
 * twips / 20, half-points / 2, eighths of a point / 8). Each reader knows the elements and
 * values the add-on's generator writes plus their plain neighbours; everything else is an
 * emulator error (Strict.done). What Google keeps of them is in emulator/docs/state.ts; what it
 * drops (complex-script twins such as w:bCs and w:szCs, w:lang, w:noProof, w:tblLook) is named
 * with `drop`.
 *
 * ECMA-376 Part 1 §17.3.1 (paragraph), §17.3.2 (run), §17.4 (tables).
 */
import type { AlignmentName } from '../docs/state';
import { notConverted } from './errors';
import { type Strict, twipsToPt } from './strict';

export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  fontFamily?: string;
  fontSize?: number;
}

export interface TabStop {
  /** Points from the paragraph's start indent. */
  offset: number;
  alignment: 'START' | 'CENTER' | 'END';
}

export interface ParaProps {
  alignment?: AlignmentName;
  indentFirstLine?: number;
  indentStart?: number;
  indentEnd?: number;
  /** A multiple of single spacing. */
  lineSpacing?: number;
  spacingBefore?: number;
  spacingAfter?: number;
  keepWithNext?: boolean;
  keepLinesTogether?: boolean;
  pageBreakBefore?: boolean;
  avoidWidowAndOrphan?: boolean;
  tabStops?: TabStop[];
}

export interface ParagraphPr {
  props: ParaProps;
  styleId: string | null;
  /** The paragraph mark's run properties (an empty paragraph's text style). */
  mark: RunProps;
  /** The properties of the section this paragraph ends (w:sectPr in w:pPr), read by the caller. */
  sectPr: Strict | null;
}

/** Table-wide properties (also what a table style gives). */
export interface TableProps {
  styleId?: string;
  /** One width for every border, points (0: none). */
  borderWidth?: number;
  cellPadding?: { top?: number; right?: number; bottom?: number; left?: number };
  indent?: number;
}

// ---------- runs ----------

/** ST_Underline values (§17.18.99); Google keeps underlining as on/off. */
const UNDERLINES = [
  'single',
  'words',
  'double',
  'thick',
  'dotted',
  'dottedHeavy',
  'dash',
  'dashedHeavy',
  'dashLong',
  'dashLongHeavy',
  'dotDash',
  'dashDotHeavy',
  'dotDotDash',
  'dashDotDotHeavy',
  'wave',
  'wavyHeavy',
  'wavyDouble',
  'none',
] as const;

function fonts(el: Strict): string {
  const names = ['ascii', 'hAnsi', 'eastAsia', 'cs'].map((a) => el.attr(a)).filter((v): v is string => v !== null);
  el.drop('hint');
  el.done();
  if (!names.length) throw notConverted(`${el.label} without an explicit font (theme fonts)`);
  // Google keeps one font per run: the run's text is Latin or Cyrillic (hAnsi), so all must agree.
  if (new Set(names).size > 1) throw notConverted(`${el.label} naming different fonts per script`);
  return names[0]!;
}

/** w:rPr → run properties; `rStyle` is returned for the caller to resolve. */
export function runProperties(rPr: Strict | null): { props: RunProps; styleId: string | null } {
  const props: RunProps = {};
  if (!rPr) return { props, styleId: null };
  const style = rPr.child('rStyle');
  const styleId = style ? style.need('val') : null;
  style?.done();
  const bold = rPr.flag('b');
  const italic = rPr.flag('i');
  if (bold !== null) props.bold = bold;
  if (italic !== null) props.italic = italic;
  const u = rPr.child('u');
  if (u) {
    const val = u.choice('val', UNDERLINES) ?? 'single';
    u.drop('color');
    u.done();
    props.underline = val !== 'none';
  }
  const sz = rPr.child('sz');
  if (sz) {
    const half = sz.int('val');
    sz.done();
    if (half === null || half < 1) throw sz.invalid('a size must be a positive number of half-points');
    props.fontSize = half / 2;
  }
  const rFonts = rPr.child('rFonts');
  if (rFonts) props.fontFamily = fonts(rFonts);
  rPr.drop('bCs', 'iCs', 'szCs', 'lang', 'noProof');
  rPr.done();
  return { props, styleId };
}

// ---------- paragraphs ----------

const JUSTIFICATION: Readonly<Record<string, AlignmentName>> = {
  left: 'LEFT',
  start: 'LEFT',
  center: 'CENTER',
  right: 'RIGHT',
  end: 'RIGHT',
  both: 'JUSTIFY',
};

const TAB_ALIGNMENT: Readonly<Record<string, TabStop['alignment']>> = {
  left: 'START',
  start: 'START',
  center: 'CENTER',
  right: 'END',
  end: 'END',
};

function tabStops(tabs: Strict): TabStop[] {
  const out: TabStop[] = [];
  for (const tab of tabs.children()) {
    if (tab.local !== 'tab') throw notConverted(`the element ${tab.label}`);
    const val = tab.choice('val', ['left', 'start', 'center', 'right', 'end'] as const);
    const pos = tab.int('pos');
    if (val === null || pos === null) throw tab.invalid('a tab stop needs w:val and w:pos');
    tab.choice('leader', ['none'] as const);
    tab.done();
    out.push({ offset: twipsToPt(pos), alignment: TAB_ALIGNMENT[val]! });
  }
  tabs.done();
  return out;
}

function spacing(el: Strict, props: ParaProps): void {
  const before = el.int('before');
  const after = el.int('after');
  const line = el.int('line');
  const rule = el.choice('lineRule', ['auto', 'exact', 'atLeast'] as const);
  el.done();
  if (before !== null) props.spacingBefore = twipsToPt(before);
  if (after !== null) props.spacingAfter = twipsToPt(after);
  if (line !== null) {
    // Docs keeps line spacing as a multiple only (ECMA: auto lines are 240ths of a line).
    if (rule !== null && rule !== 'auto') throw notConverted(`w:lineRule="${rule}" of ${el.label}`);
    props.lineSpacing = line / 240;
  }
}

function indents(el: Strict, props: ParaProps): void {
  const start = el.int('start') ?? el.int('left');
  const end = el.int('end') ?? el.int('right');
  const firstLine = el.int('firstLine');
  const hanging = el.int('hanging');
  el.done();
  if (firstLine !== null && hanging !== null) throw el.invalid('both w:firstLine and w:hanging');
  if (start !== null) props.indentStart = twipsToPt(start);
  if (end !== null) props.indentEnd = twipsToPt(end);
  // Docs measures the first line from the page margin, as it does the start indent.
  const base = props.indentStart ?? 0;
  if (firstLine !== null) props.indentFirstLine = base + twipsToPt(firstLine);
  if (hanging !== null) props.indentFirstLine = base - twipsToPt(hanging);
}

function onOff(pPr: Strict, local: string, props: ParaProps, key: keyof ParaProps): void {
  const v = pPr.flag(local);
  if (v !== null) (props as Record<string, unknown>)[key] = v;
}

/** w:pPr → paragraph properties, its style id and the paragraph mark's run properties. */
export function paragraphProperties(pPr: Strict | null): ParagraphPr {
  const props: ParaProps = {};
  if (!pPr) return { props, styleId: null, mark: {}, sectPr: null };
  const style = pPr.child('pStyle');
  const styleId = style ? style.need('val') : null;
  style?.done();
  onOff(pPr, 'keepNext', props, 'keepWithNext');
  onOff(pPr, 'keepLines', props, 'keepLinesTogether');
  onOff(pPr, 'pageBreakBefore', props, 'pageBreakBefore');
  onOff(pPr, 'widowControl', props, 'avoidWidowAndOrphan');
  const tabs = pPr.child('tabs');
  if (tabs) props.tabStops = tabStops(tabs);
  const sp = pPr.child('spacing');
  if (sp) spacing(sp, props);
  const ind = pPr.child('ind');
  if (ind) indents(ind, props);
  const jc = pPr.child('jc');
  if (jc) {
    const val = jc.need('val');
    jc.done();
    if (!Object.hasOwn(JUSTIFICATION, val)) throw notConverted(`w:jc w:val="${val}" in ${jc.part}`);
    props.alignment = JUSTIFICATION[val];
  }
  const mark = runProperties(pPr.child('rPr'));
  if (mark.styleId !== null) throw notConverted(`a character style on the paragraph mark in ${pPr.part}`);
  const sectPr = pPr.child('sectPr');
  pPr.done();
  return { props, styleId, mark: mark.props, sectPr };
}

// ---------- tables ----------

/** A width in twips (w:type="dxa"); other kinds (auto, pct, nil) are returned as null. */
export function tableWidth(el: Strict): number | null {
  const type = el.choice('type', ['dxa', 'auto', 'pct', 'nil'] as const) ?? 'dxa';
  const w = el.int('w');
  el.done();
  if (type === 'dxa') {
    if (w === null) throw el.invalid('a width of type dxa needs w:w');
    return twipsToPt(w);
  }
  if (type === 'pct') throw notConverted(`a percentage width (${el.label})`);
  return null;
}

const BORDER_SIDES = ['top', 'left', 'bottom', 'right', 'start', 'end', 'insideH', 'insideV'];

/** A border set (w:tblBorders, w:tcBorders) that Docs can keep: one width, black. */
export function borderWidth(borders: Strict): number {
  const widths = new Set<number>();
  for (const side of borders.children()) {
    if (!BORDER_SIDES.includes(side.local)) throw notConverted(`the element ${side.label}`);
    const val = side.need('val');
    const sz = side.int('sz') ?? 0;
    const color = side.attr('color');
    side.int('space');
    side.done();
    if (color !== null && color !== 'auto' && color.toUpperCase() !== '000000') throw notConverted(`the border colour ${color}`);
    if (val === 'none' || val === 'nil') widths.add(0);
    else if (val === 'single') widths.add(sz / 8);
    else throw notConverted(`the border style "${val}" (${side.label})`);
  }
  borders.done();
  if (widths.size > 1) throw notConverted(`borders of different widths (${borders.label})`);
  return [...widths][0] ?? 0;
}

/** w:tblCellMar → padding in points. */
function cellMargins(el: Strict): NonNullable<TableProps['cellPadding']> {
  const out: NonNullable<TableProps['cellPadding']> = {};
  const sides: Record<string, keyof typeof out> = {
    top: 'top',
    bottom: 'bottom',
    left: 'left',
    start: 'left',
    right: 'right',
    end: 'right',
  };
  for (const side of el.children()) {
    const key = sides[side.local];
    if (!key) throw notConverted(`the element ${side.label}`);
    const w = tableWidth(side);
    if (w === null) throw notConverted(`a cell margin that is not in twips (${side.label})`);
    out[key] = w;
  }
  el.done();
  return out;
}

/** w:tblPr → table properties; also returns the table's own width (twips-based, pt) if any. */
export function tableProperties(tblPr: Strict | null): TableProps & { width?: number | null } {
  const props: TableProps & { width?: number | null } = {};
  if (!tblPr) return props;
  const style = tblPr.child('tblStyle');
  if (style) {
    props.styleId = style.need('val');
    style.done();
  }
  const w = tblPr.child('tblW');
  if (w) props.width = tableWidth(w);
  const ind = tblPr.child('tblInd');
  if (ind) {
    const v = tableWidth(ind);
    if (v === null) throw notConverted(`a table indent that is not in twips (${ind.label})`);
    props.indent = v;
  }
  const borders = tblPr.child('tblBorders');
  if (borders) props.borderWidth = borderWidth(borders);
  const layout = tblPr.child('tblLayout');
  if (layout) {
    // Docs tables always have fixed column widths: both layouts convert to the grid's widths.
    layout.choice('type', ['fixed', 'autofit'] as const);
    layout.done();
  }
  const mar = tblPr.child('tblCellMar');
  if (mar) props.cellPadding = cellMargins(mar);
  const jc = tblPr.child('jc');
  if (jc) {
    jc.choice('val', ['left', 'start'] as const);
    jc.done();
  }
  tblPr.drop('tblLook');
  tblPr.done();
  return props;
}

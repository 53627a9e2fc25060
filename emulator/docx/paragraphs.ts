/**
 * A w:p (and its runs) into Docs paragraphs. Run content: w:t (leading and trailing spaces
 * kept only with xml:space="preserve", as Word reads it), w:tab ("\t"), w:br (a line break,
 * "\r" as DocumentApp shows it; w:type="page" ends the paragraph with a page break and goes
 * on in a new one with the same attributes), w:cr, w:noBreakHyphen (U+2011), w:softHyphen
 * (U+00AD); a no-break space is just its character. The PAGE field, complex (w:fldChar
 * begin / w:instrText / separate / end) or simple (w:fldSimple), becomes the page number's
 * auto text where it stands; its cached result is dropped (Docs computes it). A page break
 * before the paragraph (w:pageBreakBefore) becomes a page break element before it.
 * ECMA-376 Part 1 §17.3.3 (run content), §17.16 (fields).
 */
import type { AutoTextState, BodyChild, ParagraphState, TextRun, TextStyle } from '../docs/state';
import { notConverted } from './errors';
import { paragraphProperties, type RunProps, runProperties } from './properties';
import { STYLE_KEYS } from '../docs/runs';
import type { Strict } from './strict';
import type { Styles } from './styles';
import { XML_NAMESPACE } from './xml';

/** The PAGE field, with the switches Word adds ("\* MERGEFORMAT", "\* Arabic"). */
const PAGE_FIELD = /^\s*PAGE(?:\s+\\\*\s+(?:MERGEFORMAT|Arabic))*\s*$/i;

function textStyle(props: RunProps): TextStyle {
  return {
    bold: props.bold ?? null,
    italic: props.italic ?? null,
    underline: props.underline ?? null,
    fontFamily: props.fontFamily ?? null,
    fontSize: props.fontSize ?? null,
  };
}

function fieldAutoText(instruction: string, where: string): AutoTextState['type'] {
  if (PAGE_FIELD.test(instruction)) return 'PAGE_NUMBER';
  throw notConverted(`the field "${instruction.trim()}" in ${where}`);
}

/** Builds the paragraphs (split at page breaks) of one w:p. */
class Builder {
  readonly out: BodyChild[] = [];
  #current: ParagraphState;
  /** The field being read: its instruction so far, and whether its result is being skipped. */
  #field: { instruction: string; inResult: boolean } | null = null;

  constructor(
    private readonly make: () => ParagraphState,
    private readonly markStyle: TextStyle,
  ) {
    this.#current = make();
  }

  add(text: string, style: TextStyle): void {
    if (!text) return;
    if (this.#field) {
      if (this.#field.inResult) return; // a field's cached result: Docs computes its own
      throw notConverted('text inside a field instruction');
    }
    const p = this.#current;
    const start = p.text.length;
    p.text += text;
    p.runs.push({ ...style, start, end: p.text.length });
  }

  pageBreak(): void {
    if (this.#field) throw notConverted('a page break inside a field');
    this.#finish();
    this.out.push({ kind: 'pageBreak' });
    this.#current = this.make();
  }

  fieldChar(type: 'begin' | 'separate' | 'end', where: string): void {
    if (type === 'begin') {
      if (this.#field) throw notConverted(`a field inside a field in ${where}`);
      this.#field = { instruction: '', inResult: false };
    } else if (!this.#field) {
      throw notConverted(`a field ${type} without its begin in ${where}`);
    } else if (type === 'separate') {
      this.#field.inResult = true;
    } else {
      const type = fieldAutoText(this.#field.instruction, where);
      this.#field = null;
      this.autoText(type);
    }
  }

  instruction(text: string, where: string): void {
    if (!this.#field || this.#field.inResult) throw notConverted(`a field instruction outside a field in ${where}`);
    this.#field.instruction += text;
  }

  autoText(type: AutoTextState['type']): void {
    const p = this.#current;
    (p.autoText ??= []).push({ type, offset: p.text.length });
  }

  #finish(): void {
    const p = this.#current;
    // Neighbouring runs of one style are one run (as runs.ts keeps them).
    const runs: TextRun[] = [];
    for (const run of p.runs) {
      const last = runs[runs.length - 1];
      if (last && STYLE_KEYS.every((k) => last[k] === run[k])) last.end = run.end;
      else runs.push(run);
    }
    p.runs = runs.length ? runs : [{ ...this.markStyle, start: 0, end: 0 }];
    this.out.push(p);
  }

  end(where: string): BodyChild[] {
    if (this.#field) throw notConverted(`a field that goes on past its paragraph in ${where}`);
    this.#finish();
    return this.out;
  }
}

/** Text of a w:t: without xml:space="preserve" Word drops the spaces at its ends. */
function runText(t: Strict): string {
  const space = t.choice('space', ['preserve', 'default'] as const, XML_NAMESPACE);
  const text = t.text().replace(/[\t\n]/g, ' ');
  t.done();
  return space === 'preserve' ? text : text.replace(/^ +| +$/g, '');
}

function readRun(r: Strict, b: Builder, base: RunProps, styles: Styles): void {
  const rPr = runProperties(r.child('rPr'));
  const style = textStyle({ ...base, ...(rPr.styleId === null ? {} : styles.character(rPr.styleId)), ...rPr.props });
  for (const c of r.children()) {
    if (c.ns !== r.ns) throw notConverted(`the element ${c.label}`);
    switch (c.local) {
      case 'rPr':
        break;
      case 't':
        b.add(runText(c), style);
        break;
      case 'tab':
        c.done();
        b.add('\t', style);
        break;
      case 'cr':
        c.done();
        b.add('\r', style);
        break;
      case 'br': {
        const type = c.choice('type', ['textWrapping', 'page'] as const) ?? 'textWrapping';
        c.choice('clear', ['none'] as const);
        c.done();
        if (type === 'page') b.pageBreak();
        else b.add('\r', style);
        break;
      }
      case 'noBreakHyphen':
        c.done();
        b.add('\u2011', style);
        break;
      case 'softHyphen':
        c.done();
        b.add('\u00ad', style);
        break;
      case 'fldChar': {
        const type = c.choice('fldCharType', ['begin', 'separate', 'end'] as const);
        if (type === null) throw c.invalid('w:fldCharType is required');
        c.drop('dirty');
        c.done();
        b.fieldChar(type, c.part);
        break;
      }
      case 'instrText': {
        c.choice('space', ['preserve', 'default'] as const, XML_NAMESPACE);
        const instruction = c.text();
        c.done();
        b.instruction(instruction, c.part);
        break;
      }
      case 'lastRenderedPageBreak':
        c.done();
        break;
      default:
        throw notConverted(`the element ${c.label}`);
    }
  }
  r.done();
}

/**
 * One w:p: its paragraph (or paragraphs, split at page breaks) and page breaks, in order. A
 * paragraph that ends a section (w:sectPr in its w:pPr) is handed to `endsSection`, which
 * only the body has: elsewhere (cells, headers) it is not converted.
 */
export function convertParagraph(p: Strict, styles: Styles, endsSection?: (sectPr: Strict) => void): BodyChild[] {
  const pPr = paragraphProperties(p.child('pPr'));
  if (pPr.sectPr) {
    if (!endsSection) throw notConverted(`a section break outside the body (${pPr.sectPr.label})`);
    endsSection(pPr.sectPr);
  }
  const resolved = styles.paragraph(pPr.styleId);
  const para = { ...resolved.para, ...pPr.props };
  const markStyle = textStyle({ ...resolved.run, ...pPr.mark });
  const make = (): ParagraphState => {
    const out: ParagraphState = {
      kind: 'paragraph',
      text: '',
      attributes: {
        alignment: para.alignment ?? 'LEFT',
        indentFirstLine: para.indentFirstLine ?? null,
        indentStart: para.indentStart ?? null,
        indentEnd: para.indentEnd ?? null,
        // Word's default is single spacing.
        lineSpacing: para.lineSpacing ?? 1,
        spacingBefore: para.spacingBefore ?? null,
        spacingAfter: para.spacingAfter ?? null,
        heading: resolved.heading,
      },
      runs: [],
    };
    if (para.keepWithNext !== undefined) out.keepWithNext = para.keepWithNext;
    if (para.keepLinesTogether !== undefined) out.keepLinesTogether = para.keepLinesTogether;
    if (para.avoidWidowAndOrphan !== undefined) out.avoidWidowAndOrphan = para.avoidWidowAndOrphan;
    if (para.tabStops?.length) out.tabStops = para.tabStops.map((t) => ({ ...t }));
    return out;
  };
  const b = new Builder(make, markStyle);
  if (para.pageBreakBefore) b.out.push({ kind: 'pageBreak' });
  for (const c of p.children()) {
    if (c.ns !== p.ns) throw notConverted(`the element ${c.label}`);
    switch (c.local) {
      case 'pPr':
        break;
      case 'r':
        readRun(c, b, resolved.run, styles);
        break;
      case 'fldSimple': {
        const instruction = c.need('instr');
        c.drop('dirty', 'fldLock');
        // Its runs are the cached result, which Docs recomputes.
        for (const r of c.children()) if (r.local !== 'r' || r.ns !== p.ns) throw notConverted(`the element ${r.label}`);
        c.done();
        b.autoText(fieldAutoText(instruction, c.part));
        break;
      }
      case 'proofErr':
        c.drop('type');
        c.done();
        break;
      default:
        throw notConverted(`the element ${c.label}`);
    }
  }
  p.done();
  return b.end(p.part);
}

/**
 * word/styles.xml resolved the way Google shows a converted document: the document defaults
 * (w:docDefaults), then the paragraph's style and the styles it is based on, then the
 * character style, then direct formatting; the result is written onto each paragraph and run
 * (Google materialises inherited properties such as the font family and size). A paragraph
 * style named "heading 1"…"heading 6", "Title" or "Subtitle" gives that Docs heading; every
 * other paragraph style is normal text. ECMA-376 Part 1 §17.7 (styles), §17.7.2 (defaults).
 */
import type { HeadingName } from '../docs/state';
import { InvalidDocx, notConverted } from './errors';
import {
  type ParaProps,
  paragraphProperties,
  type RunProps,
  runProperties,
  type TableProps,
  tableProperties,
} from './properties';
import type { Strict } from './strict';

interface StyleDef {
  type: 'paragraph' | 'character' | 'table';
  name: string;
  basedOn: string | null;
  para: ParaProps;
  run: RunProps;
  table: TableProps;
}

const HEADINGS: Readonly<Record<string, HeadingName>> = {
  'heading 1': 'HEADING1',
  'heading 2': 'HEADING2',
  'heading 3': 'HEADING3',
  'heading 4': 'HEADING4',
  'heading 5': 'HEADING5',
  'heading 6': 'HEADING6',
  title: 'TITLE',
  subtitle: 'SUBTITLE',
};

/** Style elements Word writes that change nothing the Doc shows (names, UI hints, links). */
const STYLE_METADATA = [
  'next',
  'link',
  'uiPriority',
  'semiHidden',
  'unhideWhenUsed',
  'qFormat',
  'rsid',
  'locked',
  'aliases',
  'autoRedefine',
  'hidden',
  'personal',
];

export interface ResolvedParagraph {
  para: ParaProps;
  run: RunProps;
  heading: HeadingName;
}

export class Styles {
  readonly #styles = new Map<string, StyleDef>();
  readonly #defaults: { para: ParaProps; run: RunProps } = { para: {}, run: {} };
  readonly #defaultOf = new Map<StyleDef['type'], string>();

  constructor(root: Strict | null) {
    if (!root) return;
    if (root.local !== 'styles') throw root.invalid('the styles part has no w:styles root');
    for (const el of root.children()) {
      if (el.local === 'docDefaults') this.#readDefaults(el);
      else if (el.local === 'style') this.#readStyle(el);
      else throw notConverted(`the element ${el.label}`);
    }
    root.done();
    for (const id of this.#styles.keys()) this.#chain(id); // a basedOn loop or dangling basedOn is found here
  }

  #readDefaults(el: Strict): void {
    const rPrDefault = el.child('rPrDefault');
    if (rPrDefault) {
      this.#defaults.run = runProperties(rPrDefault.child('rPr')).props;
      rPrDefault.done();
    }
    const pPrDefault = el.child('pPrDefault');
    if (pPrDefault) {
      const p = paragraphProperties(pPrDefault.child('pPr'));
      if (p.styleId !== null || p.sectPr !== null) throw pPrDefault.invalid('w:pStyle or w:sectPr in the document defaults');
      this.#defaults.para = p.props;
      pPrDefault.done();
    }
    el.done();
  }

  #readStyle(el: Strict): void {
    const type = el.choice('type', ['paragraph', 'character', 'table'] as const);
    if (type === null) throw el.invalid('a style needs w:type');
    const id = el.need('styleId');
    const isDefault = el.flagAttr('default');
    el.drop('customStyle');
    if (this.#styles.has(id)) throw el.invalid(`the style id ${id} twice`);
    const name = el.child('name');
    const basedOn = el.child('basedOn');
    const def: StyleDef = {
      type,
      name: name ? name.need('val') : id,
      basedOn: basedOn ? basedOn.need('val') : null,
      para: {},
      run: {},
      table: {},
    };
    name?.done();
    basedOn?.done();
    el.drop(...STYLE_METADATA);
    const pPr = el.child('pPr');
    if (pPr) {
      if (type === 'character') throw notConverted(`w:pPr in the character style ${id}`);
      const p = paragraphProperties(pPr);
      if (p.styleId !== null || p.sectPr !== null) throw pPr.invalid('w:pStyle or w:sectPr inside a style');
      def.para = p.props;
    }
    const rPr = el.child('rPr');
    if (rPr) {
      const r = runProperties(rPr);
      if (r.styleId !== null) throw rPr.invalid('w:rStyle inside a style');
      def.run = r.props;
    }
    const tblPr = el.child('tblPr');
    if (tblPr) {
      if (type !== 'table') throw notConverted(`w:tblPr in the ${type} style ${id}`);
      const t = tableProperties(tblPr);
      if (t.styleId !== undefined || t.width !== undefined) throw notConverted(`w:tblStyle or w:tblW in the table style ${id}`);
      def.table = t;
    }
    el.done();
    this.#styles.set(id, def);
    if (isDefault) {
      if (this.#defaultOf.has(type)) throw el.invalid(`two default ${type} styles`);
      this.#defaultOf.set(type, id);
    }
  }

  /** The style and those it is based on, the most basic first. */
  #chain(id: string, type?: StyleDef['type']): StyleDef[] {
    const out: StyleDef[] = [];
    const seen = new Set<string>();
    for (let at: string | null = id; at !== null; ) {
      if (seen.has(at)) throw new InvalidDocx(`the styles based on each other in a loop (${at})`);
      seen.add(at);
      const def = this.#styles.get(at);
      if (!def) throw new InvalidDocx(`the style ${at} does not exist`);
      if (type && def.type !== type) throw new InvalidDocx(`the style ${at} is a ${def.type} style, not a ${type} style`);
      out.unshift(def);
      at = def.basedOn;
    }
    return out;
  }

  /** Defaults, then the paragraph style (its own or the default one) and its bases. */
  paragraph(styleId: string | null): ResolvedParagraph {
    const id = styleId ?? this.#defaultOf.get('paragraph') ?? null;
    const chain = id === null ? [] : this.#chain(id, 'paragraph');
    const para: ParaProps = { ...this.#defaults.para };
    const run: RunProps = { ...this.#defaults.run };
    for (const def of chain) {
      Object.assign(para, def.para);
      Object.assign(run, def.run);
    }
    const name = chain[chain.length - 1]?.name.toLowerCase() ?? 'normal';
    return { para, run, heading: HEADINGS[name] ?? 'NORMAL' };
  }

  /** A character style's run properties, its bases' first. */
  character(styleId: string): RunProps {
    const run: RunProps = {};
    for (const def of this.#chain(styleId, 'character')) Object.assign(run, def.run);
    return run;
  }

  /** A table style's table-wide properties (its own or the default table style). */
  table(styleId: string | undefined): TableProps {
    const id = styleId ?? this.#defaultOf.get('table') ?? null;
    const out: TableProps = {};
    for (const def of id === null ? [] : this.#chain(id, 'table')) {
      Object.assign(out, { ...def.table, cellPadding: { ...out.cellPadding, ...def.table.cellPadding } });
    }
    return out;
  }
}

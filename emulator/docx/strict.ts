/**
 * Strict reading of one XML element: every attribute and child element the converter reads
 * is marked, those it knows but drops are named with `drop`, and `done()` fails on anything
 * left — an unknown element or attribute is an emulator error naming it (so nothing in an
 * upload is ever skipped silently). Text between child elements must be whitespace.
 */
import { InvalidDocx, notConverted } from './errors';
import { elementChildren, ownText, type XmlAttribute, type XmlElement, XML_NAMESPACE } from './xml';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const PREFIXES: Readonly<Record<string, string>> = { [W]: 'w', [R]: 'r', [XML_NAMESPACE]: 'xml' };

/** How an element or attribute is named in messages: its usual prefix, or {namespace}local. */
export function display(ns: string | null, local: string): string {
  if (ns === null) return local;
  return PREFIXES[ns] ? `${PREFIXES[ns]}:${local}` : `{${ns}}${local}`;
}

/** On/off values of ST_OnOff (ECMA-376 Part 1, 22.9.2.7). */
const ON = ['true', '1', 'on'];
const OFF = ['false', '0', 'off'];

export class Strict {
  readonly #read = new Set<XmlAttribute | XmlElement>();
  #textRead = false;

  constructor(
    readonly element: XmlElement,
    /** The part it comes from, for messages: "word/document.xml". */
    readonly part: string,
  ) {}

  get local(): string {
    return this.element.local;
  }
  get ns(): string | null {
    return this.element.ns;
  }
  get label(): string {
    return `${display(this.element.ns, this.element.local)} in ${this.part}`;
  }

  invalid(message: string): InvalidDocx {
    return new InvalidDocx(`${this.label}: ${message}`);
  }

  /** An attribute's value (w: namespace unless told), marked as read; null when absent. */
  attr(local: string, ns: string | null = W): string | null {
    const a = this.element.attributes.find((x) => x.local === local && x.ns === ns);
    if (!a) return null;
    this.#read.add(a);
    return a.value;
  }

  /** A required attribute (the schema says so): its absence makes the document invalid. */
  need(local: string, ns: string | null = W): string {
    const v = this.attr(local, ns);
    if (v === null) throw this.invalid(`the attribute ${display(ns, local)} is required`);
    return v;
  }

  /** An integer attribute (ST_TwipsMeasure, ST_HalfPoint, ST_DecimalNumber…); null when absent. */
  int(local: string, ns: string | null = W): number | null {
    const v = this.attr(local, ns);
    if (v === null) return null;
    if (!/^-?\d+$/.test(v)) {
      // Measures with units ("12pt", "2cm") are valid in the transitional schema; not converted.
      if (/^-?\d+(\.\d+)?(mm|cm|in|pt|pc|pi)$/.test(v)) throw notConverted(`the measure "${v}" of ${this.label}`);
      throw this.invalid(`${display(ns, local)}="${v}" is not an integer`);
    }
    return Number(v);
  }

  /** An attribute whose value must be one of `known` (other valid values are not converted). */
  choice<T extends string>(local: string, known: readonly T[], ns: string | null = W): T | null {
    const v = this.attr(local, ns);
    if (v === null) return null;
    if (!(known as readonly string[]).includes(v)) throw notConverted(`${display(ns, local)}="${v}" of ${this.label}`);
    return v as T;
  }

  /** Every element child, each marked as read (the caller handles or refuses each). */
  children(): Strict[] {
    return elementChildren(this.element).map((c) => {
      this.#read.add(c);
      return new Strict(c, this.part);
    });
  }

  /** The one child of that name, marked as read; null when absent, invalid when repeated. */
  child(local: string, ns: string = W): Strict | null {
    const found = elementChildren(this.element).filter((c) => c.local === local && c.ns === ns);
    if (found.length > 1) throw this.invalid(`${display(ns, local)} appears twice`);
    if (!found[0]) return null;
    this.#read.add(found[0]);
    return new Strict(found[0], this.part);
  }

  /** Every child of that name (a repeatable element), each marked as read. */
  many(local: string, ns: string = W): Strict[] {
    return elementChildren(this.element)
      .filter((c) => c.local === local && c.ns === ns)
      .map((c) => {
        this.#read.add(c);
        return new Strict(c, this.part);
      });
  }

  /**
   * An on/off property element such as <w:b/> or <w:b w:val="false"/>: true, false, or null
   * when absent.
   */
  flag(local: string): boolean | null {
    const c = this.child(local);
    if (!c) return null;
    const v = c.attr('val');
    c.done();
    if (v === null || ON.includes(v)) return true;
    if (OFF.includes(v)) return false;
    throw c.invalid(`w:val="${v}" is not an on/off value`);
  }

  /** An on/off attribute (ST_OnOff), false when absent. */
  flagAttr(local: string): boolean {
    const v = this.attr(local);
    if (v === null || OFF.includes(v)) return false;
    if (ON.includes(v)) return true;
    throw this.invalid(`${display(W, local)}="${v}" is not an on/off value`);
  }

  /** Children and attributes the converter knows and drops (Google keeps nothing of them). */
  drop(...locals: string[]): void {
    for (const c of elementChildren(this.element)) if (c.ns === W && locals.includes(c.local)) this.#read.add(c);
    for (const a of this.element.attributes) if (a.ns === W && locals.includes(a.local)) this.#read.add(a);
  }

  /** Text content (w:t, w:instrText): the element must hold only text. */
  text(): string {
    if (elementChildren(this.element).length) throw this.invalid('an element inside text');
    this.#textRead = true;
    return ownText(this.element);
  }

  /** Fails on anything not read: the first unknown attribute or child element is named. */
  done(): void {
    for (const a of this.element.attributes) {
      if (!this.#read.has(a)) throw notConverted(`the attribute ${display(a.ns, a.local)} of ${this.label}`);
    }
    for (const c of elementChildren(this.element)) {
      if (!this.#read.has(c)) throw notConverted(`the element ${display(c.ns, c.local)} in ${this.label}`);
    }
    if (!this.#textRead && ownText(this.element).trim() !== '') throw this.invalid('text where only elements may be');
  }
}

/** Twentieths of a point (twips) to points. */
export function twipsToPt(twips: number): number {
  return twips / 20;
}

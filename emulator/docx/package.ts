/**
 * The Open Packaging Conventions side of a .docx (ECMA-376 Part 2): the zip's parts, their
 * content types ([Content_Types].xml: Default by extension, Override by part name), and the
 * relationships that lead from the package to the main document (_rels/.rels) and from it to
 * its styles, settings and headers (word/_rels/document.xml.rels). A missing part, a
 * relationship to nothing, a part of the wrong content type or a part that is not well-formed
 * UTF-8 XML makes the package invalid; a relationship the converter does not follow (footers,
 * numbering, images, hyperlinks…) is an emulator error naming it.
 */
import { readZip, ZipError } from '../services/unzip';
import { InvalidDocx, notConverted } from './errors';
import { elementChildren, parseXml, type XmlElement, XmlError } from './xml';

const CT = 'http://schemas.openxmlformats.org/package/2006/content-types';
const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** Relationship types by what the converter does with their target. */
export const REL_TYPES = {
  officeDocument: `${OFFICE_REL}/officeDocument`,
  styles: `${OFFICE_REL}/styles`,
  settings: `${OFFICE_REL}/settings`,
  header: `${OFFICE_REL}/header`,
} as const;

/** Package-level relationships to parts Google does not read into the Doc (document properties). */
const IGNORED_PACKAGE_RELS = [
  'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  `${OFFICE_REL}/extended-properties`,
];

/** The content type each part the converter reads must have. */
export const CONTENT_TYPES = {
  document: `${WORD_TYPE}.document.main+xml`,
  styles: `${WORD_TYPE}.styles+xml`,
  settings: `${WORD_TYPE}.settings+xml`,
  header: `${WORD_TYPE}.header+xml`,
} as const;

export interface Relationship {
  id: string;
  type: string;
  /** The target part's path inside the zip (no leading "/"). */
  path: string;
}

/** Resolves a relationship target against the folder of its source part ("" for the package). */
function resolveTarget(sourceDir: string, target: string): string {
  const raw = target.startsWith('/') ? target.slice(1) : `${sourceDir}${target}`;
  const out: string[] = [];
  for (const seg of decodeURI(raw).split('/')) {
    if (seg === '..') {
      if (!out.length) throw new InvalidDocx(`the relationship target ${target} leaves the package`);
      out.pop();
    } else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

export class DocxPackage {
  readonly #parts: Map<string, Uint8Array>;
  readonly #defaults = new Map<string, string>();
  readonly #overrides = new Map<string, string>();
  readonly #parsed = new Map<string, XmlElement>();
  /** The main document part ("word/document.xml"). */
  readonly documentPath: string;
  /** The main document's relationships by id. */
  readonly documentRels: ReadonlyMap<string, Relationship>;

  constructor(bytes: Uint8Array) {
    let entries: { name: string; bytes: Uint8Array }[];
    try {
      entries = readZip(bytes);
    } catch (e) {
      if (e instanceof ZipError) throw new InvalidDocx(e.message);
      throw e;
    }
    // Part names are case-insensitive in OPC: two that differ only in case are one part twice.
    const lower = new Set<string>();
    for (const e of entries) {
      if (lower.has(e.name.toLowerCase())) throw new InvalidDocx(`two parts named ${e.name}`);
      lower.add(e.name.toLowerCase());
    }
    this.#parts = new Map(entries.map((e) => [e.name, e.bytes]));
    this.#readContentTypes();
    const main = this.#rels('').filter((r) => {
      if (r.type === REL_TYPES.officeDocument) return true;
      if (!IGNORED_PACKAGE_RELS.includes(r.type)) throw notConverted(`the package relationship ${r.type}`);
      return false;
    });
    if (main.length !== 1) throw new InvalidDocx(`${main.length} main document relationships in _rels/.rels`);
    this.documentPath = main[0]!.path;
    this.part(this.documentPath, CONTENT_TYPES.document);
    this.documentRels = new Map(this.#rels(this.documentPath).map((r) => [r.id, r]));
  }

  #bytes(path: string): Uint8Array {
    const bytes = this.#parts.get(path);
    if (!bytes) throw new InvalidDocx(`the part ${path} is missing`);
    return bytes;
  }

  #xml(path: string): XmlElement {
    const cached = this.#parsed.get(path);
    if (cached) return cached;
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(this.#bytes(path));
    } catch (e) {
      if (e instanceof InvalidDocx) throw e;
      throw new InvalidDocx(`${path} is not UTF-8`);
    }
    let root: XmlElement;
    try {
      root = parseXml(text);
    } catch (e) {
      if (e instanceof XmlError) throw new InvalidDocx(`${path}: ${e.message}`);
      throw e;
    }
    this.#parsed.set(path, root);
    return root;
  }

  #readContentTypes(): void {
    const root = this.#xml('[Content_Types].xml');
    if (root.ns !== CT || root.local !== 'Types') throw new InvalidDocx('[Content_Types].xml has no Types root');
    for (const el of elementChildren(root)) {
      const attr = (name: string) => el.attributes.find((a) => a.local === name && a.ns === null)?.value;
      const type = attr('ContentType');
      if (el.ns !== CT || !type) throw new InvalidDocx(`[Content_Types].xml: an unexpected <${el.name}>`);
      if (el.local === 'Default' && attr('Extension')) this.#defaults.set(attr('Extension')!.toLowerCase(), type);
      else if (el.local === 'Override' && attr('PartName')) this.#overrides.set(attr('PartName')!.toLowerCase(), type);
      else throw new InvalidDocx(`[Content_Types].xml: an unexpected <${el.name}>`);
    }
  }

  /** A part's content type: its Override, else the Default of its extension. */
  contentType(path: string): string | null {
    const override = this.#overrides.get(`/${path}`.toLowerCase());
    if (override) return override;
    const dot = path.lastIndexOf('.');
    return dot < 0 ? null : (this.#defaults.get(path.slice(dot + 1).toLowerCase()) ?? null);
  }

  /** A part's root element, checked to be of `contentType`. */
  part(path: string, contentType: string): XmlElement {
    const root = this.#xml(path);
    const actual = this.contentType(path);
    if (actual !== contentType) throw new InvalidDocx(`${path} has content type ${actual ?? 'none'}, not ${contentType}`);
    return root;
  }

  /** The relationships of a part ("" for the package), from its _rels part; none when that is absent. */
  #rels(source: string): Relationship[] {
    const slash = source.lastIndexOf('/');
    const dir = slash < 0 ? '' : source.slice(0, slash + 1);
    const relsPath = `${dir}_rels/${source.slice(slash + 1)}.rels`;
    if (!this.#parts.has(relsPath)) {
      if (source === '') throw new InvalidDocx('the part _rels/.rels is missing');
      return [];
    }
    const root = this.#xml(relsPath);
    if (root.ns !== REL || root.local !== 'Relationships') throw new InvalidDocx(`${relsPath} has no Relationships root`);
    const ids = new Set<string>();
    return elementChildren(root).map((el) => {
      const attr = (name: string) => el.attributes.find((a) => a.local === name && a.ns === null)?.value;
      const [id, type, target] = [attr('Id'), attr('Type'), attr('Target')];
      if (el.ns !== REL || el.local !== 'Relationship' || !id || !type || target === undefined) {
        throw new InvalidDocx(`${relsPath}: a malformed <${el.name}>`);
      }
      if (ids.has(id)) throw new InvalidDocx(`${relsPath}: the id ${id} twice`);
      ids.add(id);
      const mode = attr('TargetMode');
      if (mode === 'External') throw notConverted(`the external relationship ${id} (${type})`);
      if (mode !== undefined && mode !== 'Internal') throw new InvalidDocx(`${relsPath}: TargetMode="${mode}"`);
      const path = resolveTarget(dir, target);
      if (!this.#parts.has(path)) throw new InvalidDocx(`${relsPath}: the relationship ${id} points to the missing part ${path}`);
      return { id, type, path };
    });
  }

  /** The main document's only relationship of a type (styles, settings), or null. */
  documentRel(type: string): Relationship | null {
    const found = [...this.documentRels.values()].filter((r) => r.type === type);
    if (found.length > 1) throw new InvalidDocx(`two ${type} relationships of ${this.documentPath}`);
    return found[0] ?? null;
  }

  /** A relationship of the main document by id (r:id), of the given type. */
  documentRelById(id: string, type: string): Relationship {
    const rel = this.documentRels.get(id);
    if (!rel) throw new InvalidDocx(`${this.documentPath} refers to the relationship ${id}, which does not exist`);
    if (rel.type !== type) throw new InvalidDocx(`the relationship ${id} is a ${rel.type}, not a ${type}`);
    return rel;
  }

  /** Fails on a relationship of the main document that the converter does not follow. */
  checkDocumentRels(followed: readonly string[]): void {
    for (const r of this.documentRels.values()) {
      if (!followed.includes(r.type)) throw notConverted(`the document relationship ${r.id} (${r.type})`);
    }
  }
}

/**
 * A small strict XML 1.0 parser for the parts of an Office package: elements, attributes,
 * text, the five predefined entities and numeric character references, CDATA, comments and
 * namespaces by prefix (`xmlns`, `xmlns:p`, the reserved `xml` prefix). Line ends are
 * normalised to "\n" and whitespace in attribute values to spaces, as the XML spec says.
 * Anything not well-formed is an `XmlError`: mismatched or unclosed tags, a duplicate
 * attribute, an unbound prefix, an unknown entity, a character XML forbids, a DOCTYPE (Office
 * refuses DTDs in packages), text or a second element outside the root.
 */

export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

export interface XmlName {
  /** As written: "w:p". */
  name: string;
  prefix: string | null;
  local: string;
  /** The namespace URI the prefix is bound to; null for an unprefixed attribute or no default namespace. */
  ns: string | null;
}

export interface XmlAttribute extends XmlName {
  value: string;
}

export interface XmlElement extends XmlName {
  attributes: XmlAttribute[];
  /** Elements and text, in order; adjacent text is one string. */
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlError extends Error {
  constructor(message: string, at: number, text: string) {
    const line = text.slice(0, at).split('\n').length;
    super(`malformed XML (line ${line}): ${message}`);
    this.name = 'XmlError';
  }
}

const NAME_START =
  'A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD';
const NAME_CHAR = `${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040`;
/** A qualified name: an NCName, optionally prefixed. */
const QNAME = new RegExp(`[${NAME_START}][${NAME_CHAR}]*(?::[${NAME_START}][${NAME_CHAR}]*)?`, 'y');
const SPACE = /[ \t\n]*/y;
/** Characters XML 1.0 allows (tab, newline and the printable planes; surrogate pairs checked apart). */
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function allowedCodePoint(c: number): boolean {
  return (
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

interface Pending {
  name: string;
  attributes: { name: string; value: string }[];
  children: XmlNode[];
  /** Namespace bindings in scope for this element. */
  scope: ReadonlyMap<string, string>;
  at: number;
}

class Parser {
  #at = 0;

  constructor(readonly text: string) {}

  fail(message: string, at = this.#at): never {
    throw new XmlError(message, at, this.text);
  }

  #match(re: RegExp): string | null {
    re.lastIndex = this.#at;
    const m = re.exec(this.text);
    if (!m) return null;
    this.#at += m[0].length;
    return m[0];
  }

  #name(): string {
    return this.#match(QNAME) ?? this.fail('a name was expected');
  }

  #space(): boolean {
    return (this.#match(SPACE) ?? '').length > 0;
  }

  #startsWith(s: string): boolean {
    return this.text.startsWith(s, this.#at);
  }

  #skipTo(end: string, what: string): string {
    const to = this.text.indexOf(end, this.#at);
    if (to < 0) this.fail(`an unclosed ${what}`);
    const body = this.text.slice(this.#at, to);
    this.#at = to + end.length;
    return body;
  }

  /** Text with entities and character references replaced. */
  #decode(raw: string, at: number): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;&]*);?/g, (whole, body: string) => {
      if (!whole.endsWith(';')) this.fail(`an unterminated reference "${whole}"`, at);
      if (Object.hasOwn(PREDEFINED, body)) return PREDEFINED[body]!;
      const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(body);
      if (!num) this.fail(`an unknown entity "&${body};"`, at);
      const code = num[1] !== undefined ? Number.parseInt(num[1], 16) : Number.parseInt(num[2]!, 10);
      if (!allowedCodePoint(code)) this.fail(`a reference to a character XML forbids (${whole})`, at);
      return String.fromCodePoint(code);
    });
  }

  #checkChars(raw: string, at: number): void {
    if (FORBIDDEN_CHAR.test(raw)) this.fail('a character XML forbids', at);
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(raw))
      this.fail('an unpaired surrogate', at);
  }

  #attributeValue(): string {
    const quote = this.text[this.#at];
    if (quote !== '"' && quote !== "'") this.fail('an attribute value must be quoted');
    this.#at++;
    const at = this.#at;
    const raw = this.#skipTo(quote, 'attribute value');
    if (raw.includes('<')) this.fail('"<" in an attribute value', at);
    this.#checkChars(raw, at);
    return this.#decode(raw.replace(/[\t\n]/g, ' '), at);
  }

  /** Comments, processing instructions and whitespace between top-level or inner items. */
  #misc(): void {
    for (;;) {
      this.#space();
      if (this.#startsWith('<!--')) this.#comment();
      else if (this.#startsWith('<?')) this.#instruction();
      else return;
    }
  }

  #comment(): void {
    this.#at += 4;
    const at = this.#at;
    const body = this.#skipTo('-->', 'comment');
    if (body.includes('--') || body.endsWith('-')) this.fail('"--" inside a comment', at);
    this.#checkChars(body, at);
  }

  #instruction(): void {
    const at = this.#at;
    this.#at += 2;
    const target = this.#name();
    if (target.toLowerCase() === 'xml') this.fail('an XML declaration that is not at the very start', at);
    this.#skipTo('?>', 'processing instruction');
  }

  /** The XML declaration, if the text starts with one (a BOM before it is allowed). */
  #declaration(): void {
    if (this.text.charCodeAt(0) === 0xfeff) this.#at = 1;
    if (!this.#startsWith('<?xml') || !/[ \t\n?]/.test(this.text[this.#at + 5] ?? '')) return;
    this.#at += 5;
    const body = this.#skipTo('?>', 'XML declaration');
    if (
      !/^\s+version\s*=\s*(["'])1\.[0-9]+\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(
        body,
      )
    ) {
      this.fail('a malformed XML declaration');
    }
    const encoding = /encoding\s*=\s*["']([^"']+)/.exec(body)?.[1];
    if (encoding && encoding.toUpperCase() !== 'UTF-8') this.fail(`encoding ${encoding} (the emulator reads UTF-8 parts only)`);
  }

  parse(): XmlElement {
    this.#declaration();
    this.#misc();
    if (this.#startsWith('<!DOCTYPE')) this.fail('a DOCTYPE (not allowed in Office packages)');
    if (!this.#startsWith('<')) this.fail(this.#at >= this.text.length ? 'no root element' : 'text before the root element');
    const root = this.#element(new Map([['xml', XML_NAMESPACE]]));
    this.#misc();
    if (this.#at < this.text.length) this.fail('content after the root element');
    return root;
  }

  /** One element and everything inside it (iterative: deep nesting cannot overflow the stack). */
  #element(rootScope: ReadonlyMap<string, string>): XmlElement {
    const stack: Pending[] = [];
    let done: XmlElement | null = null;
    const open = (scope: ReadonlyMap<string, string>): void => {
      const at = this.#at;
      this.#at++; // "<"
      const name = this.#name();
      const attributes: { name: string; value: string }[] = [];
      for (;;) {
        const spaced = this.#space();
        if (this.#startsWith('/>') || this.#startsWith('>')) break;
        if (!spaced) this.fail('attributes must be separated by whitespace');
        const attrAt = this.#at;
        const attrName = this.#name();
        this.#space();
        if (this.text[this.#at] !== '=') this.fail(`attribute ${attrName} has no value`);
        this.#at++;
        this.#space();
        if (attributes.some((a) => a.name === attrName)) this.fail(`a duplicate attribute ${attrName}`, attrAt);
        attributes.push({ name: attrName, value: this.#attributeValue() });
      }
      // A new scope only for an element that binds prefixes (most share their parent's).
      let own = scope;
      for (const a of attributes) {
        if (a.name !== 'xmlns' && !a.name.startsWith('xmlns:')) continue;
        if (own === scope) own = new Map(scope);
        const prefix = a.name === 'xmlns' ? '' : a.name.slice(6);
        if (prefix === 'xml' || prefix === 'xmlns' || (prefix !== '' && a.value === '')) {
          this.fail(`a reserved or empty binding of ${a.name}`, at);
        }
        (own as Map<string, string>).set(prefix, a.value);
      }
      const pending: Pending = { name, attributes, children: [], scope: own, at };
      if (this.#startsWith('/>')) {
        this.#at += 2;
        close(pending);
      } else {
        this.#at++;
        stack.push(pending);
      }
    };
    const close = (p: Pending): void => {
      const element = this.#resolve(p);
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(element);
      else done = element;
    };
    const text = (raw: string, at: number): void => {
      const parent = stack[stack.length - 1]!;
      const last = parent.children.length - 1;
      if (typeof parent.children[last] === 'string') parent.children[last] += raw;
      else if (raw) parent.children.push(raw);
      void at;
    };
    open(rootScope);
    while (done === null) {
      const at = this.#at;
      if (at >= this.text.length)
        this.fail(`an unclosed element <${stack[stack.length - 1]!.name}>`, stack[stack.length - 1]!.at);
      const lt = this.text.indexOf('<', at);
      const end = lt < 0 ? this.text.length : lt;
      if (end > at) {
        const raw = this.text.slice(at, end);
        this.#checkChars(raw, at);
        if (raw.includes(']]>')) this.fail('"]]>" in text', at);
        text(this.#decode(raw, at), at);
        this.#at = end;
        continue;
      }
      if (this.#startsWith('</')) {
        this.#at += 2;
        const name = this.#name();
        this.#space();
        if (this.text[this.#at] !== '>') this.fail(`a malformed end tag </${name}`);
        this.#at++;
        const p = stack.pop()!;
        if (p.name !== name) this.fail(`</${name}> closes <${p.name}>`, at);
        close(p);
      } else if (this.#startsWith('<!--')) this.#comment();
      else if (this.#startsWith('<![CDATA[')) {
        this.#at += 9;
        const body = this.#skipTo(']]>', 'CDATA section');
        this.#checkChars(body, at);
        text(body, at);
      } else if (this.#startsWith('<?')) this.#instruction();
      else if (this.#startsWith('<!')) this.fail('a declaration inside an element');
      else open(stack[stack.length - 1]!.scope);
    }
    return done;
  }

  #qualified(name: string, scope: ReadonlyMap<string, string>, isAttribute: boolean, at: number): XmlName {
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? null : name.slice(0, colon);
    const local = colon < 0 ? name : name.slice(colon + 1);
    let ns: string | null;
    if (prefix === null) ns = isAttribute ? null : (scope.get('') ?? null);
    else {
      if (prefix === 'xmlns') return { name, prefix, local, ns: XMLNS_NAMESPACE };
      ns = scope.get(prefix) ?? this.fail(`the prefix ${prefix} is not bound`, at);
    }
    return { name, prefix, local, ns: ns === '' ? null : ns };
  }

  #resolve(p: Pending): XmlElement {
    const attributes: XmlAttribute[] = [];
    for (const a of p.attributes) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      const q = this.#qualified(a.name, p.scope, true, p.at);
      if (attributes.some((b) => b.local === q.local && b.ns === q.ns)) {
        this.fail(`the attribute ${q.local} twice in one namespace`, p.at);
      }
      attributes.push({ name: q.name, prefix: q.prefix, local: q.local, ns: q.ns, value: a.value });
    }
    const q = this.#qualified(p.name, p.scope, false, p.at);
    return { name: q.name, prefix: q.prefix, local: q.local, ns: q.ns, attributes, children: p.children };
  }
}

/** The root element of an XML document; XmlError when it is not well-formed. */
export function parseXml(text: string): XmlElement {
  return new Parser(text.replace(/\r\n?/g, '\n')).parse();
}

/** The element children of an element (text between them left out). */
export function elementChildren(element: XmlElement): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The text directly inside an element. */
export function ownText(element: XmlElement): string {
  return element.children.filter((c): c is string => typeof c === 'string').join('');
}

/**
 * The only way the sidebar makes DOM: `h(tag, props, ...children)`. Text goes in as text
 * nodes, attributes only from a short list of harmless names (no `on*`, `href`, `src`,
 * `style`, no innerHTML anywhere), so a name like `<img src=x onerror=…>` stays text. The one
 * way to an `href` is `docLink`, for links to Google's documents only.
 */
export type Child = Node | string | number | null | undefined | false;

type Handlers = { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };

export interface Props {
  class?: string;
  /** data-key: what focus returns to after a re-render. */
  key?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: Handlers;
}

const SAFE_ATTRIBUTE =
  /^(?:aria-[a-z]+|data-[a-z][a-z0-9-]*|role|tabindex|type|id|for|name|title|placeholder|min|max|maxlength|rows|autocomplete|inputmode|spellcheck|lang)$/;

/** Properties set as properties (they are state, not markup). */
const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'hidden', 'open', 'required']);

export function setAttributes(node: HTMLElement, attrs: NonNullable<Props['attrs']>): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (PROPERTIES.has(name)) {
      (node as unknown as Record<string, unknown>)[name] = name === 'value' ? String(value ?? '') : !!value;
      continue;
    }
    if (!SAFE_ATTRIBUTE.test(name)) throw new Error(`unsafe attribute: ${name}`);
    if (value === null || value === undefined || value === false) node.removeAttribute(name);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

export function append(node: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props?: Props | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props) {
    if (props.class) node.className = props.class;
    if (props.key) node.setAttribute('data-key', props.key);
    if (props.attrs) setAttributes(node, props.attrs);
    if (props.on) {
      for (const [type, handler] of Object.entries(props.on)) node.addEventListener(type, handler as EventListener);
    }
  }
  append(node, children);
  return node;
}

/** Where the server's document links must point. */
export const DOCS_ORIGIN = 'https://docs.google.com/';

/** An address of a Google document (and nothing that could break out of an attribute). */
export function isDocUrl(url: unknown): url is string {
  return typeof url === 'string' && url.startsWith(DOCS_ORIGIN) && !/[\s"'<>\\`]/.test(url);
}

/** A link to a Google document, opening in a new tab; null when the address is anything else. */
export function docLink(url: unknown, props: Props | null, ...children: Child[]): HTMLAnchorElement | null {
  if (!isDocUrl(url)) return null;
  const link = h('a', props, ...children);
  link.setAttribute('href', url);
  link.setAttribute('target', '_blank');
  link.setAttribute('rel', 'noopener');
  return link;
}

let idCounter = 0;
/** A fresh id for aria-describedby / label-for links inside one render. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Elements carrying data-key, found without building a selector from data. */
export function byKey(root: ParentNode, key: string): HTMLElement | null {
  for (const node of Array.from(root.querySelectorAll<HTMLElement>('[data-key]'))) {
    if (node.getAttribute('data-key') === key) return node;
  }
  return null;
}

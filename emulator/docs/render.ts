/**
 * Renders a document's state for people (the playground) and for tests: docToHtml gives
 * print-ready pages, docToText a plain-text outline. Not Google's API and never counted.
 *
 * Layout: each page is a box of the document's page size whose padding is its margins (pt).
 * Only page and section breaks start a new page: text that would overflow a page in Docs just
 * makes the box taller (there is no text measuring here), so the pages here are the boxes, and
 * a page number printed in a header counts boxes (from the section's start number): after a
 * box that Docs would have spread over two pages it is lower than Docs'. The header repeats at
 * the top of each page, `marginHeader` (else 36 pt, Google's default header margin, verified in
 * gas-fakes' tests) from the edge; with a different first page, the first page of each section
 * has the first-page header (none when it is null). A table's pinned header rows are a <thead>,
 * which a browser repeats on each printed page; a paragraph with an end-aligned tab stop puts
 * the text after its tab flush right.
 * Inherited attributes print as Google's default named styles do (Arial 11 pt, headings
 * larger). Every text of the document is escaped, and style values are numbers or come from
 * fixed tables (unknown values fall back to defaults): nothing from the state, even a
 * hand-edited snapshot, can become markup or CSS.
 */
import type {
  AlignmentName,
  AutoTextState,
  DocumentState,
  GlyphName,
  HeadingName,
  ListItemState,
  ParagraphState,
  TableState,
  TextBlock,
  TextRun,
} from './state';

const HEADER_MARGIN = 36;
const DEFAULT_FONT = 'Arial';
const DEFAULT_LINE_SPACING = 1.15;
/** Google's default list: 36 pt per nesting level, the glyph hanging 18 pt to the left. */
const LIST_INDENT = 36;
const GLYPH_HANG = 18;
const CELL_PADDING = 5;

/** Google Docs' default named styles: size (pt), space before/after (pt), colour, italic. */
const NAMED: Record<HeadingName, { size: number; before: number; after: number; color?: string; italic?: boolean }> = {
  NORMAL: { size: 11, before: 0, after: 0 },
  TITLE: { size: 26, before: 0, after: 3 },
  SUBTITLE: { size: 15, before: 0, after: 16, color: '#666666' },
  HEADING1: { size: 20, before: 20, after: 6 },
  HEADING2: { size: 16, before: 18, after: 6 },
  HEADING3: { size: 14, before: 16, after: 4, color: '#434343' },
  HEADING4: { size: 12, before: 14, after: 4, color: '#666666' },
  HEADING5: { size: 11, before: 12, after: 4, color: '#666666' },
  HEADING6: { size: 11, before: 12, after: 4, color: '#666666', italic: true },
};

const ALIGN: Record<AlignmentName, string> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFY: 'justify' };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function finite(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A length in pt for CSS; anything but a finite number gives the fallback. */
function pt(value: unknown, fallback = 0): string {
  return `${Math.round(finite(value, fallback) * 100) / 100}pt`;
}

/** Whether a state value is a key of a fixed table (anything unexpected falls back to a default). */
function isKey<K extends string>(table: Readonly<Record<K, unknown>>, key: unknown): key is K {
  return typeof key === 'string' && Object.hasOwn(table, key);
}

/** Font names are letters, digits, spaces and hyphens; anything else falls back to the default. */
function fontFamily(name: unknown): string | null {
  return typeof name === 'string' && /^[\p{L}\p{N} _-]{1,100}$/u.test(name) ? `'${name}'` : null;
}

// ---------- list glyphs ----------

function latin(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let s = '';
  let k = n;
  for (const [v, r] of table) for (; k >= v; k -= v) s += r;
  return s;
}

export function glyphText(glyph: GlyphName, n: number): string {
  switch (glyph) {
    case 'BULLET':
      return '●';
    case 'HOLLOW_BULLET':
      return '○';
    case 'SQUARE_BULLET':
      return '■';
    case 'NUMBER':
      return `${n}.`;
    case 'LATIN_UPPER':
      return `${latin(n)}.`;
    case 'LATIN_LOWER':
      return `${latin(n).toLowerCase()}.`;
    case 'ROMAN_UPPER':
      return `${roman(n)}.`;
    case 'ROMAN_LOWER':
      return `${roman(n).toLowerCase()}.`;
    default:
      return '●';
  }
}

/** Numbers list items as Docs does: per list and level, deeper levels restarting. */
class ListCounter {
  readonly #counts = new Map<string, number[]>();

  next(item: ListItemState): string {
    const counts = this.#counts.get(item.listId) ?? [];
    const level = Math.min(Math.max(0, Math.floor(finite(item.nestingLevel, 0))), 8);
    counts[level] = (counts[level] ?? 0) + 1;
    counts.length = level + 1;
    this.#counts.set(item.listId, counts);
    return glyphText(item.glyphType, counts[level]!);
  }
}

// ---------- HTML ----------

/** A run's text: line breaks as <br>, a tab as a tab mark (a stretch in a paragraph with an end tab stop). */
function textHtml(text: string): string {
  return text
    .split('\r')
    .map((line) => line.split('\t').map(escapeHtml).join('<span class="tab">\t</span>'))
    .join('<br>');
}

function runHtml(text: string, run: TextRun): string {
  const css: string[] = [];
  const family = fontFamily(run.fontFamily);
  if (family) css.push(`font-family:${family}`);
  if (run.fontSize !== null) css.push(`font-size:${pt(run.fontSize, 11)}`);
  if (run.bold !== null) css.push(`font-weight:${run.bold ? 'bold' : 'normal'}`);
  if (run.italic !== null) css.push(`font-style:${run.italic ? 'italic' : 'normal'}`);
  if (run.underline !== null) css.push(`text-decoration:${run.underline ? 'underline' : 'none'}`);
  const body = textHtml(text);
  return css.length ? `<span style="${css.join(';')}">${body}</span>` : `<span>${body}</span>`;
}

/** The runs' HTML, with each auto text (the page number) put in where it stands, in its run's style. */
function runsHtml(block: TextBlock, pageNumber: number | null): string {
  const autoText: readonly AutoTextState[] = block.kind === 'paragraph' && Array.isArray(block.autoText) ? block.autoText : [];
  const end = block.text.length;
  const offsets = autoText
    .map((a) => finite(a?.offset, -1))
    .filter((o) => o >= 0 && o <= end)
    .sort((x, y) => x - y);
  const pieces: string[] = [];
  for (const r of block.runs) {
    let at = r.start;
    for (const o of offsets) {
      if (o < r.start || o >= r.end) continue;
      pieces.push(runHtml(block.text.slice(at, o), r), autoTextHtml(pageNumber, r));
      at = o;
    }
    pieces.push(runHtml(block.text.slice(at, r.end), r));
  }
  const last = block.runs[block.runs.length - 1];
  for (const o of offsets) if (o === end && last) pieces.push(autoTextHtml(pageNumber, last));
  return pieces.join('');
}

/** The page number where a PAGE_NUMBER auto text stands ("#" outside a page, e.g. in the body). */
function autoTextHtml(pageNumber: number | null, run: TextRun): string {
  return runHtml(pageNumber === null ? '#' : String(pageNumber), run).replace('<span', '<span data-auto-text="PAGE_NUMBER"');
}

function blockHtml(block: TextBlock, lists: ListCounter, pageNumber: number | null = null): string {
  const a = block.attributes;
  const heading: HeadingName = isKey(NAMED, a.heading) ? a.heading : 'NORMAL';
  const named = NAMED[heading];
  const isItem = block.kind === 'listItem';
  const level = isItem ? Math.min(Math.max(0, Math.floor(finite(block.nestingLevel, 0))), 8) : 0;
  const start = finite(a.indentStart, isItem ? LIST_INDENT * (level + 1) : 0);
  const first = finite(a.indentFirstLine, isItem ? start - GLYPH_HANG : start);
  const css = [
    `text-align:${isKey(ALIGN, a.alignment) ? ALIGN[a.alignment] : 'left'}`,
    `margin-left:${pt(start)}`,
    `margin-right:${pt(a.indentEnd)}`,
    `text-indent:${pt(first - start)}`,
    `padding-top:${pt(a.spacingBefore, named.before)}`,
    `padding-bottom:${pt(a.spacingAfter, named.after)}`,
    `line-height:${Math.round(finite(a.lineSpacing, DEFAULT_LINE_SPACING) * 100) / 100}`,
    `font-size:${pt(named.size)}`,
  ];
  if (named.color) css.push(`color:${named.color}`);
  if (named.italic) css.push('font-style:italic');
  const marker = isItem
    ? `<span class="glyph" style="width:${pt(Math.max(start - first, 0))}">${escapeHtml(lists.next(block))}</span>`
    : '';
  const text = runsHtml(block, pageNumber);
  const mark = heading !== 'NORMAL' ? ` data-heading="${heading}"` : '';
  const endTab =
    block.kind === 'paragraph' && Array.isArray(block.tabStops) && block.tabStops.some((t) => t?.alignment === 'END');
  const hasAutoText = block.kind === 'paragraph' && Array.isArray(block.autoText) && block.autoText.length > 0;
  const cls = `${isItem ? 'li' : 'p'}${endTab ? ' end-tab' : ''}`;
  return `<p class="${cls}"${mark} style="${css.join(';')}">${marker}${block.text || hasAutoText ? text : '<br>'}</p>`;
}

/** Column widths: set ones as they are, the rest sharing what is left of the text width. */
function columnWidths(table: TableState, textWidth: number): number[] {
  const first = table.rows[0]?.cells ?? [];
  const set = table.columnWidths.map((w, i) => {
    const width = w ?? first[i]?.width ?? null;
    return width === null ? null : finite(width, 0);
  });
  const used = set.reduce<number>((s, w) => s + (w ?? 0), 0);
  const free = set.filter((w) => w === null).length;
  const share = free ? Math.max(textWidth - used, 0) / free : 0;
  return set.map((w) => w ?? share);
}

const V_ALIGN: Readonly<Record<string, string>> = { TOP: 'top', CENTER: 'middle', BOTTOM: 'bottom' };

function tableHtml(table: TableState, textWidth: number, lists: ListCounter): string {
  const widths = columnWidths(table, textWidth);
  const border = finite(table.borderWidth, 1) > 0 ? `border:${pt(table.borderWidth, 1)} solid #000` : 'border:none';
  const pad = table.cellPadding;
  const padding = pad
    ? `padding:${pt(pad.top, CELL_PADDING)} ${pt(pad.right, CELL_PADDING)} ${pt(pad.bottom, CELL_PADDING)} ${pt(pad.left, CELL_PADDING)}`
    : `padding:${pt(CELL_PADDING)}`;
  const cols = widths.map((w) => `<col style="width:${pt(w)}">`).join('');
  const rowHtml = (row: TableState['rows'][number]) => {
    const cells = row.cells
      .map((cell) => {
        const valign = isKey(V_ALIGN, cell.verticalAlignment) ? `;vertical-align:${V_ALIGN[cell.verticalAlignment]}` : '';
        return `<td style="${border};${padding}${valign}">${cell.paragraphs.map((p) => blockHtml(p, lists)).join('')}</td>`;
      })
      .join('');
    return `<tr${row.preventOverflow === true ? ' class="keep"' : ''}>${cells}</tr>`;
  };
  const pinned = Math.min(Math.max(0, Math.floor(finite(table.pinnedHeaderRows, 0))), table.rows.length);
  const head = pinned ? `<thead>${table.rows.slice(0, pinned).map(rowHtml).join('')}</thead>` : '';
  const body = table.rows.slice(pinned).map(rowHtml).join('');
  const total = widths.reduce((s, w) => s + w, 0);
  return `<table style="width:${pt(total)}"><colgroup>${cols}</colgroup>${head}<tbody>${body}</tbody></table>`;
}

function css(doc: DocumentState): string {
  const { width, height } = doc.page;
  return [
    `.gdoc{background:#e8eaed;padding:16pt 0;font-family:${DEFAULT_FONT},sans-serif;font-size:11pt;color:#000}`,
    '.gdoc .page{position:relative;box-sizing:border-box;margin:0 auto 16pt;background:#fff;box-shadow:0 1px 3px rgba(60,64,67,.3);overflow-wrap:break-word}',
    '.gdoc .page-header{position:absolute}',
    '.gdoc p{margin-top:0;margin-bottom:0}',
    '.gdoc table{border-collapse:collapse;table-layout:fixed}',
    '.gdoc td{vertical-align:top}',
    '.gdoc .glyph{display:inline-block;text-indent:0}',
    '.gdoc .tab{white-space:pre}',
    '.gdoc p.end-tab{display:flex;white-space:pre-wrap}',
    '.gdoc p.end-tab .tab{flex:1}',
    '.gdoc tr.keep{break-inside:avoid}',
    `@page{size:${pt(width)} ${pt(height)};margin:0}`,
    '@media print{.gdoc{background:none;padding:0}.gdoc .page{margin:0;box-shadow:none;break-after:page}.gdoc .page:last-child{break-after:auto}}',
  ].join('\n');
}

/** The header of one page: the first-page one on a section's first page when the document says so. */
function pageHeader(doc: DocumentState, firstOfSection: boolean): readonly ParagraphState[] | null {
  const header = doc.differentFirstPage === true && firstOfSection ? doc.firstPageHeader : doc.header;
  return Array.isArray(header) ? header : null;
}

/** The document as HTML pages (a fragment with its own <style>, scoped to .gdoc). */
export function docToHtml(doc: DocumentState): string {
  const page = doc.page;
  const textWidth = page.width - page.marginLeft - page.marginRight;
  const lists = new ListCounter();
  const pageStyle = [
    `width:${pt(page.width)}`,
    `min-height:${pt(page.height)}`,
    `padding:${pt(page.marginTop)} ${pt(page.marginRight)} ${pt(page.marginBottom)} ${pt(page.marginLeft)}`,
  ].join(';');
  /** Each page box: its content, its number, and whether it starts a section. */
  const pages: { content: string[]; number: number; firstOfSection: boolean }[] = [
    { content: [], number: Math.floor(finite(doc.pageNumberStart, 1)), firstOfSection: true },
  ];
  for (const child of doc.body) {
    const last = pages[pages.length - 1]!;
    if (child.kind === 'pageBreak') pages.push({ content: [], number: last.number + 1, firstOfSection: false });
    else if (child.kind === 'sectionBreak') {
      const start = child.pageNumberStart === null ? last.number + 1 : Math.floor(finite(child.pageNumberStart, 1));
      pages.push({ content: [], number: start, firstOfSection: true });
    } else last.content.push(child.kind === 'table' ? tableHtml(child, textWidth, lists) : blockHtml(child, lists));
  }
  const top = pt(page.marginHeader, HEADER_MARGIN);
  const html = pages.map(({ content, number, firstOfSection }) => {
    // The header's list numbering is its own: a fresh counter each time it repeats.
    const paragraphs = pageHeader(doc, firstOfSection);
    const header = paragraphs
      ? `<div class="page-header" style="top:${top};left:${pt(page.marginLeft)};right:${pt(page.marginRight)}">${paragraphs
          .map((p) => blockHtml(p, new ListCounter(), number))
          .join('')}</div>`
      : '';
    return `<div class="page" style="${pageStyle}">${header}${content.join('')}</div>`;
  });
  return `<div class="gdoc" data-name="${escapeHtml(doc.name)}"><style>${css(doc)}</style>${html.join('')}</div>`;
}

// ---------- text ----------

function blockText(block: TextBlock, lists: ListCounter): string {
  const text = block.text.replace(/\r/g, '\n');
  if (block.kind !== 'listItem') return text;
  return `${'  '.repeat(Math.max(0, block.nestingLevel))}${lists.next(block)} ${text}`;
}

function cellText(paragraphs: readonly ParagraphState[], lists: ListCounter): string {
  return paragraphs.map((p) => blockText(p, lists)).join(' / ');
}

/**
 * The body as plain text, for tests: a line per paragraph (line breaks kept), list items
 * indented two spaces a level with their glyph or number, a table row per line with cells
 * joined by " | ", and "\f" alone on a line for a page or section break. The header is left out.
 */
export function docToText(doc: DocumentState): string {
  const lists = new ListCounter();
  const lines: string[] = [];
  for (const child of doc.body) {
    if (child.kind === 'pageBreak' || child.kind === 'sectionBreak') lines.push('\f');
    else if (child.kind === 'table') {
      for (const row of child.rows) lines.push(row.cells.map((c) => cellText(c.paragraphs, lists)).join(' | '));
    } else lines.push(blockText(child, lists));
  }
  return lines.join('\n');
}

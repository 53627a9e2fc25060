/**
 * The viewer pages of the playground, opened in a new tab from «Файлы на Диске» or from a link
 * in a cell, at the paths Google uses (docs.google.com/… → 127.0.0.1:PORT/…):
 *
 *   /document/d/<id>/edit                          a Google Doc as print-ready A4 pages
 *   /forms/d/e/<publishedId>/viewform[?usp=pp_url&entry.<itemId>=…]   a form to answer
 *   /forms/d/<formId>/viewform (or /edit)           the same form, by its id
 *   /uc?export=download&id=<id>                    an uploaded file's bytes (the .docx copy
 *                                                  of a Doc), as an attachment
 *
 * The document's pages are docToHtml's (every text escaped there); the only other text put
 * into the markup here, the document's name, is escaped too. The form page is an empty shell
 * that client/viewer.ts fills with textContent. The pages are served with a Content-Security-
 * Policy that allows no inline script and no other origin.
 */
import { downloadHref } from './client/links';
import type { DocumentView } from './protocol';

/** What the viewer pages may load: their own script and styles, the document's inline styles. */
export const VIEWER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Which viewer a path asks for, or null when it is not a viewer path. */
export type ViewerPath = { kind: 'document'; id: string } | { kind: 'form'; id: string };

export function viewerPath(pathname: string): ViewerPath | null {
  let m = /^\/document\/d\/([\w-]{1,200})(?:\/(?:edit|view|preview))?\/?$/.exec(pathname);
  if (m) return { kind: 'document', id: m[1] };
  m = /^\/forms\/d\/(?:e\/)?([\w-]{1,200})\/(?:viewform|edit|formResponse)\/?$/.exec(pathname);
  if (m) return { kind: 'form', id: m[1] };
  return null;
}

const DOC_ICON =
  '<svg class="app-icon" viewBox="0 0 24 32" aria-hidden="true"><path d="M15 0H3a3 3 0 0 0-3 3v26a3 3 0 0 0 3 3h18a3 3 0 0 0 3-3V9z" fill="#4285f4"/><path d="M15 0v6a3 3 0 0 0 3 3h6z" fill="#a1c2fa"/><path d="M6 15h12v1.6H6zm0 4h12v1.6H6zm0 4h8v1.6H6z" fill="#fff"/></svg>';

function shell(options: { title: string; view: 'document' | 'form' | 'missing'; body: string }): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(options.title)}</title>`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="stylesheet" href="/viewer.css">',
    '</head>',
    `<body data-view="${options.view}">`,
    options.body,
    '<script src="/viewer.js"></script>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * Content-Disposition of a download: the name as an RFC 6266 attachment, in ASCII for old
 * clients (other characters as «_») and exactly, UTF-8 percent-encoded, in `filename*`
 * (RFC 5987: only attr-chars are left as they are).
 */
export function attachmentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]+/g, '_').replace(/["\\%]/g, '_') || 'download';
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** The bar above a document: its name and folder, «Печать», «Скачать .docx» when a copy is kept, «Вернуться к таблице». */
export function documentPage(doc: DocumentView): string {
  const where = [
    doc.folder ? `Папка «${doc.folder}»` : '',
    doc.trashed ? 'в корзине' : '',
    'только просмотр',
    'страницы А4, как при печати',
  ]
    .filter(Boolean)
    .join(' · ');
  const bar = [
    '<header class="viewer-bar">',
    DOC_ICON,
    '<div class="viewer-title">',
    `<h1 id="doc-name">${escapeHtml(doc.name)}</h1>`,
    `<div class="viewer-sub">${escapeHtml(where)}</div>`,
    '</div>',
    '<span class="sandbox-badge" title="Документ создан дополнением в эмуляторе на этом компьютере">Песочница</span>',
    docxLink(doc),
    '<button id="print-button" type="button" class="primary">Печать</button>',
    '<button id="back-button" type="button" class="outline">Вернуться к таблице</button>',
    '</header>',
  ].join('');
  return shell({
    title: `${doc.name} — Google Документы (песочница)`,
    view: 'document',
    body: `${bar}\n<main id="doc-pages" data-doc-id="${escapeHtml(doc.id)}">${doc.html}</main>`,
  });
}

/** «Скачать .docx»: the copy kept beside the Doc, downloaded as its file; '' when there is none. */
function docxLink(doc: DocumentView): string {
  const href = doc.docx ? downloadHref(doc.docx.id) : null;
  if (!doc.docx || !href) return '';
  const title = `Файл «${doc.docx.name}» из той же папки: копия документа для архива`;
  return `<a id="docx-link" class="button outline" href="${escapeHtml(href)}" download title="${escapeHtml(title)}">Скачать .docx</a>`;
}

/** The form page: filled by client/viewer.ts from /api/form. */
export function formPage(): string {
  return shell({
    title: 'Google Формы (песочница)',
    view: 'form',
    body: '<main id="form-root" class="form-root"><div class="form-card form-head loading">Загрузка формы…</div></main>',
  });
}

/** A file that is not (or no longer) there, or the add-on busy with a dialog. */
export function messagePage(title: string, message: string): string {
  return shell({
    title: `${title} — песочница`,
    view: 'missing',
    body: [
      '<main class="form-root">',
      '<div class="form-card form-head">',
      `<h1>${escapeHtml(title)}</h1>`,
      `<p class="form-desc">${escapeHtml(message)}</p>`,
      '<button id="back-button" type="button" class="outline">Вернуться к таблице</button>',
      '</div>',
      '</main>',
    ].join(''),
  });
}

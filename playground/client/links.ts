/**
 * Links to the emulated Google files: the playground serves documents and forms at the paths
 * Google gives them (see playground/pages.ts), so a docs.google.com link in a cell opens here
 * with its query (a pre-filled form's answers) kept.
 */

export interface LocalLink {
  kind: 'document' | 'form';
  /** Path and query on this server. */
  href: string;
}

/** The playground's page for a docs.google.com document or form link, else null. */
export function localLink(text: string): LocalLink | null {
  const trimmed = text.trim();
  if (!/^https:\/\/docs\.google\.com\//.test(trimmed) || /\s/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  let m = /^\/document\/d\/([\w-]{1,200})(?:\/(?:edit|view|preview))?\/?$/.exec(url.pathname);
  if (m) return { kind: 'document', href: `/document/d/${m[1]}/edit` };
  m = /^\/forms\/d\/(e\/)?([\w-]{1,200})\/(?:viewform|edit)\/?$/.exec(url.pathname);
  if (m) return { kind: 'form', href: `/forms/d/${m[1] ?? ''}${m[2]}/viewform${url.search}` };
  return null;
}

/** The link of a cell: its text, or the URL of a HYPERLINK formula. */
export function cellLink(text: string | undefined, formula: string | undefined): LocalLink | null {
  if (formula) {
    const m = /^=\s*HYPERLINK\(\s*"([^"]*)"/i.exec(formula);
    if (m) return localLink(m[1]);
  }
  return text ? localLink(text) : null;
}

/** The page of a file listed in «Файлы на Диске». */
export function fileHref(kind: string, id: string): string | null {
  if (!/^[\w-]{1,200}$/.test(id)) return null;
  if (kind === 'document') return `/document/d/${id}/edit`;
  if (kind === 'form') return `/forms/d/${id}/viewform`;
  return null;
}

/**
 * Where an uploaded file's bytes are downloaded (a .docx copy): Drive's download link,
 * drive.google.com/uc?export=download&id=<id>, on this server.
 */
export function downloadHref(id: string): string | null {
  return /^[\w-]{1,200}$/.test(id) ? `/uc?export=download&id=${id}` : null;
}

/** The page and the viewer tabs tell each other that the workbook changed (a form was answered). */
export const CHANNEL = 'mentorship-playground';

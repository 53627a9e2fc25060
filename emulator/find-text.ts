/**
 * Test helper (not Google's API): every place the emulator's state holds a given text. Made for
 * checking that a person's data is really gone (consent withdrawn): it walks the WHOLE state, so a
 * place added to the state later is searched too, and names the places it knows:
 * cells (values, formulas, notes), sheet and spreadsheet names, validation rules (help texts,
 * lists), protections, conditional format rules, chart options, document, user and script
 * properties (keys and values), forms (titles, items, responses and respondents' e-mails), the
 * documents' text, Drive file and folder names, triggers and the session.
 * A validation rule counts only while a cell uses it (the emulator keeps a sheet's rules in a
 * table that cells point into; Google keeps a rule with its cells, so an unused one is gone).
 * Left out: the UI's logs (menus, dialogs, scripted answers, the sidebar: state.ui) and toasts,
 * which record what was shown, not what is stored (options.includeLogs searches them too).
 * A hit in a trashed Drive file (a document or form whose file is in the trash, a trashed file's
 * name) says so: trashing keeps the text until the trash is emptied.
 * Numbers are searched only in cells (as their plain digits, e.g. a phone number typed as one);
 * dates are not searched. An uploaded file's bytes are searched as the text they hold (a .docx as
 * its converted text, see drive/content-text.ts). A no-break space matches a space either way
 * (the .docx generator binds words with them: «А. М. Киселёва» is found by «А. М. Киселёва»).
 */
import { isDate } from './core';
import { uploadedText } from './drive/content-text';
import { columnToLetters } from './spreadsheet/a1';
import type { EmulatorState } from './index';

export interface TextHit {
  /** The place in words, e.g. «Наставники»!B5 value. */
  where: string;
  /** Path of the text in the state, e.g. ['spreadsheet', 'sheets', 1, 'cells', 4, 1, 'v']. */
  path: (string | number)[];
  /** The whole text that holds the needle. */
  text: string;
  /** 'key' when the needle is in an object key (a property's name), else 'value'. */
  kind: 'value' | 'key';
  /** True when the text is in a Drive file that is in the trash (a document, a form, the file's name). */
  trashed: boolean;
}

export interface FindTextOptions {
  ignoreCase?: boolean;
  /** Also search the UI's logs and the toasts. */
  includeLogs?: boolean;
}

type Path = (string | number)[];

/** The bytes of an uploaded Drive file (base64 in the state). */
function isUploadContent(path: Path): boolean {
  return path.length === 4 && path[0] === 'drive' && path[1] === 'files' && path[3] === 'content';
}

function isCellValuePath(path: Path): boolean {
  const n = path.length;
  return n >= 4 && path[n - 1] === 'v' && path[n - 4] === 'cells';
}

/** Describes a path with the names the state gives it. */
function describe(state: EmulatorState, path: Path, kind: 'value' | 'key'): string {
  const [root, a, b, c, d, e, f] = path;
  const rest = (from: number) => (path.length > from ? ` ${path.slice(from).join('.')}` : '');
  if (root === 'spreadsheet') {
    if (a === 'name') return 'spreadsheet name';
    if (a === 'sheets' && typeof b === 'number') {
      const sheet = `«${state.spreadsheet.sheets[b]?.name ?? b}»`;
      if (c === 'name') return `sheet name ${sheet}`;
      if (c === 'cells' && typeof d === 'number' && typeof e === 'number') {
        const field = f === 'v' ? 'value' : f === 'f' ? 'formula' : f === 'note' ? 'note' : String(f);
        return `${sheet}!${columnToLetters(e + 1)}${d + 1} ${field}`;
      }
      if (c === 'validationRules') return `${sheet} validation rule ${String(d)}${rest(5)}`;
      if (c === 'protections' && typeof d === 'number') return `${sheet} protection ${d + 1}${rest(5)}`;
      if (c === 'conditionalFormats' && typeof d === 'number') return `${sheet} conditional format rule ${d + 1}${rest(5)}`;
      if (c === 'charts' && typeof d === 'number') return `${sheet} chart ${d + 1}${rest(5)}`;
      return `${sheet}${rest(3)}`;
    }
  }
  if (root === 'properties') {
    const what = kind === 'key' ? 'name' : 'value';
    if (a === 'user') {
      if (path.length === 3) return `user properties of ${String(b)}`;
      return `user property «${String(c)}» (${String(b)}) ${what}`;
    }
    return `${String(a)} property «${String(b)}» ${what}`;
  }
  if (root === 'forms' && a === 'forms' && typeof b === 'string') {
    const form = `form «${state.forms.forms[b]?.title ?? b}»`;
    if (c === 'responses' && typeof d === 'number') {
      const r = state.forms.forms[b]?.responses[d];
      const field = e === 'email' ? ' respondent e-mail' : e === 'answers' ? ' answer' : rest(5);
      return `${form} response ${d + 1} (${r?.id ?? '?'})${field}`;
    }
    return `${form}${rest(3)}`;
  }
  if (root === 'docs' && a === 'documents' && typeof b === 'string') {
    const doc = `document «${state.docs.documents[b]?.name ?? b}»`;
    if (c === 'name') return `${doc} name`;
    if (c === 'body' && typeof d === 'number') return `${doc} body element ${d + 1}`;
    if (c === 'header') return `${doc} header`;
    return `${doc}${rest(3)}`;
  }
  if (root === 'drive' && a === 'files' && typeof b === 'number' && c === 'content') {
    return `Drive file ${b + 1} «${state.drive.files[b]?.name ?? b}» content`;
  }
  if (root === 'drive' && (a === 'files' || a === 'folders') && typeof b === 'number') {
    return `Drive ${a === 'files' ? 'file' : 'folder'} ${b + 1}${rest(3)}`;
  }
  return path.join('.');
}

/**
 * Where `needle` appears in the emulator's state (see the file comment), in the state's order.
 * An empty needle finds nothing.
 */
export function findText(state: EmulatorState, needle: string, options: FindTextOptions = {}): TextHit[] {
  const hits: TextHit[] = [];
  if (needle === '') return hits;
  const fold = (text: string) => (options.ignoreCase ? text.toLowerCase() : text).replace(/\u00a0/g, ' ');
  const want = fold(needle);
  const has = (text: string) => fold(text).includes(want);
  const trashedIds = new Set(state.drive.files.filter((f) => f.trashed).map((f) => f.id));
  const inTrash = (path: Path): boolean => {
    if ((path[0] === 'docs' && path[1] === 'documents') || (path[0] === 'forms' && path[1] === 'forms'))
      return trashedIds.has(String(path[2]));
    if (path[0] === 'drive' && path[1] === 'files') return state.drive.files[path[2] as number]?.trashed === true;
    return false;
  };
  const hit = (path: Path, text: string, kind: 'value' | 'key') => {
    const trashed = inTrash(path);
    const where = describe(state, path, kind) + (trashed ? ' (in the trash)' : '');
    hits.push({ where, path: [...path], text, kind, trashed });
  };
  const usedRules = state.spreadsheet.sheets.map((sheet) => {
    const used = new Set<string>();
    for (const row of sheet.cells) for (const cell of row ?? []) if (cell?.dv !== undefined) used.add(cell.dv);
    return used;
  });
  const skip = (path: Path): boolean => {
    if (path[0] === 'spreadsheet' && path[2] !== undefined && path[3] === 'validationRules' && path.length === 5) {
      return !usedRules[path[2] as number]?.has(String(path[4]));
    }
    if (options.includeLogs) return false;
    return (path.length === 1 && path[0] === 'ui') || (path.length === 2 && path[0] === 'spreadsheet' && path[1] === 'toasts');
  };

  const walk = (value: unknown, path: Path): void => {
    if (skip(path)) return;
    if (typeof value === 'string' && isUploadContent(path)) {
      const file = state.drive.files[path[2] as number]!;
      const text = uploadedText(file.mimeType, value);
      if (has(text)) hit(path, text, 'value');
      return;
    }
    if (typeof value === 'string') {
      if (has(value)) hit(path, value, 'value');
      return;
    }
    if (typeof value === 'number') {
      if (isCellValuePath(path) && has(String(value))) hit(path, String(value), 'value');
      return;
    }
    if (value === null || typeof value !== 'object' || isDate(value)) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, i]));
      return;
    }
    for (const [k, v] of Object.entries(value)) {
      const at = [...path, k];
      if (skip(at)) continue;
      if (has(k)) hit(at, k, 'key');
      walk(v, at);
    }
  };
  walk(state, []);
  return hits;
}

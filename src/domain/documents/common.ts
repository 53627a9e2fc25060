/**
 * What every document shares: people and the organisation as the register holds them, date
 * and name formatting, input checks, and small block builders. Pure: no Apps Script global,
 * no Node API, so it runs the same in jest and in the bundle.
 */
import type { Block, DocModel, NumberedItem, ParagraphBlock, Run } from '../docModel';
import { DOC, DOC_ERRORS, foldRussian, PATRONYMIC_PARTICLE, positionWithSubject } from '../../i18n/documents';

/** A person as the register holds them (ФИО as typed; position from «Должности»). */
export interface Person {
  /** «Петрова Анна Ивановна», or already «А.И. Петрова» (settings hold that form). */
  fullName: string;
  position: string;
  /** Subject or direction; printed after the position in brackets when given. */
  subject?: string;
}

/** The organisation from «Настройки». */
export interface Organisation {
  fullName: string;
  shortName: string;
  /** «г. Энск». */
  place: string;
  /** Postal address for consents; a blank line is printed when absent. */
  address?: string;
  inn?: string;
  ogrn?: string;
}

/** Number and date of an earlier order (e.g. the one that approved the Положение). */
export interface OrderRef {
  date: Date;
  number: string;
}

/** Refused input: the message is Russian and meant for the curator. */
export class DocumentInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentInputError';
  }
}

/** Dates may come from another realm (the Apps Script vm), so no instanceof. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/** dd.mm.yyyy with local getters: Apps Script runs in the script's time zone. */
export function formatDate(date: Date): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${date.getFullYear()}`;
}

export function formatDateOrBlank(date: Date | null | undefined): string {
  return isDate(date) ? formatDate(date) : DOC.dateBlank;
}

/** «с 01.09.2026 по 31.05.2027»; an open end prints only the known side. */
export function formatTerm(from: Date | null | undefined, to: Date | null | undefined): string {
  if (isDate(from) && isDate(to)) return DOC.term(formatDate(from), formatDate(to));
  if (isDate(from)) return DOC.termFrom(formatDate(from));
  if (isDate(to)) return DOC.termTo(formatDate(to));
  return '';
}

/** «А» → «А.», «Анна-Мария» → «А.-М.». */
function initialOf(word: string): string {
  return word
    .split('-')
    .filter(Boolean)
    .map((part) => `${part.charAt(0).toUpperCase()}.`)
    .join('-');
}

/** A token that is already an initial or a run of them: «А.», «А.И.», «И». */
const INITIALS = /^(?:\p{L}\.)+$|^\p{L}$/u;

/**
 * «Петрова Анна Ивановна» → «А.И. Петрова» (ГОСТ Р 7.0.97: initials before the surname).
 * Keeps the surname exactly as typed (hyphens, ё); accepts «Петрова А.И.», «А. И. Петрова»
 * and «А.И.Петрова» too; a single word is returned as it is. Names are never declined.
 */
export function initialsName(fullName: string): string {
  const text = fullName.replace(/\s+/g, ' ').trim();
  if (!text) return '';
  // Split glued initials from the surname: «А.И.Петрова» → «А.И. Петрова».
  const tokens = text.replace(/((?:^|\s)(?:\p{L}\.){1,2})(?=\p{L}{2,})/gu, '$1 ').split(' ');
  const initialTokens = tokens.filter((t) => INITIALS.test(t));
  const words = tokens.filter((t) => !INITIALS.test(t));
  if (initialTokens.length > 0 && words.length === 1) {
    const letters = initialTokens.join('').replace(/\./g, '').split('');
    return `${letters.map((l) => `${l.toUpperCase()}.`).join('')} ${words[0]}`;
  }
  if (words.length !== tokens.length) return text; // mixed shapes we cannot read: leave as typed
  const [surname, ...given] = words;
  const initials = given.filter((w) => !PATRONYMIC_PARTICLE.test(w)).map(initialOf);
  return initials.length ? `${initials.join('')} ${surname}` : surname;
}

/** Position as printed next to a name: «учитель (математика)». */
export function positionOf(person: Person): string {
  return positionWithSubject(person.position ?? '', person.subject);
}

/** «Петрова Анна Ивановна, учитель (математика)». */
export function personLine(person: Person): string {
  return DOC.personWithPosition(person.fullName.trim(), positionOf(person));
}

// ---- input checks: refuse early, in Russian, naming the field ----

export function requireDate(value: unknown, what: string): Date {
  if (!isDate(value)) throw new DocumentInputError(DOC_ERRORS.date(what));
  return value;
}

export function requireText(value: unknown, what: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new DocumentInputError(DOC_ERRORS.text(what));
  return text;
}

export function requireTerm(from: unknown, to: unknown, whatFrom: string, whatTo: string): { from: Date; to: Date } {
  const a = requireDate(from, whatFrom);
  const b = requireDate(to, whatTo);
  if (b.getTime() < a.getTime()) throw new DocumentInputError(DOC_ERRORS.termOrder(`${whatFrom} — ${whatTo}`));
  return { from: a, to: b };
}

export function requireNonEmpty<T>(list: readonly T[] | undefined, what: string): readonly T[] {
  if (!list || list.length === 0) throw new DocumentInputError(DOC_ERRORS.empty(what));
  return list;
}

/** Order numbers are stored with or without the sign; print them without it. */
export function bareNumber(number: string): string {
  return number.replace(/^\s*№\s*/, '').trim();
}

// ---- block builders ----

export const item = (text: string, children?: NumberedItem[]): NumberedItem =>
  children?.length ? { runs: [{ text }], children } : { runs: [{ text }] };

/** Sub-items of an item that ends with a colon: «…;» each, «….» the last. */
export function enumerated(texts: readonly string[]): NumberedItem[] {
  return texts.map((t, i) => item(`${t.trim().replace(/[.;,]+$/, '')}${i === texts.length - 1 ? '.' : ';'}`));
}

/** «Наставник: …» with the label in bold, as forms and programmes print it. */
export function labelled(label: string, value: string, options: Omit<ParagraphBlock, 'type' | 'runs'> = {}): ParagraphBlock {
  const runs: Run[] = [{ text: DOC.labelled(label), bold: true }, { text: value }];
  return { type: 'paragraph', runs, ...options };
}

/** A heading inside a document that is not an order: bold, left, no indent. */
export function heading(text: string): ParagraphBlock {
  return { type: 'paragraph', runs: [{ text, bold: true }], align: 'left', indent: false, spaceBefore: 12 };
}

/** Role left, «______________ И.О. Фамилия» right. */
export function signatureLine(role: string, fullName: string, spaceBefore = 18): Block {
  return { type: 'twoEnds', left: role, right: DOC.signature(initialsName(fullName)), spaceBefore };
}

/** Lines to be filled in by hand (conclusions, recommendations). */
export function blankLines(count: number): Block[] {
  return Array.from({ length: count }, () => ({ type: 'paragraph', runs: [{ text: DOC.blankLine }], indent: false }) as Block);
}

/** List items from a vocabulary, joined as one sentence fragment: «а; б; в». */
export function joinList(values: readonly string[], separator = '; '): string {
  return values
    .map((v) => v.trim())
    .filter(Boolean)
    .join(separator);
}

/**
 * Several documents in one file (the consents of a whole pair, a batch printed at once), each
 * its own section: from a new page, numbered from 1 on its own.
 */
export function joinDocuments(name: string, models: readonly DocModel[]): DocModel {
  const blocks: Block[] = [];
  models.forEach((m, i) => {
    if (i > 0) blocks.push({ type: 'sectionBreak' });
    blocks.push(...m.blocks);
  });
  return { name, blocks, wideLeftMargin: models.some((m) => m.wideLeftMargin) || undefined };
}

/** Distinct non-empty strings in first-seen order (names for the acknowledgement list). */
export function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v.replace(/\s+/g, ' ').trim();
    const key = foldRussian(t);
    if (t && !seen.has(key)) {
      seen.add(key);
      out.push(t);
    }
  }
  return out;
}

/** Who signs «С приказом ознакомлены» for an order about pairs: the curator, then each pair's people. */
export function acknowledgedForPairs(
  curator: Person | undefined,
  pairs: readonly { mentor: Person; mentees: readonly Person[] }[],
): string[] {
  const people = pairs.flatMap((p) => [p.mentor.fullName, ...p.mentees.map((m) => m.fullName)]);
  return [...(curator?.fullName ? [curator.fullName] : []), ...people];
}

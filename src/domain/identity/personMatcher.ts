/**
 * One person found in text by identity, not by substring. Erasing «Анна» <ann@school.example>
 * must leave «Петрова Анна Ивановна», «Сусанна Львовна» and «joann@school.example» as they are:
 *   - a name form matches only as whole words (the letters around it are not letters or
 *     digits, nor a hyphen joined to a word), folded for case and ё/е, with any run of
 *     ordinary or no-break spaces between words and none or some after an initial's dot;
 *   - a form without a patronymic does not match where a patronymic or an initial follows it
 *     («Анна» in «Анна Ивановна», «Петрова Анна» in «Петрова Анна И.»): that is a longer,
 *     other name; initials do not match inside a longer run of initials («В.А.И. Петрова»);
 *   - a match that lies inside a longer form of someone else's name (another person of the
 *     register: «Петрова Анна Ивановна» around «Анна») is theirs and left;
 *   - an e-mail matches as a whole address: no [A-Za-z0-9._%+-] before it, no [A-Za-z0-9-]
 *     after it, nor a dot that goes on with the domain («ann@school.example.org»); a dot that
 *     ends a sentence («… ann@school.example.») ends the address.
 */
import { foldedName, nameForms, normalSpaces } from './nameForms';

export interface PersonIdentity {
  /** The forms of the person's name (nameForms), as recorded when the erasure began. */
  names: readonly string[];
  /** The person's e-mail addresses. */
  emails: readonly string[];
}

const SPACE = '[\\s\\u00a0]';
const WORD = '[\\p{L}\\p{N}]';
/** A patronymic, in any case: «Ивановна», «Ивановича», «Ильиничне», «Кузьмич»; or a Turkic particle. */
const PATRONYMIC_WORD = /^(?:\p{Lu}\p{Ll}+(?:вич|вн|ичн|ич)\p{Ll}{0,3}|оглы|огли|улы|уулу|кызы|кизи|гызы)$/u;
const PATRONYMIC = `(?:\\p{Lu}\\p{Ll}+(?:вич|вн|ичн|ич)\\p{Ll}{0,3}|оглы|огли|улы|уулу|кызы|кизи|гызы)(?!${WORD})`;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A letter in either case (ё and е alike); anything else as itself. */
function letterSource(c: string): string {
  if (/[её]/i.test(c)) return '[еёЕЁ]';
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower !== upper && [...lower].length === 1 && [...upper].length === 1) return `[${lower}${upper}]`;
  return escapeRegExp(c);
}

/** The pattern of one name form with its boundaries. */
function formSource(form: string): string {
  const chars = [...normalSpaces(form)];
  let body = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === ' ') body += `${SPACE}+`;
    else if (c === '.') {
      body += '\\.';
      if (i + 1 < chars.length) {
        body += `${SPACE}*`;
        if (chars[i + 1] === ' ') i++;
      }
    } else body += letterSource(c);
  }
  const text = normalSpaces(form);
  const words = text.split(' ');
  let before = `(?<!${WORD})(?<!${WORD}-)`;
  if (/^\p{L}\./u.test(text)) before += `(?<!\\p{Lu}\\.${SPACE}*)`;
  let after = `(?!${WORD})(?!-${WORD})`;
  if (text.endsWith('.')) after += `(?!${SPACE}*\\p{Lu}\\.)`;
  if (!text.includes('.') && !PATRONYMIC_WORD.test(words[words.length - 1]!)) {
    after += `(?!${SPACE}+(?:${PATRONYMIC}|\\p{Lu}\\.))`;
  }
  return `${before}(?:${body})${after}`;
}

/** One regular expression for all these forms (longest first), or null when there are none. */
function formsPattern(forms: readonly string[]): RegExp | null {
  const usable = [...new Set(forms.map(normalSpaces).filter(Boolean))].sort((a, b) => b.length - a.length);
  return usable.length ? new RegExp(usable.map(formSource).join('|'), 'gu') : null;
}

function emailPattern(emails: readonly string[]): RegExp | null {
  const usable = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  if (!usable.length) return null;
  return new RegExp(`(?<![A-Za-z0-9._%+-])(?:${usable.map(escapeRegExp).join('|')})(?![A-Za-z0-9-])(?!\\.[A-Za-z0-9-])`, 'gi');
}

/** The folded words of a name's full forms (no initials). */
function nameWords(forms: readonly string[]): Set<string> {
  return new Set(
    forms
      .filter((f) => !f.includes('.'))
      .flatMap((f) => foldedName(f).split(' '))
      .filter((w) => w.length > 1),
  );
}

type Span = [start: number, end: number];

function spans(pattern: RegExp | null, text: string): Span[] {
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length] as Span);
}

export class PersonMatcher {
  private readonly names: RegExp | null;
  private readonly emails: RegExp | null;
  /** Other people's name forms that share a word with this person's: where a match may be theirs. */
  private readonly others: RegExp | null;
  private readonly folded: Set<string>;
  private readonly emailSet: Set<string>;

  /** `others`: the full names of everyone else in the register. */
  constructor(identity: PersonIdentity, others: readonly string[] = []) {
    this.names = formsPattern(identity.names);
    this.emails = emailPattern(identity.emails);
    this.folded = new Set(identity.names.map(foldedName).filter(Boolean));
    this.emailSet = new Set(identity.emails.map((e) => e.trim().toLowerCase()).filter(Boolean));
    const words = nameWords(identity.names);
    const near = others.filter((name) => {
      const theirs = foldedName(name).split(' ');
      return !this.folded.has(foldedName(name)) && theirs.some((w) => words.has(w));
    });
    this.others = formsPattern(near.flatMap(nameForms));
  }

  /** Where the person is named or addressed in the text, in order, not overlapping. */
  private find(text: string): Span[] {
    let found = spans(this.names, text);
    if (found.length && this.others) {
      const theirs = spans(this.others, text);
      found = found.filter(([s, e]) => !theirs.some(([ts, te]) => ts <= s && e <= te && te - ts > e - s));
    }
    found.push(...spans(this.emails, text));
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const out: Span[] = [];
    for (const span of found) if (!out.length || span[0] >= out[out.length - 1]![1]) out.push(span);
    return out;
  }

  mentions(text: string): boolean {
    return this.find(text).length > 0;
  }

  /** The text with every mention replaced by `by`; null when there is none. */
  replace(text: string, by: string): string | null {
    const found = this.find(text);
    if (!found.length) return null;
    let out = '';
    let at = 0;
    for (const [s, e] of found) {
      out += text.slice(at, s) + by;
      at = e;
    }
    return out + text.slice(at);
  }

  /** The whole text is one of the person's name forms (an answer's «ФИО» cell). */
  isName(text: string): boolean {
    return this.folded.has(foldedName(text));
  }

  /** The whole text is one of the person's addresses. */
  isEmail(text: string): boolean {
    return this.emailSet.has(text.trim().toLowerCase());
  }
}

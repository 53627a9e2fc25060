/**
 * Is the mentor the person a mentee named as the wished mentor? Mentees write names every
 * way: «Петрова Анна Ивановна», «Анна Ивановна Петрова», «Петрова А.И.», «Петрова А. И.»,
 * «А.И. Петрова», «петрова анна», sometimes two names («Петрова А.И. или Сидоров В.В.»), or
 * the mentor's ID. A surname alone is not enough: namesakes are common in one school, and a
 * wrong «mutual choice» is worse than a missed one.
 */
import { foldName } from '../bankSync';

/** One reading of a name: surname, then first name and patronymic as words or initials. */
interface NameReading {
  surname: string;
  first: string;
  /** '' when the name has no patronymic. */
  patronymic: string;
}

/** All readings of one name, or none when it cannot be a person's name with a first name. */
export type ParsedName = readonly NameReading[];

/** Lower case, ё→е, letters, hyphens and dots only; dots split initials («А.И.Петрова»). */
function tokens(text: string): { value: string; initial: boolean }[] {
  const cleaned = foldName(text).replace(/[^\p{L}\s.-]/gu, ' ');
  const result: { value: string; initial: boolean }[] = [];
  const re = /([\p{L}-]+)(\.)?/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(cleaned)) !== null) {
    const value = m[1].replace(/^-+|-+$/g, '');
    if (!value) continue;
    // «А.» or a lone letter is an initial; so is «Ив.», cut to its letter. A longer dotted
    // word is a word that ends a sentence («… Петрова.»).
    const initial = value.length === 1 || (m[2] === '.' && value.length === 2);
    result.push({ value: initial ? value.charAt(0) : value, initial });
  }
  return result;
}

/**
 * Readings of one name, possibly inside other words («учитель Петрова А.И.»). Tokens form
 * runs of words and runs of initials:
 *  - a word next to one or two initials: surname and initials («Петрова А.И.», «А.И. Петрова»);
 *  - two words followed by one initial: surname, first name, patronymic's initial;
 *  - two words alone: surname first or last («Петрова Анна», «Анна Петрова»);
 *  - three words or more: every three in a row, surname first or last.
 * Two words are never read out of three: «Петрова Анна Павловна» must not pass for
 * «Петрова Анна Ивановна» by dropping the patronymic that contradicts.
 */
function readings(text: string): NameReading[] {
  const runs: { initial: boolean; values: string[] }[] = [];
  for (const t of tokens(text)) {
    const last = runs[runs.length - 1];
    if (last && last.initial === t.initial) last.values.push(t.value);
    else runs.push({ initial: t.initial, values: [t.value] });
  }
  const result: NameReading[] = [];
  runs.forEach((run, k) => {
    if (run.initial) return;
    const w = run.values;
    const before = runs[k - 1]?.values ?? [];
    const after = runs[k + 1]?.values ?? [];
    // The word next to the initials is the surname: the last one before them, the first after.
    if (after.length === 1 || after.length === 2) {
      result.push({ surname: w[w.length - 1], first: after[0], patronymic: after[1] ?? '' });
    }
    if (before.length === 1 || before.length === 2) {
      result.push({ surname: w[0], first: before[0], patronymic: before[1] ?? '' });
    }
    // A word alone gives nothing more: a surname alone does not name a person.
    if (w.length === 2) {
      if (after.length === 1) result.push({ surname: w[0], first: w[1], patronymic: after[0] });
      else result.push({ surname: w[0], first: w[1], patronymic: '' }, { surname: w[1], first: w[0], patronymic: '' });
    } else if (w.length >= 3) {
      for (let j = 0; j + 2 < w.length; j++) {
        result.push(
          { surname: w[j], first: w[j + 1], patronymic: w[j + 2] },
          { surname: w[j + 2], first: w[j], patronymic: w[j + 1] },
        );
      }
    }
  });
  return result;
}

/** Parses a name once, so comparing a thousand mentors stays cheap. */
export function parseName(text: string | undefined): ParsedName {
  return text ? readings(text) : [];
}

/** A wish, parsed once: each part («Петрова А.И. или Сидоров В.В.») as an ID and as a name. */
export interface ParsedWish {
  ids: readonly string[];
  names: ParsedName;
}

export function parseWish(text: string | undefined): ParsedWish {
  const ids: string[] = [];
  const names: NameReading[] = [];
  if (!text) return { ids, names };
  for (const part of text.split(/[,;/]|\s+или\s+/i)) {
    const id = foldName(part);
    if (!id) continue;
    ids.push(id);
    names.push(...readings(part));
  }
  return { ids, names };
}

/** A word and an initial agree when the word starts with it; two words must be equal. */
function agree(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a.charAt(0) === b.charAt(0);
  return a === b;
}

function readingsAgree(a: NameReading, b: NameReading): boolean {
  if (a.surname.length < 2 || a.surname !== b.surname) return false;
  if (!agree(a.first, b.first)) return false;
  // A missing patronymic on either side («Петрова Анна») does not contradict.
  return !a.patronymic || !b.patronymic || agree(a.patronymic, b.patronymic);
}

/** Does the parsed wish name this mentor (folded ID, parsed full name)? */
export function wishMatches(wish: ParsedWish, mentorId: string, mentorName: ParsedName): boolean {
  if (wish.ids.length === 0) return false;
  if (mentorId && wish.ids.indexOf(mentorId) >= 0) return true;
  for (const w of wish.names) for (const m of mentorName) if (readingsAgree(w, m)) return true;
  return false;
}

/** The whole check for one pair, for callers that do not prepare profiles. */
export function wishNamesMentor(wish: string | undefined, mentor: { id: string; fullName: string }): boolean {
  return wishMatches(parseWish(wish), foldName(mentor.id), parseName(mentor.fullName));
}

/**
 * Every form of a person's name the add-on itself writes, for finding that person in text:
 * the name as typed in the bank («Петрова Анна Ивановна») and the initials forms documents,
 * signatures and file names print («А.И. Петрова», «Петрова А.И.»; the matcher accepts them
 * with spaces after the dots or without, ordinary or no-break). The add-on declines no name
 * yet; a declension plugs in as one more entry of FULL_NAME_FORMS, and every full form it
 * gives («Петровой Анны Ивановны») gets its initials forms («А.И. Петровой») too.
 */
import { initialsName } from '../documents/common';

/** Full forms of a name (the name as typed, its declined forms …), given the name as typed. */
export type FullNameForms = (fullName: string) => readonly string[];

/** The full forms the add-on writes: the name as typed. Declension (issue 14) adds its entry here. */
export const FULL_NAME_FORMS: readonly FullNameForms[] = [(fullName) => [fullName]];

/** Spaces of any kind collapsed to one, trimmed. */
export function normalSpaces(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * A name as compared whole: lower case, ё→е, spaces collapsed, no space after a dot
 * («А. И. Петрова» and «а.и.петрова» compare equal).
 */
export function foldedName(text: string): string {
  return normalSpaces(text).toLowerCase().replace(/ё/g, 'е').replace(/\. /g, '.');
}

/**
 * The initials forms of a full name, initials first and surname first: «А.И. Петрова» and
 * «Петрова А.И.» (as initialsName writes them, so hyphenated and Turkic names follow its
 * rules); none for a single word, which the add-on prints as it is.
 */
export function initialsForms(fullName: string): string[] {
  const initialsFirst = initialsName(fullName);
  const parts = /^((?:\p{L}\.-?)+) (\S.*)$/u.exec(initialsFirst);
  if (!parts) return [];
  return [initialsFirst, `${parts[2]} ${parts[1]}`];
}

/** Every form of the name: each full form and its initials forms, distinct (as folded), longest first. */
export function nameForms(fullName: string): string[] {
  const typed = normalSpaces(fullName);
  if (!typed) return [];
  const full = FULL_NAME_FORMS.flatMap((forms) => forms(typed))
    .map(normalSpaces)
    .filter(Boolean);
  const seen = new Set<string>();
  const forms: string[] = [];
  for (const form of full.flatMap((f) => [f, ...initialsForms(f)])) {
    const key = foldedName(form);
    if (seen.has(key)) continue;
    seen.add(key);
    forms.push(form);
  }
  return forms.sort((a, b) => b.length - a.length);
}

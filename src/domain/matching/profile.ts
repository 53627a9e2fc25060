/**
 * Profiles folded once (case, ё, spaces; lists split), so that scoring a thousand mentors
 * against a thousand mentees compares ready strings instead of re-folding them each time.
 */
import { foldEmail, foldName } from '../bankSync';
import { type ParsedName, type ParsedWish, parseName, parseWish } from './names';
import type { Mentee, Mentor } from './types';

/** A value as compared (folded) and as shown (the mentee's spelling). */
export interface Value {
  key: string;
  text: string;
}

/** «Математика; Информатика» → both; blanks and repeats dropped. */
export function values(raw: string | readonly string[] | undefined): Value[] {
  const parts = raw === undefined ? [] : typeof raw === 'string' ? raw.split(';') : raw;
  const seen = new Set<string>();
  const result: Value[] = [];
  for (const part of parts) {
    const text = String(part ?? '')
      .replace(/[\s\u00a0]+/g, ' ')
      .trim();
    const key = foldName(text);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    result.push({ key, text });
  }
  return result;
}

function first(raw: string | undefined): Value | null {
  const text = String(raw ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return text ? { key: foldName(text), text } : null;
}

function years(raw: number | undefined): number | null {
  return typeof raw === 'number' && Number.isFinite(raw) && raw >= 0 ? raw : null;
}

export type CategoryFit = 'full' | 'half' | 'none';

/** «высшая», «Высшая категория», «педагог-методист» … → how much of the weight it earns. */
export function categoryFit(qualification: string | undefined): CategoryFit {
  const key = foldName(qualification)
    .replace(/квалификационная|категория/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (key === 'высшая' || key === 'педагог-методист' || key === 'педагог-наставник') return 'full';
  if (key === 'первая') return 'half';
  return 'none';
}

export interface MentorProfile {
  mentor: Mentor;
  /** Trimmed ID, as pairs refer to it. */
  id: string;
  /** Folded ID, for a wish that names the mentor by ID. */
  idKey: string;
  nameKey: string;
  emailKey: string;
  names: ParsedName;
  competences: ReadonlySet<string>;
  subjects: readonly Value[];
  levels: readonly Value[];
  experience: number | null;
  category: CategoryFit;
  form: Value | null;
  kind: Value | null;
}

export interface MenteeProfile {
  mentee: Mentee;
  id: string;
  nameKey: string;
  emailKey: string;
  requests: readonly Value[];
  subjects: readonly Value[];
  levels: readonly Value[];
  experience: number | null;
  form: Value | null;
  kind: Value | null;
  wish: ParsedWish;
}

export function mentorProfile(mentor: Mentor): MentorProfile {
  const id = String(mentor.id ?? '').trim();
  return {
    mentor,
    id,
    idKey: foldName(id),
    nameKey: foldName(mentor.fullName),
    emailKey: foldEmail(mentor.email),
    names: parseName(mentor.fullName),
    competences: new Set(values(mentor.competences).map((v) => v.key)),
    subjects: values(mentor.subject),
    levels: values(mentor.level),
    experience: years(mentor.experience),
    category: categoryFit(mentor.qualification),
    form: first(mentor.preferredForm),
    kind: first(mentor.preferredKind),
  };
}

export function menteeProfile(mentee: Mentee): MenteeProfile {
  return {
    mentee,
    id: String(mentee.id ?? '').trim(),
    nameKey: foldName(mentee.fullName),
    emailKey: foldEmail(mentee.email),
    requests: values(mentee.requests),
    subjects: values(mentee.subject),
    levels: values(mentee.level),
    experience: years(mentee.experience),
    form: first(mentee.preferredForm),
    kind: first(mentee.preferredKind),
    wish: parseWish(mentee.wishedMentor),
  };
}

/** Nothing in the mentee's profile that a mentor could match (the curator should fill it). */
export function profileIsEmpty(p: MenteeProfile): boolean {
  return p.requests.length === 0 && p.subjects.length === 0 && p.levels.length === 0 && p.wish.ids.length === 0;
}

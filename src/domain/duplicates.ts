/**
 * Likely duplicates in one bank: the same teacher answering from a second address becomes a
 * second row. Two rows are likely one person when their full names fold to the same text
 * (case, spaces, ё/е), or differ by one letter (typed, missed or extra) while the position
 * and the subject are the same and filled. Linear in the bank: each name is indexed by itself
 * and by every variant with one letter left out, and two names one edit apart share one.
 */
import { foldName } from './bankSync';

export interface DuplicateCandidate {
  id: string;
  fullName: string;
  position?: string;
  subject?: string;
}

export interface LikelyDuplicate {
  /** The row kept: the earlier ID. */
  olderId: string;
  /** The row merged into it. */
  newerId: string;
  reason: 'sameName' | 'oneLetter';
}

/** Names shorter than this (folded) are not compared letter by letter: too many near misses. */
const MIN_TYPO_LENGTH = 8;

function idNumber(id: string): number {
  const m = /(\d+)\s*$/.exec(id);
  return m ? Number(m[1]) : Number.POSITIVE_INFINITY;
}

/** At most one letter typed, missed or replaced. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [s, t] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === t[i]) i++;
  if (s.length === t.length) return s.slice(i + 1) === t.slice(i + 1);
  return s.slice(i) === t.slice(i + 1);
}

export function likelyDuplicates(people: readonly DuplicateCandidate[]): LikelyDuplicate[] {
  const found = new Map<string, LikelyDuplicate>();
  const add = (a: DuplicateCandidate, b: DuplicateCandidate, reason: LikelyDuplicate['reason']) => {
    if (a.id === b.id || !a.id || !b.id) return;
    const [older, newer] = idNumber(a.id) <= idNumber(b.id) ? [a, b] : [b, a];
    const key = `${older.id}\u0000${newer.id}`;
    if (!found.has(key) || reason === 'sameName') found.set(key, { olderId: older.id, newerId: newer.id, reason });
  };
  const byName = new Map<string, DuplicateCandidate[]>();
  const byVariant = new Map<string, { person: DuplicateCandidate; name: string }[]>();
  for (const person of people) {
    const name = foldName(person.fullName);
    if (!name) continue;
    for (const other of byName.get(name) ?? []) add(other, person, 'sameName');
    byName.set(name, [...(byName.get(name) ?? []), person]);

    const position = foldName(person.position);
    const subject = foldName(person.subject);
    // Names with digits are not people's names (numbered placeholders differ by design).
    if (name.length < MIN_TYPO_LENGTH || !position || !subject || /\d/.test(name)) continue;
    const scope = `${position}\u0000${subject}\u0000`;
    const variants = new Set([name]);
    for (let i = 0; i < name.length; i++) variants.add(name.slice(0, i) + name.slice(i + 1));
    const seen = new Set<DuplicateCandidate>();
    for (const variant of variants) {
      const key = scope + variant;
      const others = byVariant.get(key) ?? [];
      for (const other of others) {
        if (seen.has(other.person) || other.name === name) continue;
        seen.add(other.person);
        if (oneEditApart(other.name, name)) add(other.person, person, 'oneLetter');
      }
      others.push({ person, name });
      byVariant.set(key, others);
    }
  }
  return [...found.values()].sort(
    (a, b) => idNumber(a.olderId) - idNumber(b.olderId) || idNumber(a.newerId) - idNumber(b.newerId),
  );
}

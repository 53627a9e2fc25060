/**
 * Hard rules: a mentor who breaks one is never proposed, whatever the score. Each rule says
 * why in Russian, so the sidebar can explain a mentor missing from the ranking.
 */
import { foldName } from '../bankSync';
import { MATCH_EXCLUSIONS } from '../../i18n/matching';
import type { MenteeProfile, MentorProfile } from './profile';
import { DEFAULT_MAX_MENTEES, type Exclusion, type ExistingPair, type Mentee, type Mentor } from './types';

export const MENTOR_ACTIVE = 'активен';
/** Pairs in these statuses no longer load the mentor nor bind the mentee. */
export const ENDED_PAIR_STATUSES: readonly string[] = ['завершена', 'прекращена'];
/** Mentees in these statuses are not looked for a mentor. */
export const MENTEE_DONE_STATUSES: readonly string[] = ['завершил программу', 'выбыл'];

export function pairIsOngoing(pair: ExistingPair): boolean {
  return ENDED_PAIR_STATUSES.indexOf(foldName(pair.status)) < 0;
}

/** The ongoing pairs, indexed the ways the rules ask. */
export interface PairIndex {
  /** Mentees in ongoing pairs of each mentor (a group counts each member). */
  load: ReadonlyMap<string, number>;
  /** mentorId → menteeId → ID of the ongoing pair that joins them. */
  together: ReadonlyMap<string, ReadonlyMap<string, string>>;
  /** Mentees in any ongoing pair. */
  paired: ReadonlySet<string>;
}

export function indexPairs(pairs: readonly ExistingPair[]): PairIndex {
  const load = new Map<string, number>();
  const together = new Map<string, Map<string, string>>();
  const paired = new Set<string>();
  for (const pair of pairs) {
    if (!pairIsOngoing(pair)) continue;
    const mentorId = String(pair.mentorId ?? '').trim();
    const members = new Set(pair.menteeIds.map((id) => String(id ?? '').trim()).filter(Boolean));
    if (!mentorId) continue;
    load.set(mentorId, (load.get(mentorId) ?? 0) + members.size);
    let mine = together.get(mentorId);
    if (!mine) together.set(mentorId, (mine = new Map()));
    for (const id of members) {
      paired.add(id);
      if (!mine.has(id)) mine.set(id, String(pair.id ?? '').trim());
    }
  }
  return { load, together, paired };
}

export function capacityOf(mentor: Mentor, defaultMaxMentees = DEFAULT_MAX_MENTEES): number {
  const max = mentor.maxMentees;
  return typeof max === 'number' && Number.isFinite(max) && max >= 0 ? Math.floor(max) : defaultMaxMentees;
}

/** Rules that depend on the mentor alone (status, consent): checked once per mentor. */
export function mentorExclusions(mentor: Mentor): Exclusion[] {
  const result: Exclusion[] = [];
  const status = foldName(mentor.status);
  if (status !== MENTOR_ACTIVE) {
    const text =
      status === 'кандидат'
        ? MATCH_EXCLUSIONS.statusCandidate
        : status === 'приостановлен'
          ? MATCH_EXCLUSIONS.statusSuspended
          : status === 'выбыл'
            ? MATCH_EXCLUSIONS.statusLeft
            : status === ''
              ? MATCH_EXCLUSIONS.statusMissing
              : MATCH_EXCLUSIONS.statusOther(String(mentor.status).trim());
    result.push({ code: 'notActive', text });
  }
  if (consentIsWithdrawn(mentor)) result.push({ code: 'consentWithdrawn', text: MATCH_EXCLUSIONS.consentWithdrawn });
  return result;
}

/** Withdrawn and not given again afterwards (152-ФЗ: the data may no longer be processed). */
export function consentIsWithdrawn(person: { consentData?: Date | null; consentWithdrawn?: Date | null }): boolean {
  const withdrawn = person.consentWithdrawn;
  if (!(withdrawn instanceof Date) || Number.isNaN(withdrawn.getTime())) return false;
  const given = person.consentData;
  return !(given instanceof Date) || Number.isNaN(given.getTime()) || given.getTime() <= withdrawn.getTime();
}

/** The same person entered in both banks (a mentor cannot mentor themself). */
export function samePerson(m: MentorProfile, e: MenteeProfile): Exclusion | null {
  if (m.id !== '' && m.id === e.id) return { code: 'samePerson', text: MATCH_EXCLUSIONS.samePersonId };
  if (m.emailKey !== '' && m.emailKey === e.emailKey) return { code: 'samePerson', text: MATCH_EXCLUSIONS.samePersonEmail };
  if (m.nameKey !== '' && m.nameKey === e.nameKey) return { code: 'samePerson', text: MATCH_EXCLUSIONS.samePersonName };
  return null;
}

/** ID of the ongoing pair that already joins them ('' if that pair has no ID), or null. */
export function pairedWith(index: PairIndex, mentorId: string, menteeId: string): string | null {
  const pairId = index.together.get(mentorId)?.get(menteeId);
  return pairId === undefined ? null : pairId;
}

/** A mentee the automatic matching looks a mentor for: in no ongoing pair, not done. */
export function awaitsPair(mentee: Mentee, index: PairIndex): boolean {
  const id = String(mentee.id ?? '').trim();
  if (!id || index.paired.has(id)) return false;
  return MENTEE_DONE_STATUSES.indexOf(foldName(mentee.status)) < 0;
}

/** All hard rules for one pair, in the order the sidebar lists them. */
export function pairExclusions(
  m: MentorProfile,
  e: MenteeProfile,
  index: PairIndex,
  capacity: number,
  ofMentor: readonly Exclusion[],
): Exclusion[] {
  const result: Exclusion[] = [];
  const same = samePerson(m, e);
  if (same) result.push(same);
  result.push(...ofMentor);
  const pairId = pairedWith(index, m.id, e.id);
  if (pairId !== null) result.push({ code: 'alreadyPaired', text: MATCH_EXCLUSIONS.alreadyPaired(pairId) });
  const load = index.load.get(m.id) ?? 0;
  // Capacity only matters for a new pair: a mentee already with this mentor is the reason above.
  if (pairId === null && load >= capacity) result.push({ code: 'capacity', text: MATCH_EXCLUSIONS.capacity(load, capacity) });
  return result;
}

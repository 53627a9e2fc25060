/**
 * Ranked mentors for one mentee (the sidebar's list for the chosen mentee): the mentors that
 * may be chosen, best first, each with its reasons and load; and those a hard rule excludes,
 * with why, so the curator is never left guessing where a colleague went.
 */
import { MATCH_REASONS } from '../../i18n/matching';
import { menteeProfile, mentorProfile } from './profile';
import { capacityOf, indexPairs, mentorExclusions, pairExclusions } from './rules';
import { evaluate } from './score';
import { compareIds, compareNames } from './sort';
import {
  DEFAULT_MAX_MENTEES,
  type Exclusion,
  type ExistingPair,
  type MatchOptions,
  type Mentee,
  type Mentor,
  type Reason,
  type Weights,
} from './types';

export interface Candidate {
  mentor: Mentor;
  score: number;
  /** Scoring reasons (their points add up to `score`), then «нагрузка 1 из 2» (0 points). */
  reasons: Reason[];
  /** Mentees in the mentor's ongoing pairs (a group counts each member). */
  load: number;
  capacity: number;
}

export interface ExcludedCandidate extends Candidate {
  /** Every hard rule the mentor breaks for this mentee, in Russian. */
  exclusions: Exclusion[];
}

export interface Ranking {
  /** Best first: score, then lighter load (more room on a tie), then name (Russian order), then ID. */
  candidates: Candidate[];
  /** By name. */
  excluded: ExcludedCandidate[];
}

export function rankMentors(
  mentee: Mentee,
  mentors: readonly Mentor[],
  pairs: readonly ExistingPair[],
  weights: Weights,
  options: MatchOptions = {},
): Ranking {
  const index = indexPairs(pairs);
  const e = menteeProfile(mentee);
  const defaultMax = options.defaultMaxMentees ?? DEFAULT_MAX_MENTEES;
  const candidates: Candidate[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const mentor of mentors) {
    const m = mentorProfile(mentor);
    const capacity = capacityOf(mentor, defaultMax);
    const load = index.load.get(m.id) ?? 0;
    const reasons: Reason[] = [];
    const score = evaluate(m, e, weights, reasons);
    reasons.push({ code: 'load', points: 0, text: MATCH_REASONS.load(load, capacity) });
    const exclusions = pairExclusions(m, e, index, capacity, mentorExclusions(mentor));
    const entry: Candidate = { mentor, score, reasons, load, capacity };
    if (exclusions.length > 0) excluded.push({ ...entry, exclusions });
    else candidates.push(entry);
  }
  candidates.sort(
    (a, b) =>
      b.score - a.score ||
      a.load - b.load ||
      b.capacity - a.capacity ||
      compareNames(a.mentor.fullName, b.mentor.fullName) ||
      compareIds(a.mentor.id, b.mentor.id),
  );
  excluded.sort((a, b) => compareNames(a.mentor.fullName, b.mentor.fullName) || compareIds(a.mentor.id, b.mentor.id));
  return { candidates, excluded };
}

/**
 * «Подобрать всех»: the optimal proposal for every mentee still waiting for a mentor. It
 * maximises the total score of the new pairs under the mentors' free places, keeps the
 * pairs the curator has already chosen (they take places first), never proposes a mentor
 * excluded by a hard rule or a pair with nothing in common (score 0), and says why each
 * mentee left out was left out: the roadmap asks that the search for them goes on.
 */
import { MATCH_REASONS, MATCH_UNMATCHED } from '../../i18n/matching';
import { maxWeightAssignment } from './assignment';
import { type MenteeProfile, type MentorProfile, menteeProfile, mentorProfile, profileIsEmpty } from './profile';
import { awaitsPair, capacityOf, indexPairs, mentorExclusions, pairedWith, samePerson } from './rules';
import { evaluate } from './score';
import { compareIds, compareNames } from './sort';
import {
  DEFAULT_MAX_MENTEES,
  type ExistingPair,
  type FixedPair,
  type MatchOptions,
  type Mentee,
  type Mentor,
  type Reason,
  type Weights,
} from './types';

export interface Proposal {
  mentorId: string;
  menteeId: string;
  mentorName: string;
  menteeName: string;
  score: number;
  /** Scoring reasons (they add up to `score`), then the mentor's load if all is accepted. */
  reasons: Reason[];
}

export type UnmatchedCode = keyof typeof MATCH_UNMATCHED;

export interface Unmatched {
  menteeId: string;
  menteeName: string;
  code: UnmatchedCode;
  reason: string;
}

export interface MatchResult {
  /** New pairs, best first (score, then mentee's name). */
  proposals: Proposal[];
  /** Waiting mentees without a proposal, by name. */
  unmatched: Unmatched[];
  /** The curator's fixed pairs that are not in «Пары» yet, scored, in the order given. */
  fixed: Proposal[];
  /** Sum of the proposals' scores: the maximum possible. */
  totalScore: number;
}

/** Keeps the first record of each ID, sorted by ID so that equal optima resolve the same way. */
function byId<T extends { id: string }>(records: readonly T[]): T[] {
  const seen = new Set<string>();
  const result: T[] = [];
  for (const r of records) {
    const id = String(r.id ?? '').trim();
    if (!id || seen.has(id)) continue;
    seen.add(id);
    result.push(r);
  }
  return result.sort((a, b) => compareIds(String(a.id).trim(), String(b.id).trim()));
}

export function matchAll(
  mentees: readonly Mentee[],
  mentors: readonly Mentor[],
  pairs: readonly ExistingPair[],
  weights: Weights,
  fixed: readonly FixedPair[] = [],
  options: MatchOptions = {},
): MatchResult {
  const index = indexPairs(pairs);
  const defaultMax = options.defaultMaxMentees ?? DEFAULT_MAX_MENTEES;

  const mentorList = byId(mentors);
  const mentorAt = new Map<string, number>();
  const mProfiles: MentorProfile[] = mentorList.map((m, j) => {
    const p = mentorProfile(m);
    mentorAt.set(p.id, j);
    return p;
  });
  const menteeById = new Map<string, Mentee>();
  for (const mentee of mentees) {
    const id = String(mentee.id ?? '').trim();
    if (id && !menteeById.has(id)) menteeById.set(id, mentee);
  }

  // The curator's pairs take their places first; one already in «Пары» is counted there.
  const keptFixed: FixedPair[] = [];
  const fixedLoad = new Map<string, number>();
  const fixedMentees = new Set<string>();
  const seenFixed = new Set<string>();
  for (const f of fixed) {
    const mentorId = String(f.mentorId ?? '').trim();
    const menteeId = String(f.menteeId ?? '').trim();
    const key = `${mentorId}\u0000${menteeId}`;
    if (!mentorId || !menteeId || seenFixed.has(key)) continue;
    seenFixed.add(key);
    fixedMentees.add(menteeId);
    if (pairedWith(index, mentorId, menteeId) !== null) continue;
    keptFixed.push({ mentorId, menteeId });
    fixedLoad.set(mentorId, (fixedLoad.get(mentorId) ?? 0) + 1);
  }

  const C = mentorList.length;
  // Free places: capacity less ongoing pairs less the curator's fixed choices.
  const places = new Int32Array(C);
  const baseLoad = new Int32Array(C);
  const open = new Uint8Array(C);
  for (let j = 0; j < C; j++) {
    const id = mProfiles[j].id;
    const cap = capacityOf(mentorList[j], defaultMax);
    baseLoad[j] = (index.load.get(id) ?? 0) + (fixedLoad.get(id) ?? 0);
    places[j] = Math.max(0, cap - baseLoad[j]);
    open[j] = mentorExclusions(mentorList[j]).length === 0 ? 1 : 0;
  }

  const waiting = byId(mentees).filter((m) => awaitsPair(m, index) && !fixedMentees.has(String(m.id).trim()));
  const eProfiles: MenteeProfile[] = waiting.map(menteeProfile);
  const R = waiting.length;

  // Edges: every allowed pair with a positive score and a free place at the mentor.
  const start = new Int32Array(R + 1);
  const cols: number[] = [];
  const scores: number[] = [];
  // What each mentee could have had, to explain an empty result.
  const anyCandidate = new Uint8Array(R);
  const anyPositive = new Uint8Array(R);
  const anyFreeCandidate = new Uint8Array(R);
  for (let r = 0; r < R; r++) {
    start[r] = cols.length;
    const e = eProfiles[r];
    for (let j = 0; j < C; j++) {
      if (!open[j]) continue;
      const m = mProfiles[j];
      if (samePerson(m, e) !== null) continue;
      anyCandidate[r] = 1;
      if (places[j] > 0) anyFreeCandidate[r] = 1;
      const s = evaluate(m, e, weights, null);
      if (!(s > 0)) continue;
      anyPositive[r] = 1;
      if (places[j] <= 0) continue;
      cols.push(j);
      scores.push(s);
    }
  }
  start[R] = cols.length;

  const chosen = maxWeightAssignment({
    rows: R,
    cols: C,
    capacity: places,
    start,
    col: Int32Array.from(cols),
    weight: Float64Array.from(scores),
  });

  const proposed = new Int32Array(C);
  for (let r = 0; r < R; r++) if (chosen[r] >= 0) proposed[cols[chosen[r]]]++;

  const proposals: Proposal[] = [];
  const unmatched: Unmatched[] = [];
  let totalScore = 0;
  for (let r = 0; r < R; r++) {
    const e = eProfiles[r];
    if (chosen[r] >= 0) {
      const j = cols[chosen[r]];
      const m = mProfiles[j];
      const reasons: Reason[] = [];
      const score = evaluate(m, e, weights, reasons);
      const cap = capacityOf(mentorList[j], defaultMax);
      reasons.push({ code: 'load', points: 0, text: MATCH_REASONS.loadAfter(baseLoad[j] + proposed[j], cap) });
      totalScore += score;
      proposals.push({
        mentorId: m.id,
        menteeId: e.id,
        mentorName: m.mentor.fullName,
        menteeName: e.mentee.fullName,
        score,
        reasons,
      });
      continue;
    }
    const code: UnmatchedCode = !anyCandidate[r]
      ? 'noMentors'
      : !anyPositive[r]
        ? profileIsEmpty(e)
          ? 'emptyProfile'
          : 'nothingInCommon'
        : start[r + 1] > start[r]
          ? 'takenInThisRun' // it had a suitable mentor with a free place: the optimum gave it away
          : anyFreeCandidate[r]
            ? 'suitableBusy'
            : 'noFreeSlot';
    unmatched.push({ menteeId: e.id, menteeName: e.mentee.fullName, code, reason: MATCH_UNMATCHED[code] });
  }

  proposals.sort((a, b) => b.score - a.score || compareNames(a.menteeName, b.menteeName) || compareIds(a.menteeId, b.menteeId));
  unmatched.sort((a, b) => compareNames(a.menteeName, b.menteeName) || compareIds(a.menteeId, b.menteeId));

  const fixedOut: Proposal[] = keptFixed.map((f) => {
    const j = mentorAt.get(f.mentorId);
    const mentee = menteeById.get(f.menteeId);
    const m = j === undefined ? null : mProfiles[j];
    const reasons: Reason[] = [];
    const score = m && mentee ? evaluate(m, menteeProfile(mentee), weights, reasons) : 0;
    return {
      mentorId: f.mentorId,
      menteeId: f.menteeId,
      mentorName: m ? m.mentor.fullName : '',
      menteeName: mentee ? mentee.fullName : '',
      score,
      reasons,
    };
  });

  return { proposals, unmatched, fixed: fixedOut, totalScore };
}

/** The matching core: pure, no Apps Script global, the same in Node and V8. */
export * from './types';
export { scorePair, evaluate } from './score';
export { wishNamesMentor, parseWish, parseName, wishMatches } from './names';
export { categoryFit, menteeProfile, mentorProfile } from './profile';
export {
  awaitsPair,
  capacityOf,
  consentIsWithdrawn,
  indexPairs,
  mentorExclusions,
  pairExclusions,
  pairIsOngoing,
  ENDED_PAIR_STATUSES,
  MENTEE_DONE_STATUSES,
  MENTOR_ACTIVE,
  type PairIndex,
} from './rules';
export { rankMentors, type Candidate, type ExcludedCandidate, type Ranking } from './rank';
export { matchAll, type MatchResult, type Proposal, type Unmatched, type UnmatchedCode } from './matchAll';
export { maxWeightAssignment, type AssignmentProblem } from './assignment';
export { weightsFromSettings, defaultMaxMenteesFromSettings } from './weights';

/**
 * The score of a mentor for a mentee. One function computes the points and, when asked,
 * the reasons, so the reasons always add up to the score; the automatic matching calls it
 * without reasons a million times, and again with reasons for the pairs it proposes.
 */
import { MATCH_REASONS } from '../../i18n/matching';
import { type MenteeProfile, type MentorProfile, type Value, menteeProfile, mentorProfile } from './profile';
import { wishMatches } from './names';
import { EXPERIENCE_GAP, type Mentee, type Mentor, type Reason, type Scored, type Weights } from './types';

function shares(wanted: readonly Value[], offered: readonly Value[]): boolean {
  for (const w of wanted) for (const o of offered) if (w.key === o.key) return true;
  return false;
}

/** Values of `wanted` (mentee's spelling, mentee's order) that `offered` has too. */
function common(wanted: readonly Value[], offered: readonly Value[]): Value[] {
  const result: Value[] = [];
  for (const w of wanted) for (const o of offered) if (w.key === o.key) result.push(w);
  return result;
}

/**
 * Points of the pair; pushes the reasons into `reasons` when given. Components with 0
 * points give no reason (a zero weight switches a criterion off).
 */
export function evaluate(m: MentorProfile, e: MenteeProfile, w: Weights, reasons: Reason[] | null): number {
  let score = 0;

  if (e.requests.length > 0 && m.competences.size > 0) {
    let shared = 0;
    for (const r of e.requests) if (m.competences.has(r.key)) shared++;
    const points = shared * w.requests;
    if (points !== 0) {
      score += points;
      if (reasons) {
        const items = e.requests.filter((r) => m.competences.has(r.key)).map((r) => r.text);
        reasons.push({ code: 'requests', points, text: MATCH_REASONS.requests(items, points) });
      }
    }
  }

  if (w.subject !== 0 && e.subjects.length > 0 && m.subjects.length > 0 && shares(e.subjects, m.subjects)) {
    score += w.subject;
    if (reasons) {
      const same = common(e.subjects, m.subjects).map((v) => v.text);
      reasons.push({ code: 'subject', points: w.subject, text: MATCH_REASONS.subject(same, w.subject) });
    }
  }

  if (w.level !== 0 && e.levels.length > 0 && m.levels.length > 0 && shares(e.levels, m.levels)) {
    score += w.level;
    if (reasons) {
      const same = common(e.levels, m.levels).map((v) => v.text);
      reasons.push({ code: 'level', points: w.level, text: MATCH_REASONS.level(same, w.level) });
    }
  }

  if (w.mutual !== 0 && wishMatches(e.wish, m.idKey, m.names)) {
    score += w.mutual;
    if (reasons) reasons.push({ code: 'mutual', points: w.mutual, text: MATCH_REASONS.mutual(w.mutual) });
  }

  // Experience, category and shared preferences make a good pair better; alone they do not
  // make a pair: a mentor with nothing in common with the mentee scores 0.
  if (score === 0) {
    if (reasons) reasons.length = 0;
    return 0;
  }

  if (w.experience !== 0 && m.experience !== null && e.experience !== null) {
    const gap = m.experience - e.experience;
    if (gap >= EXPERIENCE_GAP) {
      score += w.experience;
      if (reasons) reasons.push({ code: 'experience', points: w.experience, text: MATCH_REASONS.experience(gap, w.experience) });
    }
  }

  if (m.category !== 'none') {
    // «первая» earns half, rounded down so that whole weights give whole scores.
    const points = m.category === 'full' ? w.category : Math.floor(w.category / 2);
    if (points !== 0) {
      score += points;
      if (reasons) {
        reasons.push({
          code: 'category',
          points,
          text: MATCH_REASONS.category(String(m.mentor.qualification ?? '').trim(), points),
        });
      }
    }
  }

  if (w.formKind !== 0) {
    // One award for a shared preference: the weight is «форма и вид» together.
    const form = e.form !== null && m.form !== null && e.form.key === m.form.key;
    const kind = e.kind !== null && m.kind !== null && e.kind.key === m.kind.key;
    if (form || kind) {
      score += w.formKind;
      if (reasons) {
        const text =
          form && kind
            ? MATCH_REASONS.formAndKind(w.formKind)
            : form
              ? MATCH_REASONS.form(e.form?.text ?? '', w.formKind)
              : MATCH_REASONS.kind(e.kind?.text ?? '', w.formKind);
        reasons.push({ code: 'formKind', points: w.formKind, text });
      }
    }
  }

  return score;
}

/** Score and reasons of one pair (no load: that needs the pairs; see rankMentors). */
export function scorePair(mentor: Mentor, mentee: Mentee, weights: Weights): Scored {
  const reasons: Reason[] = [];
  const score = evaluate(mentorProfile(mentor), menteeProfile(mentee), weights, reasons);
  return { score, reasons };
}

/**
 * The one pass: every list of the input is read once (pairs first, then programme entries,
 * answers and the roadmap, then the two banks), and everything «Мониторинг», the analytic
 * note and the municipal «Сведения» print is derived from the tally without reading the
 * input again. Linear in the size of the register.
 *
 * Who is counted (a register keeps its history from year to year):
 * - a pair or group «of the year» is one whose term meets the school year (it did not end
 *   before the year began and does not start after it ends; blank dates do not exclude);
 * - a mentor is counted when in a pair of the year or not «выбыл»;
 * - a mentee is counted when in a pair of the year or neither «выбыл» nor «завершил программу».
 */
import { VALUES } from '../../i18n/monitoring';
import { AGE_BANDS, UNDER_35_BANDS, type VocabularyKey, vocabularyByKey } from '../vocabulary';
import { Breakdown, type Count, foldValue, newCount } from './breakdown';
import type { DateCell, MonitoringInput } from './types';

export interface Sum {
  sum: number;
  count: number;
}

export interface AgeEntry {
  mentors: number;
  mentees: number;
}

export interface CategoryEntry {
  total: number;
  under35: number;
  /** In an ongoing pair or one completed in the year. */
  covered: number;
}

export interface FormEntry {
  pairs: number;
  groups: number;
  mentors: Set<string>;
  mentees: Set<string>;
}

export interface MonitoringTally {
  mentors: {
    total: number;
    active: number;
    inPairs: number;
    trained: number;
    under35: number;
    consentGiven: number;
    consentWithdrawn: number;
    publish: number;
  };
  mentorQualification: Breakdown<Count>;
  mentorCareer: Breakdown<Count>;
  mentees: {
    total: number;
    inPairs: number;
    finished: number;
    waiting: number;
    under35: number;
    youngSpecialists: number;
    youngCovered: number;
    consentGiven: number;
    consentWithdrawn: number;
  };
  menteeCategory: Breakdown<CategoryEntry>;
  age: Breakdown<AgeEntry>;
  pairs: {
    total: number;
    pairs: number;
    groups: number;
    ongoing: number;
    completed: number;
    overdue: number;
    withoutProgramme: number;
    dutiesConsent: number;
  };
  pairStatus: Breakdown<Count>;
  pairForm: Breakdown<Count>;
  pairKind: Breakdown<Count>;
  /** Pairs of the year past the draft stage, by form, with their participants (municipal table). */
  formParticipants: Breakdown<FormEntry>;
  participants: { mentors: Set<string>; mentees: Set<string> };
  programmes: { closed: number; full: number; onTime: number; late: number; early: number };
  earlyReason: Breakdown<Count>;
  activities: { total: number; done: number; overdue: number; meetingsHeld: number };
  satisfaction: { mentee: { start: Sum; end: Sum }; mentor: { start: Sum; end: Sum } };
  roadmap: { total: number; done: number };
  roadmapStatus: Breakdown<Count>;
}

/** A Date from any realm (sheet values may come from another one), and a valid one. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime());
}

/** Calendar day as a sortable number (time of day ignored). */
export const dayOf = (date: Date): number => date.getFullYear() * 10000 + (date.getMonth() + 1) * 100 + date.getDate();

/** Withdrawn and not given again afterwards (as in matching: the data may not be processed). */
export function consentWithdrawn(person: { consentData?: DateCell; consentWithdrawn?: DateCell }): boolean {
  if (!isDate(person.consentWithdrawn)) return false;
  return !isDate(person.consentData) || person.consentData.getTime() <= person.consentWithdrawn.getTime();
}

const F = {
  mentorActive: foldValue(VALUES.mentorActive),
  mentorLeft: foldValue(VALUES.mentorLeft),
  menteeFinished: foldValue(VALUES.menteeFinished),
  menteeLeft: foldValue(VALUES.menteeLeft),
  draft: foldValue(VALUES.pairDraft),
  fixed: foldValue(VALUES.pairFixed),
  active: foldValue(VALUES.pairActive),
  completed: foldValue(VALUES.pairCompleted),
  stopped: foldValue(VALUES.pairStopped),
  reasonFull: foldValue(VALUES.reasonFull),
  young: foldValue(VALUES.youngSpecialist),
  roadmapDone: foldValue(VALUES.roadmapDone),
  meeting: foldValue(VALUES.entryMeeting),
};

const UNDER_35 = new Set(UNDER_35_BANDS.map(foldValue));

const text = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value));

interface YearPair {
  ongoing: boolean;
  entries: number;
}

export function tallyMonitoring(input: MonitoringInput): MonitoringTally {
  const vocab = (key: VocabularyKey): readonly string[] => input.vocabularies?.[key] ?? vocabularyByKey(key).values;
  // An invalid «today» makes nothing overdue (NaN compares false).
  const today = isDate(input.today) ? dayOf(input.today) : Number.NaN;
  const yearStart = isDate(input.schoolYearStart) ? dayOf(input.schoolYearStart) : null;
  const yearEnd = isDate(input.schoolYearEnd) ? dayOf(input.schoolYearEnd) : null;
  const count = () => ({ start: { sum: 0, count: 0 }, end: { sum: 0, count: 0 } });

  const t: MonitoringTally = {
    mentors: { total: 0, active: 0, inPairs: 0, trained: 0, under35: 0, consentGiven: 0, consentWithdrawn: 0, publish: 0 },
    mentorQualification: new Breakdown(vocab('qualificationCategories'), newCount),
    mentorCareer: new Breakdown(vocab('careerGroups'), newCount),
    mentees: {
      total: 0,
      inPairs: 0,
      finished: 0,
      waiting: 0,
      under35: 0,
      youngSpecialists: 0,
      youngCovered: 0,
      consentGiven: 0,
      consentWithdrawn: 0,
    },
    menteeCategory: new Breakdown(vocab('menteeCategories'), () => ({ total: 0, under35: 0, covered: 0 })),
    age: new Breakdown(AGE_BANDS, () => ({ mentors: 0, mentees: 0 }), true),
    pairs: { total: 0, pairs: 0, groups: 0, ongoing: 0, completed: 0, overdue: 0, withoutProgramme: 0, dutiesConsent: 0 },
    pairStatus: new Breakdown(vocab('pairStatuses'), newCount),
    pairForm: new Breakdown(vocab('forms'), newCount),
    pairKind: new Breakdown(vocab('kinds'), newCount),
    formParticipants: new Breakdown(vocab('forms'), () => ({
      pairs: 0,
      groups: 0,
      mentors: new Set<string>(),
      mentees: new Set<string>(),
    })),
    participants: { mentors: new Set<string>(), mentees: new Set<string>() },
    programmes: { closed: 0, full: 0, onTime: 0, late: 0, early: 0 },
    earlyReason: new Breakdown(
      vocab('completionReasons').filter((r) => foldValue(r) !== F.reasonFull),
      newCount,
    ),
    activities: { total: 0, done: 0, overdue: 0, meetingsHeld: 0 },
    satisfaction: { mentee: count(), mentor: count() },
    roadmap: { total: 0, done: 0 },
    roadmapStatus: new Breakdown(vocab('roadmapStatuses'), newCount),
  };

  // ---- pairs and groups ----
  const yearPairs = new Map<string, YearPair>();
  const yearMentors = new Set<string>();
  const ongoingMentors = new Set<string>();
  const yearMentees = new Set<string>();
  const ongoingMentees = new Set<string>();
  const finishedMentees = new Set<string>();
  /** Ongoing pairs without their own duties-consent date, by mentor: the mentor's date decides. */
  const dutiesByMentor = new Map<string, number>();

  for (const pair of input.pairs) {
    if (yearStart !== null && isDate(pair.endDate) && dayOf(pair.endDate) < yearStart) continue;
    if (yearEnd !== null && isDate(pair.startDate) && dayOf(pair.startDate) > yearEnd) continue;
    const status = text(pair.status).trim() || VALUES.pairDraft;
    const s = foldValue(status);
    const ongoing = s === F.fixed || s === F.active;
    const mentorId = text(pair.mentorId).trim();
    const menteeIds = (pair.menteeIds ?? []).map((id) => text(id).trim()).filter(Boolean);
    const group = menteeIds.length > 1;

    yearPairs.set(text(pair.id).trim(), { ongoing, entries: 0 });
    t.pairs.total++;
    if (group) t.pairs.groups++;
    else t.pairs.pairs++;
    t.pairStatus.at(status).n++;
    t.pairForm.at(pair.form).n++;
    t.pairKind.at(pair.kind).n++;
    if (mentorId) yearMentors.add(mentorId);
    for (const id of menteeIds) yearMentees.add(id);

    if (s !== F.draft) {
      const form = t.formParticipants.at(pair.form);
      if (group) form.groups++;
      else form.pairs++;
      if (mentorId) {
        form.mentors.add(mentorId);
        t.participants.mentors.add(mentorId);
      }
      for (const id of menteeIds) {
        form.mentees.add(id);
        t.participants.mentees.add(id);
      }
    }

    if (ongoing) {
      t.pairs.ongoing++;
      if (isDate(pair.plannedEnd) && dayOf(pair.plannedEnd) < today) t.pairs.overdue++;
      if (isDate(pair.dutiesConsent)) t.pairs.dutiesConsent++;
      else if (mentorId) dutiesByMentor.set(mentorId, (dutiesByMentor.get(mentorId) ?? 0) + 1);
      if (mentorId) ongoingMentors.add(mentorId);
      for (const id of menteeIds) ongoingMentees.add(id);
    }

    if (s === F.completed || s === F.stopped) {
      if (s === F.completed) {
        t.pairs.completed++;
        for (const id of menteeIds) finishedMentees.add(id);
      }
      t.programmes.closed++;
      const reason = text(pair.completionReason).trim();
      // A completed pair with no reason written is taken as completed in full.
      const full = reason ? foldValue(reason) === F.reasonFull : s === F.completed;
      if (full) {
        t.programmes.full++;
        if (isDate(pair.endDate) && isDate(pair.plannedEnd)) {
          if (dayOf(pair.endDate) <= dayOf(pair.plannedEnd)) t.programmes.onTime++;
          else t.programmes.late++;
        }
      } else {
        t.programmes.early++;
        t.earlyReason.at(reason).n++;
      }
    }
  }

  // ---- programme plans and meetings ----
  for (const entry of input.programmes ?? []) {
    const pair = yearPairs.get(text(entry.pairId).trim());
    if (!pair) continue;
    pair.entries++;
    const term = isDate(entry.term) ? dayOf(entry.term) : null;
    if (foldValue(text(entry.entryType)) === F.meeting) {
      if (entry.done === true || (entry.done == null && term !== null && term <= today)) t.activities.meetingsHeld++;
      continue;
    }
    t.activities.total++;
    if (entry.done === true) t.activities.done++;
    else if (pair.ongoing && term !== null && term < today) t.activities.overdue++;
  }
  yearPairs.forEach((pair) => {
    if (pair.ongoing && pair.entries === 0) t.pairs.withoutProgramme++;
  });

  // ---- satisfaction questionnaires ----
  for (const answer of input.satisfaction ?? []) {
    const score = answer.score;
    if (typeof score !== 'number' || !Number.isFinite(score) || score < 1 || score > 10) continue;
    if (!yearPairs.has(text(answer.pairId).trim())) continue;
    const role = answer.role === 'mentor' ? t.satisfaction.mentor : answer.role === 'mentee' ? t.satisfaction.mentee : null;
    const stage = role && (answer.stage === 'start' ? role.start : answer.stage === 'end' ? role.end : null);
    if (!stage) continue;
    stage.sum += score;
    stage.count++;
  }

  // ---- roadmap ----
  for (const row of input.roadmap ?? []) {
    t.roadmap.total++;
    t.roadmapStatus.at(row.status).n++;
    if (foldValue(text(row.status)) === F.roadmapDone) t.roadmap.done++;
  }

  // ---- mentors ----
  for (const mentor of input.mentors) {
    const id = text(mentor.id).trim();
    const status = foldValue(text(mentor.status));
    if (!yearMentors.has(id) && status === F.mentorLeft) continue;
    t.mentors.total++;
    if (status === F.mentorActive) t.mentors.active++;
    if (ongoingMentors.has(id)) t.mentors.inPairs++;
    if (isDate(mentor.trainingDate)) t.mentors.trained++;
    t.age.at(mentor.ageBand).mentors++;
    if (UNDER_35.has(foldValue(text(mentor.ageBand)))) t.mentors.under35++;
    t.mentorQualification.at(mentor.qualification).n++;
    t.mentorCareer.at(mentor.careerGroup).n++;
    const withdrawn = consentWithdrawn(mentor);
    if (withdrawn) t.mentors.consentWithdrawn++;
    else if (isDate(mentor.consentData)) t.mentors.consentGiven++;
    if (!withdrawn && isDate(mentor.consentPublish)) t.mentors.publish++;
    const waitingDuties = dutiesByMentor.get(id);
    if (waitingDuties !== undefined) {
      if (isDate(mentor.consentDuties)) t.pairs.dutiesConsent += waitingDuties;
      dutiesByMentor.delete(id);
    }
  }

  // ---- mentees ----
  for (const mentee of input.mentees) {
    const id = text(mentee.id).trim();
    const status = foldValue(text(mentee.status));
    const gone = status === F.menteeLeft || status === F.menteeFinished;
    if (!yearMentees.has(id) && gone) continue;
    const ongoing = ongoingMentees.has(id);
    const finished = finishedMentees.has(id);
    const under35 = UNDER_35.has(foldValue(text(mentee.ageBand)));
    const covered = ongoing || finished;
    t.mentees.total++;
    if (ongoing) t.mentees.inPairs++;
    if (finished) t.mentees.finished++;
    if (!ongoing && !finished && !gone) t.mentees.waiting++;
    t.age.at(mentee.ageBand).mentees++;
    if (under35) t.mentees.under35++;
    const category = t.menteeCategory.at(mentee.menteeCategory);
    category.total++;
    if (under35) category.under35++;
    if (covered) category.covered++;
    if (foldValue(text(mentee.menteeCategory)) === F.young) {
      t.mentees.youngSpecialists++;
      if (covered) t.mentees.youngCovered++;
    }
    if (consentWithdrawn(mentee)) t.mentees.consentWithdrawn++;
    else if (isDate(mentee.consentData)) t.mentees.consentGiven++;
  }

  return t;
}

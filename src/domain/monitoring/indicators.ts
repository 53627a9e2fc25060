/**
 * The indicators of «Мониторинг» (Код, Показатель, Значение, Единица) and the counts of the
 * curator's analytic note, both derived from one tally of the register.
 * Percentages and scores have one decimal; a share with a zero denominator and an average
 * with no answer are null (printed «—» in the sheet, «нет данных» in the note).
 */
import type { IndicatorRow, MonitoringCounts } from '../documents/reports';
import { GROUPS, MISSING, NAMES, UNITS, type IndicatorUnit } from '../../i18n/monitoring';
import type { BreakdownRow } from './breakdown';
import { type MonitoringTally, type Sum, tallyMonitoring } from './tally';
import type { Indicator, MonitoringInput } from './types';

/** One decimal, halves away from zero, never «-0». */
export function round1(value: number): number {
  const r = (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
  return r === 0 ? 0 : r;
}

/** Share in per cent with one decimal; null when there is nothing to share. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? round1((100 * part) / whole) : null;
}

export function average(s: Sum): number | null {
  return s.count > 0 ? round1(s.sum / s.count) : null;
}

/** end − start of the printed (rounded) averages, so the table adds up as read. */
export function change(start: number | null, end: number | null): number | null {
  return start === null || end === null ? null : round1(end - start);
}

export function indicatorsFromTally(t: MonitoringTally): Indicator[] {
  const out: Indicator[] = [];
  const add = (group: string, code: string, indicator: string, value: number | null, unit: IndicatorUnit) =>
    out.push({ code, group, indicator, value, unit });
  const breakdown = <T>(
    group: string,
    prefix: string,
    rows: BreakdownRow<T>[],
    name: (value: string | null) => string,
    missing: string,
    value: (entry: T) => number,
    unit: IndicatorUnit,
  ) => {
    for (const row of rows) {
      out.push({
        code: `${prefix}:${row.value ?? 'none'}`,
        group,
        indicator: name(row.value),
        value: value(row.entry),
        unit,
        label: row.value ?? missing,
      });
    }
  };
  const { people, percent: pct, count, score } = UNITS;
  const m = t.mentors;
  const e = t.mentees;
  const p = t.pairs;
  const g = t.programmes;

  add(GROUPS.mentors, 'mentors.total', NAMES.mentorsTotal, m.total, people);
  add(GROUPS.mentors, 'mentors.active', NAMES.mentorsActive, m.active, people);
  add(GROUPS.mentors, 'mentors.inPairs', NAMES.mentorsInPairs, m.inPairs, people);
  add(GROUPS.mentors, 'mentors.trained', NAMES.mentorsTrained, m.trained, people);
  add(GROUPS.mentors, 'mentors.trainedShare', NAMES.mentorsTrainedShare, percent(m.trained, m.total), pct);
  breakdown(
    GROUPS.qualification,
    'mentors.qualification',
    t.mentorQualification.rows(),
    NAMES.mentorsQualification,
    MISSING.qualification,
    (c) => c.n,
    people,
  );
  breakdown(
    GROUPS.careerGroup,
    'mentors.careerGroup',
    t.mentorCareer.rows(),
    NAMES.mentorsCareerGroup,
    MISSING.careerGroup,
    (c) => c.n,
    people,
  );

  add(GROUPS.mentees, 'mentees.total', NAMES.menteesTotal, e.total, people);
  add(GROUPS.mentees, 'mentees.inPairs', NAMES.menteesInPairs, e.inPairs, people);
  add(GROUPS.mentees, 'mentees.finished', NAMES.menteesFinished, e.finished, people);
  add(GROUPS.mentees, 'mentees.waiting', NAMES.menteesWaiting, e.waiting, people);
  add(GROUPS.mentees, 'mentees.youngSpecialists', NAMES.youngSpecialists, e.youngSpecialists, people);
  add(GROUPS.mentees, 'mentees.youngSpecialistsCovered', NAMES.youngSpecialistsCovered, e.youngCovered, people);
  add(
    GROUPS.mentees,
    'mentees.youngSpecialistsCoveredShare',
    NAMES.youngSpecialistsCoveredShare,
    percent(e.youngCovered, e.youngSpecialists),
    pct,
  );
  breakdown(
    GROUPS.category,
    'mentees.category',
    t.menteeCategory.rows(),
    NAMES.menteesCategory,
    MISSING.category,
    (c) => c.total,
    people,
  );

  const ages = t.age.rows();
  breakdown(GROUPS.age, 'age.mentors', ages, NAMES.mentorsAge, MISSING.age, (a) => a.mentors, people);
  breakdown(GROUPS.age, 'age.mentees', ages, NAMES.menteesAge, MISSING.age, (a) => a.mentees, people);
  add(GROUPS.age, 'mentors.under35', NAMES.mentorsUnder35, m.under35, people);
  add(GROUPS.age, 'mentors.under35Share', NAMES.mentorsUnder35Share, percent(m.under35, m.total), pct);
  add(GROUPS.age, 'mentees.under35', NAMES.menteesUnder35, e.under35, people);
  add(GROUPS.age, 'mentees.under35Share', NAMES.menteesUnder35Share, percent(e.under35, e.total), pct);
  add(
    GROUPS.age,
    'participants.under35Share',
    NAMES.participantsUnder35Share,
    percent(m.under35 + e.under35, m.total + e.total),
    pct,
  );

  add(GROUPS.pairs, 'pairs.total', NAMES.pairsTotal, p.total, count);
  add(GROUPS.pairs, 'pairs.pairs', NAMES.pairsPairs, p.pairs, count);
  add(GROUPS.pairs, 'pairs.groups', NAMES.pairsGroups, p.groups, count);
  add(GROUPS.pairs, 'pairs.ongoing', NAMES.pairsOngoing, p.ongoing, count);
  add(GROUPS.pairs, 'pairs.overdue', NAMES.pairsOverdue, p.overdue, count);
  add(GROUPS.pairs, 'pairs.withoutProgramme', NAMES.pairsWithoutProgramme, p.withoutProgramme, count);
  breakdown(GROUPS.status, 'pairs.status', t.pairStatus.rows(), NAMES.pairsStatus, MISSING.status, (c) => c.n, count);
  breakdown(GROUPS.form, 'pairs.form', t.pairForm.rows(), NAMES.pairsForm, MISSING.form, (c) => c.n, count);
  breakdown(GROUPS.kind, 'pairs.kind', t.pairKind.rows(), NAMES.pairsKind, MISSING.kind, (c) => c.n, count);

  add(GROUPS.programmes, 'programmes.closed', NAMES.programmesClosed, g.closed, count);
  add(GROUPS.programmes, 'programmes.completedFully', NAMES.programmesCompletedFully, g.full, count);
  add(GROUPS.programmes, 'programmes.onTime', NAMES.programmesOnTime, g.onTime, count);
  add(GROUPS.programmes, 'programmes.late', NAMES.programmesLate, g.late, count);
  add(GROUPS.programmes, 'programmes.onTimeShare', NAMES.programmesOnTimeShare, percent(g.onTime, g.closed), pct);
  add(GROUPS.programmes, 'programmes.early', NAMES.programmesEarly, g.early, count);
  breakdown(
    GROUPS.programmes,
    'programmes.early',
    t.earlyReason.rows(),
    NAMES.programmesEarlyReason,
    MISSING.reason,
    (c) => c.n,
    count,
  );
  const a = t.activities;
  add(GROUPS.programmes, 'programmes.activities', NAMES.activitiesTotal, a.total, count);
  add(GROUPS.programmes, 'programmes.activitiesDone', NAMES.activitiesDone, a.done, count);
  add(GROUPS.programmes, 'programmes.activitiesDoneShare', NAMES.activitiesDoneShare, percent(a.done, a.total), pct);
  add(GROUPS.programmes, 'programmes.activitiesOverdue', NAMES.activitiesOverdue, a.overdue, count);
  add(GROUPS.programmes, 'programmes.meetingsHeld', NAMES.meetingsHeld, a.meetingsHeld, count);

  const s = t.satisfaction;
  const menteeStart = average(s.mentee.start);
  const menteeEnd = average(s.mentee.end);
  const mentorStart = average(s.mentor.start);
  const mentorEnd = average(s.mentor.end);
  add(GROUPS.satisfaction, 'satisfaction.mentees.start', NAMES.satisfactionMenteesStart, menteeStart, score);
  add(GROUPS.satisfaction, 'satisfaction.mentees.end', NAMES.satisfactionMenteesEnd, menteeEnd, score);
  add(GROUPS.satisfaction, 'satisfaction.mentees.change', NAMES.satisfactionMenteesChange, change(menteeStart, menteeEnd), score);
  add(GROUPS.satisfaction, 'satisfaction.mentors.start', NAMES.satisfactionMentorsStart, mentorStart, score);
  add(GROUPS.satisfaction, 'satisfaction.mentors.end', NAMES.satisfactionMentorsEnd, mentorEnd, score);
  add(GROUPS.satisfaction, 'satisfaction.mentors.change', NAMES.satisfactionMentorsChange, change(mentorStart, mentorEnd), score);
  const answers = s.mentee.start.count + s.mentee.end.count + s.mentor.start.count + s.mentor.end.count;
  add(GROUPS.satisfaction, 'satisfaction.answers', NAMES.satisfactionAnswers, answers, count);

  const participants = m.total + e.total;
  const consentGiven = m.consentGiven + e.consentGiven;
  add(GROUPS.consents, 'consents.data', NAMES.consentData, consentGiven, people);
  add(GROUPS.consents, 'consents.dataShare', NAMES.consentDataShare, percent(consentGiven, participants), pct);
  add(GROUPS.consents, 'consents.withdrawn', NAMES.consentWithdrawn, m.consentWithdrawn + e.consentWithdrawn, people);
  add(GROUPS.consents, 'consents.duties', NAMES.consentDuties, p.dutiesConsent, count);
  add(GROUPS.consents, 'consents.dutiesShare', NAMES.consentDutiesShare, percent(p.dutiesConsent, p.ongoing), pct);
  add(GROUPS.consents, 'consents.publish', NAMES.consentPublish, m.publish, people);
  add(GROUPS.consents, 'consents.publishShare', NAMES.consentPublishShare, percent(m.publish, m.total), pct);

  add(GROUPS.roadmap, 'roadmap.total', NAMES.roadmapTotal, t.roadmap.total, count);
  breakdown(GROUPS.roadmap, 'roadmap.status', t.roadmapStatus.rows(), NAMES.roadmapStatus, MISSING.status, (c) => c.n, count);
  add(GROUPS.roadmap, 'roadmap.doneShare', NAMES.roadmapDoneShare, percent(t.roadmap.done, t.roadmap.total), pct);
  return out;
}

export function countsFromTally(t: MonitoringTally): MonitoringCounts {
  const both = (stage: 'start' | 'end') => {
    const a = t.satisfaction.mentee[stage];
    const b = t.satisfaction.mentor[stage];
    return average({ sum: a.sum + b.sum, count: a.count + b.count });
  };
  return {
    mentors: t.mentors.total,
    mentees: t.mentees.total,
    pairsActive: t.pairs.ongoing,
    pairsCompleted: t.pairs.completed,
    menteesUnder35: t.mentees.under35,
    satisfactionStart: both('start'),
    satisfactionEnd: both('end'),
  };
}

/** All indicators of «Мониторинг», in the order of the sheet. */
export function computeIndicators(input: MonitoringInput): Indicator[] {
  return indicatorsFromTally(tallyMonitoring(input));
}

/** The counts of the analytic note (src/domain/documents/reports.ts). */
export function monitoringCounts(input: MonitoringInput): MonitoringCounts {
  return countsFromTally(tallyMonitoring(input));
}

/**
 * Rows for the analytic note's indicator table. By default only the headline rows: the
 * breakdowns by vocabulary (forms, kinds, categories, age bands…) stay in the sheet.
 */
export function toIndicatorRows(indicators: readonly Indicator[], options: { breakdowns?: boolean } = {}): IndicatorRow[] {
  return indicators
    .filter((i) => options.breakdowns || i.label === undefined)
    .map((i) => ({ indicator: i.indicator, value: i.value, unit: i.unit }));
}

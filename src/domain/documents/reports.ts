/**
 * 6. Reports: the mentor's report on one pair's programme (plan items done, meetings held,
 * satisfaction at the start and the end from the questionnaires) and the curator's analytic
 * note on the monitoring (counts from the register, indicators from «Мониторинг»).
 * Missing figures print «нет данных», never zero: a blank questionnaire is not a zero score.
 */
import type { Block, DocModel } from '../docModel';
import {
  decimal,
  DOC,
  pointsWord,
  SCORE_UNIT,
  DOC_FIELDS,
  lowerFirst,
  MENTOR_REPORT,
  MONITORING_REPORT,
} from '../../i18n/documents';
import {
  blankLines,
  formatDate,
  formatDateOrBlank,
  formatTerm,
  heading,
  initialsName,
  isDate,
  labelled,
  type Organisation,
  type Person,
  personLine,
  requireNonEmpty,
  requireText,
  signatureLine,
} from './common';
import type { PlanRow } from './programme';

/** Average scores (1–10) of one side of a pair; null or absent: no questionnaire. */
export interface SatisfactionScores {
  start?: number | null;
  end?: number | null;
}

export interface MentorReportInput {
  organisation: Organisation;
  pairId: string;
  mentor: Person;
  mentees: readonly Person[];
  form: string;
  kind: string;
  start: Date;
  plannedEnd: Date;
  endDate?: Date | null;
  /** The pair's rows of «Программы». */
  plan: readonly PlanRow[];
  satisfaction: { mentee?: SatisfactionScores; mentor?: SatisfactionScores };
  /** Paragraphs the mentor wrote; blank lines to fill in by hand when absent. */
  conclusions?: readonly string[];
  recommendations?: readonly string[];
  date?: Date | null;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** «7,5» or «нет данных». */
export function scoreText(value: number | null | undefined): string {
  return isNumber(value) ? decimal(value) : DOC.noData;
}

/** «+1,5», «−0,5», «0», or «нет данных» unless both ends are known. */
export function changeText(scores: SatisfactionScores | undefined): string {
  const a = scores?.start;
  const b = scores?.end;
  if (!isNumber(a) || !isNumber(b)) return DOC.noData;
  const d = Math.round((b - a) * 10) / 10;
  if (d === 0) return '0';
  return d > 0 ? `+${decimal(d)}` : `\u2212${decimal(-d)}`;
}

/** Plan progress: all rows done of all rows, meetings held of meetings planned. */
export function planProgress(plan: readonly PlanRow[]): {
  done: number;
  total: number;
  meetingsHeld: number;
  meetingsPlanned: number;
} {
  const meetings = plan.filter((r) => r.kind === 'meeting');
  return {
    done: plan.filter((r) => r.done).length,
    total: plan.length,
    meetingsHeld: meetings.filter((r) => r.done).length,
    meetingsPlanned: meetings.length,
  };
}

const withPercent = (done: number, total: number) =>
  total > 0 ? `${DOC.ofTotal(done, total)} (${DOC.percent((done / total) * 100)})` : DOC.ofTotal(done, total);

function paragraphsOrBlanks(texts: readonly string[] | undefined, blanks: number): Block[] {
  const given = (texts ?? []).map((t) => t.trim()).filter(Boolean);
  return given.length ? given.map((text) => ({ type: 'paragraph', runs: [{ text }] }) as Block) : blankLines(blanks);
}

export function mentorReport(input: MentorReportInput): DocModel {
  const orgName = requireText(input.organisation?.fullName, DOC_FIELDS.orgFullName);
  const mentorName = requireText(input.mentor?.fullName, DOC_FIELDS.mentor(input.pairId));
  const mentees = requireNonEmpty(input.mentees, DOC_FIELDS.mentees(input.pairId));
  const group = mentees.length > 1;
  const plain = { indent: false } as const;
  const progress = planProgress(input.plan ?? []);
  const notDone = (input.plan ?? []).filter((r) => !r.done).map((r) => lowerFirst(r.activity.trim().replace(/\.+$/, '')));

  const blocks: Block[] = [
    { type: 'paragraph', runs: [{ text: orgName }], align: 'center', indent: false },
    { type: 'paragraph', runs: [{ text: MENTOR_REPORT.title, bold: true }], align: 'center', indent: false, spaceBefore: 18 },
    { type: 'paragraph', runs: [{ text: MENTOR_REPORT.subtitle(group, input.pairId) }], align: 'center', indent: false },
    heading(MENTOR_REPORT.sectionGeneral),
    labelled(MENTOR_REPORT.mentor, personLine(input.mentor), plain),
    labelled(group ? MENTOR_REPORT.mentees : MENTOR_REPORT.mentee, mentees.map(personLine).join('; '), plain),
    labelled(MENTOR_REPORT.formKind, [input.form?.trim(), input.kind?.trim()].filter(Boolean).join('; '), plain),
    labelled(MENTOR_REPORT.plannedTerm, formatTerm(input.start, input.plannedEnd), plain),
    labelled(MENTOR_REPORT.endDate, isDate(input.endDate) ? formatDate(input.endDate) : DOC.noData, plain),
    heading(MENTOR_REPORT.sectionResults),
  ];
  if (progress.total === 0) {
    blocks.push(labelled(MENTOR_REPORT.activitiesDone, DOC.noData, plain), {
      type: 'paragraph',
      runs: [{ text: `${MENTOR_REPORT.noPlan}.` }],
      small: true,
      indent: false,
    });
  } else {
    blocks.push(
      labelled(MENTOR_REPORT.activitiesDone, withPercent(progress.done, progress.total), plain),
      labelled(MENTOR_REPORT.meetingsHeld, DOC.ofTotal(progress.meetingsHeld, progress.meetingsPlanned), plain),
    );
    if (notDone.length) blocks.push(labelled(MENTOR_REPORT.notDone, `${notDone.join('; ')}.`, plain));
  }

  const s = input.satisfaction ?? {};
  blocks.push(heading(MENTOR_REPORT.sectionSatisfaction), {
    type: 'table',
    header: [...MENTOR_REPORT.satisfactionHeader],
    rows: [
      [
        group ? MENTOR_REPORT.rowMentees : MENTOR_REPORT.rowMentee,
        scoreText(s.mentee?.start),
        scoreText(s.mentee?.end),
        changeText(s.mentee),
      ],
      [MENTOR_REPORT.rowMentor, scoreText(s.mentor?.start), scoreText(s.mentor?.end), changeText(s.mentor)],
    ],
    widths: [4, 3, 3, 2],
  });

  blocks.push(
    heading(MENTOR_REPORT.sectionConclusions),
    ...paragraphsOrBlanks(input.conclusions, 4),
    heading(MENTOR_REPORT.sectionRecommendations),
    ...paragraphsOrBlanks(input.recommendations, 3),
    signatureLine(MENTOR_REPORT.mentor, mentorName, 30),
    { type: 'paragraph', runs: [{ text: formatDateOrBlank(input.date) }], indent: false, spaceBefore: 6 },
  );
  return { name: MENTOR_REPORT.fileName(input.pairId, initialsName(mentorName)), blocks };
}

// ---- the curator's analytic note ----

/** Counts from the register (until «Мониторинг» computes them). */
export interface MonitoringCounts {
  mentors: number;
  mentees: number;
  pairsActive: number;
  pairsCompleted: number;
  /** Mentees whose age band is under 35 (the first three bands). */
  menteesUnder35: number;
  /** Average satisfaction (1–10) of all answers at the start / at the end; null: none. */
  satisfactionStart: number | null;
  satisfactionEnd: number | null;
}

/** A row of «Мониторинг». */
export interface IndicatorRow {
  indicator: string;
  value: number | string | null;
  unit?: string;
}

export interface MonitoringReportInput {
  organisation: Organisation;
  schoolYear?: string;
  curator: Person;
  /** «по состоянию на» and the date under the signature. */
  date?: Date | null;
  counts: MonitoringCounts;
  indicators: readonly IndicatorRow[];
  conclusions?: readonly string[];
  recommendations?: readonly string[];
}

export function indicatorValue(row: IndicatorRow): string {
  const unit = row.unit?.trim() ?? '';
  if (row.value === null || row.value === undefined || row.value === '') return DOC.noData;
  const value = typeof row.value === 'number' ? decimal(row.value) : row.value.trim();
  // A score's unit agrees with its number (8,5 балла, 5 баллов).
  const word =
    unit === SCORE_UNIT && typeof row.value === 'number' ? pointsWord(Number(decimal(row.value).replace(',', '.'))) : unit;
  return word ? `${value} ${word}` : value;
}

export function countRows(c: MonitoringCounts): string[][] {
  const under35 =
    c.mentees > 0
      ? `${DOC.percent((c.menteesUnder35 / c.mentees) * 100)} (${DOC.ofTotal(c.menteesUnder35, c.mentees)})`
      : DOC.noData;
  return [
    [MONITORING_REPORT.mentors, String(c.mentors)],
    [MONITORING_REPORT.mentees, String(c.mentees)],
    [MONITORING_REPORT.pairsActive, String(c.pairsActive)],
    [MONITORING_REPORT.pairsCompleted, String(c.pairsCompleted)],
    [MONITORING_REPORT.under35, under35],
    [MONITORING_REPORT.satisfactionStart, scoreText(c.satisfactionStart)],
    [MONITORING_REPORT.satisfactionEnd, scoreText(c.satisfactionEnd)],
  ];
}

export function monitoringReport(input: MonitoringReportInput): DocModel {
  const orgName = requireText(input.organisation?.fullName, DOC_FIELDS.orgFullName);
  const shortName = requireText(input.organisation?.shortName, DOC_FIELDS.orgShortName);
  const curatorName = requireText(input.curator?.fullName, DOC_FIELDS.curator);
  const date = isDate(input.date) ? input.date : null;
  let section = 0;
  const next = (title: string) => heading(MONITORING_REPORT.section(++section, title));

  const blocks: Block[] = [
    { type: 'paragraph', runs: [{ text: orgName }], align: 'center', indent: false },
    { type: 'paragraph', runs: [{ text: MONITORING_REPORT.title, bold: true }], align: 'center', indent: false, spaceBefore: 18 },
    {
      type: 'paragraph',
      runs: [{ text: MONITORING_REPORT.subtitle(shortName, input.schoolYear?.trim() || undefined) }],
      align: 'center',
      indent: false,
    },
    { type: 'paragraph', runs: [{ text: MONITORING_REPORT.intro(date ? formatDate(date) : null) }], spaceBefore: 18 },
    next(MONITORING_REPORT.sectionCounts),
    { type: 'table', header: [...MONITORING_REPORT.header], rows: countRows(input.counts), widths: [7, 3] },
  ];
  const indicators = input.indicators ?? [];
  if (indicators.length) {
    blocks.push(next(MONITORING_REPORT.sectionIndicators), {
      type: 'table',
      header: [...MONITORING_REPORT.header],
      rows: indicators.map((r) => [r.indicator.trim(), indicatorValue(r)]),
      widths: [7, 3],
    });
  }
  blocks.push(
    next(MONITORING_REPORT.sectionConclusions),
    ...paragraphsOrBlanks(input.conclusions, 4),
    next(MONITORING_REPORT.sectionRecommendations),
    ...paragraphsOrBlanks(input.recommendations, 3),
    signatureLine(input.curator.position.trim(), curatorName, 30),
    { type: 'paragraph', runs: [{ text: formatDateOrBlank(date) }], indent: false, spaceBefore: 6 },
  );
  return { name: MONITORING_REPORT.fileName(date ? formatDate(date) : null), blocks };
}

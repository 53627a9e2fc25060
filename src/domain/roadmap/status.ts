/**
 * Status of a roadmap row: from its dates, and from the register where the register can
 * tell that the activity is done (the bank has people and all their consents, the order is
 * signed …). A «выполнено» typed by the curator is kept; anything else is recomputed.
 *
 * Note for the caller: once a computed «выполнено» is written into the sheet it reads back
 * as typed, so a done item stays done even if the register later changes (a new mentee
 * without a consent). That is deliberate: the roadmap records what was done in its time.
 */
import { ROADMAP_REASONS as R, ROADMAP_STATUS, type RoadmapActivityKey, type RoadmapStatus } from '../../i18n/roadmap';
import { dayNumber, isValidDate } from './dates';
import { foldText } from './text';

/**
 * What the register knows, counted by the caller in one pass over this school year's rows.
 * «Pairs» are pairs and groups of the year that are not cancelled projects; «mentors in
 * pairs» are the distinct mentors of those pairs. Orders count when «Приказы» has them
 * with the status «подписан» and a date inside the school year.
 */
export interface RegisterFacts {
  /** «Наставляемые»: rows of people not withdrawn. */
  menteesCount: number;
  /** … of them with a consent to the processing of personal data on file, not withdrawn. */
  menteesWithConsent: number;
  /** Answers to the mentee questionnaire (bank) this year. */
  menteeSurveyAnswers: number;
  /** «Наставники»: rows of people not withdrawn. */
  mentorsCount: number;
  mentorsWithConsent: number;
  /** Answers to the mentor questionnaire (bank) this year. */
  mentorSurveyAnswers: number;
  /** Distinct mentors of the pairs and groups. */
  mentorsInPairs: number;
  /** … of them with a training date. */
  mentorsInPairsTrained: number;
  /** … of them with the written consent to the mentoring duties (ст. 351.8 ТК РФ). */
  mentorsInPairsWithDutiesConsent: number;
  /** Pairs and groups. */
  pairsCount: number;
  /** … with an order number and date (fixed by order). */
  pairsFixedByOrder: number;
  /** … with a personalised programme (at least one planned activity in «Программы»). */
  programmesCount: number;
  /** … with at least one meeting («встреча») logged in «Программы». */
  pairsWithMeeting: number;
  /** … finished or stopped («завершена», «прекращена»). */
  pairsFinished: number;
  /** Mentees (not withdrawn) in no pair or group. */
  menteesWithoutPair: number;
  /** Activities planned in «Программы» (kind «мероприятие») and those marked done. */
  programmeItemsPlanned: number;
  programmeItemsDone: number;
  /** People in pairs and groups (mentors and mentees), who are asked at the end. */
  participantsInPairs: number;
  /** Answers to the final (satisfaction) questionnaire this year. */
  satisfactionAnswersEnd: number;
  /** Mentor reports made this year. */
  mentorReports: number;
  approvalOrderSigned: boolean;
  /** The curator is appointed by a signed order (the product's approval order does it). */
  curatorAppointed: boolean;
  pairsOrderSigned: boolean;
  completionOrderSigned: boolean;
  rewardOrderSigned: boolean;
  /** The analytic note on monitoring was generated this year. */
  monitoringNoteMade: boolean;
  /** «Настройки» has the address of the site's «Наставничество» section. */
  siteSectionSet: boolean;
  /** «Материалы для сайта» were generated this year. */
  sitePublished: boolean;
  /** «Сведения о наставниках и наставляемых» were made this year. */
  municipalReportMade: boolean;
}

/** A register that knows nothing: every row follows its dates. */
export const NO_FACTS: Readonly<RegisterFacts> = Object.freeze({
  menteesCount: 0,
  menteesWithConsent: 0,
  menteeSurveyAnswers: 0,
  mentorsCount: 0,
  mentorsWithConsent: 0,
  mentorSurveyAnswers: 0,
  mentorsInPairs: 0,
  mentorsInPairsTrained: 0,
  mentorsInPairsWithDutiesConsent: 0,
  pairsCount: 0,
  pairsFixedByOrder: 0,
  programmesCount: 0,
  pairsWithMeeting: 0,
  pairsFinished: 0,
  menteesWithoutPair: 0,
  programmeItemsPlanned: 0,
  programmeItemsDone: 0,
  participantsInPairs: 0,
  satisfactionAnswersEnd: 0,
  mentorReports: 0,
  approvalOrderSigned: false,
  curatorAppointed: false,
  pairsOrderSigned: false,
  completionOrderSigned: false,
  rewardOrderSigned: false,
  monitoringNoteMade: false,
  siteSectionSet: false,
  sitePublished: false,
  municipalReportMade: false,
});

/** What the register says about one activity. */
export interface FactCheck {
  done: boolean;
  /** Some of the work is visible in the register (makes a not-yet-started row «в работе»). */
  started: boolean;
  detail: string;
}

/** `ended`: the row's end date has passed. */
type FactTest = (f: RegisterFacts, ended: boolean) => FactCheck;

const check = (done: boolean, started: boolean, detail: string): FactCheck => ({ done, started: done || started, detail });

/** «all of n» tests: done when there is someone and everyone has it. */
const allOf = (have: number, total: number, none: string, doneText: string, partText: string): FactCheck =>
  total === 0 ? check(false, false, none) : check(have >= total, have > 0, have >= total ? doneText : partText);

/** A bank survey: done once its time is over and it has answers; started by the first answer. */
const survey = (answers: number, ended: boolean, doneText: string, partText: string): FactCheck =>
  check(ended && answers > 0, answers > 0, ended && answers > 0 ? doneText : partText);

/**
 * The activities the register can judge. A survey or a series of meetings is done when its
 * time is over and it produced answers (or covered every pair); one-off documents are done
 * when signed or made; a bank, when it has people and every consent.
 */
export const FACT_TESTS: Readonly<Partial<Record<RoadmapActivityKey, FactTest>>> = {
  'prep.regulation': (f) => check(f.approvalOrderSigned, false, f.approvalOrderSigned ? R.approvalSigned : R.approvalMissing),
  'prep.curator': (f) => check(f.curatorAppointed, false, f.curatorAppointed ? R.curatorAppointed : R.curatorMissing),
  'bank.mentees.survey': (f, ended) =>
    survey(f.menteeSurveyAnswers, ended, R.menteeSurveyDone(f.menteeSurveyAnswers), R.menteeSurveyAnswers(f.menteeSurveyAnswers)),
  'bank.mentees.formed': (f) =>
    allOf(
      f.menteesWithConsent,
      f.menteesCount,
      R.menteeBankEmpty,
      R.menteeBankDone(f.menteesCount),
      R.menteeBankConsents(f.menteesWithConsent, f.menteesCount),
    ),
  'bank.mentors.survey': (f, ended) =>
    survey(f.mentorSurveyAnswers, ended, R.mentorSurveyDone(f.mentorSurveyAnswers), R.mentorSurveyAnswers(f.mentorSurveyAnswers)),
  'bank.mentors.formed': (f) =>
    allOf(
      f.mentorsWithConsent,
      f.mentorsCount,
      R.mentorBankEmpty,
      R.mentorBankDone(f.mentorsCount),
      R.mentorBankConsents(f.mentorsWithConsent, f.mentorsCount),
    ),
  'training.selection': (f) => check(f.pairsCount > 0, false, f.pairsCount > 0 ? R.selectionDone(f.pairsCount) : R.noPairsYet),
  'training.courses': (f) =>
    allOf(
      f.mentorsInPairsTrained,
      f.mentorsInPairs,
      R.noMentorsInPairs,
      R.trainingDone(f.mentorsInPairs),
      R.trainingPartial(f.mentorsInPairsTrained, f.mentorsInPairs),
    ),
  'pairs.matching': (f, ended) => {
    if (f.pairsCount === 0) return check(false, false, R.noPairsYet);
    const all = f.menteesWithoutPair === 0;
    return check(all || ended, true, all ? R.matchingAll(f.pairsCount) : R.matchingPartial(f.pairsCount, f.menteesWithoutPair));
  },
  'pairs.consents': (f) =>
    allOf(
      f.mentorsInPairsWithDutiesConsent,
      f.mentorsInPairs,
      R.noMentorsInPairs,
      R.dutiesDone(f.mentorsInPairs),
      R.dutiesPartial(f.mentorsInPairsWithDutiesConsent, f.mentorsInPairs),
    ),
  'pairs.order': (f) =>
    check(
      f.pairsOrderSigned,
      f.pairsFixedByOrder > 0,
      f.pairsOrderSigned ? R.pairsOrderSigned(f.pairsFixedByOrder, f.pairsCount) : R.pairsOrderMissing,
    ),
  'pairs.programmes': (f) =>
    allOf(
      f.programmesCount,
      f.pairsCount,
      R.noPairsYet,
      R.programmesDone(f.pairsCount),
      R.programmesPartial(f.programmesCount, f.pairsCount),
    ),
  'work.activities': (f) =>
    allOf(
      f.programmeItemsDone,
      f.programmeItemsPlanned,
      R.activitiesNone,
      R.activitiesDone(f.programmeItemsPlanned),
      R.activitiesPartial(f.programmeItemsDone, f.programmeItemsPlanned),
    ),
  'work.meetings': (f, ended) => {
    if (f.pairsCount === 0) return check(false, false, R.noPairsYet);
    const all = f.pairsWithMeeting >= f.pairsCount;
    return check(
      all && ended,
      f.pairsWithMeeting > 0,
      all ? R.meetingsDone(f.pairsCount) : R.meetingsPartial(f.pairsWithMeeting, f.pairsCount),
    );
  },
  'work.unpaired': (f) =>
    f.menteesCount === 0 || f.pairsCount === 0
      ? check(false, false, R.noPairsYet)
      : check(
          f.menteesWithoutPair === 0,
          true,
          f.menteesWithoutPair === 0 ? R.unpairedNone : R.unpairedLeft(f.menteesWithoutPair),
        ),
  'completion.final': (f) =>
    allOf(
      f.pairsFinished,
      f.pairsCount,
      R.noPairsYet,
      R.finishedAll(f.pairsCount),
      R.finishedPartial(f.pairsFinished, f.pairsCount),
    ),
  'completion.survey': (f, ended) => {
    const answers = f.satisfactionAnswersEnd;
    const expected = f.participantsInPairs;
    if (answers === 0) return check(false, false, R.satisfactionNone);
    return check((expected > 0 && answers >= expected) || ended, true, R.satisfaction(answers, Math.max(expected, answers)));
  },
  'completion.reports': (f) =>
    allOf(
      f.mentorReports,
      f.mentorsInPairs,
      R.noMentorsInPairs,
      R.reportsDone(f.mentorsInPairs),
      R.reportsPartial(f.mentorReports, f.mentorsInPairs),
    ),
  'completion.order': (f) =>
    check(f.completionOrderSigned, false, f.completionOrderSigned ? R.completionSigned : R.completionMissing),
  'completion.note': (f) => check(f.monitoringNoteMade, false, f.monitoringNoteMade ? R.noteMade : R.noteMissing),
  'motivation.reward': (f) => check(f.rewardOrderSigned, false, f.rewardOrderSigned ? R.rewardSigned : R.rewardMissing),
  'info.site': (f) => check(f.siteSectionSet, false, f.siteSectionSet ? R.siteSet : R.siteMissing),
  'info.results': (f) => check(f.sitePublished, false, f.sitePublished ? R.sitePublished : R.siteNotPublished),
  'info.municipal': (f) => check(f.municipalReportMade, false, f.municipalReportMade ? R.municipalMade : R.municipalMissing),
};

export interface RoadmapRowState {
  from?: Date | null;
  to?: Date | null;
  /** «Статус» as it stands in the sheet (typed by the curator or written earlier). */
  status?: string | null;
}

export interface RoadmapStatusResult {
  status: RoadmapStatus;
  /** Short Russian reason, e.g. «банк наставляемых сформирован: 12 человек, согласия у всех». */
  reason: string;
  /** 'manual': a typed «выполнено» kept; 'register': done by the register's facts; 'dates': by the clock. */
  source: 'manual' | 'register' | 'dates';
}

/** Is this cell a «выполнено» (any case, ё/е, stray spaces or a final full stop)? */
export function isDoneStatus(status: unknown): boolean {
  return foldText(status) === foldText(ROADMAP_STATUS.done);
}

/**
 * The status of a roadmap row on `today`:
 *  - a typed «выполнено» is kept (never downgraded);
 *  - otherwise, when the key has a register test and it passes: «выполнено»;
 *  - otherwise by the clock (calendar days): before «Начало» — «не начато», from «Начало»
 *    to «Окончание» inclusive — «в работе», after «Окончание» — «просрочено»; a row not
 *    started by the clock whose work is already visible in the register is «в работе».
 */
export function roadmapStatus(row: RoadmapRowState, today: Date, facts: RegisterFacts, key?: string): RoadmapStatusResult {
  if (isDoneStatus(row.status)) return { status: ROADMAP_STATUS.done, reason: R.manualDone, source: 'manual' };

  const now = dayNumber(today);
  const from = isValidDate(row.from) ? row.from : null;
  const to = isValidDate(row.to) ? row.to : null;
  const ended = to !== null && now > dayNumber(to);
  const test = key ? FACT_TESTS[key as RoadmapActivityKey] : undefined;
  const fact = test ? test(facts, ended) : undefined;
  if (fact?.done) return { status: ROADMAP_STATUS.done, reason: fact.detail, source: 'register' };

  let status: RoadmapStatus;
  let when: string;
  if (!from && !to) {
    status = ROADMAP_STATUS.notStarted;
    when = R.noDates;
  } else if (from && now < dayNumber(from)) {
    status = ROADMAP_STATUS.notStarted;
    when = R.startsOn(from);
  } else if (to && ended) {
    status = ROADMAP_STATUS.overdue;
    when = R.overdueSince(to);
  } else {
    status = ROADMAP_STATUS.inProgress;
    when = to ? R.dueBy(to) : R.noEnd;
  }
  if (status === ROADMAP_STATUS.notStarted && fact?.started) status = ROADMAP_STATUS.inProgress;
  return { status, reason: fact ? R.join(when, fact.detail) : when, source: 'dates' };
}

/**
 * Statuses of all rows of a sheet at once; `keys[i]` is the template key of row i (from
 * matchTemplateRows) or undefined for the curator's own rows.
 */
export function roadmapStatuses(
  rows: readonly RoadmapRowState[],
  keys: readonly (string | undefined)[],
  today: Date,
  facts: RegisterFacts,
): RoadmapStatusResult[] {
  if (!isValidDate(today)) throw new Error('roadmapStatuses: today is not a date');
  return rows.map((row, i) => roadmapStatus(row, today, facts, keys[i]));
}

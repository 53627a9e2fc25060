/**
 * The standard roadmap: the stages and activities that the seed roadmaps share, each with
 * a stable key, a number by stage («1.1», «1.2», «2.1» …), the responsible roles and dates
 * laid out across the school year.
 *
 * Timing follows the seeds' usual order: local acts in September, the banks in September
 * and October, pairs fixed by mid-October, the programmes from October to April,
 * completion, monitoring and rewards in May, information support all year. The dates
 * below are written for a year from 1 September to 31 May; another year from «Настройки»
 * (say, 25 August to 30 June) stretches or shrinks them in proportion, so each date keeps
 * its place in the year and never leaves [yearStart, yearEnd].
 */
import {
  ROADMAP_ACTIVITIES,
  ROADMAP_MESSAGES,
  ROADMAP_ROLES,
  ROADMAP_STAGE_TITLES,
  type RoadmapActivityKey,
  type RoadmapRole,
  type RoadmapStageKey,
} from '../../i18n/roadmap';
import { dayNumber, fromDayNumber, isValidDate } from './dates';

export interface RoadmapTemplateRow {
  /** Stable code of the activity, e.g. 'bank.mentees.survey'. */
  key: RoadmapActivityKey;
  stageKey: RoadmapStageKey;
  /** «№»: stage number and activity number within the stage, e.g. «2.1». */
  number: string;
  /** «Этап». */
  stage: string;
  /** «Мероприятие». */
  activity: string;
  /** «Содержание». */
  content: string;
  /** «Начало», local midnight. */
  from: Date;
  /** «Окончание», local midnight; never before `from`. */
  to: Date;
  /** «Ответственный»: roles, e.g. «Директор, куратор». */
  responsible: string;
}

/** [calendar month 1–12, day] in a September–May year. */
type MonthDay = readonly [number, number];

interface TemplateItem {
  key: RoadmapActivityKey;
  from: MonthDay;
  to: MonthDay;
  roles: readonly RoadmapRole[];
}

/** Stages in the order of the yearly cycle (DOMAIN.md) and their activities in time order. */
const STAGES: readonly { key: RoadmapStageKey; items: readonly TemplateItem[] }[] = [
  {
    key: 'prep',
    items: [
      { key: 'prep.regulation', from: [9, 1], to: [9, 10], roles: ['director', 'curator'] },
      { key: 'prep.curator', from: [9, 1], to: [9, 10], roles: ['director'] },
      { key: 'prep.council', from: [9, 5], to: [9, 15], roles: ['curator'] },
    ],
  },
  {
    key: 'menteeBank',
    items: [
      { key: 'bank.mentees.survey', from: [9, 10], to: [9, 25], roles: ['curator'] },
      { key: 'bank.mentees.formed', from: [9, 15], to: [10, 5], roles: ['curator'] },
    ],
  },
  {
    key: 'mentorBank',
    items: [
      { key: 'bank.mentors.survey', from: [9, 10], to: [9, 25], roles: ['curator', 'methodUnion'] },
      { key: 'bank.mentors.formed', from: [9, 15], to: [10, 5], roles: ['curator'] },
    ],
  },
  {
    key: 'training',
    items: [
      { key: 'training.selection', from: [9, 26], to: [10, 8], roles: ['curator', 'methodUnion'] },
      { key: 'training.sessions', from: [10, 1], to: [10, 10], roles: ['curator'] },
      { key: 'training.courses', from: [10, 1], to: [12, 20], roles: ['director', 'curator'] },
    ],
  },
  {
    key: 'pairs',
    items: [
      { key: 'pairs.matching', from: [10, 1], to: [10, 10], roles: ['curator', 'mentors', 'mentees'] },
      { key: 'pairs.consents', from: [10, 5], to: [10, 12], roles: ['curator', 'mentors'] },
      { key: 'pairs.order', from: [10, 10], to: [10, 15], roles: ['director'] },
      { key: 'pairs.programmes', from: [10, 10], to: [10, 25], roles: ['mentors', 'mentees', 'curator'] },
    ],
  },
  {
    key: 'work',
    items: [
      { key: 'work.activities', from: [10, 15], to: [4, 30], roles: ['mentors', 'mentees'] },
      { key: 'work.unpaired', from: [10, 15], to: [12, 25], roles: ['curator', 'methodUnion'] },
      { key: 'work.meetings', from: [11, 15], to: [4, 15], roles: ['mentors', 'mentees'] },
      { key: 'work.midReview', from: [12, 15], to: [1, 25], roles: ['curator'] },
    ],
  },
  {
    key: 'completion',
    items: [
      { key: 'completion.final', from: [5, 5], to: [5, 15], roles: ['mentors', 'mentees', 'curator'] },
      { key: 'completion.survey', from: [5, 5], to: [5, 20], roles: ['curator'] },
      { key: 'completion.reports', from: [5, 10], to: [5, 20], roles: ['mentors'] },
      { key: 'completion.bestPractices', from: [5, 15], to: [5, 25], roles: ['methodUnion', 'curator'] },
      { key: 'completion.order', from: [5, 20], to: [5, 29], roles: ['director'] },
      { key: 'completion.note', from: [5, 20], to: [5, 31], roles: ['curator'] },
    ],
  },
  {
    key: 'motivation',
    items: [{ key: 'motivation.reward', from: [5, 20], to: [5, 31], roles: ['director', 'curator'] }],
  },
  {
    key: 'info',
    items: [
      { key: 'info.site', from: [9, 1], to: [9, 20], roles: ['curator'] },
      { key: 'info.coverage', from: [9, 1], to: [5, 31], roles: ['curator'] },
      { key: 'info.municipal', from: [10, 15], to: [10, 31], roles: ['curator'] },
      { key: 'info.results', from: [5, 20], to: [5, 31], roles: ['curator'] },
    ],
  },
];

/** Stage keys in template order. */
export const ROADMAP_STAGE_ORDER: readonly RoadmapStageKey[] = STAGES.map((s) => s.key);

/** The stage an activity key belongs to. */
export function stageOfKey(key: string): RoadmapStageKey | undefined {
  return STAGES.find((s) => s.items.some((i) => i.key === key))?.key;
}

/** «Директор, куратор»: roles joined, the first one capitalised. */
export function responsibleText(roles: readonly RoadmapRole[]): string {
  const text = roles.map((r) => ROADMAP_ROLES[r]).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The template rows for a school year. Throws (with a Russian message for the curator)
 * when the dates are missing or the year ends before it starts.
 */
export function roadmapTemplate(yearStart: Date, yearEnd: Date): RoadmapTemplateRow[] {
  if (!isValidDate(yearStart) || !isValidDate(yearEnd)) throw new Error(ROADMAP_MESSAGES.invalidYear);
  const start = dayNumber(yearStart);
  const end = dayNumber(yearEnd);
  if (end < start) throw new Error(ROADMAP_MESSAGES.badYear(yearStart, yearEnd));

  // The September–May year the dates above are written for: the one yearStart falls in
  // (from August on, as schoolYearOf counts).
  const first = yearStart.getMonth() >= 7 ? yearStart.getFullYear() : yearStart.getFullYear() - 1;
  const modelStart = dayNumber(new Date(first, 8, 1));
  const modelEnd = dayNumber(new Date(first + 1, 4, 31));
  const place = ([month, day]: MonthDay): Date => {
    const model = dayNumber(new Date(month >= 8 ? first : first + 1, month - 1, day));
    const share = (model - modelStart) / (modelEnd - modelStart);
    return fromDayNumber(start + Math.round(share * (end - start)));
  };

  const rows: RoadmapTemplateRow[] = [];
  STAGES.forEach((stage, s) => {
    stage.items.forEach((item, i) => {
      rows.push({
        key: item.key,
        stageKey: stage.key,
        number: `${s + 1}.${i + 1}`,
        stage: ROADMAP_STAGE_TITLES[stage.key],
        activity: ROADMAP_ACTIVITIES[item.key].activity,
        content: ROADMAP_ACTIVITIES[item.key].content,
        from: place(item.from),
        to: place(item.to),
        responsible: responsibleText(item.roles),
      });
    });
  });
  return rows;
}

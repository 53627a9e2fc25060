/**
 * Input and output of monitoring: plain records as the register sheets hold them (the app
 * layer reads each sheet once and maps its rows to these), and the computed indicators.
 * No Apps Script globals, no Node API.
 */
import type { IndicatorUnit } from '../../i18n/monitoring';
import type { VocabularyKey } from '../vocabulary';

/** A date cell: a Date, or blank. */
export type DateCell = Date | null | undefined;

/** A row of «Наставники». */
export interface MonitoringMentor {
  id: string;
  status?: string;
  /** One of AGE_BANDS; anything else counts as «возраст не указан». */
  ageBand?: string;
  qualification?: string;
  careerGroup?: string;
  consentData?: DateCell;
  consentWithdrawn?: DateCell;
  /** The mentor's duties consent (ст. 351.8 ТК РФ); used for a pair without its own date. */
  consentDuties?: DateCell;
  consentPublish?: DateCell;
  trainingDate?: DateCell;
}

/** A row of «Наставляемые». */
export interface MonitoringMentee {
  id: string;
  status?: string;
  ageBand?: string;
  menteeCategory?: string;
  consentData?: DateCell;
  consentWithdrawn?: DateCell;
}

/** A row of «Пары» (a pair has one mentee, a group more than one). */
export interface MonitoringPair {
  id: string;
  mentorId: string;
  menteeIds: readonly string[];
  form?: string;
  kind?: string;
  /** Blank counts as «проект», as the register reads it. */
  status?: string;
  startDate?: DateCell;
  plannedEnd?: DateCell;
  endDate?: DateCell;
  completionReason?: string;
  /** «Согласие наставника на обязанности: дата» of the pair; falls back to the mentor's. */
  dutiesConsent?: DateCell;
}

/** A row of «Программы». */
export interface MonitoringProgrammeEntry {
  pairId: string;
  /** 'мероприятие' | 'встреча'; blank or anything else counts as an activity. */
  entryType?: string;
  term?: DateCell;
  /** Blank (null/undefined) on a meeting dated no later than today counts as held. */
  done?: boolean | null;
}

/** One answer of a satisfaction questionnaire (the overall score). */
export interface SatisfactionAnswer {
  pairId: string;
  role: 'mentor' | 'mentee';
  stage: 'start' | 'end';
  /** 1–10; anything else is ignored. */
  score: number;
}

/** A row of «Дорожная карта». */
export interface RoadmapRow {
  status?: string;
}

export interface MonitoringInput {
  mentors: readonly MonitoringMentor[];
  mentees: readonly MonitoringMentee[];
  pairs: readonly MonitoringPair[];
  programmes?: readonly MonitoringProgrammeEntry[];
  satisfaction?: readonly SatisfactionAnswer[];
  roadmap?: readonly RoadmapRow[];
  today: Date;
  /**
   * The school year from «Настройки». Pairs whose term lies wholly outside it (ended before
   * it began or start after it ends) are history: they and people known only through them
   * are left out. Blank: no filter.
   */
  schoolYearStart?: DateCell;
  schoolYearEnd?: DateCell;
  /**
   * The curator's lists from «Справочники» (defaults of src/domain/vocabulary.ts where
   * absent): every value gets a row, even at zero, so the table keeps its shape; values met
   * in the data but not in the list are added after them.
   */
  vocabularies?: Partial<Record<VocabularyKey, readonly string[]>>;
}

/** A row of «Мониторинг». */
export interface Indicator {
  /** Stable code, e.g. 'mentors.total', 'pairs.form:педагог – педагог', 'pairs.form:none'. */
  code: string;
  /** Section title (Russian). */
  group: string;
  /** «Показатель» (Russian). */
  indicator: string;
  /** null: the denominator is 0 or there is no answer (print «—» / «нет данных»). */
  value: number | null;
  unit: IndicatorUnit;
  /** Breakdown rows only: the short label (vocabulary value or «… не указан»), for charts. */
  label?: string;
}

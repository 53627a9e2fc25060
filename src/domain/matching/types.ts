/**
 * Data of matching, as the register holds it (the «Наставники», «Наставляемые» and «Пары»
 * sheets), with the weights from «Настройки». Plain objects so the sidebar can send them.
 */

export interface Mentor {
  id: string;
  fullName: string;
  email?: string;
  position?: string;
  /** One value, or several separated by «;». */
  subject?: string;
  level?: string;
  experience?: number;
  qualification?: string;
  careerGroup?: string;
  competences: string[];
  preferredForm?: string;
  preferredKind?: string;
  /** Blank: the school's default (setting «Наибольшее число наставляемых у наставника»). */
  maxMentees?: number;
  status?: string;
  consentData?: Date | null;
  consentWithdrawn?: Date | null;
}

export interface Mentee {
  id: string;
  fullName: string;
  email?: string;
  subject?: string;
  level?: string;
  experience?: number;
  menteeCategory?: string;
  requests: string[];
  /** Free text from the questionnaire: «Петрова А. И.», «Анна Ивановна Петрова», an ID. */
  wishedMentor?: string;
  preferredForm?: string;
  preferredKind?: string;
  status?: string;
}

export interface ExistingPair {
  id: string;
  mentorId: string;
  menteeIds: string[];
  status: string;
  startDate?: Date | null;
  plannedEnd?: Date | null;
}

export interface Weights {
  /** Per shared request. */
  requests: number;
  subject: number;
  level: number;
  /** When the mentor's experience exceeds the mentee's by at least EXPERIENCE_GAP years. */
  experience: number;
  /** For «высшая» and the two teacher titles; «первая» earns half. */
  category: number;
  /** The mentee named this mentor. */
  mutual: number;
  formKind: number;
}

/** Defaults of src/register/settings.ts (weight* settings). */
export const DEFAULT_WEIGHTS: Readonly<Weights> = {
  requests: 15,
  subject: 20,
  level: 10,
  experience: 10,
  category: 10,
  mutual: 30,
  formKind: 5,
};

export const DEFAULT_MAX_MENTEES = 2;

/** Years by which the mentor's experience must exceed the mentee's to earn points. */
export const EXPERIENCE_GAP = 5;

export type ReasonCode =
  | 'requests'
  | 'subject'
  | 'level'
  | 'experience'
  | 'category'
  | 'mutual'
  | 'formKind'
  /** Informational (0 points). */
  | 'load';

export interface Reason {
  code: ReasonCode;
  points: number;
  text: string;
}

export interface Scored {
  score: number;
  reasons: Reason[];
}

export type ExclusionCode = 'samePerson' | 'notActive' | 'consentWithdrawn' | 'capacity' | 'alreadyPaired';

export interface Exclusion {
  code: ExclusionCode;
  text: string;
}

export interface MatchOptions {
  /** Capacity of a mentor whose «max mentees» is blank. Default DEFAULT_MAX_MENTEES. */
  defaultMaxMentees?: number;
}

/** A pair the curator chose in the sidebar before running the automatic matching. */
export interface FixedPair {
  mentorId: string;
  menteeId: string;
}

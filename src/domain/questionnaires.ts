/**
 * The add-on's questionnaires, composed from the school's own vocabularies so that answers
 * use the same values the register and the matching compare.
 */
import { Q_COMMON, Q_MENTEE, Q_MENTOR, Q_SATISFACTION } from '../i18n/questionnaires';
import type { FormItem, FormModel, QuestionnairePurpose } from './formModel';
import type { VocabularyKey } from './vocabulary';

export type Vocabularies = Record<VocabularyKey, readonly string[]>;

export interface QuestionnaireContext {
  /** Short name of the organisation for the description ('' if not set yet). */
  organisation: string;
  vocabularies: Vocabularies;
}

/** Keys of the satisfaction questionnaires' own items (not bank columns). */
export const SATISFACTION_KEYS = {
  pairId: 'pairId',
  stage: 'stage',
  skills: 'skills',
  best: 'bestPart',
  improve: 'improve',
} as const;

/** Which vocabulary feeds each key's choices (for refreshing existing forms). */
export const CHOICE_SOURCES: Readonly<Record<string, VocabularyKey>> = {
  position: 'positions',
  subject: 'subjects',
  level: 'levels',
  ageBand: 'ageBands',
  menteeCategory: 'menteeCategories',
  requests: 'competences',
  competences: 'competences',
  preferredForm: 'forms',
  preferredKind: 'kinds',
  qualification: 'qualificationCategories',
  readiness: 'readiness',
};

function profileItems(v: Vocabularies): FormItem[] {
  return [
    { kind: 'text', key: 'fullName', ...Q_COMMON.fullName, required: true },
    { kind: 'list', key: 'position', ...Q_COMMON.position, choices: v.positions, required: true },
    { kind: 'list', key: 'subject', ...Q_COMMON.subject, choices: v.subjects, required: true },
    { kind: 'choice', key: 'level', ...Q_COMMON.level, choices: v.levels, required: true },
    { kind: 'text', key: 'experience', ...Q_COMMON.experience, required: true },
    { kind: 'choice', key: 'ageBand', ...Q_COMMON.ageBand, choices: v.ageBands, required: true },
  ];
}

function preferenceItems(v: Vocabularies): FormItem[] {
  return [
    { kind: 'choice', key: 'preferredForm', ...Q_COMMON.preferredForm, choices: v.forms },
    { kind: 'choice', key: 'preferredKind', ...Q_COMMON.preferredKind, choices: v.kinds },
  ];
}

export function menteeQuestionnaire(ctx: QuestionnaireContext): FormModel {
  const v = ctx.vocabularies;
  return {
    purpose: 'mentee',
    title: Q_MENTEE.title,
    description: `${Q_MENTEE.description(ctx.organisation)}\n\n${Q_COMMON.emailNote}`,
    confirmation: Q_COMMON.confirmation,
    collectEmail: true,
    items: [
      { kind: 'section', key: 'sectionProfile', ...Q_MENTEE.sectionProfile },
      ...profileItems(v),
      { kind: 'choice', key: 'menteeCategory', ...Q_MENTEE.category, choices: v.menteeCategories, required: true },
      { kind: 'section', key: 'sectionRequests', ...Q_MENTEE.sectionRequests },
      { kind: 'checkbox', key: 'requests', ...Q_MENTEE.requests, choices: v.competences, other: true, required: true },
      ...preferenceItems(v),
      { kind: 'text', key: 'wishedMentor', ...Q_MENTEE.wishedMentor },
      {
        kind: 'checkbox',
        key: 'consentAck',
        title: Q_MENTEE.consentAck.title,
        choices: [Q_MENTEE.consentAck.choice],
        required: true,
      },
    ],
  };
}

export function mentorQuestionnaire(ctx: QuestionnaireContext): FormModel {
  const v = ctx.vocabularies;
  return {
    purpose: 'mentor',
    title: Q_MENTOR.title,
    description: `${Q_MENTOR.description(ctx.organisation)}\n\n${Q_COMMON.emailNote}`,
    confirmation: Q_COMMON.confirmation,
    collectEmail: true,
    items: [
      { kind: 'section', key: 'sectionProfile', ...Q_MENTOR.sectionProfile },
      ...profileItems(v),
      { kind: 'list', key: 'qualification', ...Q_MENTOR.qualification, choices: v.qualificationCategories, required: true },
      { kind: 'section', key: 'sectionMentoring', ...Q_MENTOR.sectionMentoring },
      { kind: 'checkbox', key: 'competences', ...Q_MENTOR.competences, choices: v.competences, other: true, required: true },
      { kind: 'list', key: 'maxMentees', ...Q_MENTOR.maxMentees, choices: ['1', '2', '3', '4', '5'], required: true },
      ...preferenceItems(v),
      { kind: 'choice', key: 'readiness', ...Q_MENTOR.readiness, choices: v.readiness, required: true },
      { kind: 'date', key: 'trainingDate', ...Q_MENTOR.trainingDate },
    ],
  };
}

export function satisfactionQuestionnaire(role: 'mentee' | 'mentor'): FormModel {
  const scales = role === 'mentee' ? Q_SATISFACTION.menteeScales : Q_SATISFACTION.mentorScales;
  return {
    purpose: role === 'mentee' ? 'satisfactionMentee' : 'satisfactionMentor',
    title: role === 'mentee' ? Q_SATISFACTION.titleMentee : Q_SATISFACTION.titleMentor,
    description: Q_SATISFACTION.description,
    confirmation: Q_COMMON.confirmation,
    collectEmail: true,
    items: [
      { kind: 'text', key: SATISFACTION_KEYS.pairId, ...Q_SATISFACTION.pairId, required: true },
      { kind: 'choice', key: SATISFACTION_KEYS.stage, ...Q_SATISFACTION.stage, choices: Q_SATISFACTION.stages, required: true },
      ...scales.map(
        (s): FormItem => ({
          kind: 'scale',
          key: s.key,
          title: s.title,
          lower: 1,
          upper: 10,
          lowerLabel: Q_SATISFACTION.scaleLow,
          upperLabel: Q_SATISFACTION.scaleHigh,
          required: true,
        }),
      ),
      {
        kind: 'grid',
        key: SATISFACTION_KEYS.skills,
        title: Q_SATISFACTION.skillsGrid.title,
        rows: Q_SATISFACTION.skillsGrid.rows,
        columns: Q_SATISFACTION.skillsGrid.columns,
      },
      { kind: 'paragraph', key: SATISFACTION_KEYS.best, ...Q_SATISFACTION.bestPart },
      { kind: 'paragraph', key: SATISFACTION_KEYS.improve, ...Q_SATISFACTION.improve },
    ],
  };
}

export const QUESTIONNAIRE_PURPOSES: readonly QuestionnairePurpose[] = [
  'mentee',
  'mentor',
  'satisfactionMentee',
  'satisfactionMentor',
];

export function composeQuestionnaire(purpose: QuestionnairePurpose, ctx: QuestionnaireContext): FormModel {
  switch (purpose) {
    case 'mentee':
      return menteeQuestionnaire(ctx);
    case 'mentor':
      return mentorQuestionnaire(ctx);
    case 'satisfactionMentee':
      return satisfactionQuestionnaire('mentee');
    case 'satisfactionMentor':
      return satisfactionQuestionnaire('mentor');
  }
}

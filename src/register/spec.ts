/**
 * The register's structure: which sheets exist, their columns in default order, the type
 * of each column and which vocabulary feeds its drop-down. Columns are matched by header
 * text, so the curator may reorder them or add their own.
 */
import type { VocabularyKey } from '../domain/vocabulary';
import { COLUMN_TITLES, type ColumnKey, SHEET_TITLES, type SheetKey } from '../i18n/register';

export type ColumnType =
  | 'id'
  | 'text'
  | 'date'
  | 'datetime'
  | 'integer'
  | 'number'
  | 'bool'
  | 'email'
  | 'url'
  /** one value of a vocabulary */
  | 'choice'
  /** several values of a vocabulary, separated by «; » */
  | 'choices'
  /** IDs of records in another sheet, separated by «; » */
  | 'refs';

export interface ColumnSpec {
  key: ColumnKey;
  header: string;
  type: ColumnType;
  /** A record cannot exist without it; if the header is missing while data exist, nothing is written. */
  required?: boolean;
  vocabulary?: VocabularyKey;
  min?: number;
  max?: number;
  width?: number;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  /** Prefix of generated IDs, e.g. «НТ» gives НТ-0001. Absent: the sheet has no ID column. */
  idPrefix?: string;
  columns: readonly ColumnSpec[];
  tabColor?: string;
}

function col(key: ColumnKey, type: ColumnType, extra: Partial<ColumnSpec> = {}): ColumnSpec {
  return { key, header: COLUMN_TITLES[key], type, ...extra };
}

/** The profile both banks share, so matching compares like with like. */
const personColumns = [
  col('id', 'id', { required: true }),
  col('fullName', 'text', { required: true, width: 240 }),
  col('position', 'choice', { vocabulary: 'positions', width: 180 }),
  col('subject', 'choice', { vocabulary: 'subjects', width: 200 }),
  col('level', 'choice', { vocabulary: 'levels', width: 150 }),
  col('experience', 'integer', { min: 0, max: 70 }),
];

/**
 * The curator's check of a person's data: ticked, no later answer changes a filled cell of the
 * row; what such an answer says differently is kept in «Предложенные изменения».
 */
const identityColumns = [
  col('verified', 'bool'),
  col('proposedChanges', 'text', { width: 320 }),
  // Addresses of rows merged into this one («Объединить»): their answers are this person's.
  col('otherEmails', 'text', { width: 220 }),
];

const consentColumns = [col('consentData', 'date'), col('consentWithdrawn', 'date')];

export const SHEET_SPECS: readonly SheetSpec[] = [
  {
    key: 'settings',
    name: SHEET_TITLES.settings,
    tabColor: '#5f6368',
    columns: [
      col('parameter', 'text', { required: true, width: 340 }),
      col('value', 'text', { required: true, width: 320 }),
      col('hint', 'text', { width: 360 }),
    ],
  },
  { key: 'vocabularies', name: SHEET_TITLES.vocabularies, tabColor: '#5f6368', columns: [] },
  {
    key: 'mentors',
    name: SHEET_TITLES.mentors,
    idPrefix: 'НТ',
    tabColor: '#1a73e8',
    columns: [
      ...personColumns,
      col('qualification', 'choice', { vocabulary: 'qualificationCategories', width: 180 }),
      col('careerGroup', 'choice', { vocabulary: 'careerGroups', width: 200 }),
      col('ageBand', 'choice', { vocabulary: 'ageBands' }),
      col('competences', 'choices', { vocabulary: 'competences', width: 320 }),
      col('competencesOther', 'text', { width: 220 }),
      col('preferredForm', 'choice', { vocabulary: 'forms', width: 220 }),
      col('preferredKind', 'choice', { vocabulary: 'kinds', width: 200 }),
      col('readiness', 'choice', { vocabulary: 'readiness', width: 200 }),
      col('maxMentees', 'integer', { min: 1, max: 30 }),
      col('trainingDate', 'date'),
      col('trainingCourse', 'text', { width: 220 }),
      col('email', 'email', { width: 200 }),
      ...consentColumns,
      col('consentDuties', 'date'),
      col('consentPublish', 'date'),
      col('status', 'choice', { vocabulary: 'mentorStatuses' }),
      col('source', 'choice', { vocabulary: 'sources' }),
      ...identityColumns,
    ],
  },
  {
    key: 'mentees',
    name: SHEET_TITLES.mentees,
    idPrefix: 'НЯ',
    tabColor: '#1a73e8',
    columns: [
      ...personColumns,
      col('ageBand', 'choice', { vocabulary: 'ageBands' }),
      col('menteeCategory', 'choice', { vocabulary: 'menteeCategories', width: 220 }),
      col('careerGroup', 'choice', { vocabulary: 'careerGroups', width: 200 }),
      col('requests', 'choices', { vocabulary: 'competences', width: 320 }),
      col('requestsOther', 'text', { width: 220 }),
      col('preferredForm', 'choice', { vocabulary: 'forms', width: 220 }),
      col('preferredKind', 'choice', { vocabulary: 'kinds', width: 200 }),
      col('wishedMentor', 'text', { width: 200 }),
      col('email', 'email', { width: 200 }),
      ...consentColumns,
      col('status', 'choice', { vocabulary: 'menteeStatuses' }),
      col('source', 'choice', { vocabulary: 'sources' }),
      ...identityColumns,
    ],
  },
  {
    key: 'pairs',
    name: SHEET_TITLES.pairs,
    idPrefix: 'П',
    tabColor: '#188038',
    columns: [
      col('id', 'id', { required: true }),
      col('mentorId', 'refs', { required: true }),
      col('menteeIds', 'refs', { required: true, width: 180 }),
      col('form', 'choice', { vocabulary: 'forms', width: 220 }),
      col('kind', 'choice', { vocabulary: 'kinds', width: 200 }),
      col('goal', 'text', { width: 300 }),
      col('startDate', 'date'),
      col('plannedEnd', 'date'),
      col('dutiesConsent', 'date'),
      col('consentScan', 'url', { width: 200 }),
      col('orderNumber', 'text'),
      col('orderDate', 'date'),
      col('status', 'choice', { vocabulary: 'pairStatuses' }),
      col('completionReason', 'choice', { vocabulary: 'completionReasons', width: 240 }),
      col('endDate', 'date'),
      col('satisfaction', 'number', { min: 1, max: 10 }),
      col('linkMentor', 'url', { width: 200 }),
      col('linkMentee', 'url', { width: 200 }),
    ],
  },
  {
    key: 'programmes',
    name: SHEET_TITLES.programmes,
    idPrefix: 'ПМ',
    tabColor: '#188038',
    columns: [
      col('id', 'id', { required: true }),
      col('pairId', 'refs', { required: true }),
      col('number', 'integer', { min: 1, width: 50 }),
      col('entryType', 'choice', { vocabulary: 'programmeEntryTypes' }),
      col('activity', 'text', { required: true, width: 320 }),
      col('term', 'date'),
      col('expectedResult', 'text', { width: 280 }),
      col('done', 'bool'),
      col('note', 'text', { width: 220 }),
    ],
  },
  {
    key: 'roadmap',
    name: SHEET_TITLES.roadmap,
    idPrefix: 'ДК',
    tabColor: '#e37400',
    columns: [
      col('id', 'id', { required: true }),
      col('number', 'text', { width: 50 }),
      col('stage', 'text', { width: 220 }),
      col('activity', 'text', { required: true, width: 320 }),
      col('content', 'text', { width: 320 }),
      col('from', 'date'),
      col('to', 'date'),
      col('responsible', 'text', { width: 200 }),
      col('status', 'choice', { vocabulary: 'roadmapStatuses' }),
      col('resultLink', 'url', { width: 200 }),
    ],
  },
  {
    key: 'orders',
    name: SHEET_TITLES.orders,
    idPrefix: 'ПР',
    tabColor: '#e37400',
    columns: [
      col('id', 'id', { required: true }),
      col('orderNumber', 'text', { required: true }),
      col('date', 'date'),
      col('orderKind', 'text', { width: 220 }),
      col('title', 'text', { width: 360 }),
      col('docLink', 'url', { width: 220 }),
      col('basis', 'refs', { width: 200 }),
      col('status', 'choice', { vocabulary: 'orderStatuses' }),
    ],
  },
  {
    // One row per generated document that is not an order: which file the add-on writes
    // again when the same document is made again, and since when it is up to date.
    key: 'documents',
    name: SHEET_TITLES.documents,
    tabColor: '#e37400',
    columns: [
      col('documentKind', 'text', { required: true, width: 260 }),
      col('documentSubject', 'text', { required: true, width: 160 }),
      col('fileName', 'text', { width: 360 }),
      col('docLink', 'url', { width: 220 }),
      col('madeAt', 'datetime', { width: 140 }),
    ],
  },
  {
    key: 'questionnaires',
    name: SHEET_TITLES.questionnaires,
    idPrefix: 'АН',
    tabColor: '#9334e6',
    columns: [
      col('id', 'id', { required: true }),
      col('purpose', 'text', { required: true, width: 240 }),
      col('formId', 'text', { width: 200 }),
      col('answerLink', 'url', { width: 220 }),
      col('editLink', 'url', { width: 220 }),
      col('responsesSheet', 'text', { width: 180 }),
      col('created', 'date'),
      col('answers', 'integer', { min: 0 }),
    ],
  },
  {
    key: 'monitoring',
    name: SHEET_TITLES.monitoring,
    tabColor: '#9334e6',
    columns: [
      col('indicatorCode', 'text', { required: true }),
      col('indicator', 'text', { width: 360 }),
      col('value', 'number'),
      col('unit', 'text'),
      col('updated', 'datetime', { width: 140 }),
    ],
  },
  {
    key: 'journal',
    name: SHEET_TITLES.journal,
    tabColor: '#5f6368',
    columns: [
      col('time', 'datetime', { width: 140 }),
      col('user', 'text', { width: 200 }),
      col('action', 'text', { width: 260 }),
      col('details', 'text', { width: 480 }),
    ],
  },
];

export function sheetSpec(key: SheetKey): SheetSpec {
  const spec = SHEET_SPECS.find((s) => s.key === key);
  if (!spec) throw new Error(`Unknown sheet ${key}`);
  return spec;
}

export const DATE_FORMAT = 'dd.mm.yyyy';
export const DATETIME_FORMAT = 'dd.mm.yyyy hh:mm';
/** Separator of several values in one cell (choices, refs). */
export const LIST_SEPARATOR = '; ';

/**
 * Plain-data state of the emulated Google Forms: forms keyed by id, their items and stored
 * responses. JSON-serialisable except response timestamps (Dates, which the snapshot encoder
 * tags), so a snapshot is the whole truth.
 */

export type ItemTypeName =
  | 'TEXT'
  | 'PARAGRAPH_TEXT'
  | 'MULTIPLE_CHOICE'
  | 'CHECKBOX'
  | 'LIST'
  | 'SCALE'
  | 'GRID'
  | 'DATE'
  | 'SECTION_HEADER'
  | 'PAGE_BREAK';

/** One item; fields that don't apply to its type keep their defaults. */
export interface ItemState {
  /** Unique, a large int as Google's. */
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  /** MULTIPLE_CHOICE, CHECKBOX, LIST. */
  choices: string[];
  /** MULTIPLE_CHOICE, CHECKBOX: an "Other:" option with free text. */
  hasOther: boolean;
  /** SCALE: bounds (default 1..5) and their labels. */
  lower: number;
  upper: number;
  leftLabel: string;
  rightLabel: string;
  /** GRID. */
  rows: string[];
  columns: string[];
  /** DATE. */
  includesYear: boolean;
}

/**
 * An answer as ItemResponse.getResponse returns it (documented): a string for most items,
 * string[] for checkboxes (the choices) and grids (one per row, '' when unanswered).
 * Scale answers are the number as a string; dates are 'YYYY-MM-DD' ('MM-DD' without year).
 */
export type ItemAnswer = string | string[];

export interface ItemAnswerState {
  itemId: number;
  response: ItemAnswer;
}

/** A submitted response (emulator-side submitResponse stores them). */
export interface FormResponseState {
  id: string;
  timestamp: Date;
  /** Respondent's e-mail when the form collects it, else null. */
  email: string | null;
  answers: ItemAnswerState[];
  /** Row written in the response sheet, null when the form had no destination. */
  row: number | null;
}

export interface DestinationState {
  type: 'SPREADSHEET';
  id: string;
}

/** What one column of the response sheet holds; `header` is the text last written there. */
export type ResponseColumn =
  | { kind: 'timestamp'; header: string }
  | { kind: 'email'; header: string }
  | { kind: 'item'; itemId: number; header: string }
  | { kind: 'gridRow'; itemId: number; row: string; header: string };

export interface FormState {
  id: string;
  /** The id in the published (respondent) URL. */
  publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  collectEmail: boolean;
  published: boolean;
  /** Set by setAcceptingResponses; an unpublished form accepts nothing whatever this says. */
  acceptingResponses: boolean;
  /** setCustomClosedFormMessage: shown when the form accepts no responses ('' or absent: Google's default). */
  closedMessage?: string;
  allowResponseEdits: boolean;
  progressBar: boolean;
  destination: DestinationState | null;
  /** sheetId of the response sheet in the destination spreadsheet. */
  responseSheetId: number | null;
  /** The response sheet's columns, in order from column A. */
  responseColumns: ResponseColumn[];
  items: ItemState[];
  responses: FormResponseState[];
  createdAt: number;
}

export interface FormsState {
  /** Keyed by form id, in creation order. */
  forms: Record<string, FormState>;
  /** Sequence for deterministic ids. */
  nextSeq: number;
}

export function newFormsState(): FormsState {
  return { forms: {}, nextSeq: 1 };
}

/** A new item as FormApp adds it: untitled, optional, scale 1..5, date with year. */
export function newItemState(id: number, type: ItemTypeName): ItemState {
  return {
    id,
    type,
    title: '',
    helpText: '',
    required: false,
    choices: [],
    hasOther: false,
    lower: 1,
    upper: 5,
    leftLabel: '',
    rightLabel: '',
    rows: [],
    columns: [],
    includesYear: true,
  };
}

/** Items that take an answer (and get a column in the response sheet). */
export function isAnswerable(type: ItemTypeName): boolean {
  return type !== 'SECTION_HEADER' && type !== 'PAGE_BREAK';
}

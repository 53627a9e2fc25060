/**
 * A respondent submitting the form: not Google's API but what the Forms web page does, for
 * tests and the playground. The answers are checked as the form page checks them (required
 * questions, choices, scale bounds, e-mail), stored with the form and, when the form is linked
 * to the spreadsheet, appended as the next row of its response sheet.
 */
import { isDate, isPlainObject } from '../core';
import { idText } from '../ids';
import { readDisplayValues } from '../spreadsheet/grid';
import type { SheetState } from '../spreadsheet/state';
import type { FormsContext } from './context';
import { dateAnswer } from './items';
import { responseSheet, writeResponseRow } from './response-sheet';
import { isAnswerable, type FormResponseState, type FormState, type ItemAnswer, type ItemState } from './state';

/** string (text, choice, list), string[] (checkboxes), number (scale), Date, {row: column} (grid). */
export type AnswerValue = string | readonly string[] | number | Date | Readonly<Record<string, string>> | null | undefined;

/** Answers keyed by item id or by item title. */
export type Answers = Readonly<Record<string, AnswerValue>>;

export interface SubmitOptions {
  /** The respondent's e-mail: required when the form collects e-mails, refused otherwise. */
  email?: string;
}

export interface SubmitResult {
  response: FormResponseState;
  /** Row of the response sheet, or null when the form has no destination here. */
  row: number | null;
  sheet: SheetState | null;
}

/** A submission the form page would refuse (an emulator error, not a Google exception). */
export class FormSubmitError extends Error {
  constructor(message: string) {
    super(`emulator: ${message}`);
    this.name = 'FormSubmitError';
  }
}

function findItem(form: FormState, key: string): ItemState {
  if (/^\d+$/.test(key)) {
    const byId = form.items.find((i) => i.id === Number(key));
    if (byId) return byId;
  }
  const byTitle = form.items.filter((i) => isAnswerable(i.type) && i.title === key);
  if (byTitle.length > 1) throw new FormSubmitError(`more than one question is titled "${key}"; answer by item id`);
  if (byTitle.length === 0) throw new FormSubmitError(`the form has no question "${key}"`);
  return byTitle[0];
}

function invalid(item: ItemState, value: unknown, why: string): FormSubmitError {
  return new FormSubmitError(`answer ${JSON.stringify(value)} to "${item.title}" (${item.type}): ${why}`);
}

function choiceAnswer(item: ItemState, value: unknown, allowOther: boolean): string {
  if (typeof value !== 'string') throw invalid(item, value, 'expected a string');
  if (!item.choices.includes(value) && !(allowOther && item.hasOther)) throw invalid(item, value, 'not one of the choices');
  return value;
}

/** The answer as ItemResponse.getResponse gives it, or null when the value means "no answer". */
function toAnswer(item: ItemState, value: AnswerValue, timeZone: string): ItemAnswer | null {
  if (value === null || value === undefined || value === '') return null;
  switch (item.type) {
    case 'TEXT':
    case 'PARAGRAPH_TEXT':
      if (typeof value !== 'string') throw invalid(item, value, 'expected a string');
      return value;
    case 'MULTIPLE_CHOICE':
      return choiceAnswer(item, value, true);
    case 'LIST':
      return choiceAnswer(item, value, false);
    case 'CHECKBOX': {
      if (!Array.isArray(value)) throw invalid(item, value, 'expected an array of strings');
      if (value.length === 0) return null;
      const picked = value.map((v) => choiceAnswer(item, v, true));
      const others = picked.filter((v) => !item.choices.includes(v));
      if (others.length > 1) throw invalid(item, value, 'only one "Other" answer fits');
      // The form's choice order, "Other" last, whatever order the caller listed them in (guessed).
      return [...item.choices.filter((c) => picked.includes(c)), ...others];
    }
    case 'SCALE':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < item.lower || value > item.upper) {
        throw invalid(item, value, `expected an integer from ${item.lower} to ${item.upper}`);
      }
      return String(value);
    case 'DATE':
      if (!isDate(value) || Number.isNaN(value.getTime())) throw invalid(item, value, 'expected a valid Date');
      return dateAnswer(value, item.includesYear, timeZone);
    case 'GRID': {
      if (!isPlainObject(value)) throw invalid(item, value, 'expected {row: column}');
      const grid = value as Record<string, unknown>;
      for (const [row, column] of Object.entries(grid)) {
        if (!item.rows.includes(row)) throw invalid(item, value, `no row "${row}"`);
        if (column !== '' && (typeof column !== 'string' || !item.columns.includes(column))) {
          throw invalid(item, value, `no column ${JSON.stringify(column)}`);
        }
      }
      const cells = item.rows.map((r) => (typeof grid[r] === 'string' ? (grid[r] as string) : ''));
      if (cells.every((c) => c === '')) return null;
      // A required grid needs every row: the form page asks for a response in each row.
      if (item.required && cells.some((c) => c === '')) throw invalid(item, value, 'every row needs an answer');
      return cells;
    }
    default:
      throw invalid(item, value, 'this item takes no answer');
  }
}

/** Submits one response as a respondent; see the file comment. */
export function submitResponse(ctx: FormsContext, formId: string, answers: Answers, options: SubmitOptions = {}): SubmitResult {
  const form = Object.hasOwn(ctx.state.forms, formId) ? ctx.state.forms[formId] : undefined;
  if (!form) throw new FormSubmitError(`no form with id ${formId}`);
  if (!form.published) throw new FormSubmitError(`form "${form.title}" is not published, so nobody can open it`);
  if (!form.acceptingResponses) {
    // The page shows the form's own closed message when it has one.
    const shown = form.closedMessage ? `; the page says: ${form.closedMessage}` : '';
    throw new FormSubmitError(`form "${form.title}" is not accepting responses${shown}`);
  }

  let email: string | null = null;
  if (form.collectEmail) {
    if (typeof options.email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(options.email)) {
      throw new FormSubmitError(`form "${form.title}" collects e-mails: give a valid options.email`);
    }
    email = options.email;
  } else if (options.email !== undefined) {
    throw new FormSubmitError(`form "${form.title}" does not collect e-mails; drop options.email`);
  }

  const byItem = new Map<number, ItemAnswer>();
  for (const [key, value] of Object.entries(answers)) {
    const item = findItem(form, key);
    if (byItem.has(item.id)) throw new FormSubmitError(`"${item.title}" is answered twice`);
    const answer = toAnswer(item, value, ctx.env.timeZone);
    if (answer !== null) byItem.set(item.id, answer);
  }
  const missing = form.items.filter((i) => isAnswerable(i.type) && i.required && !byItem.has(i.id));
  if (missing.length > 0) {
    throw new FormSubmitError(`required question(s) not answered: ${missing.map((i) => `"${i.title}"`).join(', ')}`);
  }

  const response: FormResponseState = {
    id: '2_' + idText(`${form.id}:response:${ctx.state.nextSeq++}`, 60),
    timestamp: ctx.env.now(),
    email,
    // In the form's item order, as Google lists item responses.
    answers: form.items.filter((i) => byItem.has(i.id)).map((i) => ({ itemId: i.id, response: byItem.get(i.id)! })),
    row: null,
  };
  const sheet = responseSheet(ctx.spreadsheet, form);
  if (sheet) response.row = writeResponseRow(ctx, form, response);
  form.responses.push(response);
  return { response, row: response.row, sheet };
}

/**
 * What a spreadsheet form-submit event reports about the new row: `values` as the sheet shows
 * the cells, `namedValues` keyed by the header row's text, each a list (two questions with the
 * same title share a key).
 */
export function submittedRowValues(
  ctx: FormsContext,
  form: FormState,
  row: number,
): { values: string[]; namedValues: Record<string, string[]> } {
  const sheet = responseSheet(ctx.spreadsheet, form);
  if (!sheet) throw new Error(`emulator: form ${form.id} has no response sheet`);
  const width = form.responseColumns.length;
  const [headers] = readDisplayValues(ctx.spreadsheet, sheet, { row: 1, column: 1, numRows: 1, numColumns: width });
  const [values] = readDisplayValues(ctx.spreadsheet, sheet, { row, column: 1, numRows: 1, numColumns: width });
  const namedValues: Record<string, string[]> = {};
  headers.forEach((h, i) => {
    if (!Object.hasOwn(namedValues, h)) {
      Object.defineProperty(namedValues, h, { value: [], writable: true, enumerable: true, configurable: true });
    }
    namedValues[h].push(values[i]);
  });
  return { values, namedValues };
}

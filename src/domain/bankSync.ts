/**
 * Merging questionnaire answers into a bank (mentors or mentees). Pure: given the response
 * rows and the bank's rows, it says which cells change and which people are new. A person
 * is found by e-mail, then by name (case, spaces and ё/е folded); the latest answer wins for
 * the columns the form owns, and the curator's columns are never touched. A row the curator
 * marked as checked («Данные проверены») keeps every filled value: a later answer that differs
 * is returned as a proposal, never written over it.
 */

export type BankKind = 'mentee' | 'mentor';

/** Columns each questionnaire fills; everything else in the bank belongs to the curator. */
export const FORM_OWNED: Record<BankKind, readonly string[]> = {
  mentee: [
    'fullName',
    'email',
    'position',
    'subject',
    'level',
    'experience',
    'ageBand',
    'menteeCategory',
    'requests',
    'requestsOther',
    'preferredForm',
    'preferredKind',
    'wishedMentor',
  ],
  mentor: [
    'fullName',
    'email',
    'position',
    'subject',
    'level',
    'experience',
    'ageBand',
    'qualification',
    'competences',
    'competencesOther',
    'maxMentees',
    'preferredForm',
    'preferredKind',
    'readiness',
    'trainingDate',
  ],
};

/** One response row, its cells keyed by item key ('email' for the collected address). */
export interface ResponseRow {
  row: number;
  answers: Record<string, unknown>;
}

export interface BankRow {
  /** 1-based sheet row. */
  row: number;
  /** Cells keyed by column key (only the columns present in the sheet). */
  cells: Record<string, unknown>;
}

export interface FieldProblem {
  key: string;
  value: string;
  problem: 'integer';
}

export interface PersonUpdate {
  /** Existing row to update, or null for a new person. */
  row: number | null;
  values: Record<string, unknown>;
}

/** An answer applied to a row: whose, from which response row and when. */
export interface AppliedAnswer {
  /** Existing row, or null for a new person (then `insert` is its index in `inserts`). */
  row: number | null;
  insert?: number;
  /** The response row of the latest answer applied, and its timestamp when readable. */
  responseRow: number;
  answeredAt: Date | null;
  /** Keys of the cells it changed (empty for a new person: the whole row is new). */
  keys: string[];
}

export interface SyncPlan {
  /** Changed cells of existing rows: row → key → new value. */
  updates: Map<number, Record<string, unknown>>;
  /**
   * Rows the curator marked as checked (or holding a proposal from before), touched by answers:
   * row → the answer's values that differ from the filled cells, never in `updates` (empty when
   * none differs any more: the proposal is cleared).
   */
  proposals: Map<number, { values: Record<string, unknown>; responseRow: number; answeredAt: Date | null }>;
  /** Every row an answer changed or added, in sheet order then answer order. */
  applied: AppliedAnswer[];
  /** New people, in answer order. */
  inserts: Record<string, unknown>[];
  unchanged: number;
  unusable: { row: number; reason: 'noIdentity' }[];
  problems: { row: number; field: FieldProblem }[];
}

export function foldName(name: unknown): string {
  return String(name ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

export function foldEmail(email: unknown): string {
  return String(email ?? '')
    .trim()
    .toLowerCase();
}

/** «Данные проверены»: a ticked checkbox, or «да» typed by hand. */
export function isConfirmed(value: unknown): boolean {
  if (value === true) return true;
  return ['да', 'true', 'истина', '1', '+'].includes(
    String(value ?? '')
      .trim()
      .toLowerCase(),
  );
}

/** «Другие адреса e-mail»: addresses separated by «;», «,» or spaces, folded. */
export function splitAddresses(value: unknown): string[] {
  return String(value ?? '')
    .split(/[;,\s]+/)
    .map(foldEmail)
    .filter(Boolean);
}

/** A name as it should be stored: single spaces, no edges. */
function tidyName(name: unknown): string {
  return String(name ?? '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).trim();
}

/** "3", "3 года", "15 лет" → the number; anything else → null. */
export function parseYears(value: unknown): number | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  const m = /^\s*(\d{1,2})\s*(год|года|лет)?\.?\s*$/i.exec(String(value ?? ''));
  return m ? Number(m[1]) : null;
}

/**
 * Splits a checkbox answer as Google writes it («a, b, своё») into known choices and the
 * rest. Choices may contain commas themselves, so known values are matched whole, longest
 * first, before the remainder is taken as the respondent's own text.
 */
export function splitCheckboxAnswer(answer: unknown, choices: readonly string[]): { known: string[]; other: string } {
  let rest = `, ${text(answer)}, `;
  const found: { value: string; at: number }[] = [];
  for (const choice of [...choices].sort((a, b) => b.length - a.length)) {
    const needle = `, ${choice}, `;
    const at = rest.indexOf(needle);
    if (at >= 0) {
      found.push({ value: choice, at });
      rest = `${rest.slice(0, at)}, ${'\u0000'.repeat(choice.length)}${rest.slice(at + needle.length - 2)}`;
    }
  }
  // The respondent's own text stays as typed («3,5 часа» keeps its comma): only the matched
  // choices and the separators Google put between them are taken out.
  const other = rest
    .replace(/, \u0000+(?=, )/g, '')
    .replace(/^, /, '')
    .replace(/, $/, '')
    .trim();
  return { known: found.sort((a, b) => a.at - b.at).map((f) => f.value), other };
}

export interface AnswerContext {
  /** Known choices of the checkbox items, by key. */
  checkboxChoices: Record<string, readonly string[]>;
  listSeparator: string;
}

/** Answers of one response → values of the bank's form-owned columns, with field problems. */
export function columnsFromAnswers(
  kind: BankKind,
  answers: Record<string, unknown>,
  ctx: AnswerContext,
): { values: Record<string, unknown>; problems: FieldProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: FieldProblem[] = [];
  for (const key of FORM_OWNED[kind]) {
    if (key === 'requestsOther' || key === 'competencesOther') continue;
    if (!(key in answers)) continue;
    const raw = answers[key];
    if (key === 'fullName') values[key] = tidyName(raw);
    else if (key === 'email') values[key] = foldEmail(raw);
    else if (key === 'experience' || key === 'maxMentees') {
      if (text(raw) === '') values[key] = '';
      else {
        const n = parseYears(raw);
        if (n === null) problems.push({ key, value: text(raw), problem: 'integer' });
        else values[key] = n;
      }
    } else if (key === 'requests' || key === 'competences') {
      const split = splitCheckboxAnswer(raw, ctx.checkboxChoices[key] ?? []);
      values[key] = split.known.join(ctx.listSeparator);
      values[key === 'requests' ? 'requestsOther' : 'competencesOther'] = split.other;
    } else if (key === 'trainingDate') {
      values[key] = Object.prototype.toString.call(raw) === '[object Date]' ? raw : text(raw);
    } else values[key] = text(raw);
  }
  return { values, problems };
}

/** A value in comparable form: Dates by instant, numbers and text as they read. */
function comparable(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Object.prototype.toString.call(value) === '[object Date]') return `d:${(value as Date).getTime()}`;
  if (typeof value === 'number') return `n:${value}`;
  return `s:${String(value).trim()}`;
}

export function sameCell(a: unknown, b: unknown): boolean {
  const ca = comparable(a);
  const cb = comparable(b);
  if (ca === cb) return true;
  // A number typed as text in the sheet equals the same number from a form.
  return ca.slice(2) === cb.slice(2) && ca[0] !== 'd' && cb[0] !== 'd';
}

const isDate = (v: unknown): v is Date =>
  Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());

/**
 * Answers oldest first by their timestamp, whatever order the rows stand in (the curator may
 * sort the sheet); rows without a readable timestamp keep their place before the timed ones.
 */
export function chronological(responses: readonly ResponseRow[]): ResponseRow[] {
  const time = (r: ResponseRow) => (isDate(r.answers.timestamp) ? r.answers.timestamp.getTime() : Number.NEGATIVE_INFINITY);
  return responses
    .map((response, i) => ({ response, i }))
    .sort((a, b) => time(a.response) - time(b.response) || a.i - b.i)
    .map(({ response }) => response);
}

export function planBankSync(
  kind: BankKind,
  responses: readonly ResponseRow[],
  bank: readonly BankRow[],
  ctx: AnswerContext,
): SyncPlan {
  const plan: SyncPlan = {
    updates: new Map(),
    proposals: new Map(),
    applied: [],
    inserts: [],
    unchanged: 0,
    unusable: [],
    problems: [],
  };
  // The latest state of every person touched: existing rows and new ones alike.
  const people: {
    row: number | null;
    email: string;
    name: string;
    /** Addresses of rows merged into this one. */
    others: string[];
    current: Record<string, unknown>;
    next: Record<string, unknown>;
    /** The latest answer merged into `next`. */
    last?: ResponseRow;
  }[] = [];
  const byEmail = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const index = (i: number) => {
    const p = people[i];
    for (const address of [p.email, ...p.others]) if (address && !byEmail.has(address)) byEmail.set(address, i);
    const namesakes = byName.get(p.name) ?? [];
    if (p.name && !namesakes.includes(i)) byName.set(p.name, [...namesakes, i]);
  };
  for (const r of bank) {
    const others = splitAddresses(r.cells.otherEmails);
    people.push({
      row: r.row,
      email: foldEmail(r.cells.email),
      name: foldName(r.cells.fullName),
      others,
      current: r.cells,
      next: {},
    });
    index(people.length - 1);
  }

  for (const response of chronological(responses)) {
    const { values, problems } = columnsFromAnswers(kind, response.answers, ctx);
    for (const field of problems) plan.problems.push({ row: response.row, field });
    const email = foldEmail(values.email);
    const name = foldName(values.fullName);
    if (!email && !name) {
      plan.unusable.push({ row: response.row, reason: 'noIdentity' });
      continue;
    }
    let at = email ? byEmail.get(email) : undefined;
    if (at === undefined && name) {
      // A namesake with another address is another person.
      at = (byName.get(name) ?? []).find((i) => !people[i].email || !email || people[i].email === email);
    }
    if (at === undefined) {
      people.push({ row: null, email, name, others: [], current: {}, next: {} });
      at = people.length - 1;
    }
    const person = people[at];
    Object.assign(person.next, values);
    // An answer from a merged row's address keeps the person's main address.
    if (email && person.others.includes(email)) delete person.next.email;
    person.last = response;
    if (!person.email && email) person.email = email;
    if (!person.name && name) person.name = name;
    index(at);
  }

  for (const person of people) {
    const responseRow = person.last?.row ?? 0;
    const stamp = person.last?.answers.timestamp;
    const answeredAt = isDate(stamp) ? stamp : null;
    if (person.row === null) {
      plan.applied.push({ row: null, insert: plan.inserts.length, responseRow, answeredAt, keys: [] });
      plan.inserts.push(person.next);
      continue;
    }
    if (!Object.keys(person.next).length) continue;
    const confirmed = isConfirmed(person.current.verified);
    const changed: Record<string, unknown> = {};
    const proposed: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(person.next)) {
      if (!(key in person.current)) continue;
      const now = person.current[key];
      if (sameCell(now, value)) continue;
      if (!confirmed || text(now) === '') changed[key] = value;
      else if (!sameForPerson(key, now, value)) proposed[key] = value;
    }
    // Unchecked, every answer is applied: a proposal left from before has nothing to propose.
    if (confirmed || text(person.current.proposedChanges) !== '')
      plan.proposals.set(person.row, { values: proposed, responseRow, answeredAt });
    if (Object.keys(changed).length) {
      plan.updates.set(person.row, changed);
      plan.applied.push({ row: person.row, responseRow, answeredAt, keys: Object.keys(changed) });
    } else plan.unchanged++;
  }
  const order = (a: AppliedAnswer) => (a.row === null ? Number.MAX_SAFE_INTEGER / 2 + (a.insert ?? 0) : a.row);
  plan.applied.sort((a, b) => order(a) - order(b));
  return plan;
}

/** A checked name or address is not proposed again for a difference of case, spaces or ё/е. */
function sameForPerson(key: string, a: unknown, b: unknown): boolean {
  if (key === 'fullName') return foldName(a) === foldName(b);
  if (key === 'email') return foldEmail(a) === foldEmail(b);
  return false;
}

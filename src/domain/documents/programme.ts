/**
 * 4. Персонализированная программа наставничества for a pair or a group: participants, form,
 * kind and term, the mentees' difficulties, goal and tasks, the plan («Программы» rows) and
 * the participants' signatures. With no plan yet, a starting plan is drawn from the
 * difficulties: an opening, an interim and a final meeting, and one activity per difficulty
 * spread across the term.
 */
import type { Block, DocModel } from '../docModel';
import {
  DOC,
  DOC_FIELDS,
  foldRussian,
  lowerFirst,
  PLAN_GENERIC,
  PLAN_LIBRARY,
  PLAN_MEETINGS,
  type PlanTemplate,
  PROGRAMME,
} from '../../i18n/documents';
import {
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
  requireTerm,
  requireText,
  signatureLine,
} from './common';

export interface ProgrammeMentee extends Person {
  /** «Запросы и затруднения» (+ «Запросы: другое») of the mentee. */
  difficulties: readonly string[];
}

/** A row of «Программы»: «мероприятие» → 'activity', «встреча» → 'meeting'. */
export interface PlanRow {
  kind: 'activity' | 'meeting';
  activity: string;
  /** A meeting's date, or an activity's deadline. */
  term: Date | null;
  expectedResult: string;
  done?: boolean;
  note?: string;
}

export interface ProgrammeInput {
  organisation: Organisation;
  pairId: string;
  mentor: Person;
  mentees: readonly ProgrammeMentee[];
  curator: Person;
  form: string;
  kind: string;
  start: Date;
  end: Date;
  /** «Цель» of the pair; a default goal when empty. */
  goal?: string;
  /** Rows of «Программы» for this pair; empty: a starting plan is built. */
  plan: readonly PlanRow[];
  /** Adds a «УТВЕРЖДАЮ» block (schools usually have the director approve programmes). */
  approval?: { approver: Person; date?: Date | null };
  /** Date the programme was drawn up. */
  date?: Date | null;
}

/** Built on first use: every Apps Script execution runs the bundle's top level. */
let library: Map<string, PlanTemplate> | null = null;

/** The template for a difficulty: the library's, or a generic one naming it. */
export function planTemplate(difficulty: string): PlanTemplate {
  if (!library) library = new Map(Object.keys(PLAN_LIBRARY).map((k) => [foldRussian(k), PLAN_LIBRARY[k]]));
  return library.get(foldRussian(difficulty)) ?? PLAN_GENERIC(difficulty.trim());
}

/** Distinct difficulties of all mentees, in first-seen order. */
export function difficultiesOf(mentees: readonly { difficulties: readonly string[] }[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of mentees)
    for (const d of m.difficulties ?? []) {
      const key = foldRussian(d);
      if (key && !seen.has(key)) {
        seen.add(key);
        out.push(d.trim());
      }
    }
  return out;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Local calendar arithmetic (no DST drift): the day `days` after `date`. */
function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Meetings and deadlines fall on working days: Saturday → Friday, Sunday → Monday (or back). */
function workday(date: Date, direction: 'forward' | 'back' | 'nearest'): Date {
  const day = date.getDay();
  if (day === 6) return addDays(date, direction === 'forward' ? 2 : -1);
  if (day === 0) return addDays(date, direction === 'back' ? -2 : 1);
  return date;
}

/** Keeps a date inside [from, to] after moving it to a working day. */
function clamp(date: Date, from: Date, to: Date): Date {
  return date < from ? from : date > to ? to : date;
}

/**
 * A starting plan: the opening meeting on the first working day, one activity per
 * difficulty with deadlines spread evenly across the term, the interim meeting at its
 * middle and the final meeting on its last working day; sorted by date.
 */
export function startingPlan(mentees: readonly { difficulties: readonly string[] }[], start: Date, end: Date): PlanRow[] {
  const days = Math.max(0, Math.round((addDays(end, 0).getTime() - addDays(start, 0).getTime()) / DAY_MS));
  const first = addDays(start, 0);
  const last = addDays(end, 0);
  const at = (fraction: number, direction: 'forward' | 'back' | 'nearest') =>
    clamp(workday(addDays(first, Math.round(days * fraction)), direction), first, last);

  const difficulties = difficultiesOf(mentees);
  const rows: { row: PlanRow; order: number }[] = [
    {
      row: {
        kind: 'meeting',
        activity: PLAN_MEETINGS.opening.activity,
        term: at(0, 'forward'),
        expectedResult: PLAN_MEETINGS.opening.result,
      },
      order: 0,
    },
    {
      row: {
        kind: 'meeting',
        activity: PLAN_MEETINGS.interim.activity,
        term: at(0.5, 'nearest'),
        expectedResult: PLAN_MEETINGS.interim.result,
      },
      order: 2,
    },
    {
      row: {
        kind: 'meeting',
        activity: PLAN_MEETINGS.final.activity,
        term: at(1, 'back'),
        expectedResult: PLAN_MEETINGS.final.result,
      },
      order: 3,
    },
  ];
  difficulties.forEach((d, i) => {
    const t = planTemplate(d);
    // Deadlines at k/(n+1) of the term keep the first and last weeks for the meetings.
    const term = at((i + 1) / (difficulties.length + 1), 'back');
    rows.push({ row: { kind: 'activity', activity: t.activity, term, expectedResult: t.result }, order: 1 });
  });
  return rows
    .sort((a, b) => (a.row.term as Date).getTime() - (b.row.term as Date).getTime() || a.order - b.order)
    .map((r) => r.row);
}

/** «до 15.10.2026» for an activity, the date itself for a meeting. */
function termCell(row: PlanRow): string {
  if (!isDate(row.term)) return '';
  return row.kind === 'meeting' ? formatDate(row.term) : DOC.termTo(formatDate(row.term));
}

function doneCell(row: PlanRow): string {
  const note = row.note?.trim() ?? '';
  if (row.done) return note ? `${PROGRAMME.done}; ${note}` : PROGRAMME.done;
  return note;
}

export function planTableRows(plan: readonly PlanRow[]): string[][] {
  return plan.map((row, i) => [
    String(i + 1),
    row.activity.trim(),
    termCell(row),
    row.expectedResult?.trim() ?? '',
    doneCell(row),
  ]);
}

/** Values inside a sentence: «Рабочая программа…; Оценивание…» → «рабочая программа…; оценивание…». */
const sentence = (values: readonly string[]) => `${values.map((v) => lowerFirst(v.trim())).join('; ')}.`;

/** The same, opening a paragraph: the first letter stays (or becomes) a capital. */
const ownSentence = (values: readonly string[]) => {
  const text = sentence(values);
  return text.charAt(0).toUpperCase() + text.slice(1);
};

export function personalisedProgramme(input: ProgrammeInput): DocModel {
  const orgName = requireText(input.organisation?.fullName, DOC_FIELDS.orgFullName);
  const mentorName = requireText(input.mentor?.fullName, DOC_FIELDS.mentor(input.pairId));
  const mentees = requireNonEmpty(input.mentees, DOC_FIELDS.mentees(input.pairId));
  const curatorName = requireText(input.curator?.fullName, DOC_FIELDS.curator);
  const { from, to } = requireTerm(input.start, input.end, DOC_FIELDS.pairStart(input.pairId), DOC_FIELDS.pairEnd(input.pairId));
  const group = mentees.length > 1;
  const difficulties = difficultiesOf(mentees);
  const generated = !input.plan || input.plan.length === 0;
  const plan = generated ? startingPlan(mentees, from, to) : input.plan;

  const blocks: Block[] = [];
  if (input.approval) {
    const right = { align: 'right' as const, indent: false };
    blocks.push(
      { type: 'paragraph', runs: [{ text: PROGRAMME.approve }], ...right },
      {
        type: 'paragraph',
        runs: [{ text: PROGRAMME.approverPosition(input.approval.approver.position, input.organisation.shortName) }],
        ...right,
      },
      { type: 'paragraph', runs: [{ text: DOC.signature(initialsName(input.approval.approver.fullName)) }], ...right },
      { type: 'paragraph', runs: [{ text: formatDateOrBlank(input.approval.date) }], ...right },
    );
  }
  blocks.push(
    { type: 'paragraph', runs: [{ text: orgName }], align: 'center', indent: false, spaceBefore: input.approval ? 18 : 0 },
    { type: 'paragraph', runs: [{ text: PROGRAMME.title, bold: true }], align: 'center', indent: false, spaceBefore: 18 },
    { type: 'paragraph', runs: [{ text: PROGRAMME.subtitle(group, input.pairId) }], align: 'center', indent: false },
  );

  const plain = { indent: false };
  blocks.push(
    heading(PROGRAMME.sectionParticipants),
    labelled(PROGRAMME.mentor, personLine(input.mentor), plain),
    labelled(group ? PROGRAMME.mentees : PROGRAMME.mentee, mentees.map(personLine).join('; '), plain),
    labelled(PROGRAMME.curator, personLine(input.curator), plain),
    heading(PROGRAMME.sectionTerms),
    labelled(PROGRAMME.form, input.form.trim(), plain),
    labelled(PROGRAMME.kind, input.kind.trim(), plain),
    labelled(PROGRAMME.term, formatTerm(from, to), plain),
    heading(group ? PROGRAMME.sectionDifficultiesGroup : PROGRAMME.sectionDifficulties),
  );
  if (group) {
    for (const m of mentees)
      blocks.push(
        labelled(m.fullName.trim(), m.difficulties?.length ? sentence(m.difficulties) : `${PROGRAMME.noDifficulties}.`, plain),
      );
  } else {
    const text = difficulties.length ? ownSentence(difficulties) : ownSentence([PROGRAMME.noDifficulties]);
    blocks.push({ type: 'paragraph', runs: [{ text }] });
  }

  const tasks = difficulties.length ? difficulties.map((d) => planTemplate(d).task) : [PROGRAMME.defaultTask];
  blocks.push(
    heading(PROGRAMME.sectionGoals),
    labelled(PROGRAMME.goal, `${(input.goal?.trim() || PROGRAMME.defaultGoal(group)).replace(/\.+$/, '')}.`, plain),
    labelled(PROGRAMME.tasks, sentence(tasks), plain),
    heading(PROGRAMME.sectionPlan),
    { type: 'table', header: [...PROGRAMME.planHeader], rows: planTableRows(plan), widths: [1, 7, 3, 6, 3] },
  );
  if (generated)
    blocks.push({ type: 'paragraph', runs: [{ text: PROGRAMME.generatedNote, italic: true }], small: true, indent: false });

  blocks.push(heading(PROGRAMME.sectionSignatures), signatureLine(PROGRAMME.mentor, mentorName, 12));
  for (const m of mentees) blocks.push(signatureLine(PROGRAMME.mentee, m.fullName));
  blocks.push(signatureLine(PROGRAMME.curator, curatorName));
  if (isDate(input.date))
    blocks.push({ type: 'paragraph', runs: [{ text: PROGRAMME.dated(formatDate(input.date)) }], indent: false, spaceBefore: 18 });

  const names = mentees.map((m) => initialsName(m.fullName)).join(', ');
  return { name: PROGRAMME.fileName(input.pairId, names), blocks };
}

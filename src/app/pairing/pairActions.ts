/**
 * What the curator does with pairs from the sidebar: create a pair or group, add to a group,
 * accept proposals, record consents, move a pair along its statuses. Every rule is checked
 * before anything is written; a broken rule is a PairingError with a Russian message.
 */
import { missingConsents } from '../../domain/consents';
import { fromIsoDate, toIsoDate, toRussianDate } from '../../domain/isoDate';
import { capacityOf, indexPairs, rankMentors } from '../../domain/matching';
import {
  addMonths,
  addWorkingDays,
  canMove,
  EARLY_STOP_NOTICE_WORKING_DAYS,
  isClosed,
  isEarlyStopByParticipant,
  termProblem,
} from '../../domain/pairs';
import { ENTRY_TYPES } from '../../domain/vocabulary';
import { CONSENTS, MENTEE_STATUS, PAIRS } from '../../i18n/pairing';
import type { ColumnKey } from '../../i18n/register';
import { nextIds } from '../../register/ids';
import { LIST_SEPARATOR, sheetSpec } from '../../register/spec';
import { appendRows, type CellChange, conflictLines, rowFor, writeChanges } from '../../register/tableWrite';
import type {
  AcceptProposalsRequest,
  AddToGroupRequest,
  CreatePairRequest,
  ExtendPairRequest,
  LogMeetingRequest,
  ReplaceMentorRequest,
  PairTerms,
  RecordConsentRequest,
  SetPairStatusRequest,
} from '../sidebarApi';
import type { Loaded, MenteeRecord, MentorRecord, PairingRegister, PairRecord } from './pairingRegister';

export class PairingError extends Error {}

/** What an action did, for «Журнал». */
export interface ActionResult {
  action: string;
  lines: string[];
  /** Cells someone changed while the action ran, left as they were (sheet, row, column, in Russian). */
  conflicts?: string[];
}

/**
 * Changes to one sheet, written in one go. Cells someone changed since the register was read
 * are left as they are; `conflicts` gets a line for each.
 */
function cellWriter<T extends { row: number }>(loaded: Loaded<T>, conflicts: string[]) {
  const changes: CellChange[] = [];
  return {
    set(record: T, key: ColumnKey, value: unknown) {
      const column = loaded.table.headers.index.get(key);
      if (column !== undefined) changes.push({ row: record.row, column, value });
    },
    flush() {
      if (!changes.length) return;
      const { sheet, grid, table } = loaded;
      const width = grid[0].length;
      const formulas = () => sheet.getRange(1, 1, grid.length, width).getFormulas();
      const left = writeChanges(sheet, grid, formulas, changes, { keyColumn: table.headers.index.get('id') });
      conflicts.push(...conflictLines(sheet.getName(), table.headerRow, left));
    },
  };
}

function mentorOf(reg: PairingRegister, id: string): MentorRecord {
  const mentor = reg.mentors.list.find((m) => m.id === id);
  if (!mentor) throw new PairingError(PAIRS.unknownMentor(id));
  return mentor;
}

function menteeOf(reg: PairingRegister, id: string): MenteeRecord {
  const mentee = reg.mentees.list.find((m) => m.id === id);
  if (!mentee) throw new PairingError(PAIRS.unknownMentee(id));
  return mentee;
}

function pairOf(reg: PairingRegister, id: string): PairRecord {
  const pair = reg.pairs.list.find((p) => p.id === id);
  if (!pair) throw new PairingError(PAIRS.unknownPair(id));
  return pair;
}

function termDates(terms: PairTerms): { start: Date; end: Date } {
  const start = fromIsoDate(terms.start);
  const end = fromIsoDate(terms.plannedEnd);
  if (!start || !end) throw new PairingError(PAIRS.endBeforeStart);
  const problem = termProblem(start, end);
  if (problem === 'endBeforeStart') throw new PairingError(PAIRS.endBeforeStart);
  if (problem === 'tooShort') throw new PairingError(PAIRS.termTooShort);
  if (problem === 'tooLong') throw new PairingError(PAIRS.termTooLong);
  return { start, end };
}

/** Hard rules for putting these mentees with this mentor, given the pairs so far (and `extra` new ones). */
function checkPlacement(reg: PairingRegister, mentor: MentorRecord, mentees: MenteeRecord[], extraLoad: number): void {
  if (!mentees.length) throw new PairingError(PAIRS.noMentees);
  const index = indexPairs(reg.pairs.list);
  for (const mentee of mentees) {
    const ranking = rankMentors(mentee, [mentor], reg.pairs.list, reg.weights, { defaultMaxMentees: reg.defaultMaxMentees });
    const excluded = ranking.excluded.find((e) => e.mentor.id === mentor.id);
    const hard = excluded?.exclusions.filter((x) => x.code !== 'capacity') ?? [];
    if (hard.length)
      throw new PairingError(
        PAIRS.excluded(
          mentor.fullName,
          hard.map((x) => x.text),
        ),
      );
    if (index.paired.has(mentee.id)) {
      const pair = reg.pairs.list.find((p) => p.menteeIds.includes(mentee.id) && !isClosed(p));
      throw new PairingError(PAIRS.alreadyInPair(mentee.fullName, pair?.id ?? ''));
    }
  }
  const load = (index.load.get(mentor.id) ?? 0) + extraLoad;
  const capacity = capacityOf(mentor, reg.defaultMaxMentees);
  if (load + mentees.length > capacity) throw new PairingError(PAIRS.overCapacity(mentor.fullName, load, capacity));
}

interface NewPair {
  mentor: MentorRecord;
  mentees: MenteeRecord[];
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The pair an earlier run of the same request wrote before it was stopped (same mentor and
 * mentees, still a project): the request is finished instead of refused or written twice.
 */
function madeEarlier(reg: PairingRegister, pair: NewPair): PairRecord | undefined {
  const ids = pair.mentees.map((m) => m.id);
  return reg.pairs.list.find((p) => p.status === 'проект' && p.mentorId === pair.mentor.id && sameSet(p.menteeIds, ids));
}

/** The mentees' status «в паре», where an earlier, stopped run did not get to write it. */
function markPaired(reg: PairingRegister, pairs: readonly NewPair[], conflicts: string[]): void {
  const mentees = cellWriter(reg.mentees, conflicts);
  for (const p of pairs)
    for (const m of p.mentees) if (m.status !== MENTEE_STATUS.paired) mentees.set(m, 'status', MENTEE_STATUS.paired);
  mentees.flush();
}

function writeNewPairs(
  reg: PairingRegister,
  pairs: NewPair[],
  terms: Pick<PairTerms, 'form' | 'kind' | 'goal'>,
  dates: { start: Date; end: Date },
  conflicts: string[],
): { ids: string[]; lines: string[] } {
  const { table, sheet, grid } = reg.pairs;
  const ids = nextIds(
    sheetSpec('pairs').idPrefix!,
    reg.pairs.list.map((p) => p.id),
    pairs.length,
  );
  const width = grid[0].length;
  const rows = pairs.map((p, i) =>
    rowFor(
      {
        id: ids[i],
        mentorId: p.mentor.id,
        menteeIds: p.mentees.map((m) => m.id).join(LIST_SEPARATOR),
        form: terms.form,
        kind: terms.kind,
        goal: terms.goal,
        startDate: dates.start,
        plannedEnd: dates.end,
        status: 'проект',
      },
      table.headers,
      width,
    ),
  );
  appendRows(sheet, grid, rows);
  markPaired(reg, pairs, conflicts);
  return {
    ids,
    lines: pairs.map((p, i) =>
      PAIRS.created(
        ids[i],
        p.mentor.fullName,
        p.mentees.map((m) => m.fullName),
      ),
    ),
  };
}

export function createPair(reg: PairingRegister, request: CreatePairRequest): ActionResult {
  const conflicts: string[] = [];
  const mentor = mentorOf(reg, request.mentorId);
  const mentees = [...new Set(request.menteeIds)].map((id) => menteeOf(reg, id));
  const dates = termDates(request);
  const earlier = madeEarlier(reg, { mentor, mentees });
  if (earlier) {
    markPaired(reg, [{ mentor, mentees }], conflicts);
    const names = mentees.map((m) => m.fullName);
    return { action: PAIRS.journalCreate, lines: [PAIRS.created(earlier.id, mentor.fullName, names)], conflicts };
  }
  checkPlacement(reg, mentor, mentees, 0);
  return {
    action: PAIRS.journalCreate,
    lines: writeNewPairs(reg, [{ mentor, mentees }], request, dates, conflicts).lines,
    conflicts,
  };
}

export function acceptProposals(reg: PairingRegister, request: AcceptProposalsRequest): ActionResult {
  const conflicts: string[] = [];
  const dates = termDates(request);
  const byMentor = new Map<string, MenteeRecord[]>();
  for (const p of request.pairs) {
    byMentor.set(p.mentorId, [...(byMentor.get(p.mentorId) ?? []), menteeOf(reg, p.menteeId)]);
  }
  // Each accepted proposal is a pair of its own; a mentor's several proposals share his load.
  // Those an earlier, stopped run wrote already are finished, not written again.
  const pairs: NewPair[] = [];
  const earlier: NewPair[] = [];
  for (const [mentorId, mentees] of byMentor) {
    const mentor = mentorOf(reg, mentorId);
    const fresh = mentees.filter((mentee) => !madeEarlier(reg, { mentor, mentees: [mentee] }));
    earlier.push(...mentees.filter((m) => !fresh.includes(m)).map((mentee) => ({ mentor, mentees: [mentee] })));
    if (fresh.length) checkPlacement(reg, mentor, fresh, 0);
    for (const mentee of fresh) pairs.push({ mentor, mentees: [mentee] });
  }
  markPaired(reg, earlier, conflicts);
  const lines = pairs.length ? writeNewPairs(reg, pairs, request, dates, conflicts).lines : [];
  return { action: PAIRS.journalAccept, lines, conflicts };
}

export function addToGroup(reg: PairingRegister, request: AddToGroupRequest): ActionResult {
  const conflicts: string[] = [];
  const pair = pairOf(reg, request.pairId);
  if (pair.status !== 'проект') throw new PairingError(PAIRS.badTransition(pair.status, pair.status));
  const mentor = mentorOf(reg, pair.mentorId);
  const mentee = menteeOf(reg, request.menteeId);
  checkPlacement(reg, mentor, [mentee], 0);
  const pairs = cellWriter(reg.pairs, conflicts);
  pairs.set(pair, 'menteeIds', [...pair.menteeIds, mentee.id].join(LIST_SEPARATOR));
  pairs.flush();
  const mentees = cellWriter(reg.mentees, conflicts);
  mentees.set(mentee, 'status', MENTEE_STATUS.paired);
  mentees.flush();
  return { action: PAIRS.journalCreate, lines: [PAIRS.created(pair.id, mentor.fullName, [mentee.fullName])], conflicts };
}

export function recordConsent(reg: PairingRegister, request: RecordConsentRequest, today: Date): ActionResult {
  const conflicts: string[] = [];
  const date = fromIsoDate(request.date);
  if (!date) throw new PairingError(PAIRS.invalidRequest);
  // A consent is signed on a day that has come: a later date is a slip of the keyboard.
  if (toIsoDate(date) > toIsoDate(today)) throw new PairingError(PAIRS.consentInFuture(toRussianDate(date)));
  const line = (who: string, what: string) => PAIRS.consentRecorded(who, what, toRussianDate(date));
  if (request.kind === 'duties') {
    const pair = pairOf(reg, request.pairId ?? '');
    const mentor = mentorOf(reg, pair.mentorId);
    const pairs = cellWriter(reg.pairs, conflicts);
    pairs.set(pair, 'dutiesConsent', date);
    if (request.link) pairs.set(pair, 'consentScan', request.link);
    pairs.flush();
    const mentors = cellWriter(reg.mentors, conflicts);
    mentors.set(mentor, 'consentDuties', date);
    mentors.flush();
    return { action: PAIRS.journalConsent, lines: [line(`${pair.id}, ${mentor.fullName}`, CONSENTS.labelDuties)], conflicts };
  }
  const id = request.personId ?? '';
  const mentor = reg.mentors.list.find((m) => m.id === id);
  const mentee = mentor ? undefined : reg.mentees.list.find((m) => m.id === id);
  if (!mentor && !mentee) throw new PairingError(CONSENTS.unknownPerson(id));
  const key: ColumnKey =
    request.kind === 'data' ? 'consentData' : request.kind === 'publish' ? 'consentPublish' : 'consentWithdrawn';
  // A consent given again after a withdrawal replaces it: the withdrawal date is cleared.
  const clearWithdrawal = request.kind === 'data';
  if (mentor) {
    const writer = cellWriter(reg.mentors, conflicts);
    writer.set(mentor, key, date);
    if (clearWithdrawal && mentor.consentWithdrawn) writer.set(mentor, 'consentWithdrawn', '');
    writer.flush();
  } else {
    const writer = cellWriter(reg.mentees, conflicts);
    writer.set(mentee!, key, date);
    if (clearWithdrawal && mentee!.consentWithdrawn) writer.set(mentee!, 'consentWithdrawn', '');
    writer.flush();
  }
  const label = request.kind === 'publish' ? CONSENTS.labelPublish : CONSENTS.labelData;
  const what = request.kind === 'withdrawal' ? `${label}: отзыв` : label;
  return { action: PAIRS.journalConsent, lines: [line((mentor ?? mentee)!.fullName, what)], conflicts };
}

export function setPairStatus(reg: PairingRegister, request: SetPairStatusRequest, today: Date): ActionResult {
  const conflicts: string[] = [];
  const pair = pairOf(reg, request.pairId);
  const to = request.status;
  // Asked again (a double click, or a run stopped halfway): what the first did is finished.
  const again = pair.status === to;
  if (!again && !canMove(pair.status, to)) throw new PairingError(PAIRS.badTransition(pair.status, to));
  const mentor = reg.mentors.list.find((m) => m.id === pair.mentorId);
  const mentees = pair.menteeIds.map((id) => reg.mentees.list.find((m) => m.id === id));
  if (to === 'закреплена' && !again) {
    const missing = missingConsents(mentor, mentees, pair.menteeIds, pair.mentorId, pair.dutiesConsent, today);
    if (missing.length) throw new PairingError(PAIRS.cannotFix(pair.id, missing));
  }
  if (to === 'активна' && !pair.orderNumber) throw new PairingError(PAIRS.notFixedByOrder(pair.id));
  const closing = to === 'завершена' || to === 'прекращена';
  if (closing && !request.reason) throw new PairingError(PAIRS.reasonRequired);
  let endDate = request.endDate ? fromIsoDate(request.endDate) : today;
  if (to === 'прекращена' && request.reason && isEarlyStopByParticipant(request.reason)) {
    // ст. 351.8 ТК РФ: at least 3 working days between the notice and the end.
    const notice = request.noticeDate ? fromIsoDate(request.noticeDate) : today;
    const earliest = addWorkingDays(notice ?? today, EARLY_STOP_NOTICE_WORKING_DAYS);
    if (!request.endDate) endDate = earliest;
    else if (endDate && endDate < earliest) throw new PairingError(PAIRS.noticeTooShort(toRussianDate(earliest)));
  }

  const pairs = cellWriter(reg.pairs, conflicts);
  if (!again) pairs.set(pair, 'status', to);
  if (to === 'активна' && !pair.startDate) pairs.set(pair, 'startDate', today);
  if (closing) {
    if (!again || !pair.completionReason) pairs.set(pair, 'completionReason', request.reason);
    if (!again || !pair.endDate) pairs.set(pair, 'endDate', endDate ?? today);
  }
  pairs.flush();
  if (closing) {
    const stillPaired = indexPairs(reg.pairs.list.filter((p) => p.id !== pair.id)).paired;
    const writer = cellWriter(reg.mentees, conflicts);
    for (const mentee of mentees) {
      if (!mentee || stillPaired.has(mentee.id)) continue;
      writer.set(mentee, 'status', to === 'завершена' ? MENTEE_STATUS.finished : MENTEE_STATUS.waiting);
    }
    writer.flush();
  }
  const line = again ? PAIRS.statusAlready(pair.id, to) : PAIRS.statusChanged(pair.id, pair.status, to);
  return { action: PAIRS.journalStatus, lines: [line], conflicts };
}

export function extendPair(reg: PairingRegister, request: ExtendPairRequest): ActionResult {
  const conflicts: string[] = [];
  const pair = pairOf(reg, request.pairId);
  if (isClosed(pair)) throw new PairingError(PAIRS.closed(pair.id));
  const end = fromIsoDate(request.plannedEnd);
  if (!end || (pair.plannedEnd && end <= pair.plannedEnd)) throw new PairingError(PAIRS.extendNotLater);
  const start = pair.startDate ?? end;
  const overYear = end > addMonths(start, 12);
  if (overYear && !request.overrideReason?.trim()) throw new PairingError(PAIRS.extendTooLong);
  const pairs = cellWriter(reg.pairs, conflicts);
  pairs.set(pair, 'plannedEnd', end);
  pairs.flush();
  const from = pair.plannedEnd ? toRussianDate(pair.plannedEnd) : '—';
  const lines = [PAIRS.extended(pair.id, from, toRussianDate(end))];
  if (overYear) lines.push(PAIRS.extendedOverride(request.overrideReason!.trim()));
  lines.push(PAIRS.extendedAgreement(pair.id));
  return { action: PAIRS.journalExtend, lines, conflicts };
}

/**
 * The mentee asked for another mentor: the pair is closed (its row stays as history) and a
 * new pair with the same mentees, form, kind and goal opens with the new mentor.
 */
export function replaceMentor(reg: PairingRegister, request: ReplaceMentorRequest, today: Date): ActionResult {
  const conflicts: string[] = [];
  const pair = pairOf(reg, request.pairId);
  // A replacement an earlier run started (the pair closed for it; stopped between the row's
  // columns, without its reason yet) is finished, not refused.
  const resumed = isClosed(pair) && (pair.completionReason === PAIRS.replaceReason || !pair.completionReason);
  if (isClosed(pair) && !resumed) throw new PairingError(PAIRS.closed(pair.id));
  if (pair.mentorId === request.mentorId) throw new PairingError(PAIRS.sameMentor);
  const mentor = mentorOf(reg, request.mentorId);
  const mentees = pair.menteeIds.map((id) => menteeOf(reg, id));
  const earlier = resumed ? madeEarlier(reg, { mentor, mentees }) : undefined;
  if (earlier) {
    markPaired(reg, [{ mentor, mentees }], conflicts);
    return { action: PAIRS.journalReplace, lines: [PAIRS.replaced(pair.id, earlier.id, mentor.fullName)], conflicts };
  }
  // Checked as if the old pair were already closed, so its mentees count as free.
  const others = { ...reg, pairs: { ...reg.pairs, list: reg.pairs.list.filter((p) => p.id !== pair.id) } };
  checkPlacement(others, mentor, mentees, 0);
  const end = pair.plannedEnd && termProblem(today, pair.plannedEnd) === null ? pair.plannedEnd : addMonths(today, 3);

  const pairs = cellWriter(reg.pairs, conflicts);
  if (!resumed) pairs.set(pair, 'status', 'прекращена');
  if (!resumed || !pair.completionReason) pairs.set(pair, 'completionReason', PAIRS.replaceReason);
  if (!resumed || !pair.endDate) pairs.set(pair, 'endDate', today);
  pairs.flush();
  const terms = { form: pair.form, kind: pair.kind, goal: pair.goal };
  const { ids } = writeNewPairs(reg, [{ mentor, mentees }], terms, { start: today, end }, conflicts);
  return { action: PAIRS.journalReplace, lines: [PAIRS.replaced(pair.id, ids[0], mentor.fullName)], conflicts };
}

/** An intermediate reflective meeting, logged in «Программы» as a done «встреча». */
export function logMeeting(reg: PairingRegister, request: LogMeetingRequest): ActionResult {
  const pair = pairOf(reg, request.pairId);
  const date = fromIsoDate(request.date);
  if (!date) throw new PairingError(PAIRS.invalidRequest);
  const { table, sheet, grid, list } = reg.programmes;
  const line = PAIRS.meetingLogged(pair.id, toRussianDate(date), request.topic);
  // The same meeting (pair, day, topic) logged already — a double click, or a run stopped after its write — is not logged twice.
  const logged = list.some(
    (e) =>
      e.pairId === pair.id &&
      e.entryType === ENTRY_TYPES.meeting &&
      e.term !== null &&
      toIsoDate(e.term) === toIsoDate(date) &&
      e.activity === request.topic,
  );
  if (logged) return { action: PAIRS.journalMeeting, lines: [line] };
  const [id] = nextIds(
    sheetSpec('programmes').idPrefix!,
    list.map((e) => e.id),
    1,
  );
  const number = Math.max(0, ...list.filter((e) => e.pairId === pair.id).map((e) => e.number ?? 0)) + 1;
  const row = rowFor(
    {
      id,
      pairId: pair.id,
      number,
      entryType: ENTRY_TYPES.meeting,
      activity: request.topic,
      term: date,
      expectedResult: request.result,
      done: true,
    },
    table.headers,
    grid[0].length,
  );
  appendRows(sheet, grid, [row]);
  return { action: PAIRS.journalMeeting, lines: [line] };
}

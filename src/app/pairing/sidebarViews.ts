/** The register → what the sidebar shows (JSON-safe views). */
import { dataConsentState, missingConsents } from '../../domain/consents';
import { toIsoDate, toIsoDateOrNull } from '../../domain/isoDate';
import { ENTRY_TYPES } from '../../domain/vocabulary';
import { awaitsPair, capacityOf, indexPairs } from '../../domain/matching';
import { addMonths, canMove, termProblem, TRANSITIONS, type PairStatus } from '../../domain/pairs';
import { schoolYearOf } from '../../register/settings';
import type { MenteeView, MentorView, PairView, SidebarData } from '../sidebarApi';
import type { MenteeRecord, MentorRecord, PairingRegister, PairRecord } from './pairingRegister';

/** People and plan rows by ID, built once per load: every pair's view is then a few look-ups. */
interface RegisterIndex {
  mentors: Map<string, MentorRecord>;
  mentees: Map<string, MenteeRecord>;
  entries: Map<string, PairingRegister['programmes']['list']>;
}

function byId<T extends { id: string }>(list: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  // The first row of an ID wins, as a list's find() did.
  for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function indexRegister(reg: PairingRegister): RegisterIndex {
  const entries = new Map<string, PairingRegister['programmes']['list']>();
  for (const entry of reg.programmes.list) {
    const list = entries.get(entry.pairId);
    if (list) list.push(entry);
    else entries.set(entry.pairId, [entry]);
  }
  return { mentors: byId(reg.mentors.list), mentees: byId(reg.mentees.list), entries };
}

function pairView(index: RegisterIndex, pair: PairRecord, today: Date): PairView {
  const mentor = index.mentors.get(pair.mentorId);
  const mentees = pair.menteeIds.map((id) => index.mentees.get(id));
  const missing = missingConsents(mentor, mentees, pair.menteeIds, pair.mentorId, pair.dutiesConsent, today);
  const next = (TRANSITIONS[pair.status as PairStatus] ?? []).filter((s) => canMove(pair.status, s));
  return {
    id: pair.id,
    mentorId: pair.mentorId,
    mentorName: mentor?.fullName ?? pair.mentorId,
    menteeIds: pair.menteeIds,
    menteeNames: mentees.map((m, i) => m?.fullName ?? pair.menteeIds[i]),
    form: pair.form,
    kind: pair.kind,
    goal: pair.goal,
    status: pair.status,
    start: toIsoDateOrNull(pair.startDate),
    plannedEnd: toIsoDateOrNull(pair.plannedEnd),
    dutiesConsent: toIsoDateOrNull(pair.dutiesConsent),
    consentScan: pair.consentScan,
    completionReason: pair.completionReason,
    endDate: toIsoDateOrNull(pair.endDate),
    orderNumber: pair.orderNumber,
    orderDate: toIsoDateOrNull(pair.orderDate),
    missing,
    next,
    ...planProgress(index.entries.get(pair.id) ?? []),
  };
}

function planProgress(entries: PairingRegister['programmes']['list']): Pick<PairView, 'planDone' | 'planTotal' | 'lastMeeting'> {
  let latest = Number.NEGATIVE_INFINITY;
  for (const e of entries)
    if (e.entryType === ENTRY_TYPES.meeting && e.done && e.term) latest = Math.max(latest, e.term.getTime());
  return {
    planDone: entries.filter((e) => e.done).length,
    planTotal: entries.length,
    lastMeeting: Number.isFinite(latest) ? toIsoDate(new Date(latest)) : null,
  };
}

/** The end of the school year, or nine months on when less than three remain. */
function defaultEnd(today: Date): Date {
  const yearEnd = schoolYearOf(today).end;
  return termProblem(today, yearEnd) === null ? yearEnd : addMonths(today, 9);
}

/** What the panel shows of anyone in either bank. */
function personView(m: MentorRecord | MenteeRecord, today: Date) {
  return {
    id: m.id,
    fullName: m.fullName,
    position: m.position ?? '',
    subject: m.subject ?? '',
    level: m.level ?? '',
    experience: m.experience ?? null,
    email: m.email ?? '',
    status: m.status ?? '',
    consentData: toIsoDateOrNull(m.consentData),
    consentWithdrawn: toIsoDateOrNull(m.consentWithdrawn),
    consentState: dataConsentState(m, today),
  };
}

export function sidebarData(reg: PairingRegister, today: Date): Omit<SidebarData, 'batches'> {
  const index = indexPairs(reg.pairs.list);
  const registerIndex = indexRegister(reg);
  const mentors: MentorView[] = reg.mentors.list.map((m) => ({
    ...personView(m, today),
    competences: m.competences,
    qualification: m.qualification ?? '',
    load: index.load.get(m.id) ?? 0,
    capacity: capacityOf(m, reg.defaultMaxMentees),
    consentDuties: toIsoDateOrNull(m.consentDuties),
    consentPublish: toIsoDateOrNull(m.consentPublish),
  }));
  const mentees: MenteeView[] = reg.mentees.list.map((m) => ({
    ...personView(m, today),
    requests: m.requests,
    menteeCategory: m.menteeCategory ?? '',
    wishedMentor: m.wishedMentor ?? '',
    awaiting: awaitsPair(m, index),
  }));
  return {
    ready: true,
    message: '',
    mentors,
    mentees,
    pairs: reg.pairs.list.map((p) => pairView(registerIndex, p, today)),
    forms: [...reg.vocabularies.forms],
    kinds: [...reg.vocabularies.kinds],
    completionReasons: [...reg.vocabularies.completionReasons],
    today: toIsoDate(today),
    defaultStart: toIsoDate(today),
    defaultEnd: toIsoDate(defaultEnd(today)),
    issues: reg.issues.map((i) => i.message),
  };
}

/** The register → what the sidebar shows (JSON-safe views). */
import { dataConsentState, missingConsents } from '../../domain/consents';
import { toIsoDate, toIsoDateOrNull } from '../../domain/isoDate';
import { ENTRY_TYPES } from '../../domain/vocabulary';
import { awaitsPair, capacityOf, indexPairs } from '../../domain/matching';
import { addMonths, canMove, termProblem, TRANSITIONS, type PairStatus } from '../../domain/pairs';
import { schoolYearOf } from '../../register/settings';
import type { MenteeView, MentorView, PairView, SidebarData } from '../sidebarApi';
import type { MenteeRecord, MentorRecord, PairingRegister, PairRecord } from './pairingRegister';

export function pairView(reg: PairingRegister, pair: PairRecord, today: Date): PairView {
  const mentor = reg.mentors.list.find((m) => m.id === pair.mentorId);
  const mentees = pair.menteeIds.map((id) => reg.mentees.list.find((m) => m.id === id));
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
    ...planProgress(reg, pair.id),
  };
}

function planProgress(reg: PairingRegister, pairId: string): Pick<PairView, 'planDone' | 'planTotal' | 'lastMeeting'> {
  const entries = reg.programmes.list.filter((e) => e.pairId === pairId);
  const meetings = entries.filter((e) => e.entryType === ENTRY_TYPES.meeting && e.done && e.term).map((e) => e.term!.getTime());
  return {
    planDone: entries.filter((e) => e.done).length,
    planTotal: entries.length,
    lastMeeting: meetings.length ? toIsoDate(new Date(Math.max(...meetings))) : null,
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
    pairs: reg.pairs.list.map((p) => pairView(reg, p, today)),
    forms: [...reg.vocabularies.forms],
    kinds: [...reg.vocabularies.kinds],
    completionReasons: [...reg.vocabularies.completionReasons],
    today: toIsoDate(today),
    defaultStart: toIsoDate(today),
    defaultEnd: toIsoDate(defaultEnd(today)),
    issues: reg.issues.map((i) => i.message),
  };
}

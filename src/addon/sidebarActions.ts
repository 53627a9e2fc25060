/**
 * The sidebar's server API (google.script.run). Each function validates its arguments with
 * zod, does one thing, and returns what the sidebar shows next: a whole action is one call.
 */
import { toIsoDate } from '../domain/isoDate';
import type * as z from 'zod/mini';
import { likelyDuplicates } from '../domain/duplicates';
import { awaitsPair, indexPairs, matchAll, rankMentors } from '../domain/matching';
import {
  acceptProposals as acceptProposalsUseCase,
  type ActionResult,
  addToGroup as addToGroupUseCase,
  createPair as createPairUseCase,
  extendPair as extendPairUseCase,
  logMeeting as logMeetingUseCase,
  replaceMentor as replaceMentorUseCase,
  PairingError,
  recordConsent as recordConsentUseCase,
  setPairStatus as setPairStatusUseCase,
} from '../app/pairing/pairActions';
import { loadPairingRegister, type PairingRegister, RegisterMissingError } from '../app/pairing/pairingRegister';
import { sidebarData } from '../app/pairing/sidebarViews';
import { pendingDocumentBatches } from '../app/documents/documentBatches';
import type { DuplicateView, ProposalView, RankingView, SidebarData, UpcomingView } from '../app/sidebarApi';
import { upcoming } from '../app/upcoming';
import { gas } from '../gas/services';
import { MERGE } from '../i18n/merge';
import { PAIRS } from '../i18n/pairing';
import { WRITE_CONFLICTS } from '../i18n/messages';
import { journal, withDocumentLock } from './execution';
import {
  AcceptProposalsSchema,
  AddToGroupSchema,
  CreatePairSchema,
  ExtendPairSchema,
  FixedPairsSchema,
  LogMeetingSchema,
  ReplaceMentorSchema,
  MenteeIdSchema,
  RecordConsentSchema,
  SetPairStatusSchema,
} from './sidebarSchemas';

function parse<T>(schema: z.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(PAIRS.invalidRequest);
  return result.data;
}

/** The register, or in Russian why it cannot be read (not created, a sheet or its headers missing). */
function register(): PairingRegister | string {
  try {
    return loadPairingRegister(gas().SpreadsheetApp.getActiveSpreadsheet());
  } catch (error) {
    if (error instanceof RegisterMissingError) return error.message;
    throw error;
  }
}

/** The register, or the reason it cannot be read as an error the sidebar shows. */
function requireRegister(): PairingRegister {
  const reg = register();
  if (typeof reg === 'string') throw new Error(reg);
  return reg;
}

function notReady(message: string): SidebarData {
  return {
    ready: false,
    message,
    mentors: [],
    mentees: [],
    pairs: [],
    forms: [],
    kinds: [],
    completionReasons: [],
    today: toIsoDate(new Date()),
    defaultStart: '',
    defaultEnd: '',
    issues: [],
    batches: [],
  };
}

/** Loads everything the sidebar shows, with the unfinished batches of documents to continue. */
export function getSidebarData(): SidebarData {
  const reg = register();
  if (typeof reg === 'string') return notReady(reg);
  const documentProperties = gas().PropertiesService.getDocumentProperties()!;
  return {
    ...sidebarData(reg, new Date()),
    batches: pendingDocumentBatches({ documentProperties }),
    duplicates: duplicatesOf(reg),
  };
}

/** Likely duplicates of both banks, mentors first. */
function duplicatesOf(reg: PairingRegister): DuplicateView[] {
  return [reg.mentors.list, reg.mentees.list].flatMap((people) => {
    const names = new Map(people.map((p) => [p.id, p.fullName]));
    return likelyDuplicates(people).map((d) => ({
      olderId: d.olderId,
      newerId: d.newerId,
      text: MERGE.line(
        `${d.olderId} ${names.get(d.olderId) ?? ''}`,
        `${d.newerId} ${names.get(d.newerId) ?? ''}`,
        MERGE[d.reason],
      ),
    }));
  });
}

/** Ranked mentors for one mentee, and the mentors ruled out with the reasons. */
export function rankMentorsFor(menteeId: unknown): RankingView {
  const id = parse(MenteeIdSchema, menteeId);
  const reg = requireRegister();
  const mentee = reg.mentees.list.find((m) => m.id === id);
  if (!mentee) throw new Error(PAIRS.unknownMentee(id));
  const ranking = rankMentors(mentee, reg.mentors.list, reg.pairs.list, reg.weights, {
    defaultMaxMentees: reg.defaultMaxMentees,
  });
  return {
    menteeId: id,
    candidates: ranking.candidates.map((c) => ({
      mentorId: c.mentor.id,
      fullName: c.mentor.fullName,
      score: c.score,
      reasons: c.reasons.map((r) => r.text),
      load: c.load,
      capacity: c.capacity,
    })),
    excluded: ranking.excluded.map((e) => ({
      mentorId: e.mentor.id,
      fullName: e.mentor.fullName,
      reasons: e.exclusions.map((x) => x.text),
    })),
  };
}

/** «Что скоро»: what needs attention in the next days. */
export function getUpcoming(): UpcomingView {
  const reg = requireRegister();
  return upcoming(reg.ss, reg, new Date());
}

/** «Подобрать всех»: the optimal proposal for every mentee awaiting a pair. */
export function proposeAll(fixed: unknown): ProposalView {
  const chosen = parse(FixedPairsSchema, fixed ?? []);
  const reg = requireRegister();
  // A row that is likely another row's person waits for «Объединить»: one teacher is never
  // proposed twice (to one mentor or to two).
  const waiting = new Map(likelyDuplicates(reg.mentees.list).map((d) => [d.newerId, d.olderId]));
  const mentees = reg.mentees.list.filter((m) => !waiting.has(m.id));
  const result = matchAll(mentees, reg.mentors.list, reg.pairs.list, reg.weights, chosen, {
    defaultMaxMentees: reg.defaultMaxMentees,
  });
  const index = indexPairs(reg.pairs.list);
  const held = reg.mentees.list
    .filter((m) => waiting.has(m.id) && awaitsPair(m, index))
    .map((m) => ({ menteeId: m.id, menteeName: m.fullName, reason: MERGE.waitsForMerge(waiting.get(m.id)!) }));
  return {
    proposals: result.proposals.map((p) => ({
      mentorId: p.mentorId,
      mentorName: p.mentorName,
      menteeId: p.menteeId,
      menteeName: p.menteeName,
      score: p.score,
      reasons: p.reasons.map((r) => r.text),
    })),
    unmatched: [...result.unmatched.map((u) => ({ menteeId: u.menteeId, menteeName: u.menteeName, reason: u.reason })), ...held],
    total: result.totalScore,
  };
}

/**
 * Runs a write under the document lock, logs it, and returns the sidebar's new data; cells
 * someone changed meanwhile (left as they were) become its notice.
 */
function act(run: (reg: PairingRegister) => ActionResult): SidebarData {
  let failure: unknown = null;
  let conflicts: string[] = [];
  const done = withDocumentLock(() => {
    const reg = requireRegister();
    try {
      const result = run(reg);
      conflicts = result.conflicts?.length ? [...result.conflicts, WRITE_CONFLICTS.advice] : [];
      journal(reg.ss, result.action, [...result.lines, ...conflicts]);
    } catch (error) {
      failure = error;
    }
  });
  if (!done) throw new Error(PAIRS.lockBusy);
  if (failure) throw failure instanceof PairingError ? new Error(failure.message) : failure;
  const data = getSidebarData();
  return conflicts.length ? { ...data, notice: conflicts.join(' ') } : data;
}

export function createPair(request: unknown): SidebarData {
  const r = parse(CreatePairSchema, request);
  return act((reg) => createPairUseCase(reg, r));
}

export function addToGroup(request: unknown): SidebarData {
  const r = parse(AddToGroupSchema, request);
  return act((reg) => addToGroupUseCase(reg, r));
}

export function acceptProposals(request: unknown): SidebarData {
  const r = parse(AcceptProposalsSchema, request);
  return act((reg) => acceptProposalsUseCase(reg, r));
}

export function recordConsent(request: unknown): SidebarData {
  const r = parse(RecordConsentSchema, request);
  return act((reg) => recordConsentUseCase(reg, r, new Date()));
}

export function setPairStatus(request: unknown): SidebarData {
  const r = parse(SetPairStatusSchema, request);
  return act((reg) => setPairStatusUseCase(reg, r, new Date()));
}

export function extendPair(request: unknown): SidebarData {
  const r = parse(ExtendPairSchema, request);
  return act((reg) => extendPairUseCase(reg, r));
}

export function replaceMentor(request: unknown): SidebarData {
  const r = parse(ReplaceMentorSchema, request);
  return act((reg) => replaceMentorUseCase(reg, r, new Date()));
}

export function logMeeting(request: unknown): SidebarData {
  const r = parse(LogMeetingSchema, request);
  return act((reg) => logMeetingUseCase(reg, r));
}

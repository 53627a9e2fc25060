/**
 * Types of the sidebar's server API (google.script.run). Shared by server and browser code,
 * so this file imports nothing. Only JSON-safe data: dates travel as 'YYYY-MM-DD' strings.
 */
export interface RegisterStatus {
  ready: boolean;
  spreadsheetName: string;
  sheets: { name: string; present: boolean; rows: number }[];
}

/** 'YYYY-MM-DD' */
export type IsoDate = string;

export type ConsentState = 'given' | 'missing' | 'withdrawn';

interface PersonView {
  id: string;
  fullName: string;
  position: string;
  subject: string;
  level: string;
  experience: number | null;
  email: string;
  status: string;
  consentData: IsoDate | null;
  consentWithdrawn: IsoDate | null;
  consentState: ConsentState;
}

export interface MentorView extends PersonView {
  competences: string[];
  qualification: string;
  load: number;
  capacity: number;
  consentDuties: IsoDate | null;
  consentPublish: IsoDate | null;
}

export interface MenteeView extends PersonView {
  requests: string[];
  menteeCategory: string;
  wishedMentor: string;
  /** In no ongoing pair and not done: the matching looks a mentor for them. */
  awaiting: boolean;
}

export interface PairView {
  id: string;
  mentorId: string;
  mentorName: string;
  menteeIds: string[];
  menteeNames: string[];
  form: string;
  kind: string;
  goal: string;
  status: string;
  start: IsoDate | null;
  plannedEnd: IsoDate | null;
  dutiesConsent: IsoDate | null;
  consentScan: string;
  completionReason: string;
  endDate: IsoDate | null;
  orderNumber: string;
  orderDate: IsoDate | null;
  /** Consents still missing, in Russian; empty when the pair may be fixed. */
  missing: string[];
  /** Statuses the pair may move to now. */
  next: string[];
  /** Plan entries done of all, from «Программы». */
  planDone: number;
  planTotal: number;
  /** Date of the latest meeting logged, if any. */
  lastMeeting: IsoDate | null;
}

export interface SidebarData {
  ready: boolean;
  /** Why not ready (e.g. the register does not exist yet). */
  message: string;
  mentors: MentorView[];
  mentees: MenteeView[];
  pairs: PairView[];
  forms: string[];
  kinds: string[];
  completionReasons: string[];
  /**
   * Today by the script's clock and time zone: consents and meetings are dated with it, so
   * a browser in another zone (or with a wrong clock) cannot date them ahead of the server.
   */
  today: IsoDate;
  /** Defaults for a new pair: today and the end of the school year. */
  defaultStart: IsoDate;
  defaultEnd: IsoDate;
  /** Rows the register could not read, with sheet, row and column. */
  issues: string[];
  /** Documents for everyone not finished yet: each gets a «Продолжить» line. */
  batches: PendingBatchView[];
  /** Rows of one bank that are likely one person, each offered to «Объединить». */
  duplicates?: DuplicateView[];
  /**
   * After an action: what it left undone and why (cells someone changed while it ran, with
   * sheet, row and column), shown as the sidebar's notice. Absent when there is nothing to say.
   */
  notice?: string;
}

/** Two rows of one bank that are likely one person: the newer would be merged into the older. */
export interface DuplicateView {
  olderId: string;
  newerId: string;
  /** «НЯ-0002 Андреева Вера — вероятно, тот же человек, что НЯ-0001 Андреева Вера (то же ФИО).» */
  text: string;
}

/** An unfinished batch of documents, as of its last save. */
export interface PendingBatchView {
  kind: SchoolDocumentKind;
  done: number;
  total: number;
}

export interface CandidateView {
  mentorId: string;
  fullName: string;
  score: number;
  reasons: string[];
  load: number;
  capacity: number;
}

export interface RankingView {
  menteeId: string;
  candidates: CandidateView[];
  excluded: { mentorId: string; fullName: string; reasons: string[] }[];
}

export interface ProposalView {
  proposals: { mentorId: string; mentorName: string; menteeId: string; menteeName: string; score: number; reasons: string[] }[];
  unmatched: { menteeId: string; menteeName: string; reason: string }[];
  total: number;
}

export interface PairTerms {
  form: string;
  kind: string;
  goal: string;
  start: IsoDate;
  plannedEnd: IsoDate;
}

export interface CreatePairRequest extends PairTerms {
  mentorId: string;
  menteeIds: string[];
}

export interface AddToGroupRequest {
  pairId: string;
  menteeId: string;
}

export interface AcceptProposalsRequest extends PairTerms {
  pairs: { mentorId: string; menteeId: string }[];
}

export type ConsentKind = 'data' | 'duties' | 'publish' | 'withdrawal';

export interface RecordConsentRequest {
  kind: ConsentKind;
  /** A mentor or mentee ID (data, publish, withdrawal) … */
  personId?: string;
  /** … or a pair ID (duties: the mentor's consent for this pair). */
  pairId?: string;
  date: IsoDate;
  /** Link to the scan, optional. */
  link?: string;
}

export interface SetPairStatusRequest {
  pairId: string;
  status: string;
  reason?: string;
  endDate?: IsoDate;
  /** Early stop at a participant's request: when the other side was notified. */
  noticeDate?: IsoDate;
}

export interface ExtendPairRequest {
  pairId: string;
  plannedEnd: IsoDate;
  /** Needed when the programme would run over 12 months. */
  overrideReason?: string;
}

export interface ReplaceMentorRequest {
  pairId: string;
  mentorId: string;
}

export interface LogMeetingRequest {
  pairId: string;
  date: IsoDate;
  topic: string;
  result: string;
}

/** «Что скоро»: what needs the curator's attention soon. */
export interface UpcomingView {
  roadmapDue: { id: string; activity: string; to: IsoDate; status: string }[];
  roadmapOverdue: { id: string; activity: string; to: IsoDate }[];
  pairsEnding: { id: string; mentorName: string; plannedEnd: IsoDate }[];
  pairsWithoutProgramme: { id: string; mentorName: string }[];
  peopleWithoutConsent: { id: string; fullName: string; state: ConsentState }[];
}

export type OrderKindName = 'approval' | 'pairs' | 'completion' | 'reward';
export type SchoolDocumentKind =
  | 'programme'
  | 'dataConsent'
  | 'dutiesConsent'
  | 'publishConsent'
  | 'mentorReport'
  | 'mentorAgreement'
  | 'refusalNotice'
  | 'monitoringNote'
  | 'siteMaterials';

export interface OrderResultView {
  /** What was done, for the panel (links included). */
  lines: string[];
  url: string | null;
  /** Set when the same order is signed already: ask the curator, then call again with newWhenSigned. */
  signedNumber: string | null;
  data: SidebarData;
}

export interface ServerApi {
  getRegisterStatus(): RegisterStatus;
  getSidebarData(): SidebarData;
  rankMentorsFor(menteeId: string): RankingView;
  proposeAll(fixed: { mentorId: string; menteeId: string }[]): ProposalView;
  createPair(request: CreatePairRequest): SidebarData;
  addToGroup(request: AddToGroupRequest): SidebarData;
  acceptProposals(request: AcceptProposalsRequest): SidebarData;
  recordConsent(request: RecordConsentRequest): SidebarData;
  setPairStatus(request: SetPairStatusRequest): SidebarData;
  extendPair(request: ExtendPairRequest): SidebarData;
  replaceMentor(request: ReplaceMentorRequest): SidebarData;
  logMeeting(request: LogMeetingRequest): SidebarData;
  generateDocuments(request: { kind: string; ids: string[] }): { urls: string[]; lines: string[]; data: SidebarData };
  getUpcoming(): UpcomingView;
  makeOrder(request: { kind: OrderKindName; newWhenSigned?: boolean }): OrderResultView;
  makeDocumentsForAll(request: { kind: SchoolDocumentKind; print?: boolean }): { lines: string[]; data: SidebarData };
  continueDocuments(request: { kind: SchoolDocumentKind }): { lines: string[]; data: SidebarData };
  erasePersonData(request: { personId: string; confirmed: true }): { message: string; data: SidebarData };
  mergePeople(request: { olderId: string; newerId: string }): SidebarData;
}

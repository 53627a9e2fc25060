/**
 * The sidebar's state: one object, changed through `update` (which re-renders) or, for what
 * the person types into a form, changed in place without a re-render (`draft` objects).
 */
import type {
  ConsentState,
  OrderKindName,
  PairTerms,
  ProposalView,
  RankingView,
  RegisterStatus,
  SidebarData,
  UpcomingView,
} from '../app/sidebarApi';

export type Tab = 'match' | 'pairs' | 'upcoming' | 'register' | 'documents';

/** What the person is filling in a pair's terms form. */
export type TermsDraft = PairTerms;

/** The one inline form open at a time (Escape closes it). */
export type InlineForm =
  | { kind: 'create'; mentorId: string; terms: TermsDraft }
  | { kind: 'close'; pairId: string; status: string; reason: string; endDate: string; noticeDate: string }
  | { kind: 'withdraw'; pairId: string; personId: string; date: string }
  | { kind: 'erase'; pairId: string; personId: string; typed: string }
  | { kind: 'meeting'; pairId: string; date: string; topic: string; result: string }
  | { kind: 'extend'; pairId: string; plannedEnd: string; reason: string }
  | { kind: 'replace'; pairId: string; mentorId: string }
  /** «Документы»: the same order is signed already (its number and link); make a new one? */
  | { kind: 'newOrder'; order: OrderKindName; number: string; url: string | null }
  | null;

/** What generateDocuments answered, shown where it was asked for. */
export interface DocumentResult {
  urls: string[];
  lines: string[];
}

export interface MatchState {
  query: string;
  subject: string;
  category: string;
  consent: '' | ConsentState;
  /** The mentee whose ranking is shown; null: the list. */
  selected: string | null;
  ranking: RankingView | null;
  proposal: ProposalView | null;
  /** Proposals (mentorId + '\n' + menteeId) the curator keeps. */
  checked: Set<string>;
  /** Proposals whose reasons are unfolded. */
  expanded: Set<string>;
  proposalTerms: TermsDraft;
}

export interface State {
  data: SidebarData | null;
  /** The first load has not finished. */
  loading: boolean;
  /** A server call runs: every button is disabled. */
  busy: boolean;
  error: string | null;
  notice: string | null;
  tab: Tab;
  match: MatchState;
  pairFilter: string;
  /** Scan links typed for the duties consent, by pair ID. */
  scanLinks: Map<string, string>;
  form: InlineForm;
  register: RegisterStatus | null;
  /** «Что скоро»; null: not loaded, or stale after an action (loaded again when shown). */
  upcoming: UpcomingView | null;
  /**
   * Documents made from the panel, by the place that asked (e.g. 'П-0002:programme'; in
   * «Документы», 'order:pairs' and 'all:siteMaterials').
   */
  documents: Map<string, DocumentResult>;
  /** «Документы для всех» of a kind per pair or person: one file for printing (what a school prints) or a file each. */
  printOneFile: boolean;
  /** Collapsible boxes the person opened (by key). */
  open: Set<string>;
  /** Where focus goes after the next render (a data-key). */
  focus: string | null;
}

export function emptyTerms(data: SidebarData | null): TermsDraft {
  return {
    form: data?.forms[0] ?? '',
    kind: data?.kinds[0] ?? '',
    goal: '',
    start: data?.defaultStart ?? '',
    plannedEnd: data?.defaultEnd ?? '',
  };
}

export const state: State = {
  data: null,
  loading: true,
  busy: false,
  error: null,
  notice: null,
  tab: 'match',
  match: {
    query: '',
    subject: '',
    category: '',
    consent: '',
    selected: null,
    ranking: null,
    proposal: null,
    checked: new Set(),
    expanded: new Set(),
    proposalTerms: emptyTerms(null),
  },
  pairFilter: '',
  scanLinks: new Map(),
  form: null,
  register: null,
  upcoming: null,
  documents: new Map(),
  printOneFile: true,
  open: new Set(),
  focus: null,
};

type Listener = () => void;
const listeners: Listener[] = [];

export function subscribe(listener: Listener): void {
  listeners.push(listener);
}

/** Changes the state and re-renders. */
export function update(change: (s: State) => void): void {
  change(state);
  for (const listener of listeners) listener();
}

export function proposalKey(p: { mentorId: string; menteeId: string }): string {
  return `${p.mentorId}\n${p.menteeId}`;
}

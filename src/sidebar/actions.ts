/**
 * Every server call of the sidebar: one google.script.run call per action. While it runs the
 * buttons are disabled; a failure becomes the error banner with the server's Russian message.
 */
import type { OrderKindName, SchoolDocumentKind, ServerApi, SidebarData } from '../app/sidebarApi';
import { SIDEBAR_ERRORS, SIDEBAR_TEXT } from '../i18n/sidebar';
import { isDocUrl } from './dom';
import { errorText, setServerToday } from './format';
import { callServer } from './googleScriptRun';
import { emptyTerms, type State, state, update } from './store';

type Mutation =
  | 'createPair'
  | 'addToGroup'
  | 'acceptProposals'
  | 'recordConsent'
  | 'setPairStatus'
  | 'extendPair'
  | 'replaceMentor'
  | 'logMeeting'
  | 'mergePeople';

export type DocumentKind = 'programme' | 'dataConsent' | 'dutiesConsent' | 'publishConsent' | 'mentorReport';

/** Runs one call with the busy flag and the error banner. */
async function call<T>(run: () => Promise<T>): Promise<T | undefined> {
  if (state.busy) return undefined;
  update((s) => {
    s.busy = true;
    s.error = null;
    s.notice = null;
  });
  try {
    const value = await run();
    return value;
  } catch (error) {
    update((s) => {
      s.error = errorText(error, SIDEBAR_ERRORS.unknown);
    });
    return undefined;
  } finally {
    update((s) => {
      s.busy = false;
      s.loading = false;
    });
    if (upcomingWanted) {
      upcomingWanted = false;
      if (state.tab === 'upcoming' && !state.upcoming) void loadUpcoming();
    }
  }
}

/** «Что скоро» was opened while another call ran: it is loaded when that call ends. */
let upcomingWanted = false;

/** Loads «Что скоро» now, or as soon as the running call ends. */
export function requestUpcoming(): void {
  if (state.busy) upcomingWanted = true;
  else void loadUpcoming();
}

/**
 * New data from the server: the ranking and the proposal were made on the old data, so they
 * go, and so does «Что скоро» (loaded again when its tab is shown).
 */
function setData(s: State, data: SidebarData): void {
  if (!s.data) s.match.proposalTerms = emptyTerms(data);
  s.data = data;
  if (data.today) setServerToday(data.today);
  s.match.ranking = null;
  s.match.selected = null;
  s.match.proposal = null;
  s.upcoming = null;
}

/** The one call that loads everything (and, on the «Что скоро» tab, that tab's list next). */
export async function load(): Promise<void> {
  const data = await call(() => callServer('getSidebarData'));
  if (data) {
    update((s) => {
      setData(s, data);
      s.register = null;
    });
    if (state.tab === 'upcoming') await loadUpcoming();
  } else if (!state.data) {
    update((s) => {
      s.error = s.error ?? SIDEBAR_TEXT.failed(SIDEBAR_ERRORS.unknown);
    });
  }
}

/** «Что скоро»: one call when the tab opens (and after an action made it stale). */
export async function loadUpcoming(): Promise<void> {
  const upcoming = await call(() => callServer('getUpcoming'));
  if (upcoming) update((s) => void (s.upcoming = upcoming));
}

/**
 * One document (or a few) for one pair or person; the links and the server's lines are shown
 * where they were asked for (`place`), and focus goes to the first link.
 */
export async function makeDocuments(place: string, kind: DocumentKind, id: string): Promise<void> {
  const result = await call(() => callServer('generateDocuments', { kind, ids: [id] }));
  if (!result) return;
  // Focus on the first link (only docs.google.com addresses become links), else back on the button.
  const focus = result.urls.some(isDocUrl) ? `${place}:doc:0` : `${place}:make`;
  update((s) => {
    // The answer carries the new data too (a first programme writes its starting plan).
    setData(s, result.data);
    s.documents.set(place, { urls: result.urls, lines: result.lines });
    s.upcoming = null;
    s.focus = focus;
  });
}

/** Where «Документы» shows what an order's or a batch's call answered. */
export const orderPlace = (kind: OrderKindName) => `order:${kind}`;
export const allPlace = (kind: SchoolDocumentKind) => `all:${kind}`;

/**
 * «Документы»: one of the four orders. When the same order is signed already, the panel asks
 * (an inline confirmation) and calls again with newWhenSigned only if the curator says so.
 * Refusals (settings, consents, nothing to order) come as the server's Russian message.
 */
export async function makeOrder(kind: OrderKindName, newWhenSigned = false): Promise<void> {
  const place = orderPlace(kind);
  const result = await call(() => callServer('makeOrder', newWhenSigned ? { kind, newWhenSigned: true } : { kind }));
  if (!result) {
    // What is shown under the button is what the last call said: a refusal clears it.
    if (state.documents.has(place)) update((s) => void s.documents.delete(place));
    return;
  }
  update((s) => {
    setData(s, result.data);
    if (result.signedNumber) {
      s.documents.delete(place);
      s.form = { kind: 'newOrder', order: kind, number: result.signedNumber, url: result.url };
      s.focus = `${place}:new`;
      return;
    }
    s.form = null;
    s.documents.set(place, { urls: result.url ? [result.url] : [], lines: result.lines });
    s.focus = isDocUrl(result.url) ? `${place}:doc:0` : `${place}:make`;
  });
}

/** «Документы»: a kind of document for everyone who needs it (a batch: «Продолжить» or this button goes on with it). */
export async function makeDocumentsForAll(kind: SchoolDocumentKind): Promise<void> {
  const place = allPlace(kind);
  const result = await call(() => callServer('makeDocumentsForAll', { kind, print: state.printOneFile }));
  if (!result) {
    if (state.documents.has(place)) update((s) => void s.documents.delete(place));
    return;
  }
  update((s) => {
    setData(s, result.data);
    s.form = null;
    s.documents.set(place, { urls: [], lines: result.lines });
    s.focus = `${place}:make`;
  });
}

/** Where focus goes after «Продолжить»: the same button while the batch is unfinished. */
export const continueKey = (kind: SchoolDocumentKind) => `batch:${kind}:continue`;

/**
 * «Продолжить»: the next part of an unfinished batch. The server's lines become the notice;
 * the new data carry the batch's new count (or no line, once it is finished).
 */
export async function continueDocuments(kind: SchoolDocumentKind): Promise<void> {
  const result = await call(() => callServer('continueDocuments', { kind }));
  if (!result) return;
  update((s) => {
    setData(s, result.data);
    s.notice = result.lines.join(' ');
    s.focus = result.data.batches.some((b) => b.kind === kind) ? continueKey(kind) : 'notice:dismiss';
  });
}

/** Erases a person's data (the curator typed the ID in the panel); the answer carries the new data. */
export async function erasePerson(personId: string, focus: string): Promise<void> {
  const result = await call(() => callServer('erasePersonData', { personId, confirmed: true }));
  if (!result) return;
  update((s) => {
    s.form = null;
    setData(s, result.data);
    s.upcoming = null;
    s.notice = result.message;
    s.focus = focus;
  });
}

/** A write: the server answers with the sidebar's new data. Returns it, or undefined on failure. */
export async function mutate<K extends Mutation>(
  name: K,
  request: Parameters<ServerApi[K]>[0],
  after?: (s: State, before: SidebarData, data: SidebarData) => void,
): Promise<SidebarData | undefined> {
  const before = state.data!;
  const data = (await call(() => (callServer as (n: K, r: unknown) => Promise<SidebarData>)(name, request))) as
    | SidebarData
    | undefined;
  if (data) {
    update((s) => {
      setData(s, data);
      s.form = null;
      after?.(s, before, data);
      // Cells someone changed while the action ran were left: said above everything else.
      if (data.notice) s.notice = data.notice;
    });
  }
  return data;
}

export async function rank(menteeId: string): Promise<void> {
  const ranking = await call(() => callServer('rankMentorsFor', menteeId));
  if (ranking) {
    update((s) => {
      s.match.selected = menteeId;
      s.match.ranking = ranking;
      s.form = null;
      s.focus = 'ranking-title';
    });
  }
}

export async function proposeAll(): Promise<void> {
  const proposal = await call(() => callServer('proposeAll', []));
  if (proposal) {
    update((s) => {
      s.match.proposal = proposal;
      s.match.selected = null;
      s.match.ranking = null;
      s.match.checked = new Set(proposal.proposals.map((p) => `${p.mentorId}\n${p.menteeId}`));
      s.match.expanded = new Set();
      s.form = null;
      s.focus = 'proposal-title';
    });
  }
}

export async function loadRegisterStatus(): Promise<void> {
  const status = await call(() => callServer('getRegisterStatus'));
  if (status) update((s) => void (s.register = status));
}

/** IDs of pairs in `after` and not in `before`. */
export function newPairIds(before: SidebarData, after: SidebarData): string[] {
  const known = new Set(before.pairs.map((p) => p.id));
  return after.pairs.filter((p) => !known.has(p.id)).map((p) => p.id);
}

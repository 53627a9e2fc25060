/**
 * Documents for many pairs or people as batch jobs: started from the menu or the sidebar,
 * continued by the curator's next action (the same menu item, or «Продолжить» in the
 * sidebar) until every document is made, exactly once each. What is left is recomputed by
 * each execution: those who need the document and have none made since the job started.
 */
import type { ScriptAppPort } from '../../gas/ports';
import { isQuotaError } from '../../gas/quota';
import { DOC_ACTIONS, DOC_BATCH, DOCUMENT_KIND_LABELS } from '../../i18n/documents';
import type { PendingBatchView } from '../sidebarApi';
import {
  BATCH_BUDGET_MS,
  RECORD_EVERY,
  type BatchOutcome,
  loadBatch,
  pendingBatches,
  removeLegacyContinuation,
  runBatch,
  startBatch,
} from '../batch/batchRunner';
import {
  DocumentMaker,
  documentSubjects,
  documentsLine,
  type ParticipantDocumentKind,
  type ParticipantServices,
} from './participantDocuments';
import { makePrintFiles, PRINTABLE_KINDS, printGroups } from './printFiles';

export type BatchDocumentServices = ParticipantServices & { scriptApp: ScriptAppPort };

const JOB_PREFIX = 'docs.';
/** BatchState.variant of a job made as files printed for many. */
const PRINT_VARIANT = 'print';
const jobOf = (kind: ParticipantDocumentKind) => `${JOB_PREFIX}${kind}`;

function outcomeLine(kind: ParticipantDocumentKind, outcome: BatchOutcome): string {
  const label = DOCUMENT_KIND_LABELS[kind];
  const { done, total } = outcome.state;
  if (outcome.status === 'finished') return DOC_BATCH.finished(label, total);
  if (outcome.status === 'quota') return DOC_BATCH.quota(label, done, total);
  return DOC_BATCH.paused(label, done, total);
}

/** Between the subjects of a group in a batch item: a register ID is one line. */
const GROUP_SEPARATOR = '\n';

/**
 * The items of a job printed for many: a group of subjects each, its IDs joined. A group an
 * execution stopped in (still unrecorded) is made again whole, as it was, first: its file
 * and some of its rows may be there already, and only the same group finds that file by name.
 * The rest of what remains is grouped anew.
 */
function printItems(
  unrecorded: readonly string[],
  subjects: readonly string[],
  remaining: readonly string[],
): { items: string[]; suspect: Set<string> } {
  const current = new Set(subjects);
  const suspect = unrecorded
    .map((item) => item.split(GROUP_SEPARATOR).filter((id) => current.has(id)))
    .filter((group) => group.length > 0);
  const taken = new Set(suspect.flat());
  const rest = printGroups(remaining.filter((id) => !taken.has(id)));
  const join = (group: readonly string[]) => group.join(GROUP_SEPARATOR);
  return { items: [...suspect, ...rest].map(join), suspect: new Set(suspect.map(join)) };
}

/** Whether a new job of this kind may be made as files printed for many (see printFiles.ts). */
export function isPrintable(kind: ParticipantDocumentKind): boolean {
  return PRINTABLE_KINDS.includes(kind);
}

/**
 * Makes this kind of document for everyone who needs it, going on with the unfinished job of
 * this kind if there is one (in the way it was started). `startNew: false` only continues
 * (the sidebar's «Продолжить»): with no unfinished job it says so and makes nothing. `print`:
 * whether a new job makes files printed for many instead of a file per subject — asked (a
 * function) only once there is something to make and the folder can be used; null: cancelled.
 */
export function runDocumentBatch(
  services: BatchDocumentServices,
  kind: ParticipantDocumentKind,
  started: number,
  startNew = true,
  print: boolean | (() => boolean | null) = false,
): string[] {
  removeLegacyContinuation(services.scriptApp);
  const props = services.documentProperties;
  const label = DOCUMENT_KIND_LABELS[kind];
  let state = loadBatch(props, jobOf(kind));
  if (!state && !startNew) return [DOC_BATCH.nothingPending(label)];
  const maker = new DocumentMaker(services);
  const subjects = maker.subjects(kind);
  if (!state) {
    if (!subjects.length) throw maker.nothingToMake(kind);
    // A folder that can't be used stops the action here, before a job is left behind.
    maker.store.ensureFolder();
    const printed = isPrintable(kind) && (typeof print === 'function' ? print() : print);
    if (printed === null) return [DOC_ACTIONS.cancelled];
    state = startBatch(props, jobOf(kind), kind, started, printed ? PRINT_VARIANT : undefined);
  }
  const made = maker.store.links().madeSince(kind, new Date(state.startedAt));
  const remaining = subjects.filter((id) => !made.has(maker.recordedAs(kind, id)));
  state.total = subjects.length;
  state.done = subjects.length - remaining.length;
  const links = maker.store.links();
  links.holdNewRows();
  maker.holdStartingPlans();
  const groups = state.variant === PRINT_VARIANT ? printItems(state.unrecorded ?? [], subjects, remaining) : null;
  const outcome = runBatch(
    services,
    state,
    groups ? groups.items : remaining,
    (item, resumed) => {
      if (!groups) {
        maker.make(kind, item, resumed);
        return 1;
      }
      const group = item.split(GROUP_SEPARATOR);
      makePrintFiles(maker, kind, group, resumed || groups.suspect.has(item));
      // Only those still lacking the document count as done now (a group made again after a stop has some done).
      return group.filter((id) => !made.has(maker.recordedAs(kind, id))).length;
    },
    started + BATCH_BUDGET_MS,
    (done, total) => DOC_BATCH.progress(label, done, total),
    // Plans first: a document recorded has its plan in «Программы».
    () => {
      maker.flushStartingPlans();
      links.flush();
    },
    // A group's IDs take up to PRINT_GROUP_ID_BYTES of the state: its rows are recorded at once.
    groups ? 1 : RECORD_EVERY,
  );
  return [outcomeLine(kind, outcome), ...maker.store.notes];
}

/** Unfinished jobs, for the sidebar's «Продолжить» lines. */
export function pendingDocumentBatches(services: Pick<BatchDocumentServices, 'documentProperties'>): PendingBatchView[] {
  const kinds = Object.keys(DOCUMENT_KIND_LABELS) as ParticipantDocumentKind[];
  return pendingBatches(services.documentProperties).flatMap((state) => {
    const kind = kinds.find((k) => jobOf(k) === state.job);
    return kind ? [{ kind, done: state.done, total: state.total }] : [];
  });
}

export interface DocumentsNow {
  urls: string[];
  lines: string[];
}

/** The sidebar's few documents: made at once, no batch; a daily quota stops them, keeping those made. */
export function makeDocumentsNow(
  services: ParticipantServices,
  kind: ParticipantDocumentKind,
  ids: readonly string[],
): DocumentsNow {
  const subjects = documentSubjects(services, kind, ids);
  const maker = new DocumentMaker(services);
  const urls: string[] = [];
  const label = DOCUMENT_KIND_LABELS[kind];
  for (const id of subjects) {
    try {
      urls.push(maker.make(kind, id));
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      return { urls, lines: [DOC_BATCH.quotaSome(label, urls.length, subjects.length)] };
    }
  }
  return { urls, lines: [documentsLine(kind, urls.length)] };
}

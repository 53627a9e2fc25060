/**
 * Documents for many pairs or people as batch jobs: started from the menu, continued by the
 * one-off trigger until every document is made, exactly once each.
 */
import type { ScriptAppPort } from '../../gas/ports';
import { DOC_BATCH } from '../../i18n/documents';
import { DOCUMENT_KIND_LABELS } from '../../i18n/documents';
import {
  armContinuation,
  BATCH_BUDGET_MS,
  type BatchState,
  loadBatch,
  pendingBatches,
  removeContinuation,
  runBatch,
  startBatch,
} from '../batch/batchRunner';
import { DocumentMaker, documentSubjects, type ParticipantDocumentKind, type ParticipantServices } from './participantDocuments';

export type BatchDocumentServices = ParticipantServices & { scriptApp: ScriptAppPort };

const jobOf = (kind: ParticipantDocumentKind) => `docs.${kind}`;

function continueJob(services: BatchDocumentServices, state: BatchState, deadline: number): string {
  const kind = state.kind as ParticipantDocumentKind;
  const label = DOCUMENT_KIND_LABELS[kind];
  const maker = new DocumentMaker(services);
  const outcome = runBatch(
    services,
    state,
    (id) => maker.make(kind, id),
    deadline,
    (done, total) => DOC_BATCH.progress(label, done, total),
  );
  const { done, items } = outcome.state;
  return outcome.finished ? DOC_BATCH.finished(label, items.length) : DOC_BATCH.paused(label, done, items.length);
}

/** Menu: make (or go on making) this kind of document for everyone who needs it. */
export function startDocumentBatch(services: BatchDocumentServices, kind: ParticipantDocumentKind, started: number): string[] {
  const state =
    loadBatch(services.documentProperties, jobOf(kind)) ??
    startBatch(services.documentProperties, jobOf(kind), kind, documentSubjects(services, kind));
  armContinuation(services.scriptApp);
  const line = continueJob(services, state, started + BATCH_BUDGET_MS);
  if (!pendingBatches(services.documentProperties).length) removeContinuation(services.scriptApp);
  return [line];
}

/** The one-off trigger: every unfinished job goes on. */
export function continueDocumentBatches(services: BatchDocumentServices, started: number): string[] {
  const jobs = pendingBatches(services.documentProperties);
  if (!jobs.length) {
    removeContinuation(services.scriptApp);
    return [];
  }
  armContinuation(services.scriptApp);
  const lines = jobs.map((job) => continueJob(services, job, started + BATCH_BUDGET_MS));
  if (!pendingBatches(services.documentProperties).length) removeContinuation(services.scriptApp);
  return lines;
}

/** The sidebar's few documents: made at once, no batch. */
export function makeDocumentsNow(services: ParticipantServices, kind: ParticipantDocumentKind, ids: readonly string[]): string[] {
  const subjects = documentSubjects(services, kind, ids);
  const maker = new DocumentMaker(services);
  return subjects.map((id) => maker.make(kind, id));
}

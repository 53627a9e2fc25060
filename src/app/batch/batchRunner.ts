/**
 * Long jobs under Apps Script's 6-minute limit, continued by the curator's next action (the
 * same menu item again, or «Продолжить» in the sidebar), never by a time-driven trigger: an
 * add-on's time-driven trigger may run at most hourly and cannot count on seeing the
 * spreadsheet.
 *
 * A job's state is constant-size (what, since when, how far, and the item in hand): the items
 * still to do are recomputed by every execution as those still lacking the result made since
 * the job started, so nothing stored grows with the register. Processing an item must record
 * its result as soon as it is made and be safe to repeat: the item an execution was stopped at
 * (the cursor) is made again, told so, so that it can look for what it may have left
 * unrecorded; no other item needs to.
 */
import type { PropertiesPort, ScriptAppPort, SpreadsheetPort } from '../../gas/ports';
import { isQuotaError } from '../../gas/quota';

/** Well before Apps Script's 6 minutes: the item in hand still has time to finish. */
export const BATCH_BUDGET_MS = 4.5 * 60 * 1000;
/** Handler of the one-off continuation trigger older versions set; its leftovers are deleted. */
export const LEGACY_CONTINUE_HANDLER = 'continueBatches';
const PREFIX = 'batch.';
/** How often progress is shown while items are made. */
const TOAST_EVERY = 25;

export interface BatchState {
  job: string;
  /** What the job is (e.g. the kind of document), for the processor. */
  kind: string;
  /** How the processor makes it (e.g. one file printed for many), when it has a choice. */
  variant?: string;
  /** When the job started (ms): results made since then count as done. */
  startedAt: number;
  /** Items done and in all, as of the last save (for the curator; recomputed by each execution). */
  done: number;
  total: number;
  /** The item being made when the state was last saved (an execution stopped there may have left it half-made). */
  cursor?: string;
}

export interface BatchServices {
  ss: SpreadsheetPort;
  documentProperties: PropertiesPort;
}

export type BatchStatus = 'finished' | 'paused' | 'quota';

export interface BatchOutcome {
  state: BatchState;
  /** finished: nothing left; paused: out of time; quota: a daily quota of Google's ran out. */
  status: BatchStatus;
  /** Items done in this execution. */
  doneNow: number;
}

function parse(raw: string | null): BatchState | null {
  if (!raw) return null;
  const state = JSON.parse(raw) as Partial<BatchState>;
  // A state of an older version (its items listed, no start time) is started again.
  if (typeof state.job !== 'string' || typeof state.kind !== 'string' || typeof state.startedAt !== 'number') return null;
  const { job, kind, variant, startedAt, done = 0, total = 0, cursor } = state;
  return {
    job,
    kind,
    ...(typeof variant === 'string' ? { variant } : {}),
    startedAt,
    done,
    total,
    ...(typeof cursor === 'string' ? { cursor } : {}),
  };
}

export function loadBatch(props: PropertiesPort, job: string): BatchState | null {
  return parse(props.getProperty(PREFIX + job));
}

/** Unfinished jobs, from one read of the properties. */
export function pendingBatches(props: PropertiesPort): BatchState[] {
  return Object.entries(props.getProperties())
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => parse(value))
    .filter((state): state is BatchState => state !== null);
}

function save(props: PropertiesPort, state: BatchState): void {
  props.setProperty(PREFIX + state.job, JSON.stringify(state));
}

/**
 * A new job, saved at once: an execution stopped before its first save is still continued.
 * Its start is kept to the whole second: a time read back from a cell may have lost the
 * milliseconds, and a result made after the start must never read as made before it.
 */
export function startBatch(props: PropertiesPort, job: string, kind: string, started: number, variant?: string): BatchState {
  const state = {
    job,
    kind,
    ...(variant === undefined ? {} : { variant }),
    startedAt: Math.floor(started / 1000) * 1000,
    done: 0,
    total: 0,
  };
  save(props, state);
  return state;
}

/** Continuation triggers older versions left behind. */
export function removeLegacyContinuation(scriptApp: ScriptAppPort): void {
  for (const trigger of scriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === LEGACY_CONTINUE_HANDLER) scriptApp.deleteTrigger(trigger);
  }
}

/**
 * Does `remaining` (the items still to do, in order) until `deadline` (ms, as Date.now()
 * counts) or until a daily quota runs out. Before each item the state is saved with the item
 * as its cursor; `process` is told whether the item is the one an earlier execution stopped
 * at, and returns how many of the job's units it did (an item may stand for several: a file
 * printed for many), 1 when it says nothing. A finished job is forgotten. `state.done` and `state.total` come in as counted now.
 */
export function runBatch(
  services: BatchServices,
  state: BatchState,
  remaining: readonly string[],
  process: (item: string, resumed: boolean) => number | undefined,
  deadline: number,
  toast: (done: number, total: number) => string,
): BatchOutcome {
  const props = services.documentProperties;
  let doneNow = 0;
  const stop = (status: BatchStatus): BatchOutcome => {
    save(props, state);
    return { state, status, doneNow };
  };
  const stoppedAt = state.cursor;
  for (const item of remaining) {
    if (Date.now() >= deadline) return stop('paused');
    // One small write per item: the count for the sidebar, and where a stop would leave it.
    state.cursor = item;
    save(props, state);
    let units: number | undefined;
    try {
      units = process(item, item === stoppedAt);
    } catch (error) {
      // Every item made so far is recorded: the rest waits until the quota is renewed.
      if (isQuotaError(error)) return stop('quota');
      save(props, state);
      throw error;
    }
    state.done += units ?? 1;
    doneNow++;
    if (doneNow % TOAST_EVERY === 0) services.ss.toast(toast(state.done, state.total));
  }
  props.deleteProperty(PREFIX + state.job);
  return { state, status: 'finished', doneNow };
}

/**
 * Long jobs under Apps Script's 6-minute limit, continued by the curator's next action (the
 * same menu item again, or «Продолжить» in the sidebar), never by a time-driven trigger: an
 * add-on's time-driven trigger may run at most hourly and cannot count on seeing the
 * spreadsheet.
 *
 * A job's state is constant-size (what, since when, how far, and the item in hand): the items
 * still to do are recomputed by every execution as those still lacking the result made since
 * the job started, so nothing stored grows with the register. Results are recorded together
 * every RECORD_EVERY items (one write instead of one each); the state names the items made or
 * in hand since the last record, so that an execution stopped anywhere leaves a short list of
 * items whose results may exist unrecorded: those are made again, told so, so that they look
 * for what they left; no other item needs to.
 */
import type { PropertiesPort, ScriptAppPort, SpreadsheetPort } from '../../gas/ports';
import { isQuotaError } from '../../gas/quota';

/** Well before Apps Script's 6 minutes: the item in hand still has time to finish. */
export const BATCH_BUDGET_MS = 4.5 * 60 * 1000;
/** Handler of the one-off continuation trigger older versions set; its leftovers are deleted. */
export const LEGACY_CONTINUE_HANDLER = 'continueBatches';
const PREFIX = 'batch.';
/** How many items' results are recorded together, and how often progress is shown. */
export const RECORD_EVERY = 25;

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
  /**
   * Items made or in hand since results were last recorded (at most RECORD_EVERY), and those
   * an earlier execution left so that have not been made again yet: an execution stopped
   * there may have left their results unrecorded.
   */
  unrecorded?: string[];
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
  const { job, kind, variant, startedAt, done = 0, total = 0 } = state;
  // An older version kept the one item in hand as «cursor».
  const legacyCursor = (state as { cursor?: unknown }).cursor;
  const unrecorded = Array.isArray(state.unrecorded)
    ? state.unrecorded.filter((item): item is string => typeof item === 'string')
    : typeof legacyCursor === 'string'
      ? [legacyCursor]
      : [];
  return {
    job,
    kind,
    ...(typeof variant === 'string' ? { variant } : {}),
    startedAt,
    done,
    total,
    ...(unrecorded.length ? { unrecorded } : {}),
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
 * counts) or until a daily quota runs out. Before each item the state is saved with the
 * items not yet recorded; `process` is told whether the item is one an earlier execution may
 * have left unrecorded, and returns how many of the job's units it did (an item may stand for
 * several: a file printed for many), 1 when it says nothing. `record` writes the results held
 * back so far; it runs every `recordEvery` items (RECORD_EVERY; 1 for large items, e.g. a
 * group printed for many, whose IDs would soon fill the state's 9 KB) and before the execution
 * ends, however it ends. A finished job is forgotten. `state.done` and `state.total` come in as
 * counted now.
 */
export function runBatch(
  services: BatchServices,
  state: BatchState,
  remaining: readonly string[],
  process: (item: string, resumed: boolean) => number | undefined,
  deadline: number,
  toast: (done: number, total: number) => string,
  record: () => void = () => {},
  recordEvery = RECORD_EVERY,
): BatchOutcome {
  const props = services.documentProperties;
  let doneNow = 0;
  let held: string[] = [];
  // Items an earlier execution may have left unrecorded stay suspect until they are made again
  // (and looked for) here: a stop before that must not forget them. (One no longer to do is
  // recorded or no longer needed.)
  const suspects = new Set(state.unrecorded ?? []);
  const unreached = new Set(remaining.filter((item) => suspects.has(item)));
  const flush = () => {
    record();
    held = [];
    state.unrecorded = [...unreached];
  };
  const stop = (status: BatchStatus): BatchOutcome => {
    flush();
    save(props, state);
    return { state, status, doneNow };
  };
  for (const item of remaining) {
    if (Date.now() >= deadline) return stop('paused');
    // One small write per item: the count for the sidebar, and what a stop would leave unrecorded.
    unreached.delete(item);
    state.unrecorded = [...unreached, ...held, item];
    save(props, state);
    let units: number | undefined;
    try {
      units = process(item, suspects.has(item));
    } catch (error) {
      // What was made is recorded; the item that failed may have left a result: it stays suspect.
      flush();
      state.unrecorded = [...unreached, item];
      save(props, state);
      // A daily quota: the rest waits until it is renewed.
      if (isQuotaError(error)) return { state, status: 'quota', doneNow };
      throw error;
    }
    held.push(item);
    state.done += units ?? 1;
    doneNow++;
    if (held.length >= recordEvery) {
      flush();
      services.ss.toast(toast(state.done, state.total));
    }
  }
  flush();
  props.deleteProperty(PREFIX + state.job);
  return { state, status: 'finished', doneNow };
}

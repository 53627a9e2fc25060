/**
 * Long jobs under Apps Script's 6-minute limit: the items are fixed when a job starts and
 * saved in document properties with how many are done; each execution works until its time
 * budget is spent, saves where it stopped and lets a one-off time-driven trigger go on (or
 * the curator, by running the action again).
 * The trigger is set before the work starts, so that even an execution stopped abruptly is
 * continued. Processing an item must be safe to repeat (the item being made when an
 * execution is stopped is made again, into the same file).
 */
import type { PropertiesPort, ScriptAppPort, SpreadsheetPort } from '../../gas/ports';

/** Well before Apps Script's 6 minutes: the item in hand still has time to finish. */
export const BATCH_BUDGET_MS = 4.5 * 60 * 1000;
/**
 * The continuation starts an hour later: add-ons may run time-driven triggers at most once
 * an hour. The curator who does not want to wait runs the same menu item again: it goes on
 * where the job stopped.
 */
export const CONTINUE_AFTER_MS = 60 * 60 * 1000;
export const CONTINUE_HANDLER = 'continueBatches';
const PREFIX = 'batch.';
const TOAST_EVERY = 25;

export interface BatchState {
  job: string;
  /** What the job is (e.g. the kind of document), for the processor. */
  kind: string;
  items: string[];
  done: number;
  /** Links or other results worth telling the curator, kept to the last few. */
  results: string[];
}

export interface BatchServices {
  ss: SpreadsheetPort;
  scriptApp: ScriptAppPort;
  documentProperties: PropertiesPort;
}

export interface BatchOutcome {
  state: BatchState;
  finished: boolean;
  /** Items done in this execution. */
  doneNow: number;
}

export function loadBatch(props: PropertiesPort, job: string): BatchState | null {
  const raw = props.getProperty(PREFIX + job);
  return raw ? (JSON.parse(raw) as BatchState) : null;
}

export function pendingBatches(props: PropertiesPort): BatchState[] {
  return Object.entries(props.getProperties())
    .filter(([key]) => key.startsWith(PREFIX))
    .map(([, value]) => JSON.parse(value) as BatchState);
}

function save(props: PropertiesPort, state: BatchState): void {
  props.setProperty(PREFIX + state.job, JSON.stringify(state));
}

/**
 * Exactly one pending continuation while work remains: the old one (spent, or not yet
 * fired) goes and a new one is set an hour ahead. Done first in every execution, so an
 * execution stopped abruptly is still continued.
 */
export function armContinuation(scriptApp: ScriptAppPort): void {
  removeContinuation(scriptApp);
  scriptApp.newTrigger(CONTINUE_HANDLER).timeBased().after(CONTINUE_AFTER_MS).create();
}

export function removeContinuation(scriptApp: ScriptAppPort): void {
  for (const trigger of scriptApp.getProjectTriggers()) {
    if (trigger.getHandlerFunction() === CONTINUE_HANDLER) scriptApp.deleteTrigger(trigger);
  }
}

/**
 * Does the job's items from where it stopped until `deadline` (ms, as Date.now() counts),
 * then saves the position; a finished job is forgotten.
 */
export function startBatch(props: PropertiesPort, job: string, kind: string, items: string[]): BatchState {
  const state = { job, kind, items, done: 0, results: [] };
  save(props, state);
  return state;
}

export function runBatch(
  services: BatchServices,
  state: BatchState,
  process: (item: string) => string | undefined,
  deadline: number,
  toast: (done: number, total: number) => string,
): BatchOutcome {
  const props = services.documentProperties;
  let doneNow = 0;
  while (state.done < state.items.length) {
    if (Date.now() >= deadline) {
      save(props, state);
      return { state, finished: false, doneNow };
    }
    const result = process(state.items[state.done]);
    if (typeof result === 'string') state.results = [...state.results, result].slice(-5);
    state.done++;
    doneNow++;
    // Saved after every item: a stop between two items loses nothing.
    save(props, state);
    if (state.done % TOAST_EVERY === 0) services.ss.toast(toast(state.done, state.items.length));
  }
  props.deleteProperty(PREFIX + state.job);
  return { state, finished: true, doneNow };
}

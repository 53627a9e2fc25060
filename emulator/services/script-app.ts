/**
 * ScriptApp: its enums and the installable-trigger registry (plain state, so the runner can fire
 * due triggers and tests can inspect them).
 *
 * Limit: 20 triggers per user per script (quotas page). Message "This script has too many
 * triggers. Triggers must be deleted from the script before more can be added." is Google's as
 * users quote it. The messages for a builder created without an event are guesses.
 *
 * An Editor add-on's triggers have more rules (https://developers.google.com/workspace/add-ons/concepts/editor-triggers,
 * «Installable triggers in add-ons»), enforced when the registry is made for an add-on (`addOnDocumentId`):
 *   - «Each add-on can only have one trigger of each type, per user, per document»: a second
 *     time-driven trigger is refused with «This add-on has created too many time-based triggers in
 *     this document for this Google user account.» (as users quote it: ljay79/jira-tools#53); a
 *     fired one-off trigger still counts until deleted. The texts for the other types are guessed.
 *   - «Add-ons can only create triggers for the file in which the add-on is used» (message guessed).
 *   - «Time-driven triggers cannot run more frequently than once per hour»: a recurring trigger
 *     (everyMinutes, everyHours) of less than an hour is refused with «The recurrence interval for
 *     an Add-on trigger must be at least one hour.» (as users quote it: ttsukagoshi/mail-merge-for-gmail#165).
 *     A one-off `after(ms)` is accepted at any delay: published add-ons use one-off triggers a few
 *     seconds ahead (ljay79/jira-tools#44, ttsukagoshi/mail-merge-for-gmail#165), and it never recurs.
 */
import { type Env, GasException, Service } from '../core';
import type {
  ClockTriggerBuilderPort,
  ScriptAppPort,
  SpreadsheetPort,
  SpreadsheetTriggerBuilderPort,
  TriggerBuilderPort,
  TriggerPort,
} from '../../src/gas/ports';

import Script = GoogleAppsScript.Script;

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';
export type EventTypeName = 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE' | 'ON_EVENT_UPDATED';
export type TriggerSourceName = 'SPREADSHEETS' | 'CLOCK' | 'FORMS' | 'DOCUMENTS' | 'CALENDAR';

function stringEnum<T extends string>(...names: T[]): Readonly<Record<T, T>> {
  return Object.freeze(Object.fromEntries(names.map((n) => [n, n])) as Record<T, T>);
}

export const AUTH_MODE = stringEnum<AuthModeName>('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
export const EVENT_TYPE = stringEnum<EventTypeName>(
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
);
export const TRIGGER_SOURCE = stringEnum<TriggerSourceName>('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');

export const MAX_TRIGGERS_PER_USER = 20;
export const ADDON_MIN_RECURRENCE_MS = 3_600_000;
export const ADDON_RECURRENCE_MESSAGE = 'The recurrence interval for an Add-on trigger must be at least one hour.';
/** Guessed wording (the documented rule, not a quoted message). */
export const ADDON_OTHER_FILE_MESSAGE = 'Add-ons can only create triggers for the file in which the add-on is used.';

/** What Google calls each type in «too many … triggers»: time-based is quoted, the others guessed. */
const TYPE_WORDS: Readonly<Record<EventTypeName, string>> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_FORM_SUBMIT: 'form-submit',
  ON_CHANGE: 'change',
  ON_EVENT_UPDATED: 'calendar',
};

export function addOnTooManyTriggersMessage(type: EventTypeName): string {
  return `This add-on has created too many ${TYPE_WORDS[type]} triggers in this document for this Google user account.`;
}
export const TOO_MANY_TRIGGERS_MESSAGE =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

export interface TriggerRecord {
  uniqueId: string;
  handlerFunction: string;
  eventType: EventTypeName;
  triggerSource: TriggerSourceName;
  /** The spreadsheet's id for spreadsheet triggers; null for clock triggers. */
  triggerSourceId: string | null;
  /** E-mail of the user who created it (triggers belong to a user). */
  owner: string;
  /** Emulated ms when it was created. */
  createdAt: number;
  /** Clock triggers made with after(ms): when they are due (emulated ms). */
  dueAt: number | null;
  /** Recurring clock triggers: the interval (ms); absent for one-off triggers (and older snapshots). */
  everyMs?: number;
}

export interface ScriptAppState {
  triggers: TriggerRecord[];
  /** Sequence for unique ids. */
  nextId: number;
}

export function newScriptAppState(): ScriptAppState {
  return { triggers: [], nextId: 1 };
}

/** Runner side: clock triggers due at `now`, oldest first. */
export function dueClockTriggers(state: ScriptAppState, now: number): TriggerRecord[] {
  return state.triggers
    .filter((t) => t.eventType === 'CLOCK' && t.dueAt !== null && t.dueAt <= now)
    .sort((a, b) => a.dueAt! - b.dueAt!);
}

/** Runner side: spreadsheet triggers for an event in a spreadsheet. */
export function spreadsheetTriggers(state: ScriptAppState, spreadsheetId: string, eventType: EventTypeName): TriggerRecord[] {
  return state.triggers.filter(
    (t) => t.triggerSource === 'SPREADSHEETS' && t.triggerSourceId === spreadsheetId && t.eventType === eventType,
  );
}

export class Trigger extends Service implements TriggerPort {
  readonly serviceName = 'Trigger';
  constructor(readonly _record: TriggerRecord) {
    super();
  }
  getHandlerFunction(): string {
    return this._record.handlerFunction;
  }
  getUniqueId(): string {
    return this._record.uniqueId;
  }
  /** null for clock triggers (there is no source document). */
  getTriggerSourceId(): string {
    return this._record.triggerSourceId as string;
  }
  getEventType(): Script.EventType {
    return this._record.eventType as unknown as Script.EventType;
  }
  getTriggerSource(): Script.TriggerSource {
    return this._record.triggerSource as unknown as Script.TriggerSource;
  }
}

export interface ScriptAppOptions {
  /** The document an Editor add-on runs in: its trigger rules apply. Absent: a plain script's rules. */
  addOnDocumentId?: string;
}

/** Shared by the builders: checks the limits and registers the trigger. */
class Registry {
  constructor(
    private readonly env: Env,
    private readonly state: ScriptAppState,
    readonly addOnDocumentId: string | null,
  ) {}

  get user(): string {
    return this.env.userEmail;
  }

  create(fields: Omit<TriggerRecord, 'uniqueId' | 'owner' | 'createdAt'>): Trigger {
    const mine = this.state.triggers.filter((t) => t.owner === this.user);
    if (this.addOnDocumentId !== null) this.#checkAddOn(fields, mine);
    if (mine.length >= MAX_TRIGGERS_PER_USER) throw new GasException(TOO_MANY_TRIGGERS_MESSAGE);
    // Google's ids are long decimal strings.
    const uniqueId = String(7_000_000_000 + this.state.nextId++);
    const record: TriggerRecord = { uniqueId, owner: this.user, createdAt: this.env.clock.now(), ...fields };
    this.state.triggers.push(record);
    return new Trigger(record);
  }

  /** An add-on's triggers: its own document only, one of each type per user there, recurring at most hourly. */
  #checkAddOn(fields: Omit<TriggerRecord, 'uniqueId' | 'owner' | 'createdAt'>, mine: TriggerRecord[]): void {
    const document = this.addOnDocumentId;
    if (fields.triggerSourceId !== null && fields.triggerSourceId !== document) {
      throw new GasException(ADDON_OTHER_FILE_MESSAGE);
    }
    if (fields.everyMs !== undefined && fields.everyMs < ADDON_MIN_RECURRENCE_MS) {
      throw new GasException(ADDON_RECURRENCE_MESSAGE);
    }
    // Clock triggers have no source file: an add-on's belong to the document it made them in (the only one here).
    const sameType = mine.some(
      (t) => t.eventType === fields.eventType && (t.triggerSourceId === null || t.triggerSourceId === document),
    );
    if (sameType) throw new GasException(addOnTooManyTriggersMessage(fields.eventType));
  }
}

export class SpreadsheetTriggerBuilder extends Service implements SpreadsheetTriggerBuilderPort {
  readonly serviceName = 'SpreadsheetTriggerBuilder';
  private eventType: EventTypeName | null = null;

  constructor(
    private readonly registry: Registry,
    private readonly functionName: string,
    private readonly spreadsheetId: string,
  ) {
    super();
  }

  onOpen(): SpreadsheetTriggerBuilder {
    return this._event('ON_OPEN');
  }
  onEdit(): SpreadsheetTriggerBuilder {
    return this._event('ON_EDIT');
  }
  onChange(): SpreadsheetTriggerBuilder {
    return this._event('ON_CHANGE');
  }
  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this._event('ON_FORM_SUBMIT');
  }

  create(): Trigger {
    if (!this.eventType)
      throw new GasException('Trigger has no event type: call onOpen, onEdit, onChange or onFormSubmit first.');
    return this.registry.create({
      handlerFunction: this.functionName,
      eventType: this.eventType,
      triggerSource: 'SPREADSHEETS',
      triggerSourceId: this.spreadsheetId,
      dueAt: null,
    });
  }

  private _event(type: EventTypeName): SpreadsheetTriggerBuilder {
    this.eventType = type;
    return this;
  }
}

export class ClockTriggerBuilder extends Service implements ClockTriggerBuilderPort {
  readonly serviceName = 'ClockTriggerBuilder';
  private afterMs: number | null = null;
  private everyMs: number | null = null;

  constructor(
    private readonly env: Env,
    private readonly registry: Registry,
    private readonly functionName: string,
  ) {
    super();
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    this.afterMs = Math.max(0, Math.floor(Number(durationMilliseconds) || 0));
    return this;
  }

  /**
   * A recurring trigger every n minutes (not a port member: the add-on may not call it; here so
   * that the add-on rule on recurrence can be shown). Google accepts 1, 5, 10, 15 or 30.
   */
  everyMinutes(n: number): ClockTriggerBuilder {
    const minutes = Number(n);
    if (![1, 5, 10, 15, 30].includes(minutes)) {
      // Guessed wording.
      throw new GasException('Invalid argument: everyMinutes accepts 1, 5, 10, 15 or 30.');
    }
    this.everyMs = minutes * 60_000;
    return this;
  }

  /** A recurring trigger every n hours (not a port member, as everyMinutes). */
  everyHours(n: number): ClockTriggerBuilder {
    const hours = Math.floor(Number(n));
    // Guessed wording.
    if (!(hours >= 1)) throw new GasException('Invalid argument: everyHours needs a whole number of hours, 1 or more.');
    this.everyMs = hours * 3_600_000;
    return this;
  }

  create(): Trigger {
    const now = this.env.clock.now();
    if (this.everyMs !== null) {
      return this.registry.create({
        handlerFunction: this.functionName,
        eventType: 'CLOCK',
        triggerSource: 'CLOCK',
        triggerSourceId: null,
        dueAt: now + this.everyMs,
        everyMs: this.everyMs,
      });
    }
    if (this.afterMs === null) throw new GasException('Trigger has no schedule: call after(ms) first.');
    return this.registry.create({
      handlerFunction: this.functionName,
      eventType: 'CLOCK',
      triggerSource: 'CLOCK',
      triggerSourceId: null,
      dueAt: now + this.afterMs,
    });
  }
}

export class TriggerBuilder extends Service implements TriggerBuilderPort {
  readonly serviceName = 'TriggerBuilder';
  constructor(
    private readonly env: Env,
    private readonly registry: Registry,
    private readonly functionName: string,
  ) {
    super();
  }

  /** Needs only the id: any object with getId() (or the id itself, as Google's key overload). */
  forSpreadsheet(sheet: SpreadsheetPort | { getId(): string } | string): SpreadsheetTriggerBuilder {
    const id = typeof sheet === 'string' ? sheet : sheet?.getId?.();
    if (typeof id !== 'string' || !id) throw new GasException('Invalid argument: sheet');
    return new SpreadsheetTriggerBuilder(this.registry, this.functionName, id);
  }

  timeBased(): ClockTriggerBuilder {
    return new ClockTriggerBuilder(this.env, this.registry, this.functionName);
  }
}

export class ScriptApp extends Service implements ScriptAppPort {
  readonly serviceName = 'ScriptApp';
  readonly AuthMode = AUTH_MODE as unknown as typeof Script.AuthMode;
  readonly EventType = EVENT_TYPE as unknown as typeof Script.EventType;
  readonly TriggerSource = TRIGGER_SOURCE as unknown as typeof Script.TriggerSource;
  private readonly registry: Registry;

  constructor(
    private readonly env: Env,
    private readonly state: ScriptAppState,
    options: ScriptAppOptions = {},
  ) {
    super();
    this.registry = new Registry(env, state, options.addOnDocumentId ?? null);
  }

  /** Documented: the current user's triggers in this project. */
  getProjectTriggers(): Trigger[] {
    return this.state.triggers.filter((t) => t.owner === this.env.userEmail).map((t) => new Trigger(t));
  }

  /** Documented: the current user's triggers of this script in the given spreadsheet. */
  getUserTriggers(spreadsheet: SpreadsheetPort | { getId(): string }): Trigger[] {
    const id = spreadsheet.getId();
    return this.state.triggers
      .filter((t) => t.owner === this.env.userEmail && t.triggerSource === 'SPREADSHEETS' && t.triggerSourceId === id)
      .map((t) => new Trigger(t));
  }

  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this.env, this.registry, String(functionName));
  }

  deleteTrigger(trigger: TriggerPort): void {
    const id = trigger instanceof Trigger ? trigger._record.uniqueId : trigger.getUniqueId();
    const i = this.state.triggers.findIndex((t) => t.uniqueId === id);
    if (i >= 0) this.state.triggers.splice(i, 1);
  }
}

export function createScriptApp(env: Env, state: ScriptAppState, options: ScriptAppOptions = {}): ScriptApp {
  return new ScriptApp(env, state, options);
}

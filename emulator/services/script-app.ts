/**
 * ScriptApp: its enums and the installable-trigger registry (plain state, so the runner can fire
 * due triggers and tests can inspect them).
 *
 * Limit: 20 triggers per user per script (quotas page). Message "This script has too many
 * triggers. Triggers must be deleted from the script before more can be added." is Google's as
 * users quote it. The messages for a builder created without an event are guesses.
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

/** Shared by the builders: checks the limit and registers the trigger. */
class Registry {
  constructor(
    private readonly env: Env,
    private readonly state: ScriptAppState,
  ) {}

  get user(): string {
    return this.env.userEmail;
  }

  create(fields: Omit<TriggerRecord, 'uniqueId' | 'owner' | 'createdAt'>): Trigger {
    const mine = this.state.triggers.filter((t) => t.owner === this.user).length;
    if (mine >= MAX_TRIGGERS_PER_USER) throw new GasException(TOO_MANY_TRIGGERS_MESSAGE);
    // Google's ids are long decimal strings.
    const uniqueId = String(7_000_000_000 + this.state.nextId++);
    const record: TriggerRecord = { uniqueId, owner: this.user, createdAt: this.env.clock.now(), ...fields };
    this.state.triggers.push(record);
    return new Trigger(record);
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

  create(): Trigger {
    if (this.afterMs === null) throw new GasException('Trigger has no schedule: call after(ms) first.');
    return this.registry.create({
      handlerFunction: this.functionName,
      eventType: 'CLOCK',
      triggerSource: 'CLOCK',
      triggerSourceId: null,
      dueAt: this.env.clock.now() + this.afterMs,
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
  ) {
    super();
    this.registry = new Registry(env, state);
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

export function createScriptApp(env: Env, state: ScriptAppState): ScriptApp {
  return new ScriptApp(env, state);
}

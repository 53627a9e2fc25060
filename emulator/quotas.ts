/**
 * Google's daily quotas, per user and per account kind
 * (https://developers.google.com/apps-script/guides/services/quotas, «Current quotas»):
 * «Quotas are set at different levels for users of consumer accounts (such as gmail.com) and
 * Google Workspace accounts. Quotas are per user and reset 24 hours after the first request.»
 * So each quota of each user has a window that opens with its first use and closes 24 hours
 * later; the next use after that opens a new one. Counters live in the emulator's state, so
 * snapshots keep them.
 *
 * Only the quotas that the add-on's calls can hit are here: documents created (DocumentApp.create,
 * and a Drive.Files.create that converts an upload into a Doc), files converted (that conversion),
 * property reads and writes, and the total run time of triggers. The page lists no quota for forms
 * created (FormApp.create), so none is enforced: a figure would be invented.
 *
 * Messages: the quotas page's «Exception messages» name the forms «Service invoked too many times
 * for one day: <service>.» and «Service using too much computer time for one day.». The service
 * names are as users quote them: «docs create» (a Google Doc per row hitting the quota, quoted in
 * a public project's notes on Apps Script quotas) and «graphite property writes»
 * (googleworkspace/apps-script-oauth2#217). «graphite property reads» is guessed by analogy.
 */
import { GasException } from './core';

export type AccountKind = 'consumer' | 'workspace';

export type QuotaName = 'docsCreated' | 'filesConverted' | 'propertiesReadWrite' | 'triggerRuntimeMs';

interface QuotaSpec {
  /** Per day: a count of calls, or ms of run time for triggerRuntimeMs. */
  consumer: number;
  workspace: number;
  /** The row of Google's table it models. */
  feature: string;
}

/** Google's figures (quotas page, «Current quotas»). */
export const QUOTAS: Readonly<Record<QuotaName, QuotaSpec>> = {
  docsCreated: { consumer: 250, workspace: 1500, feature: 'Documents created' },
  filesConverted: { consumer: 2000, workspace: 4000, feature: 'Files converted' },
  propertiesReadWrite: { consumer: 50_000, workspace: 500_000, feature: 'Properties read/write' },
  triggerRuntimeMs: { consumer: 90 * 60_000, workspace: 6 * 3_600_000, feature: 'Triggers total runtime' },
};

export const QUOTA_WINDOW_MS = 24 * 3_600_000;

export const DOCS_CREATE_QUOTA_MESSAGE = 'Service invoked too many times for one day: docs create.';
/** Guessed by analogy with «docs create» (not seen quoted). */
export const FILES_CONVERTED_QUOTA_MESSAGE = 'Service invoked too many times for one day: file conversion.';
export const PROPERTY_WRITES_QUOTA_MESSAGE = 'Service invoked too many times for one day: graphite property writes.';
/** Guessed by analogy with the writes' message (not seen quoted). */
export const PROPERTY_READS_QUOTA_MESSAGE = 'Service invoked too many times for one day: graphite property reads.';
export const TRIGGER_RUNTIME_QUOTA_MESSAGE = 'Service using too much computer time for one day.';

/**
 * What a Drive.Files.create that converts an upload into a Google Doc spends: a document created
 * and a file converted. The quotas page does not say which calls each row counts; the emulator
 * takes the strict reading that a Google Doc made by conversion is both (see README).
 */
export const CONVERSION_QUOTAS: readonly { quota: QuotaName; message: string }[] = [
  { quota: 'docsCreated', message: DOCS_CREATE_QUOTA_MESSAGE },
  { quota: 'filesConverted', message: FILES_CONVERTED_QUOTA_MESSAGE },
];

/** Property calls that write (the rest of Properties.* read). */
const PROPERTY_WRITES = new Set(['setProperty', 'setProperties', 'deleteProperty', 'deleteAllProperties']);

/** The quota a counted service call uses, and the message when it is spent; null when none. */
export function quotaOfCall(key: string): { quota: QuotaName; message: string } | null {
  if (key === 'DocumentApp.create') return { quota: 'docsCreated', message: DOCS_CREATE_QUOTA_MESSAGE };
  if (key.startsWith('Properties.')) {
    const write = PROPERTY_WRITES.has(key.slice('Properties.'.length));
    return { quota: 'propertiesReadWrite', message: write ? PROPERTY_WRITES_QUOTA_MESSAGE : PROPERTY_READS_QUOTA_MESSAGE };
  }
  return null;
}

export interface QuotaWindow {
  /** Emulated ms of the first use in this window. */
  since: number;
  used: number;
}

export interface QuotasState {
  account: AccountKind;
  /** Per user e-mail, per quota: the open window. */
  users: Record<string, Partial<Record<QuotaName, QuotaWindow>>>;
}

export function newQuotasState(account: AccountKind = 'consumer'): QuotasState {
  return { account, users: {} };
}

/**
 * The quotas of one emulator: the services spend them, tests inspect them and inject failures
 * (`exhaust`). Every method takes the current user and time from the emulator.
 */
export class Quotas {
  constructor(
    private readonly state: QuotasState,
    private readonly now: () => number,
    private readonly user: () => string,
  ) {}

  get account(): AccountKind {
    return this.state.account;
  }

  /** The day's allowance for this account kind. */
  limit(quota: QuotaName): number {
    return QUOTAS[quota][this.state.account];
  }

  /** Used in the open window (0 when the window has closed). */
  used(quota: QuotaName): number {
    return this.#open(quota)?.used ?? 0;
  }

  remaining(quota: QuotaName): number {
    return Math.max(0, this.limit(quota) - this.used(quota));
  }

  /** When the open window closes (emulated ms); null when none is open. */
  resetsAt(quota: QuotaName): number | null {
    const w = this.#open(quota);
    return w ? w.since + QUOTA_WINDOW_MS : null;
  }

  /** Spends `amount`; throws `message` (nothing spent) when that would pass the limit. */
  spend(quota: QuotaName, amount: number, message: string): void {
    const w = this.#window(quota);
    if (w.used + amount > this.limit(quota)) throw new GasException(message);
    w.used += amount;
  }

  /** Spends one of each quota, all or none: the first that is used up throws its message. */
  spendAll(items: readonly { quota: QuotaName; message: string }[]): void {
    for (const { quota, message } of items) if (this.remaining(quota) < 1) throw new GasException(message);
    for (const { quota, message } of items) this.spend(quota, 1, message);
  }

  /** Records `amount` without a check (run time already spent); 0 opens the day's window. */
  record(quota: QuotaName, amount: number): void {
    this.#window(quota).used += amount;
  }

  /** Test helper: the day's allowance is used up now (the window opens now unless one is open). */
  exhaust(quota: QuotaName): void {
    this.#window(quota).used = this.limit(quota);
  }

  /** Test helper: sets the amount used in the open window (opening one now if needed). */
  setUsed(quota: QuotaName, used: number): void {
    this.#window(quota).used = used;
  }

  #open(quota: QuotaName): QuotaWindow | null {
    const w = this.state.users[this.user()]?.[quota];
    return w && this.now() - w.since < QUOTA_WINDOW_MS ? w : null;
  }

  /** The open window, or a new one from now (the first request of a new day). */
  #window(quota: QuotaName): QuotaWindow {
    const open = this.#open(quota);
    if (open) return open;
    const email = this.user();
    if (!Object.hasOwn(this.state.users, email)) this.state.users[email] = {};
    const fresh: QuotaWindow = { since: this.now(), used: 0 };
    this.state.users[email]![quota] = fresh;
    return fresh;
  }
}

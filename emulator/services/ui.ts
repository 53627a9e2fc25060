/**
 * Ui (what SpreadsheetApp.getUi() returns), Menu and PromptResponse.
 *
 * Menus added with addToUi, the sidebar shown and every dialog go into a plain state object that
 * tests and the playground read. Dialogs are answered synchronously by a DialogResponder; the
 * default one takes scripted answers from state.script and fails loudly when there is none.
 *
 * Verified message: "Cannot call SpreadsheetApp.getUi() from this context." (Google's exception
 * when there is no user interface, e.g. in a time-driven or form-submit trigger).
 */
import { type Env, GasException, Service, unwrap } from '../core';
import type { HtmlOutputPort, MenuPort, PromptResponsePort, UiPort } from '../../src/gas/ports';

import Base = GoogleAppsScript.Base;

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

/** Ui.Button: the string names stand for Google's enum values. */
export const BUTTON: Readonly<Record<ButtonName, ButtonName>> = Object.freeze({
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
  CLOSE: 'CLOSE',
});

export const BUTTON_SET: Readonly<Record<ButtonSetName, ButtonSetName>> = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
});

/** Buttons of each set; CLOSE (the dialog's close box) is always possible too. */
export const BUTTONS_OF_SET: Readonly<Record<ButtonSetName, readonly ButtonName[]>> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export const NO_UI_MESSAGE = 'Cannot call SpreadsheetApp.getUi() from this context.';

export interface DialogRequest {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSetName;
}

export interface DialogAnswer {
  button: ButtonName;
  /** The text typed into a prompt; '' when omitted. */
  text?: string;
}

/** Answers a dialog synchronously, as the user would. */
export type DialogResponder = (request: DialogRequest) => DialogAnswer;

export interface DialogLogEntry extends DialogRequest {
  /** null while unanswered (the responder threw). */
  answer: DialogAnswer | null;
}

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; caption: string; items: MenuEntry[] };

export interface MenuRecord {
  caption: string;
  /** true for the add-on's menu (Extensions > add-on name). */
  addon: boolean;
  items: MenuEntry[];
}

export interface SidebarRecord {
  title: string;
  content: string;
}

export interface UiState {
  /** false in contexts without a user interface (triggers): getUi() then throws. */
  uiAvailable: boolean;
  /** Menus in the order first added; adding a menu again replaces it in place. */
  menus: MenuRecord[];
  /** Every alert and prompt, in order. */
  dialogs: DialogLogEntry[];
  /** Scripted answers the default responder takes from the front. */
  script: DialogAnswer[];
  /** The sidebar shown last, if any. */
  sidebar: SidebarRecord | null;
}

export function newUiState(): UiState {
  return { uiAvailable: true, menus: [], dialogs: [], script: [], sidebar: null };
}

/** The default responder: the next scripted answer, or a clear failure. */
export function scriptedResponder(state: UiState): DialogResponder {
  return (request) => {
    const answer = state.script.shift();
    if (!answer) {
      throw new Error(
        `emulator: no scripted answer for ${request.kind} "${request.prompt}"` +
          ` (buttons ${request.buttons}); push one first, e.g. ui.script.push({ button: 'YES' })`,
      );
    }
    return answer;
  };
}

export interface UiOptions {
  /** Caption of createAddonMenu()'s menu. */
  addonName: string;
  /** Defaults to scriptedResponder(state). */
  responder?: DialogResponder;
}

function assertUi(state: UiState): void {
  if (!state.uiAvailable) throw new GasException(NO_UI_MESSAGE);
}

function buttonSetName(value: unknown): ButtonSetName {
  const name = String(value);
  if (!(name in BUTTONS_OF_SET)) throw new GasException(`Invalid argument: buttons`);
  return name as ButtonSetName;
}

export class PromptResponse extends Service implements PromptResponsePort {
  readonly serviceName = 'PromptResponse';
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): Base.Button {
    return this.button as unknown as Base.Button;
  }
}

export class Menu extends Service implements MenuPort {
  readonly serviceName = 'Menu';
  private readonly entries: (MenuEntry | { kind: 'submenu'; menu: Menu })[] = [];

  constructor(
    private readonly state: UiState,
    private readonly caption: string,
    private readonly addon: boolean,
  ) {
    super();
  }

  addItem(caption: string, functionName: string): Menu {
    this.entries.push({ kind: 'item', caption: String(caption), functionName: String(functionName) });
    return this;
  }

  addSeparator(): Menu {
    this.entries.push({ kind: 'separator' });
    return this;
  }

  addSubMenu(menu: MenuPort): Menu {
    const sub = unwrap(menu); // also when called on the raw object with an exposed argument
    if (!(sub instanceof Menu)) throw new GasException('Invalid argument: menu');
    this.entries.push({ kind: 'submenu', menu: sub });
    return this;
  }

  addToUi(): void {
    assertUi(this.state);
    const record: MenuRecord = { caption: this.caption, addon: this.addon, items: this._snapshot() };
    const i = this.state.menus.findIndex((m) => m.caption === record.caption && m.addon === record.addon);
    if (i >= 0) this.state.menus[i] = record;
    else this.state.menus.push(record);
  }

  /** Plain copy of the tree as it is now (later changes to the Menu don't show until addToUi). */
  _snapshot(): MenuEntry[] {
    return this.entries.map((e) =>
      'menu' in e ? { kind: 'submenu', caption: e.menu.caption, items: e.menu._snapshot() } : { ...e },
    );
  }
}

export class Ui extends Service implements UiPort {
  readonly serviceName = 'Ui';
  readonly Button = BUTTON as unknown as typeof Base.Button;
  readonly ButtonSet = BUTTON_SET as unknown as typeof Base.ButtonSet;
  private readonly responder: DialogResponder;

  constructor(
    private readonly state: UiState,
    private readonly options: UiOptions,
  ) {
    super();
    this.responder = options.responder ?? scriptedResponder(state);
  }

  /** The scripted answers (tests push onto it). */
  get script(): DialogAnswer[] {
    return this.state.script;
  }

  createAddonMenu(): Menu {
    assertUi(this.state);
    return new Menu(this.state, this.options.addonName, true);
  }

  createMenu(caption: string): Menu {
    assertUi(this.state);
    return new Menu(this.state, String(caption), false);
  }

  alert(prompt: string): Base.Button;
  alert(prompt: string, buttons: Base.ButtonSet): Base.Button;
  alert(title: string, prompt: string, buttons: Base.ButtonSet): Base.Button;
  alert(a: string, b?: unknown, c?: unknown): Base.Button {
    // biome-ignore lint/complexity/noArguments: the overload is chosen by how many arguments were passed, as Google does.
    const answer = this._dialog('alert', arguments.length, a, b, c);
    return answer.button as unknown as Base.Button;
  }

  prompt(prompt: string): PromptResponse;
  prompt(prompt: string, buttons: Base.ButtonSet): PromptResponse;
  prompt(title: string, prompt: string, buttons: Base.ButtonSet): PromptResponse;
  prompt(a: string, b?: unknown, c?: unknown): PromptResponse {
    // biome-ignore lint/complexity/noArguments: the overload is chosen by how many arguments were passed, as Google does.
    const answer = this._dialog('prompt', arguments.length, a, b, c);
    return new PromptResponse(answer.text ?? '', answer.button);
  }

  showSidebar(userInterface: HtmlOutputPort): void {
    assertUi(this.state);
    const html = unwrap(userInterface); // reading it is the emulator's business, not a counted call
    this.state.sidebar = { title: html.getTitle(), content: html.getContent() };
  }

  /** Sorts out the overload, logs the dialog and asks the responder. */
  private _dialog(kind: 'alert' | 'prompt', argc: number, a: unknown, b: unknown, c: unknown): DialogAnswer {
    assertUi(this.state);
    let request: DialogRequest;
    if (argc >= 3) request = { kind, title: String(a), prompt: String(b), buttons: buttonSetName(c) };
    else if (argc === 2) request = { kind, title: '', prompt: String(a), buttons: buttonSetName(b) };
    else request = { kind, title: '', prompt: String(a), buttons: 'OK' };
    const entry: DialogLogEntry = { ...request, answer: null };
    this.state.dialogs.push(entry);
    const answer = this.responder({ ...request });
    const allowed: readonly ButtonName[] = [...BUTTONS_OF_SET[request.buttons], 'CLOSE'];
    if (!allowed.includes(answer.button)) {
      throw new Error(
        `emulator: answer ${answer.button} is not a button of ${request.kind} "${request.prompt}" (${allowed.join(', ')})`,
      );
    }
    entry.answer = kind === 'prompt' ? { button: answer.button, text: answer.text ?? '' } : { button: answer.button };
    return entry.answer;
  }
}

/**
 * What SpreadsheetApp.getUi() returns. Throws Google's error when state.uiAvailable is false,
 * as getUi() does in a trigger.
 */
export function createUi(_env: Env, state: UiState, options: UiOptions): Ui {
  assertUi(state);
  return new Ui(state, options);
}

/**
 * Form: a view over one FormState. Publishing follows Google's 2025 model: a form that is not
 * published accepts no responses (the Forms API forces isAcceptingResponses to false then).
 */
import { Service } from '../core';
import type { FormPort } from '../../src/gas/ports';
import { largeIntId } from '../ids';
import { editUrl, publishedUrl, type FormsContext } from './context';
import { badArgument, noDestination, noSuchForm, noSuchResponse, notPublished } from './errors';
import { EmuItem } from './item';
import {
  type EmuCheckboxItem,
  type EmuDateItem,
  type EmuGridItem,
  type EmuListItem,
  type EmuMultipleChoiceItem,
  type EmuPageBreakItem,
  type EmuParagraphTextItem,
  type EmuScaleItem,
  type EmuSectionHeaderItem,
  type EmuTextItem,
  typedItem,
} from './items';
import { EmuFormResponse } from './responses';
import { linkResponseSheet, responseSheet, syncResponseColumns } from './response-sheet';
import { newItemState, type FormResponseState, type FormState, type ItemTypeName } from './state';

import F = GoogleAppsScript.Forms;

/** A fresh item id, unique among all forms (Google's are unique within a form). */
function newItemId(ctx: FormsContext, form: FormState): number {
  const used = new Set<number>();
  for (const f of Object.values(ctx.state.forms)) for (const i of f.items) used.add(i.id);
  for (;;) {
    const id = largeIntId(`${form.id}:item:${ctx.state.nextSeq++}`);
    if (!used.has(id)) return id;
  }
}

export class EmuForm extends Service implements FormPort {
  readonly serviceName = 'Form';
  readonly #ctx: FormsContext;
  readonly #f: FormState;

  constructor(ctx: FormsContext, form: FormState) {
    super();
    this.#ctx = ctx;
    this.#f = form;
  }

  _state(): FormState {
    return this.#f;
  }

  getId(): string {
    return this.#f.id;
  }
  getTitle(): string {
    return this.#f.title;
  }
  getDescription(): string {
    return this.#f.description;
  }
  getConfirmationMessage(): string {
    return this.#f.confirmationMessage;
  }
  getEditUrl(): string {
    return editUrl(this.#f);
  }
  getPublishedUrl(): string {
    return publishedUrl(this.#f);
  }
  /** Throws without a destination (scripts are seen wrapping it in try/catch for that). */
  getDestinationId(): string {
    if (!this.#f.destination) throw noDestination();
    return this.#f.destination.id;
  }
  collectsEmail(): boolean {
    return this.#f.collectEmail;
  }
  isPublished(): boolean {
    return this.#f.published;
  }
  isAcceptingResponses(): boolean {
    return this.#f.published && this.#f.acceptingResponses;
  }
  hasProgressBar(): boolean {
    return this.#f.progressBar;
  }
  canEditResponse(): boolean {
    return this.#f.allowResponseEdits;
  }

  /** The Drive file keeps its own name: a form's title and its file name are separate (guessed for scripts). */
  setTitle(title: string): EmuForm {
    this.#f.title = String(title);
    return this;
  }
  setDescription(description: string): EmuForm {
    this.#f.description = String(description);
    return this;
  }
  /** Turning it on after linking adds the e-mail column at the end (guessed position). */
  setCollectEmail(collect: boolean): EmuForm {
    this.#f.collectEmail = !!collect;
    syncResponseColumns(this.#ctx, this.#f);
    return this;
  }
  setConfirmationMessage(message: string): EmuForm {
    this.#f.confirmationMessage = String(message);
    return this;
  }
  setProgressBar(enabled: boolean): EmuForm {
    this.#f.progressBar = !!enabled;
    return this;
  }
  setAllowResponseEdits(enabled: boolean): EmuForm {
    this.#f.allowResponseEdits = !!enabled;
    return this;
  }
  /**
   * Google: the accepting-responses state «is overwritten when the publish state of the form is
   * changed» — publishing opens the form, unpublishing closes it; setting the state it already
   * has changes nothing.
   */
  setPublished(enabled: boolean): EmuForm {
    if (this.#f.published !== !!enabled) this.#f.acceptingResponses = !!enabled;
    this.#f.published = !!enabled;
    return this;
  }
  /** Google: throws «if enabled on an unpublished form» (the wording is guessed). */
  setAcceptingResponses(enabled: boolean): EmuForm {
    if (enabled && !this.#f.published) throw notPublished();
    this.#f.acceptingResponses = !!enabled;
    return this;
  }
  /** The text a respondent sees on a form that accepts no responses; '' when none was set (Google's default text then). */
  getCustomClosedFormMessage(): string {
    return this.#f.closedMessage ?? '';
  }
  setCustomClosedFormMessage(message: string): EmuForm {
    this.#f.closedMessage = String(message);
    return this;
  }

  /**
   * Links the form to the (only) spreadsheet: a new response sheet becomes its first tab.
   * Another spreadsheet id is unknown here and fails as a missing file does. Setting the same
   * destination again keeps the existing response sheet (guessed).
   */
  setDestination(type: F.DestinationType, id: string): EmuForm {
    if (String(type) !== 'SPREADSHEET') throw badArgument('Form.setDestination', 'type');
    if (typeof id !== 'string' || id === '') throw badArgument('Form.setDestination', 'id');
    if (id !== this.#ctx.spreadsheet.id) throw noSuchForm();
    const f = this.#f;
    if (f.destination?.id === id && responseSheet(this.#ctx.spreadsheet, f)) return this;
    f.destination = { type: 'SPREADSHEET', id };
    linkResponseSheet(this.#ctx, f);
    return this;
  }

  /**
   * Unlinks the form from its response sheet; the sheet stays, with the answers it holds, and
   * no longer points at the form (Google: "The unlinked former destination still retains a copy
   * of all previous responses").
   */
  removeDestination(): EmuForm {
    const f = this.#f;
    const sheet = responseSheet(this.#ctx.spreadsheet, f);
    if (sheet) delete sheet.formUrl;
    f.destination = null;
    f.responseSheetId = null;
    return this;
  }

  /** Appends an item; a linked response sheet gets its column at the end. */
  #add(type: ItemTypeName) {
    const item = newItemState(newItemId(this.#ctx, this.#f), type);
    this.#f.items.push(item);
    syncResponseColumns(this.#ctx, this.#f);
    return typedItem(this.#ctx, this.#f, item);
  }

  addTextItem(): EmuTextItem {
    return this.#add('TEXT') as EmuTextItem;
  }
  addParagraphTextItem(): EmuParagraphTextItem {
    return this.#add('PARAGRAPH_TEXT') as EmuParagraphTextItem;
  }
  addMultipleChoiceItem(): EmuMultipleChoiceItem {
    return this.#add('MULTIPLE_CHOICE') as EmuMultipleChoiceItem;
  }
  addCheckboxItem(): EmuCheckboxItem {
    return this.#add('CHECKBOX') as EmuCheckboxItem;
  }
  addListItem(): EmuListItem {
    return this.#add('LIST') as EmuListItem;
  }
  addScaleItem(): EmuScaleItem {
    return this.#add('SCALE') as EmuScaleItem;
  }
  addGridItem(): EmuGridItem {
    return this.#add('GRID') as EmuGridItem;
  }
  addDateItem(): EmuDateItem {
    return this.#add('DATE') as EmuDateItem;
  }
  addSectionHeaderItem(): EmuSectionHeaderItem {
    return this.#add('SECTION_HEADER') as EmuSectionHeaderItem;
  }
  addPageBreakItem(): EmuPageBreakItem {
    return this.#add('PAGE_BREAK') as EmuPageBreakItem;
  }

  getItems(): EmuItem[] {
    return this.#f.items.map((i) => new EmuItem(this.#ctx, this.#f, i));
  }

  /** null when the form has no such item (documented). */
  getItemById(id: number): EmuItem | null {
    const item = this.#f.items.find((i) => i.id === Number(id));
    return item ? new EmuItem(this.#ctx, this.#f, item) : null;
  }

  createResponse(): EmuFormResponse {
    return new EmuFormResponse(this.#f);
  }

  /** The submitted responses, oldest first (the form's response store, not the response sheet). */
  getResponses(): EmuFormResponse[] {
    return this.#f.responses.map((r) => this.#response(r));
  }

  /** Google's (not in the port): one response by id. */
  getResponse(responseId: string): EmuFormResponse {
    const r = this.#f.responses.find((x) => x.id === String(responseId));
    if (!r) throw noSuchResponse(String(responseId));
    return this.#response(r);
  }

  /**
   * Documented: deletes the response from the form's response store, "does not delete copies of
   * responses stored in an external response destination (like a spreadsheet)". An unknown id
   * throws (guessed wording).
   */
  deleteResponse(responseId: string): EmuForm {
    const i = this.#f.responses.findIndex((x) => x.id === String(responseId));
    if (i < 0) throw noSuchResponse(String(responseId));
    this.#f.responses.splice(i, 1);
    return this;
  }

  #response(r: FormResponseState): EmuFormResponse {
    const ctx = this.#ctx;
    const form = this.#f;
    return new EmuFormResponse(form, r, (item) => new EmuItem(ctx, form, item));
  }
}

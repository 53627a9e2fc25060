/**
 * The item kinds the add-on uses, as views over one ItemState of a form. Every setter that can
 * change the response sheet's header (title, grid rows) re-syncs it, as Google does.
 *
 * Documented and followed: setBounds takes a lower bound of 0 or 1 and an upper bound from 3 to
 * 10; setChoiceValues, setRows and setColumns throw on an empty array; choice createResponse
 * throws for a value that is not a choice unless the item shows "Other"; a scale response
 * outside the bounds throws; a grid response has one value per row (null: no answer); a date
 * response keeps only the day (and drops the year when the item doesn't include it).
 */
import { isDate, Service } from '../core';
import type {
  CheckboxItemPort,
  DateItemPort,
  GridItemPort,
  ListItemPort,
  MultipleChoiceItemPort,
  PageBreakItemPort,
  ParagraphTextItemPort,
  ScaleItemPort,
  SectionHeaderItemPort,
  TextItemPort,
} from '../../src/gas/ports';
import { toWallTime } from '../time';
import type { FormsContext } from './context';
import { badArgument, badBounds, invalidResponse } from './errors';
import { EmuChoice, EmuItemResponse } from './responses';
import { syncResponseColumns } from './response-sheet';
import type { FormState, ItemState } from './state';

import F = GoogleAppsScript.Forms;

/** What every item view holds; methods starting with "_" are hidden from the add-on. */
export abstract class EmuItemBase extends Service {
  readonly #ctx: FormsContext;
  readonly #form: FormState;
  readonly #item: ItemState;

  constructor(ctx: FormsContext, form: FormState, item: ItemState) {
    super();
    this.#ctx = ctx;
    this.#form = form;
    this.#item = item;
  }

  _ctx(): FormsContext {
    return this.#ctx;
  }
  _form(): FormState {
    return this.#form;
  }
  _item(): ItemState {
    return this.#item;
  }
  /** Keeps the response sheet's header in step with the items. */
  _changed(): void {
    syncResponseColumns(this.#ctx, this.#form);
  }

  getId(): number {
    return this.#item.id;
  }
  getIndex(): number {
    return this.#form.items.indexOf(this.#item);
  }
  getTitle(): string {
    return this.#item.title;
  }
  getHelpText(): string {
    return this.#item.helpText;
  }
  getType(): F.ItemType {
    return this.#item.type as unknown as F.ItemType;
  }
  setTitle(title: string): this {
    this.#item.title = String(title);
    this._changed();
    return this;
  }
  setHelpText(text: string): this {
    this.#item.helpText = String(text);
    return this;
  }
}

/** Question items: they can be required. */
abstract class EmuQuestionItem extends EmuItemBase {
  isRequired(): boolean {
    return this._item().required;
  }
  setRequired(enabled: boolean): this {
    this._item().required = !!enabled;
    return this;
  }
}

function stringArray(values: unknown, method: string, name: string): string[] {
  if (!Array.isArray(values) || values.some((v) => v === null || v === undefined)) throw badArgument(method, name);
  if (values.length === 0) throw badArgument(method, name);
  return values.map((v) => String(v));
}

/** A choice answer: one of the choices, or any text when the item shows "Other". */
function checkChoice(item: ItemState, value: unknown): string {
  const v = String(value);
  if (!item.choices.includes(v) && !item.hasOther) throw invalidResponse(item.title, value);
  return v;
}

export class EmuTextItem extends EmuQuestionItem implements TextItemPort {
  readonly serviceName = 'TextItem';
  createResponse(response: string): EmuItemResponse {
    return new EmuItemResponse(this.getId(), String(response), () => this);
  }
}

export class EmuParagraphTextItem extends EmuQuestionItem implements ParagraphTextItemPort {
  readonly serviceName = 'ParagraphTextItem';
  createResponse(response: string): EmuItemResponse {
    return new EmuItemResponse(this.getId(), String(response), () => this);
  }
}

export class EmuMultipleChoiceItem extends EmuQuestionItem implements MultipleChoiceItemPort {
  readonly serviceName = 'MultipleChoiceItem';
  getChoices(): EmuChoice[] {
    return this._item().choices.map((c) => new EmuChoice(c));
  }
  hasOtherOption(): boolean {
    return this._item().hasOther;
  }
  /** The item keeps its id: only its choices change. */
  setChoiceValues(values: string[]): this {
    this._item().choices = stringArray(values, 'MultipleChoiceItem.setChoiceValues', 'values');
    return this;
  }
  showOtherOption(enabled: boolean): this {
    this._item().hasOther = !!enabled;
    return this;
  }
  createResponse(response: string): EmuItemResponse {
    return new EmuItemResponse(this.getId(), checkChoice(this._item(), response), () => this);
  }
}

export class EmuCheckboxItem extends EmuQuestionItem implements CheckboxItemPort {
  readonly serviceName = 'CheckboxItem';
  getChoices(): EmuChoice[] {
    return this._item().choices.map((c) => new EmuChoice(c));
  }
  hasOtherOption(): boolean {
    return this._item().hasOther;
  }
  setChoiceValues(values: string[]): this {
    this._item().choices = stringArray(values, 'CheckboxItem.setChoiceValues', 'values');
    return this;
  }
  showOtherOption(enabled: boolean): this {
    this._item().hasOther = !!enabled;
    return this;
  }
  /** At most one value outside the choices: the form has a single "Other" box (guessed rule). */
  createResponse(responses: string[]): EmuItemResponse {
    const item = this._item();
    if (!Array.isArray(responses)) throw invalidResponse(item.title, responses);
    const values = responses.map((r) => checkChoice(item, r));
    if (values.filter((v) => !item.choices.includes(v)).length > 1) throw invalidResponse(item.title, responses);
    return new EmuItemResponse(this.getId(), values, () => this);
  }
}

export class EmuListItem extends EmuQuestionItem implements ListItemPort {
  readonly serviceName = 'ListItem';
  getChoices(): EmuChoice[] {
    return this._item().choices.map((c) => new EmuChoice(c));
  }
  setChoiceValues(values: string[]): this {
    this._item().choices = stringArray(values, 'ListItem.setChoiceValues', 'values');
    return this;
  }
  createResponse(response: string): EmuItemResponse {
    return new EmuItemResponse(this.getId(), checkChoice(this._item(), response), () => this);
  }
}

export class EmuScaleItem extends EmuQuestionItem implements ScaleItemPort {
  readonly serviceName = 'ScaleItem';
  getLowerBound(): number {
    return this._item().lower;
  }
  getUpperBound(): number {
    return this._item().upper;
  }
  getLeftLabel(): string {
    return this._item().leftLabel;
  }
  getRightLabel(): string {
    return this._item().rightLabel;
  }
  /** Integer parameters: fractions are truncated as Apps Script converts them (guessed). */
  setBounds(lower: number, upper: number): this {
    if (typeof lower !== 'number' || typeof upper !== 'number') throw badArgument('ScaleItem.setBounds', 'bounds');
    const lo = Math.trunc(lower);
    const hi = Math.trunc(upper);
    if ((lo !== 0 && lo !== 1) || hi < 3 || hi > 10) throw badBounds(lower, upper);
    const item = this._item();
    item.lower = lo;
    item.upper = hi;
    return this;
  }
  setLabels(lower: string, upper: string): this {
    const item = this._item();
    item.leftLabel = String(lower);
    item.rightLabel = String(upper);
    return this;
  }
  createResponse(response: number): EmuItemResponse {
    const item = this._item();
    if (typeof response !== 'number' || !Number.isInteger(response) || response < item.lower || response > item.upper) {
      throw invalidResponse(item.title, response);
    }
    return new EmuItemResponse(this.getId(), String(response), () => this);
  }
}

export class EmuGridItem extends EmuQuestionItem implements GridItemPort {
  readonly serviceName = 'GridItem';
  getRows(): string[] {
    return [...this._item().rows];
  }
  getColumns(): string[] {
    return [...this._item().columns];
  }
  setRows(rows: string[]): this {
    this._item().rows = stringArray(rows, 'GridItem.setRows', 'rows');
    this._changed();
    return this;
  }
  setColumns(columns: string[]): this {
    this._item().columns = stringArray(columns, 'GridItem.setColumns', 'columns');
    return this;
  }
  /** One value per row; null (or '') is no answer to that row, stored as '' (documented). */
  createResponse(responses: string[]): EmuItemResponse {
    const item = this._item();
    if (!Array.isArray(responses) || responses.length !== item.rows.length) throw invalidResponse(item.title, responses);
    const values = responses.map((r) => {
      if (r === null || r === undefined || r === '') return '';
      const v = String(r);
      if (!item.columns.includes(v)) throw invalidResponse(item.title, responses);
      return v;
    });
    return new EmuItemResponse(this.getId(), values, () => this);
  }
}

/** 'YYYY-MM-DD' (or 'MM-DD' without year) of the day the Date shows in `timeZone`. */
export function dateAnswer(date: Date, includesYear: boolean, timeZone: string): string {
  const w = toWallTime(date.getTime(), timeZone);
  const md = `${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
  return includesYear ? `${String(w.year).padStart(4, '0')}-${md}` : md;
}

export class EmuDateItem extends EmuQuestionItem implements DateItemPort {
  readonly serviceName = 'DateItem';
  includesYear(): boolean {
    return this._item().includesYear;
  }
  setIncludesYear(enableYear: boolean): this {
    this._item().includesYear = !!enableYear;
    return this;
  }
  /** The day in the script's time zone, where the Date's fields are read (guessed zone). */
  createResponse(response: GoogleAppsScript.Base.Date): EmuItemResponse {
    const item = this._item();
    if (!isDate(response) || Number.isNaN(response.getTime())) throw invalidResponse(item.title, response);
    return new EmuItemResponse(this.getId(), dateAnswer(response, item.includesYear, this._ctx().env.timeZone), () => this);
  }
}

export class EmuSectionHeaderItem extends EmuItemBase implements SectionHeaderItemPort {
  readonly serviceName = 'SectionHeaderItem';
}

export class EmuPageBreakItem extends EmuItemBase implements PageBreakItemPort {
  readonly serviceName = 'PageBreakItem';
}

/** The typed view of an item (what add*Item and as*Item return). */
export function typedItem(ctx: FormsContext, form: FormState, item: ItemState): EmuItemBase {
  switch (item.type) {
    case 'TEXT':
      return new EmuTextItem(ctx, form, item);
    case 'PARAGRAPH_TEXT':
      return new EmuParagraphTextItem(ctx, form, item);
    case 'MULTIPLE_CHOICE':
      return new EmuMultipleChoiceItem(ctx, form, item);
    case 'CHECKBOX':
      return new EmuCheckboxItem(ctx, form, item);
    case 'LIST':
      return new EmuListItem(ctx, form, item);
    case 'SCALE':
      return new EmuScaleItem(ctx, form, item);
    case 'GRID':
      return new EmuGridItem(ctx, form, item);
    case 'DATE':
      return new EmuDateItem(ctx, form, item);
    case 'SECTION_HEADER':
      return new EmuSectionHeaderItem(ctx, form, item);
    case 'PAGE_BREAK':
      return new EmuPageBreakItem(ctx, form, item);
  }
}

/**
 * Choice, ItemResponse and FormResponse: a response the script builds (createResponse, e.g. for a
 * pre-filled link) or one a respondent submitted (Form.getResponses). A pre-filled link is the
 * published URL with "usp=pp_url" and one "entry.<id>=<value>"
 * per answer, form-encoded (spaces as "+"), checkboxes repeating the parameter and dates as
 * YYYY-MM-DD: that is how Google's pre-filled links look (many are quoted in public code).
 * Simplifications: Google's entry ids are the questions' ids, which differ from Item.getId();
 * here they are the item ids, so the add-on must build such links only with toPrefilledUrl.
 * An "other" answer uses Google's "__other_option__" form (from memory, not verified); a grid
 * repeats its item's entry once per answered row (Google has an entry per row: guessed shape).
 *
 * Documented and followed (FormResponse reference): getId, getRespondentEmail and getTimestamp
 * are null for a response the script created but did not submit; getItemResponses lists the
 * answers in the form's item order, and an unanswered TEXT, PARAGRAPH_TEXT or DATE item comes
 * with '' as its response while other unanswered items are left out; withItemResponse "applies
 * only to form responses that the script has created but not yet submitted".
 * Guessed: a submitted response of a form that does not collect e-mails gives '' as the
 * respondent's e-mail; withItemResponse on a submitted response throws (wording guessed).
 */
import { GasException, Service, unwrap } from '../core';
import type { ChoicePort, FormResponsePort, ItemResponsePort } from '../../src/gas/ports';
import { publishedUrl } from './context';
import { badArgument } from './errors';
import type { FormResponseState, FormState, ItemAnswer, ItemState } from './state';

/** Builds the Item view an ItemResponse's getItem() returns (given by the caller: no import cycle). */
export type ItemView = (item: ItemState) => Service;

export class EmuChoice extends Service implements ChoicePort {
  readonly serviceName = 'Choice';
  readonly #value: string;

  constructor(value: string) {
    super();
    this.#value = value;
  }

  getValue(): string {
    return this.#value;
  }
}

export class EmuItemResponse extends Service implements ItemResponsePort {
  readonly serviceName = 'ItemResponse';
  readonly #itemId: number;
  readonly #response: ItemAnswer;
  readonly #item: (() => Service) | null;

  constructor(itemId: number, response: ItemAnswer, item: (() => Service) | null = null) {
    super();
    this.#itemId = itemId;
    this.#response = response;
    this.#item = item;
  }

  /** Google's: the question this answers (not in the port yet). */
  getItem(): Service {
    if (!this.#item) throw new Error('emulator: ItemResponse.getItem is not emulated for this response');
    return this.#item();
  }

  _itemId(): number {
    return this.#itemId;
  }

  _answer(): ItemAnswer {
    return Array.isArray(this.#response) ? [...this.#response] : this.#response;
  }

  /** Documented: a String for most items, String[] for checkboxes and grids (a copy). */
  getResponse(): ItemAnswer {
    return this._answer();
  }
}

/** Form encoding as browsers and Google's links use it: %XX escapes, spaces as "+". */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%20/g, '+');
}

export class EmuFormResponse extends Service implements FormResponsePort {
  readonly serviceName = 'FormResponse';
  readonly #form: FormState;
  /** The submitted response this views; null for one the script is building. */
  readonly #stored: FormResponseState | null;
  readonly #view: ItemView | null;
  readonly #answers = new Map<number, ItemAnswer>();

  constructor(form: FormState, stored: FormResponseState | null = null, view: ItemView | null = null) {
    super();
    this.#form = form;
    this.#stored = stored;
    this.#view = view;
    if (stored)
      for (const a of stored.answers) this.#answers.set(a.itemId, Array.isArray(a.response) ? [...a.response] : a.response);
  }

  /** Documented: for the same item only the last item response is kept. */
  withItemResponse(response: ItemResponsePort): EmuFormResponse {
    if (this.#stored) throw new GasException('This form response has already been submitted and cannot be changed.');
    const r = unwrap(response);
    if (!(r instanceof EmuItemResponse)) throw badArgument('FormResponse.withItemResponse', 'response');
    this.#answers.set(r._itemId(), r._answer());
    return this;
  }

  getId(): string {
    // Documented null for an unsubmitted response; the port's type says string.
    return (this.#stored ? this.#stored.id : null) as string;
  }

  getRespondentEmail(): string {
    return (this.#stored ? (this.#stored.email ?? '') : null) as string;
  }

  /** Google's: when the response was submitted (null before). */
  getTimestamp(): Date | null {
    return this.#stored ? new Date(this.#stored.timestamp.getTime()) : null;
  }

  getItemResponses(): EmuItemResponse[] {
    const out: EmuItemResponse[] = [];
    for (const item of this.#form.items) {
      let answer = this.#answers.get(item.id);
      if (answer === undefined) {
        if (item.type !== 'TEXT' && item.type !== 'PARAGRAPH_TEXT' && item.type !== 'DATE') continue;
        answer = '';
      }
      const view = this.#view;
      out.push(new EmuItemResponse(item.id, answer, view ? () => view(item) : null));
    }
    return out;
  }

  /** Answers in the form's item order. */
  toPrefilledUrl(): string {
    const params: string[] = ['usp=pp_url'];
    for (const item of this.#form.items) {
      const answer = this.#answers.get(item.id);
      if (answer === undefined) continue;
      const key = `entry.${item.id}`;
      const values = Array.isArray(answer) ? answer : [answer];
      let other: string | null = null;
      for (const v of values) {
        if (v === '') continue;
        const isOther = (item.type === 'MULTIPLE_CHOICE' || item.type === 'CHECKBOX') && !item.choices.includes(v);
        if (isOther) other = v;
        else params.push(`${key}=${encode(v)}`);
      }
      if (other !== null) {
        params.push(`${key}=__other_option__`);
        params.push(`${key}.other_option_response=${encode(other)}`);
      }
    }
    return `${publishedUrl(this.#form)}?${params.join('&')}`;
  }
}

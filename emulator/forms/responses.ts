/**
 * Choice, ItemResponse and FormResponse (a response the script builds, e.g. for a pre-filled
 * link). A pre-filled link is the published URL with "usp=pp_url" and one "entry.<id>=<value>"
 * per answer, form-encoded (spaces as "+"), checkboxes repeating the parameter and dates as
 * YYYY-MM-DD: that is how Google's pre-filled links look (many are quoted in public code).
 * Simplifications: Google's entry ids are the questions' ids, which differ from Item.getId();
 * here they are the item ids, so the add-on must build such links only with toPrefilledUrl.
 * An "other" answer uses Google's "__other_option__" form (from memory, not verified); a grid
 * repeats its item's entry once per answered row (Google has an entry per row: guessed shape).
 */
import { Service, unwrap } from '../core';
import type { ChoicePort, FormResponsePort, ItemResponsePort } from '../../src/gas/ports';
import { publishedUrl } from './context';
import { badArgument } from './errors';
import type { FormState, ItemAnswer } from './state';

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

  constructor(itemId: number, response: ItemAnswer) {
    super();
    this.#itemId = itemId;
    this.#response = response;
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
  readonly #answers = new Map<number, ItemAnswer>();

  constructor(form: FormState) {
    super();
    this.#form = form;
  }

  /** Documented: for the same item only the last item response is kept. */
  withItemResponse(response: ItemResponsePort): EmuFormResponse {
    const r = unwrap(response);
    if (!(r instanceof EmuItemResponse)) throw badArgument('FormResponse.withItemResponse', 'response');
    this.#answers.set(r._itemId(), r._answer());
    return this;
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

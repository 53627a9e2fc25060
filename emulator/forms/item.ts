/** Item: the generic view getItems and getItemById return, cast with as*Item() to its kind. */
import type { ItemPort } from '../../src/gas/ports';
import { invalidConversion } from './errors';
import {
  EmuCheckboxItem,
  EmuDateItem,
  EmuGridItem,
  EmuItemBase,
  EmuListItem,
  EmuMultipleChoiceItem,
  EmuPageBreakItem,
  EmuParagraphTextItem,
  EmuScaleItem,
  EmuSectionHeaderItem,
  EmuTextItem,
} from './items';
import type { ItemTypeName } from './state';

type ItemClass<T> = new (...args: ConstructorParameters<typeof EmuTextItem>) => T;

export class EmuItem extends EmuItemBase implements ItemPort {
  readonly serviceName = 'Item';

  #as<T>(type: ItemTypeName, Kind: ItemClass<T>): T {
    const item = this._item();
    if (item.type !== type) throw invalidConversion(item.type);
    return new Kind(this._ctx(), this._form(), item);
  }

  asTextItem(): EmuTextItem {
    return this.#as('TEXT', EmuTextItem);
  }
  asParagraphTextItem(): EmuParagraphTextItem {
    return this.#as('PARAGRAPH_TEXT', EmuParagraphTextItem);
  }
  asMultipleChoiceItem(): EmuMultipleChoiceItem {
    return this.#as('MULTIPLE_CHOICE', EmuMultipleChoiceItem);
  }
  asCheckboxItem(): EmuCheckboxItem {
    return this.#as('CHECKBOX', EmuCheckboxItem);
  }
  asListItem(): EmuListItem {
    return this.#as('LIST', EmuListItem);
  }
  asScaleItem(): EmuScaleItem {
    return this.#as('SCALE', EmuScaleItem);
  }
  asGridItem(): EmuGridItem {
    return this.#as('GRID', EmuGridItem);
  }
  asDateItem(): EmuDateItem {
    return this.#as('DATE', EmuDateItem);
  }
  asSectionHeaderItem(): EmuSectionHeaderItem {
    return this.#as('SECTION_HEADER', EmuSectionHeaderItem);
  }
  asPageBreakItem(): EmuPageBreakItem {
    return this.#as('PAGE_BREAK', EmuPageBreakItem);
  }
}

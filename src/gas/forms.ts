/**
 * FormModel → Google Forms. Creates a published form that collects e-mails and sends its
 * answers to this spreadsheet; returns the item IDs of each key, which the register keeps so
 * that a question renamed in Forms still maps to its column.
 */
import type { FormItem, FormModel } from '../domain/formModel';
import type { FormAppPort, FormPort, ItemPort, SpreadsheetPort } from './ports';

export interface FormItemRef {
  id: number;
  key: string;
  title: string;
  kind: FormItem['kind'];
}

export interface CreatedForm {
  formId: string;
  editUrl: string;
  publishedUrl: string;
  items: FormItemRef[];
}

/** Anything with a title and a help text (every item kind). */
interface Titled<Self> {
  setTitle(title: string): Self;
  setHelpText(text: string): Self;
}

/** An answerable item, once its own settings are made. */
interface Answerable<Self> {
  setRequired(enabled: boolean): Self;
  getId(): number;
}

function titled<T extends Titled<T>>(target: T, item: FormItem): T {
  return target.setTitle(item.title).setHelpText(item.help ?? '');
}

function answerable<T extends Answerable<T>>(target: T, item: FormItem): number {
  return target.setRequired(!!item.required).getId();
}

function addItem(form: FormPort, item: FormItem, first: boolean): number | null {
  switch (item.kind) {
    case 'section':
      // A page break before any question would leave a first page with the e-mail alone.
      if (first) titled(form.addSectionHeaderItem(), item);
      else titled(form.addPageBreakItem(), item);
      return null;
    case 'text':
      return answerable(titled(form.addTextItem(), item), item);
    case 'paragraph':
      return answerable(titled(form.addParagraphTextItem(), item), item);
    case 'choice':
      return answerable(
        titled(form.addMultipleChoiceItem(), item)
          .setChoiceValues([...item.choices])
          .showOtherOption(!!item.other),
        item,
      );
    case 'checkbox':
      return answerable(
        titled(form.addCheckboxItem(), item)
          .setChoiceValues([...item.choices])
          .showOtherOption(!!item.other),
        item,
      );
    case 'list':
      return answerable(titled(form.addListItem(), item).setChoiceValues([...item.choices]), item);
    case 'scale':
      return answerable(
        titled(form.addScaleItem(), item).setBounds(item.lower, item.upper).setLabels(item.lowerLabel, item.upperLabel),
        item,
      );
    case 'grid':
      return answerable(
        titled(form.addGridItem(), item)
          .setRows([...item.rows])
          .setColumns([...item.columns]),
        item,
      );
    case 'date':
      return answerable(titled(form.addDateItem(), item).setIncludesYear(true), item);
  }
}

/**
 * Creates the form, published, answers going to `ss`. `onCreated` runs right after the form
 * exists, before it is built, so the caller can record it first (a stop mid-way is then found).
 */
export function createForm(
  formApp: FormAppPort,
  ss: SpreadsheetPort,
  model: FormModel,
  onCreated: (formId: string) => void = () => {},
): CreatedForm {
  const form = formApp.create(model.title, true);
  onCreated(form.getId());
  form
    .setDescription(model.description)
    .setConfirmationMessage(model.confirmation)
    .setCollectEmail(model.collectEmail)
    .setProgressBar(true)
    .setAllowResponseEdits(false);
  const items: FormItemRef[] = [];
  for (const [index, item] of model.items.entries()) {
    const id = addItem(form, item, index === 0);
    if (id !== null) items.push({ id, key: item.key, title: item.title, kind: item.kind });
  }
  // Destination last: the response sheet is created with every question's column at once.
  form.setDestination(formApp.DestinationType.SPREADSHEET, ss.getId());
  return { formId: form.getId(), editUrl: form.getEditUrl(), publishedUrl: form.getPublishedUrl(), items };
}

/** The form's ID inside any of its URLs (edit or published links differ). */
export function formIdOfUrl(url: string | null): string | null {
  const m = /\/forms\/d\/(?:e\/)?([^/?#]+)/.exec(url ?? '');
  return m ? m[1] : null;
}

/** Replaces the choices of an existing item; the item and its answers stay. */
export function setItemChoices(item: ItemPort, kind: FormItem['kind'], values: string[]): boolean {
  if (kind === 'choice') item.asMultipleChoiceItem().setChoiceValues(values);
  else if (kind === 'checkbox') item.asCheckboxItem().setChoiceValues(values);
  else if (kind === 'list') item.asListItem().setChoiceValues(values);
  else return false;
  return true;
}

/**
 * A pre-filled link with answers for some items. Built once with placeholders and filled
 * in per person or pair by the caller, so a thousand links cost the same few calls.
 */
export function prefilledUrl(form: FormPort, answers: { id: number; kind: FormItem['kind']; value: string }[]): string {
  let response = form.createResponse();
  for (const a of answers) {
    const item = form.getItemById(a.id);
    if (!item) continue;
    const itemResponse =
      a.kind === 'choice'
        ? item.asMultipleChoiceItem().createResponse(a.value)
        : a.kind === 'list'
          ? item.asListItem().createResponse(a.value)
          : item.asTextItem().createResponse(a.value);
    response = response.withItemResponse(itemResponse);
  }
  return response.toPrefilledUrl();
}

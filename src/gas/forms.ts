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

function addItem(form: FormPort, item: FormItem, first: boolean): number | null {
  switch (item.kind) {
    case 'section':
      // A page break before any question would leave a first page with the e-mail alone.
      if (first)
        form
          .addSectionHeaderItem()
          .setTitle(item.title)
          .setHelpText(item.help ?? '');
      else
        form
          .addPageBreakItem()
          .setTitle(item.title)
          .setHelpText(item.help ?? '');
      return null;
    case 'text':
      return form
        .addTextItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setRequired(!!item.required)
        .getId();
    case 'paragraph':
      return form
        .addParagraphTextItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setRequired(!!item.required)
        .getId();
    case 'choice':
      return form
        .addMultipleChoiceItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setChoiceValues([...item.choices])
        .showOtherOption(!!item.other)
        .setRequired(!!item.required)
        .getId();
    case 'checkbox':
      return form
        .addCheckboxItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setChoiceValues([...item.choices])
        .showOtherOption(!!item.other)
        .setRequired(!!item.required)
        .getId();
    case 'list':
      return form
        .addListItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setChoiceValues([...item.choices])
        .setRequired(!!item.required)
        .getId();
    case 'scale':
      return form
        .addScaleItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setBounds(item.lower, item.upper)
        .setLabels(item.lowerLabel, item.upperLabel)
        .setRequired(!!item.required)
        .getId();
    case 'grid':
      return form
        .addGridItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setRows([...item.rows])
        .setColumns([...item.columns])
        .setRequired(!!item.required)
        .getId();
    case 'date':
      return form
        .addDateItem()
        .setTitle(item.title)
        .setHelpText(item.help ?? '')
        .setIncludesYear(true)
        .setRequired(!!item.required)
        .getId();
  }
}

/** Creates the form, published, answers going to `ss`. */
export function createForm(formApp: FormAppPort, ss: SpreadsheetPort, model: FormModel): CreatedForm {
  const form = formApp.create(model.title, true);
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

/**
 * FormModel: a questionnaire as neutral data. `src/gas/forms` renders it with FormApp and
 * the playground shows it as a page. Every item carries a stable key that ties its answers
 * to a register column, whatever the curator later renames the question to.
 */

interface ItemCommon {
  /** Stable key: a register column key, or a key of the questionnaire's own. */
  key: string;
  title: string;
  help?: string;
  required?: boolean;
}

export type FormItem =
  | (ItemCommon & { kind: 'text' })
  | (ItemCommon & { kind: 'paragraph' })
  | (ItemCommon & { kind: 'choice'; choices: readonly string[]; other?: boolean })
  | (ItemCommon & { kind: 'checkbox'; choices: readonly string[]; other?: boolean })
  | (ItemCommon & { kind: 'list'; choices: readonly string[] })
  | (ItemCommon & { kind: 'scale'; lower: 0 | 1; upper: number; lowerLabel: string; upperLabel: string })
  | (ItemCommon & { kind: 'grid'; rows: readonly string[]; columns: readonly string[] })
  | (ItemCommon & { kind: 'date' })
  /** A new page of the form with a title and a description; answers nothing. */
  | (ItemCommon & { kind: 'section' });

export type FormItemKind = FormItem['kind'];

export type QuestionnairePurpose = 'mentee' | 'mentor' | 'satisfactionMentee' | 'satisfactionMentor';

export interface FormModel {
  purpose: QuestionnairePurpose;
  title: string;
  description: string;
  confirmation: string;
  /** The form collects the respondent's e-mail (the bank's key for matching). */
  collectEmail: boolean;
  items: readonly FormItem[];
}

/** Items that hold an answer (sections do not). */
export function answerItems(model: FormModel): FormItem[] {
  return model.items.filter((i) => i.kind !== 'section');
}

/** Items whose choices come from a vocabulary, so refreshing «Справочники» refreshes them. */
export function hasChoices(item: FormItem): item is Extract<FormItem, { choices: readonly string[] }> {
  return item.kind === 'choice' || item.kind === 'checkbox' || item.kind === 'list';
}

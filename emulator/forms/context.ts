/**
 * What every Forms service object shares: the environment, the forms, the bound spreadsheet
 * (the only possible response destination here) and Drive (where FormApp.create files a form).
 */
import type { Env } from '../core';
import type { DriveState } from '../drive/state';
import type { SpreadsheetState } from '../spreadsheet/state';
import type { FormsState, FormState } from './state';

export interface FormsContext {
  env: Env;
  state: FormsState;
  spreadsheet: SpreadsheetState;
  drive: DriveState;
}

export function editUrl(form: FormState): string {
  return `https://docs.google.com/forms/d/${form.id}/edit`;
}

export function publishedUrl(form: FormState): string {
  return `https://docs.google.com/forms/d/e/${form.publishedId}/viewform`;
}

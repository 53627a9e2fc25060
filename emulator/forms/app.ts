/**
 * FormApp: creates and opens forms. create(title, isPublished) is Google's 2025 overload;
 * isPublished omitted counts as false here, as forms made by scripts start unpublished under
 * the new model. A new form is filed in Drive's root under its title.
 */
import { Service, type Env } from '../core';
import type { FormAppPort } from '../../src/gas/ports';
import { addDriveFile, FORM_MIME_TYPE, type DriveState } from '../drive/state';
import { driveFileId, publishedFormId } from '../ids';
import type { SpreadsheetState } from '../spreadsheet/state';
import type { FormsContext } from './context';
import { DestinationType, ItemType } from './enums';
import { emptyTitle, noSuchForm } from './errors';
import { EmuForm } from './form';
import type { FormState, FormsState } from './state';

export class EmuFormApp extends Service implements FormAppPort {
  readonly serviceName = 'FormApp';
  readonly ItemType = ItemType;
  readonly DestinationType = DestinationType;
  readonly #ctx: FormsContext;

  constructor(ctx: FormsContext) {
    super();
    this.#ctx = ctx;
  }

  create(title: string, isPublished?: boolean): EmuForm {
    if (title === null || title === undefined || String(title) === '') throw emptyTitle();
    const ctx = this.#ctx;
    const seed = `${ctx.spreadsheet.id}:${ctx.env.userEmail}:form:${ctx.state.nextSeq++}`;
    const now = ctx.env.clock.now();
    const form: FormState = {
      id: driveFileId(seed),
      publishedId: publishedFormId(seed),
      title: String(title),
      description: '',
      confirmationMessage: '',
      collectEmail: false,
      published: isPublished === true,
      acceptingResponses: isPublished === true,
      closedMessage: '',
      allowResponseEdits: false,
      progressBar: false,
      destination: null,
      responseSheetId: null,
      responseColumns: [],
      items: [],
      responses: [],
      createdAt: now,
    };
    ctx.state.forms[form.id] = form;
    // Drive's URL for a Docs-editors file (the "?usp=drivesdk" suffix is what scripts observe).
    addDriveFile(ctx.drive, {
      id: form.id,
      name: form.title,
      mimeType: FORM_MIME_TYPE,
      url: `https://docs.google.com/forms/d/${form.id}/edit?usp=drivesdk`,
      createdAt: now,
    });
    return new EmuForm(ctx, form);
  }

  openById(id: string): EmuForm {
    const form = typeof id === 'string' ? this.#ctx.state.forms[id] : undefined;
    if (!form || !Object.hasOwn(this.#ctx.state.forms, id)) throw noSuchForm();
    return new EmuForm(this.#ctx, form);
  }
}

/**
 * The raw FormApp over `state` (wrap it with env.expose for the add-on). `spreadsheet` is the one
 * spreadsheet a form can send responses to; `drive` receives the forms' files.
 */
export function createFormApp(env: Env, state: FormsState, spreadsheet: SpreadsheetState, drive: DriveState): EmuFormApp {
  return new EmuFormApp({ env, state, spreadsheet, drive });
}

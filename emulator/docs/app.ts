/**
 * DocumentApp: creates and opens documents. A new document has Google's defaults (see
 * state.ts) and is filed in Drive's root under its name, as FormApp.create files a form.
 */
import { Service, type Env } from '../core';
import type { DocumentAppPort } from '../../src/gas/ports';
import { addDriveFile, DOCUMENT_MIME_TYPE, type DriveState } from '../drive/state';
import { driveFileId } from '../ids';
import { documentUrl, type DocsContext } from './context';
import { EmuDocument } from './document';
import { Attribute, ElementType, GlyphType, HorizontalAlignment, ParagraphHeading } from './enums';
import { invalidArgument, missingDocument } from './errors';
import { newDocumentState, type DocsState } from './state';

export class EmuDocumentApp extends Service implements DocumentAppPort {
  readonly serviceName = 'DocumentApp';
  readonly Attribute = Attribute;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly ParagraphHeading = ParagraphHeading;
  readonly GlyphType = GlyphType;
  /** Google's DocumentApp has it (not in the port). */
  readonly ElementType = ElementType;
  readonly #ctx: DocsContext;

  constructor(ctx: DocsContext) {
    super();
    this.#ctx = ctx;
  }

  /** An empty name is refused (guessed wording; Google's answer to it was not found). */
  create(name: string): EmuDocument {
    if (typeof name !== 'string' || name === '') throw invalidArgument('name');
    const ctx = this.#ctx;
    const now = ctx.env.clock.now();
    const id = driveFileId(`${ctx.env.userEmail}:document:${ctx.state.nextSeq++}`);
    const doc = newDocumentState(id, name, now);
    ctx.state.documents[id] = doc;
    addDriveFile(ctx.drive, {
      id,
      name,
      mimeType: DOCUMENT_MIME_TYPE,
      url: `${documentUrl(id)}?usp=drivesdk`,
      createdAt: now,
    });
    return new EmuDocument({ ctx, doc, handle: { closed: false } });
  }

  /** Each call gives a new, open handle (so a closed document can be reopened, as documented). */
  openById(id: string): EmuDocument {
    const docs = this.#ctx.state.documents;
    if (typeof id !== 'string' || !Object.hasOwn(docs, id)) throw missingDocument(String(id));
    return new EmuDocument({ ctx: this.#ctx, doc: docs[id]!, handle: { closed: false } });
  }
}

/** The raw DocumentApp over `state` (wrap it with env.expose for the add-on); `drive` receives the files. */
export function createDocumentApp(env: Env, state: DocsState, drive: DriveState): EmuDocumentApp {
  return new EmuDocumentApp({ env, state, drive });
}

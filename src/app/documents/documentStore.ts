/**
 * Where documents go and how they are made: each one is a .docx composed in TypeScript and
 * converted by Drive into a Google Doc inside the add-on's folder (addonFolder.ts) in one
 * Drive call. A document that is not an order is remembered per subject (programme of a
 * pair, consent of a person …) in «Документы»: made again, the new file replaces the old
 * one, which is trashed, and the row's link follows.
 */
import type { DocModel } from '../../domain/docModel';
import { docxBlob, docxName } from '../../gas/docx';
import { filesNamedIn, trashFile } from '../../gas/drive';
import { createGoogleDoc, keepDocxFile, type WrittenDocument } from '../../gas/googleDocs';
import type { AdvancedDrivePort, PropertiesPort, SpreadsheetPort, UtilitiesPort } from '../../gas/ports';
import { AddonFolder, requireDriveFiles } from './addonFolder';
import { DocumentLinks } from './documentLinks';
import type { ParticipantDocumentKind } from './participantDocuments';

export type { WrittenDocument } from '../../gas/googleDocs';

export interface DocumentServices {
  ss: SpreadsheetPort;
  utilities: UtilitiesPort;
  drive: AdvancedDrivePort | undefined;
  documentProperties: PropertiesPort;
}

export class DocumentStore {
  private readonly folder: AddonFolder;
  private documentLinks: DocumentLinks | null = null;
  /** What the curator should know (the folder was made). */
  readonly notes: string[];

  private readonly docxCopies: boolean;

  /** `docsFolderId`: the ID typed in «Настройки» ('' when none); `docxCopies`: keep each .docx beside its Doc. */
  constructor(
    private readonly services: DocumentServices,
    settings: { docsFolderId: string; docxCopies: boolean },
  ) {
    this.folder = new AddonFolder(services, settings.docsFolderId);
    this.notes = this.folder.notes;
    this.docxCopies = settings.docxCopies;
  }

  /**
   * A new Google Doc of the model in the folder (checked or made first: nothing is made when
   * it can't be used). Two calls: the .docx blob, the Drive upload that converts it; a third
   * keeps the .docx itself beside it when the school asks for copies.
   */
  write(model: DocModel): WrittenDocument {
    const folderId = this.folder.resolve();
    const files = requireDriveFiles(this.services.drive);
    const docx = docxBlob(this.services.utilities, model);
    const written = createGoogleDoc(files, docx, model.name, folderId);
    if (this.docxCopies) keepDocxFile(files, docx, folderId);
    return written;
  }

  /** Checks (or makes) the folder now: an action stops before it starts anything when the folder can't be used. */
  ensureFolder(): void {
    this.folder.resolve();
  }

  /** Trashes a file the new one replaces; one already gone (deleted, moved out of reach) is no matter. */
  retire(fileId: string): void {
    trashFile(requireDriveFiles(this.services.drive), fileId);
  }

  /** «Документы», read once per execution (see documentLinks.ts). */
  links(): DocumentLinks {
    this.documentLinks ??= DocumentLinks.read(this.services.ss, this.services.documentProperties);
    return this.documentLinks;
  }

  /**
   * A new file of the model that replaces `previous` (trashed once the new one exists) and
   * any file of the same name in the folder that an execution stopped before recording it
   * left behind (`lookForLost`; `keep`: files of that name that are recorded elsewhere and
   * must stay, e.g. signed orders; `previousNames`: the names the replaced files were made
   * under, when they may differ from the model's, for their .docx copies). The caller records
   * the new file right after: stopped anywhere, running again ends with one live file and its
   * record.
   */
  replace(
    model: DocModel,
    previous: readonly string[],
    options: { lookForLost: boolean; keep?: ReadonlySet<string>; previousNames?: readonly string[] },
  ): WrittenDocument {
    const lost = options.lookForLost
      ? this.filesNamed(model.name).filter((id) => !previous.includes(id) && !options.keep?.has(id))
      : [];
    // The copies of what is replaced: named as the model (a draft keeps its title) or as the
    // replaced files were (a group printed anew may be named for other subjects).
    const copyNames = new Set([model.name, ...(options.previousNames ?? [])].map((name) => docxName({ name })));
    const oldCopies = this.docxCopies ? [...copyNames].flatMap((name) => this.filesNamed(name)) : [];
    const written = this.write(model);
    for (const old of [...lost, ...previous, ...oldCopies]) this.retire(old);
    return written;
  }

  /**
   * A document recorded in «Документы» under its kind and subjects (e.g. the programme of
   * П-0001, or one file printed for many consents), replacing what their rows linked; the
   * rows are written right after. A batch, which knows the one item it may have been stopped
   * at, looks for lost files only for that one.
   */
  writeKeyed(kind: ParticipantDocumentKind, subjects: readonly string[], model: DocModel, lookForLost: boolean): WrittenDocument {
    const links = this.links();
    const previous = links.replacedBy(kind, subjects);
    const previousNames = links
      .ofKind(kind)
      .filter((link) => previous.includes(link.fileId))
      .map((link) => link.name);
    const written = this.replace(model, previous, { lookForLost, previousNames });
    links.recordMany(kind, subjects, { id: written.id, name: model.name }, new Date());
    return written;
  }

  /**
   * Live files of the add-on's with this exact name in its folder (none before the folder
   * exists). A known folder is checked first (once per execution, as writing needs anyway):
   * a typed folder the add-on can't use stops the action before any search.
   */
  private filesNamed(name: string): string[] {
    if (this.folder.knownId() === null || this.folder.madeNow) return [];
    return filesNamedIn(requireDriveFiles(this.services.drive), name, this.folder.resolve());
  }
}

/** The document ID inside a Docs link. */
export function docIdOfUrl(url: string): string | undefined {
  return /\/document\/d\/([^/?#]+)/.exec(url)?.[1];
}

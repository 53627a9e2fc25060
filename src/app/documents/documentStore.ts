/**
 * Where documents go: the add-on's folder (see addonFolder.ts; checked or made before a new
 * document, which is moved into it through the Advanced Drive service), and for documents that
 * are not orders, a remembered file per subject (programme of a pair, consent of a person …) so
 * generating again updates the file instead of adding one.
 */
import type { DocModel } from '../../domain/docModel';
import { writeDocument, type WrittenDocument } from '../../gas/docs';
import { findFileByName, moveFile, parentOf } from '../../gas/drive';
import type { AdvancedDrivePort, DocumentAppPort, PropertiesPort, SpreadsheetPort } from '../../gas/ports';
import { AddonFolder, requireDriveFiles } from './addonFolder';
import { DocumentLinks } from './documentLinks';
import type { ParticipantDocumentKind } from './participantDocuments';

export interface DocumentServices {
  ss: SpreadsheetPort;
  documentApp: DocumentAppPort;
  drive: AdvancedDrivePort | undefined;
  documentProperties: PropertiesPort;
}

export class DocumentStore {
  private readonly folder: AddonFolder;
  private documentLinks: DocumentLinks | null = null;
  /** Where DocumentApp.create puts new files (My Drive's root): read once, for every move. */
  private newFilesParent: string | null = null;
  /** What the curator should know (the folder was made). */
  readonly notes: string[];

  /** `folderId`: the ID typed in «Настройки» ('' when none). */
  constructor(
    private readonly services: DocumentServices,
    folderId: string,
  ) {
    this.folder = new AddonFolder(services, folderId);
    this.notes = this.folder.notes;
  }

  /** Writes the model into `existingId` when it still exists, else into a new file in the folder. */
  write(model: DocModel, existingId?: string): WrittenDocument {
    const app = this.services.documentApp;
    if (existingId) {
      try {
        return writeDocument(app, model, existingId);
      } catch {
        // Deleted or trashed by the curator: a new file replaces it.
      }
    }
    // The folder is checked (or made) first: nothing is made when it can't be used.
    const folderId = this.folder.resolve();
    const files = requireDriveFiles(this.services.drive);
    const written = writeDocument(app, model);
    this.newFilesParent ??= parentOf(files, written.id);
    moveFile(files, written.id, this.newFilesParent, folderId);
    return written;
  }

  /** «Документы», read once per execution (see documentLinks.ts). */
  links(): DocumentLinks {
    this.documentLinks ??= DocumentLinks.read(this.services.ss, this.services.documentProperties);
    return this.documentLinks;
  }

  /**
   * A document recorded in «Документы» under its kind and subject (e.g. the programme of
   * П-0001): written again into the same file, and its row updated right after the file is
   * made. With `idInName` its name carries the subject's ID. A file made by an execution
   * stopped before it was recorded is found by that name (`lookForLost`; a batch, which
   * knows the one item it may have been stopped at, asks only for that one).
   */
  writeKeyed(
    kind: ParticipantDocumentKind,
    subject: string,
    model: DocModel,
    options: { idInName?: boolean; lookForLost?: boolean } = {},
  ): WrittenDocument {
    const links = this.links();
    const named = options.idInName === false ? model : { ...model, name: `${model.name} (${subject})` };
    const remembered = links.find(kind, subject)?.fileId;
    const known = remembered ?? (options.lookForLost === false ? null : this.findByName(named.name));
    const written = this.write(named, known ?? undefined);
    links.record(kind, subject, { id: written.id, name: named.name }, new Date());
    return written;
  }

  /**
   * A live file of the add-on's with this exact name, if any; one that an execution stopped
   * before moving (still in My Drive's root) is filed into the folder now.
   */
  private findByName(name: string): string | null {
    const files = requireDriveFiles(this.services.drive);
    const found = findFileByName(files, name, this.folder.knownId());
    if (!found) return null;
    if (found.parent !== this.folder.knownId()) moveFile(files, found.id, found.parent, this.folder.resolve());
    return found.id;
  }
}

/** The document ID inside a Docs link. */
export function docIdOfUrl(url: string): string | undefined {
  return /\/document\/d\/([^/?#]+)/.exec(url)?.[1];
}

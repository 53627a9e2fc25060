/**
 * Where documents go: the add-on's folder (see addonFolder.ts; each new document is made
 * straight in it through the Advanced Drive service), and for documents that are not orders, a remembered file per subject (programme of
 * a pair, consent of a person …) so generating again updates the file instead of adding one.
 */
import type { DocModel } from '../../domain/docModel';
import { writeDocument, type WrittenDocument } from '../../gas/docs';
import { createDocumentIn, findInFolder } from '../../gas/drive';
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
    // Made in the folder (checked or made first): nothing is made when the folder can't be used.
    const folderId = this.folder.resolve();
    const id = createDocumentIn(requireDriveFiles(this.services.drive), model.name, folderId);
    return writeDocument(app, model, id);
  }

  /** «Документы», read once per execution (see documentLinks.ts). */
  links(): DocumentLinks {
    this.documentLinks ??= DocumentLinks.read(this.services.ss, this.services.documentProperties);
    return this.documentLinks;
  }

  /**
   * A document recorded in «Документы» under its kind and subject (e.g. the programme of
   * П-0001): written again into the same file, and its row updated right after the file is
   * made. With `idInName` its name carries the subject's ID, so that if an execution was
   * stopped between making the file and recording it, the next one finds the file by name
   * instead of making a second.
   */
  writeKeyed(kind: ParticipantDocumentKind, subject: string, model: DocModel, idInName = true): WrittenDocument {
    const links = this.links();
    const named = idInName ? { ...model, name: `${model.name} (${subject})` } : model;
    const remembered = links.find(kind, subject)?.fileId;
    const known = remembered ?? this.findByName(named.name);
    const written = this.write(named, known ?? undefined);
    links.record(kind, subject, { id: written.id, name: named.name }, new Date());
    return written;
  }

  /** A live file of this exact name in the add-on's folder, if any (none while there is no folder). */
  private findByName(name: string): string | null {
    const folderId = this.folder.knownId();
    return folderId ? findInFolder(requireDriveFiles(this.services.drive), name, folderId) : null;
  }
}

/** The document ID inside a Docs link. */
export function docIdOfUrl(url: string): string | undefined {
  return /\/document\/d\/([^/?#]+)/.exec(url)?.[1];
}

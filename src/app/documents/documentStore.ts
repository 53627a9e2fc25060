/**
 * Where documents go: the folder from «Настройки» (made once when empty, its ID written
 * back), and for documents that are not orders, a remembered file per subject (programme of
 * a pair, consent of a person …) so generating again updates the file instead of adding one.
 */
import type { DocModel } from '../../domain/docModel';
import { writeDocument, type WrittenDocument } from '../../gas/docs';
import type { DocumentAppPort, DriveAppPort, FolderPort, PropertiesPort, SpreadsheetPort } from '../../gas/ports';
import { DOC_ACTIONS } from '../../i18n/documents';
import { COLUMN_TITLES, SHEET_TITLES } from '../../i18n/register';
import { toCell } from '../../register/cells';
import { foldHeader } from '../../register/headers';
import { settingByTitle } from '../../register/settings';
import { DocumentLinks } from './documentLinks';
import type { ParticipantDocumentKind } from './participantDocuments';

export interface DocumentServices {
  ss: SpreadsheetPort;
  documentApp: DocumentAppPort;
  driveApp: DriveAppPort;
  documentProperties: PropertiesPort;
}

export class DocumentStore {
  private folder: FolderPort | null = null;
  private documentLinks: DocumentLinks | null = null;
  readonly notes: string[] = [];

  constructor(
    private readonly services: DocumentServices,
    private folderId: string,
  ) {}

  /** The documents folder; created and recorded in «Настройки» when none is set or it is gone. */
  private documentsFolder(): FolderPort {
    if (this.folder) return this.folder;
    const drive = this.services.driveApp;
    if (this.folderId) {
      try {
        return (this.folder = drive.getFolderById(this.folderId));
      } catch {
        // The folder was deleted or is not ours: make a new one below.
      }
    }
    this.folder = drive.createFolder(DOC_ACTIONS.folderName);
    this.folderId = this.folder.getId();
    this.recordFolderId(this.folderId);
    this.notes.push(DOC_ACTIONS.folderCreated(DOC_ACTIONS.folderName));
    return this.folder;
  }

  private recordFolderId(id: string): void {
    const sheet = this.services.ss.getSheetByName(SHEET_TITLES.settings);
    if (!sheet) return;
    const grid = sheet.getDataRange().getValues();
    const header = (grid[0] ?? []).map(foldHeader);
    const valueAt = header.indexOf(foldHeader(COLUMN_TITLES.value));
    const parameterAt = header.indexOf(foldHeader(COLUMN_TITLES.parameter));
    const row = grid.findIndex((r) => settingByTitle(r[parameterAt])?.key === 'docsFolderId');
    if (valueAt >= 0 && row > 0) sheet.getRange(row + 1, valueAt + 1).setValue(toCell(id));
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
    const written = writeDocument(app, model);
    this.services.driveApp.getFileById(written.id).moveTo(this.documentsFolder());
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

  /** A live file of this exact name that the add-on made earlier, if any. */
  private findByName(name: string): string | null {
    const files = this.services.driveApp.getFilesByName(name);
    while (files.hasNext()) {
      const file = files.next();
      if (!file.isTrashed()) return file.getId();
    }
    return null;
  }
}

/** The document ID inside a Docs link. */
export function docIdOfUrl(url: string): string | undefined {
  return /\/document\/d\/([^/?#]+)/.exec(url)?.[1];
}

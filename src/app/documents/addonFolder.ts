/**
 * The add-on's folder on Drive, where its documents and forms go: the ID in «Настройки»
 * («Папка документов на Диске (ID)»). When the cell is empty the add-on makes its folder once and
 * writes its ID there. A typed ID is used as it is when the add-on may file into it; under the
 * drive.file scope that is only a folder the add-on made itself, so a folder the curator made
 * and typed in is reported, in Russian, and the cell is left as typed: the action stops before
 * making anything. Moving the folder within Drive changes nothing (its ID stays).
 */
import { registerSheet } from '../../register/workbook';
import { checkFolder, createFolder, driveFilesOf } from '../../gas/drive';
import type { AdvancedDrivePort, DriveFilesPort, SpreadsheetPort } from '../../gas/ports';
import { DOC_ACTIONS } from '../../i18n/documents';
import { DRIVE } from '../../i18n/drive';
import { COLUMN_TITLES, SHEET_TITLES } from '../../i18n/register';
import { toCell } from '../../register/cells';
import { foldHeader } from '../../register/headers';
import { settingByTitle } from '../../register/settings';
import { DocumentActionError } from './schoolContext';

export interface FolderServices {
  ss: SpreadsheetPort;
  drive: AdvancedDrivePort | undefined;
}

/** Drive.Files, or a Russian refusal when the advanced service is not enabled. */
export function requireDriveFiles(drive: AdvancedDrivePort | undefined): DriveFilesPort {
  const files = driveFilesOf(drive);
  if (!files) throw new DocumentActionError(DRIVE.serviceMissing);
  return files;
}

export class AddonFolder {
  private checkedId: string | null = null;
  /** Made in this execution: nothing is in it but what this execution put there. */
  madeNow = false;
  /** What the curator should know (a folder was made). */
  readonly notes: string[] = [];

  constructor(
    private readonly services: FolderServices,
    private readonly typedId: string,
  ) {}

  /** The folder's ID as far as known without a call: typed, or made in this execution; null when none yet. */
  knownId(): string | null {
    return this.checkedId ?? (this.typedId || null);
  }

  /**
   * The ID of a folder the add-on can file into: the typed one once checked, or a new one
   * (made and recorded in «Настройки»). Throws DocumentActionError, making nothing, when the
   * typed folder can't be used or Drive is not enabled.
   */
  resolve(): string {
    if (this.checkedId) return this.checkedId;
    const files = requireDriveFiles(this.services.drive);
    if (this.typedId) {
      const check = checkFolder(files, this.typedId);
      if (check === 'unreachable') throw new DocumentActionError(DRIVE.folderUnreachable(this.typedId));
      if (check === 'trashed') throw new DocumentActionError(DRIVE.folderTrashed(this.typedId));
      if (check === 'notFolder') throw new DocumentActionError(DRIVE.notAFolder(this.typedId));
      return (this.checkedId = this.typedId);
    }
    this.checkedId = createFolder(files, DOC_ACTIONS.folderName);
    this.madeNow = true;
    recordFolderId(this.services.ss, this.checkedId);
    this.notes.push(DOC_ACTIONS.folderCreated(DOC_ACTIONS.folderName));
    return this.checkedId;
  }
}

/** Writes the new folder's ID into its row of «Настройки» (only ever into an empty value). */
function recordFolderId(ss: SpreadsheetPort, id: string): void {
  const sheet = registerSheet(ss, SHEET_TITLES.settings);
  if (!sheet) return;
  const grid = sheet.getDataRange().getValues();
  const header = (grid[0] ?? []).map(foldHeader);
  const valueAt = header.indexOf(foldHeader(COLUMN_TITLES.value));
  const parameterAt = header.indexOf(foldHeader(COLUMN_TITLES.parameter));
  const row = grid.findIndex((r) => settingByTitle(r[parameterAt])?.key === 'docsFolderId');
  if (valueAt >= 0 && row > 0 && String(grid[row][valueAt]).trim() === '') {
    sheet.getRange(row + 1, valueAt + 1).setValue(toCell(id));
  }
}

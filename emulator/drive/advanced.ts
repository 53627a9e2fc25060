/**
 * The Advanced Drive service (Drive API v3): the `Drive` global and its `Drive.Files`, over the
 * same DriveState as DriveApp. Calls are counted as `Drive.Files.create` etc.; results are plain
 * objects (v3 File resources: `name`, `mimeType`, `parents`, `trashed`, …, filtered by `fields`).
 *
 * drive.file: the app sees only files and folders it created or the user opened with it
 * (`openedByApp`, see state.ts); anything else answers 404 «File not found: <id>.» exactly like a
 * file that does not exist, and never appears in a list
 * (https://developers.google.com/workspace/drive/api/guides/api-specific-auth: drive.file is
 * "Create new Drive files, or modify existing files, that you open with an app or that the user
 * shares with an app"). The bound spreadsheet is not visible: the add-on being opened in it does
 * not grant drive.file access to it (Workspace add-ons must ask for it with
 * EditorFileScopeActionResponseBuilder.requestFileScopeForActiveDocument,
 * https://developers.google.com/apps-script/reference/card-service/editor-file-scope-action-response-builder).
 *
 * Single parent (https://developers.google.com/drive/api/v3/ref-single-parent, as cited in
 * tidyverse/googledrive#334): a file has exactly one parent; create takes at most one, and update moves with addParents and
 * removeParents (writing `parents` directly is refused).
 *
 * Only what the add-on and its tests need is implemented; anything else throws NotEmulatedError.
 */
import { GasException, Service, type Env, unwrap } from '../core';
import type { DocumentState } from '../docs/state';
import { ConversionTooLarge, docxToDocument, InvalidDocx } from '../docx';
import type { AdvancedDrivePort, DriveFilesPort } from '../../src/gas/ports';
import { driveFileId } from '../ids';
import { Blob } from '../services/blob';
import {
  conversionTooLarge,
  conversionUnsupported,
  fileNotFound,
  invalidValue,
  NotEmulatedError,
  parentsNotWritable,
  tooManyParents,
} from './errors';
import { CONVERTED_BY_EMULATOR, IMPORTS_TO_DOCUMENT } from './imports';
import { type EmulatedFile, fileFields, listFields, select } from './fields';
import type { RenameHook } from './file';
import { parseQuery } from './query';
import {
  addDriveFile,
  addDriveFolder,
  DOCUMENT_MIME_TYPE,
  driveFileById,
  driveFolderById,
  type DriveFileState,
  type DriveFolderState,
  type DriveState,
  FOLDER_MIME_TYPE,
  folderUrl,
} from './state';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type Args = Record<string, unknown>;

/** What Drive.Files.create of a Google Doc asks of the Docs side: an empty document with this id. */
export type DocumentCreatedHook = (id: string, name: string, createdAt: number) => void;

/** A Google Doc converted from an upload, to be registered as DocumentApp's documents are. */
export type DocumentConvertedHook = (doc: DocumentState) => void;

export interface AdvancedDriveHooks {
  renamed?: RenameHook;
  documentCreated?: DocumentCreatedHook;
  documentConverted?: DocumentConvertedHook;
  /** Before a converted Doc is made: the daily quotas it uses (throws Google's words when spent). */
  beforeConversion?: () => void;
  /** After: the conversion's emulated time (may stop the execution past its limit). */
  afterConversion?: () => void;
}

/** Drive's default page size for files.list, and its largest (REST reference, files/list `pageSize`). */
const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 1000;

type Item = { kind: 'file'; state: DriveFileState } | { kind: 'folder'; state: DriveFolderState };

/** Option names each method reads; the others the emulator refuses (ignored ones are harmless to Drive's answer). */
const IGNORED_OPTIONS = ['supportsAllDrives', 'supportsTeamDrives'];

function checkOptions(method: string, options: Args, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (options[key] === undefined || known.includes(key) || IGNORED_OPTIONS.includes(key)) continue;
    throw new NotEmulatedError(`the ${method} option ${key}`);
  }
}

function args(value: unknown): Args {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') throw new NotEmulatedError('optional arguments that are not an object');
  return value as Args;
}

function ids(list: unknown): string[] {
  if (list === undefined || list === null || list === '') return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export class EmuDriveFiles extends Service implements DriveFilesPort {
  readonly serviceName = 'Drive.Files';
  readonly #env: Env;
  readonly #state: DriveState;
  readonly #hooks: AdvancedDriveHooks;

  constructor(env: Env, state: DriveState, hooks: AdvancedDriveHooks = {}) {
    super();
    this.#env = env;
    this.#state = state;
    this.#hooks = hooks;
  }

  /** A file or folder the app may see (drive.file), or null. */
  #visible(id: unknown): Item | null {
    if (typeof id !== 'string') return null;
    const file = driveFileById(this.#state, id);
    if (file) return file.openedByApp ? { kind: 'file', state: file } : null;
    const folder = driveFolderById(this.#state, id);
    return folder?.openedByApp ? { kind: 'folder', state: folder } : null;
  }

  /** A folder the app may see, as a parent for create/update (404 for anything else). */
  #parentFolder(method: string, id: string): DriveFolderState {
    const item = this.#visible(id);
    if (!item) throw fileNotFound(method, id);
    if (item.kind !== 'folder') throw new NotEmulatedError('a parent that is not a folder');
    return item.state;
  }

  #view(item: Item): EmulatedFile {
    const s = item.state;
    const base = {
      kind: 'drive#file',
      id: s.id,
      name: s.name,
      trashed: s.trashed,
      createdTime: new Date(s.createdAt).toISOString(),
    };
    return item.kind === 'file'
      ? { ...base, mimeType: item.state.mimeType, parents: [item.state.parentId], webViewLink: item.state.url }
      : {
          ...base,
          mimeType: FOLDER_MIME_TYPE,
          parents: item.state.parentId === null ? [] : [item.state.parentId],
          webViewLink: folderUrl(s.id),
        };
  }

  create(resource?: DriveFile, mediaData?: unknown, optionalArgs?: Args): DriveFile {
    const file = args(resource) as DriveFile;
    const options = args(optionalArgs);
    checkOptions('create', options, ['fields']);
    for (const key of Object.keys(file)) {
      if (file[key as keyof DriveFile] !== undefined && !['name', 'mimeType', 'parents'].includes(key)) {
        throw new NotEmulatedError(`the File field ${key} in create`);
      }
    }
    const fields = fileFields('create', options.fields as string | undefined);
    const media = mediaData === undefined || mediaData === null ? null : unwrap(mediaData);
    // Wording as the gas-fakes emulator (which mirrors live Apps Script) has it; not verified on Google.
    if (media !== null && !(media instanceof Blob))
      throw new GasException('The mediaData parameter only supports Blob types for upload.');
    const parents = file.parents ?? [];
    if (!Array.isArray(parents)) throw invalidValue('create');
    if (parents.length > 1) throw tooManyParents('create');
    const parent = parents.length ? this.#parentFolder('create', String(parents[0])) : null;
    const parentId = parent?.id ?? this.#state.rootFolderId;
    const now = this.#env.clock.now();
    // Drive names a file made without a name "Untitled" (guessed for the emulator: not verified).
    const name = file.name ?? (media?.getName() || 'Untitled');
    const mimeType = file.mimeType ?? media?.getContentType() ?? 'application/octet-stream';

    if (mimeType === FOLDER_MIME_TYPE) {
      if (media) throw invalidValue('create');
      return select(this.#view({ kind: 'folder', state: addDriveFolder(this.#state, name, parentId, now, true) }), fields);
    }
    if (mimeType.startsWith('application/vnd.google-apps.') && mimeType !== DOCUMENT_MIME_TYPE) {
      throw new NotEmulatedError(`creating ${mimeType} files through Drive.Files.create`);
    }
    // The sequence moves only once the file is made (a refused conversion makes nothing).
    const id = driveFileId(`${this.#env.userEmail}:drive:${this.#state.nextSeq}`);
    const url =
      mimeType === DOCUMENT_MIME_TYPE
        ? `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`
        : `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
    if (mimeType === DOCUMENT_MIME_TYPE && media) this.#convert(media, id, name, now);
    this.#state.nextSeq++;
    if (mimeType === DOCUMENT_MIME_TYPE && !media) this.#hooks.documentCreated?.(id, name, now);
    const record = addDriveFile(this.#state, { id, name, mimeType, url, createdAt: now });
    record.parentId = parentId;
    // An upload keeps its bytes (a Google file's content is its document).
    if (media && mimeType !== DOCUMENT_MIME_TYPE) record.content = Buffer.from(media._bytes()).toString('base64');
    if (mimeType === DOCUMENT_MIME_TYPE && media) this.#hooks.afterConversion?.();
    return select(this.#view({ kind: 'file', state: record }), fields);
  }

  /**
   * Drive's import of an upload into a Google Doc (see imports.ts): the blob's type must be one
   * Drive converts into Docs; the emulator converts .docx (emulator/docx/). A broken file or
   * one beyond Google's size limits is refused as Drive refuses it; nothing is made then.
   */
  #convert(media: Blob, id: string, name: string, now: number): void {
    const type = media.getContentType() ?? '';
    if (!IMPORTS_TO_DOCUMENT.includes(type)) throw conversionUnsupported();
    if (!CONVERTED_BY_EMULATOR.includes(type)) throw new NotEmulatedError(`converting ${type} into a Google Doc`);
    let doc: DocumentState;
    try {
      doc = docxToDocument(media._bytes(), id, name, now);
    } catch (e) {
      if (e instanceof InvalidDocx) throw Object.assign(conversionUnsupported(), { cause: e });
      if (e instanceof ConversionTooLarge) throw Object.assign(conversionTooLarge(), { cause: e });
      throw e;
    }
    this.#hooks.beforeConversion?.();
    this.#hooks.documentConverted?.(doc);
  }

  get(fileId: string): DriveFile;
  get(fileId: string, optionalArgs: Record<string, any> & { alt: 'media' }): string;
  get(fileId: string, optionalArgs: Record<string, any>): DriveFile;
  get(fileId: string, optionalArgs?: Args): DriveFile | string {
    const options = args(optionalArgs);
    if (options.alt !== undefined) throw new NotEmulatedError('downloading content (alt)');
    checkOptions('get', options, ['fields']);
    const item = this.#visible(fileId);
    if (!item) throw fileNotFound('get', String(fileId ?? ''));
    return select(this.#view(item), fileFields('get', options.fields as string | undefined));
  }

  list(): FileList;
  list(optionalArgs: Record<string, any>): FileList;
  list(optionalArgs?: Args): FileList {
    const options = args(optionalArgs);
    checkOptions('list', options, ['q', 'fields', 'pageSize', 'pageToken']);
    const { list, files: fileMask } = listFields(options.fields as string | undefined);
    const query = options.q === undefined || options.q === '' ? null : parseQuery(String(options.q));
    const size = options.pageSize === undefined ? DEFAULT_PAGE_SIZE : Number(options.pageSize);
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) throw invalidValue('list');
    let start = 0;
    if (options.pageToken !== undefined) {
      const token = /^emulated-page:(\d+)$/.exec(String(options.pageToken));
      if (!token) throw invalidValue('list');
      start = Number(token[1]);
    }
    // Every file and folder the app may see, oldest first (Drive's default order is not documented).
    const items: Item[] = [
      ...this.#state.folders.filter((f) => f.openedByApp).map((state) => ({ kind: 'folder' as const, state })),
      ...this.#state.files.filter((f) => f.openedByApp).map((state) => ({ kind: 'file' as const, state })),
    ].sort((a, b) => a.state.createdAt - b.state.createdAt);
    const matching = items.map((item) => this.#view(item)).filter((view) => query === null || query(view));
    const page = matching.slice(start, start + size);
    const next = start + size < matching.length ? `emulated-page:${start + size}` : undefined;
    const all: FileList = {
      kind: 'drive#fileList',
      incompleteSearch: false,
      files: page.map((view) => select(view, fileMask)),
      ...(next ? { nextPageToken: next } : {}),
    };
    const out: Record<string, unknown> = {};
    for (const key of list) if (all[key as keyof FileList] !== undefined) out[key] = all[key as keyof FileList];
    return out as FileList;
  }

  update(resource: DriveFile, fileId: string): DriveFile;
  update(resource: DriveFile, fileId: string, mediaData: unknown, optionalArgs?: Args): DriveFile;
  update(resource: DriveFile, fileId: string, mediaData?: unknown, optionalArgs?: Args): DriveFile {
    const patch = args(resource) as DriveFile;
    const options = args(optionalArgs);
    checkOptions('update', options, ['fields', 'addParents', 'removeParents']);
    const item = this.#visible(fileId);
    if (!item) throw fileNotFound('update', String(fileId ?? ''));
    if (mediaData !== undefined && mediaData !== null) throw new NotEmulatedError('replacing content in update');
    if (patch.parents !== undefined) throw parentsNotWritable();
    for (const key of Object.keys(patch)) {
      if (patch[key as keyof DriveFile] === undefined || ['name', 'trashed'].includes(key)) continue;
      if (key === 'mimeType' && patch.mimeType === this.#view(item).mimeType) continue;
      throw new NotEmulatedError(`the File field ${key} in update`);
    }
    const fields = fileFields('update', options.fields as string | undefined);
    // Parents: validated before anything changes.
    const adding = ids(options.addParents).map((id) => this.#parentFolder('update', id).id);
    const removing = ids(options.removeParents);
    const current = item.kind === 'file' ? [item.state.parentId] : item.state.parentId === null ? [] : [item.state.parentId];
    const parents = [...new Set([...current.filter((p) => !removing.includes(p)), ...adding])];
    if (parents.length > 1) throw tooManyParents('update');
    if (parents.length === 0 && current.length > 0) throw new NotEmulatedError('removing the last parent of a file');
    if (item.kind === 'folder' && parents.includes(item.state.id)) throw invalidValue('update');

    if (parents.length === 1) item.state.parentId = parents[0];
    if (patch.trashed !== undefined) item.state.trashed = patch.trashed === true;
    if (patch.name !== undefined) {
      item.state.name = String(patch.name);
      if (item.kind === 'file') this.#hooks.renamed?.(item.state.id, item.state.name);
    }
    return select(this.#view(item), fields);
  }
  /**
   * files.delete, the advanced service's `remove`: permanently deletes a file the app may see,
   * in the trash or not, without moving it to the trash ("Permanently deletes a file owned by
   * the user without moving it to the trash",
   * https://developers.google.com/workspace/drive/api/reference/rest/v3/files/delete); returns
   * nothing. Emulated for uploads only (a file whose bytes Drive keeps): a Google Doc, form or
   * folder would take its own state with it.
   */
  remove(fileId: string): void;
  remove(fileId: string, optionalArgs: Record<string, any>): void;
  remove(fileId: string, optionalArgs?: Args): void {
    checkOptions('remove', args(optionalArgs), []);
    const item = this.#visible(fileId);
    if (!item) throw fileNotFound('delete', String(fileId ?? ''));
    if (item.kind === 'folder') throw new NotEmulatedError('removing folders');
    if (item.state.mimeType.startsWith('application/vnd.google-apps.')) {
      throw new NotEmulatedError(`removing ${item.state.mimeType} files`);
    }
    this.#state.files.splice(this.#state.files.indexOf(item.state), 1);
  }
}

/** The `Drive` global: its collections (only Files is emulated). */
export class EmuAdvancedDrive extends Service implements AdvancedDrivePort {
  readonly serviceName = 'Drive';

  constructor(readonly Files: DriveFilesPort) {
    super();
  }
}

/** The `Drive` global over `state`, its Files already exposed (wrap the result with env.expose). */
export function createAdvancedDrive(env: Env, state: DriveState, hooks: AdvancedDriveHooks = {}): EmuAdvancedDrive {
  return new EmuAdvancedDrive(env.expose(new EmuDriveFiles(env, state, hooks)));
}

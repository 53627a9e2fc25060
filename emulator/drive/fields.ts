/**
 * The `fields` parameter of the Advanced Drive service (Drive API v3 field masks), and the File
 * resource it selects from. "Return specific fields"
 * (https://developers.google.com/workspace/drive/api/guides/fields-parameter): without `fields`
 * the server returns a default set — for files `kind`, `id`, `name` and `mimeType` (documented
 * for files.list; assumed for get, create and update) — and an unknown field is a 400
 * «Invalid field selection <field>». `*` selects every field.
 *
 * The emulator fills the fields below; asking for another field of Google's File resource is an
 * emulator error (it would otherwise come back silently missing).
 */
import { invalidFieldSelection, NotEmulatedError } from './errors';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;

/** The File fields the emulator fills. */
export const EMULATED_FIELDS = [
  'kind',
  'id',
  'name',
  'mimeType',
  'parents',
  'trashed',
  'webViewLink',
  'createdTime',
] as const satisfies readonly (keyof DriveFile)[];

export type EmulatedFile = Required<Pick<DriveFile, (typeof EMULATED_FIELDS)[number]>>;

/** Every field of Google's v3 File resource (@types/google-apps-script, Drive_v3.Schema.File). */
const FILE_FIELDS: ReadonlySet<string> = new Set<keyof DriveFile>([
  'appProperties',
  'capabilities',
  'contentHints',
  'contentRestrictions',
  'copyRequiresWriterPermission',
  'createdTime',
  'description',
  'driveId',
  'explicitlyTrashed',
  'exportLinks',
  'fileExtension',
  'folderColorRgb',
  'fullFileExtension',
  'hasAugmentedPermissions',
  'hasThumbnail',
  'headRevisionId',
  'iconLink',
  'id',
  'imageMediaMetadata',
  'isAppAuthorized',
  'kind',
  'labelInfo',
  'lastModifyingUser',
  'linkShareMetadata',
  'mimeType',
  'modifiedByMe',
  'modifiedByMeTime',
  'modifiedTime',
  'name',
  'originalFilename',
  'ownedByMe',
  'owners',
  'parents',
  'permissionIds',
  'permissions',
  'properties',
  'quotaBytesUsed',
  'resourceKey',
  'shared',
  'sharedWithMeTime',
  'sharingUser',
  'shortcutDetails',
  'size',
  'spaces',
  'starred',
  'teamDriveId',
  'thumbnailLink',
  'thumbnailVersion',
  'trashed',
  'trashedTime',
  'trashingUser',
  'version',
  'videoMediaMetadata',
  'viewedByMe',
  'viewedByMeTime',
  'viewersCanCopyContent',
  'webContentLink',
  'webViewLink',
  'writersCanShare',
]);

const DEFAULT_FILE_FIELDS = ['kind', 'id', 'name', 'mimeType'] as const;

/** Top-level parts of a mask: "a,b(c,d),e" → ["a", "b(c,d)", "e"]. */
function splitMask(mask: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of mask) {
    if (c === '(') depth++;
    if (c === ')') depth--;
    if (c === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += c;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== '');
}

/** The file fields a mask selects (`undefined`: the default set). */
export function fileFields(method: string, mask: string | undefined): readonly string[] {
  if (mask === undefined) return DEFAULT_FILE_FIELDS;
  const fields = splitMask(mask);
  if (fields.includes('*')) return EMULATED_FIELDS;
  for (const field of fields) {
    if (!FILE_FIELDS.has(field)) throw invalidFieldSelection(method, field);
    if (!(EMULATED_FIELDS as readonly string[]).includes(field)) throw new NotEmulatedError(`the File field ${field}`);
  }
  return fields;
}

/** The parts of a files.list mask: the list's own fields and the fields of each file. */
export function listFields(mask: string | undefined): { list: readonly string[]; files: readonly string[] } {
  if (mask === undefined) return { list: ['kind', 'nextPageToken', 'incompleteSearch', 'files'], files: DEFAULT_FILE_FIELDS };
  const list: string[] = [];
  let files: readonly string[] = EMULATED_FIELDS;
  for (const part of splitMask(mask)) {
    const nested = /^files\((.*)\)$/.exec(part);
    if (nested) {
      list.push('files');
      files = fileFields('list', nested[1]);
    } else if (part === 'files' || part === '*') {
      list.push('files');
      if (part === '*') list.push('kind', 'nextPageToken', 'incompleteSearch');
    } else if (['kind', 'nextPageToken', 'incompleteSearch'].includes(part)) {
      list.push(part);
    } else {
      throw invalidFieldSelection('list', part);
    }
  }
  return { list, files };
}

/** The resource with only the selected fields (a fresh plain object). */
export function select(file: EmulatedFile, fields: readonly string[]): DriveFile {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = file[field as keyof EmulatedFile];
    out[field] = Array.isArray(value) ? [...value] : value;
  }
  return out as DriveFile;
}

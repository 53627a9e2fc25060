/**
 * Files printed for many: the documents of one kind for several subjects in one Google Doc,
 * each its own section (new page, numbered from 1), made in one Drive call. A file holds at
 * most PRINT_FILE_SUBJECTS subjects and, split in halves until it does, fewer characters than
 * PRINT_FILE_CHARACTERS: Google keeps at most 1.02 million characters in a document
 * (https://support.google.com/drive/answer/37603), and tables and numbering add some.
 */
import { modelText } from '../../domain/docModel';
import { joinDocuments } from '../../domain/documents';
import { DOC_BATCH, DOCUMENT_KIND_LABELS } from '../../i18n/documents';
import type { DocumentMaker, ParticipantDocumentKind } from './participantDocuments';

export const PRINT_FILE_SUBJECTS = 300;
export const PRINT_FILE_CHARACTERS = 900_000;

/** Kinds made per pair or person, which a school prints as one file. */
export const PRINTABLE_KINDS: readonly ParticipantDocumentKind[] = [
  'programme',
  'dataConsent',
  'dutiesConsent',
  'publishConsent',
  'mentorReport',
  'mentorAgreement',
  'refusalNotice',
];

/**
 * Bytes a group's IDs may take: a batch keeps the group it is making in a document property
 * (Google allows 9 KB a value), so a school with long hand-typed IDs gets smaller groups.
 */
export const PRINT_GROUP_ID_BYTES = 6000;

/** UTF-8 bytes of a string (Apps Script has no TextEncoder): 1 for ASCII, 2 for Cyrillic, up to 3. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The subjects in files of at most PRINT_FILE_SUBJECTS (and PRINT_GROUP_ID_BYTES of IDs), in order. */
export function printGroups(subjects: readonly string[]): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  let bytes = 0;
  for (const id of subjects) {
    const size = utf8Bytes(id) + 1;
    if (group.length && (group.length >= PRINT_FILE_SUBJECTS || bytes + size > PRINT_GROUP_ID_BYTES)) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(id);
    bytes += size;
  }
  if (group.length) groups.push(group);
  return groups;
}

/**
 * Makes the files of one group (one, or more when its text is too long for one) and records
 * each subject's link; returns how many subjects it did. `lookForLost`: an execution stopped
 * while making this group may have left files unrecorded (found by their names).
 */
export function makePrintFiles(
  maker: DocumentMaker,
  kind: ParticipantDocumentKind,
  group: readonly string[],
  lookForLost: boolean,
): number {
  const parts = group.map((id) => ({ id, model: maker.compose(kind, id) }));
  const make = (part: typeof parts): void => {
    const characters = part.reduce((sum, p) => sum + modelText(p.model).length, 0);
    if (characters > PRINT_FILE_CHARACTERS && part.length > 1) {
      const half = Math.ceil(part.length / 2);
      make(part.slice(0, half));
      make(part.slice(half));
      return;
    }
    const ids = part.map((p) => p.id);
    const name = DOC_BATCH.printFileName(DOCUMENT_KIND_LABELS[kind], ids[0]!, ids[ids.length - 1]!, ids.length);
    const model = joinDocuments(
      name,
      part.map((p) => p.model),
    );
    maker.store.writeKeyed(kind, ids, model, lookForLost);
  };
  make(parts);
  return group.length;
}

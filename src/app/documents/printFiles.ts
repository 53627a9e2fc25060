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
];

/** The subjects in files of at most PRINT_FILE_SUBJECTS, in order. */
export function printGroups(subjects: readonly string[]): string[][] {
  const groups: string[][] = [];
  for (let at = 0; at < subjects.length; at += PRINT_FILE_SUBJECTS) groups.push(subjects.slice(at, at + PRINT_FILE_SUBJECTS));
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

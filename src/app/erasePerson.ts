/**
 * Withdrawal of the consent to personal-data processing (152-ФЗ): the person's data are
 * erased from every sheet (their bank row keeps only ID, status, age band and category for
 * anonymous counts), from every cell, note and document property that mentions their name
 * or e-mail (replaced by their ID), from the questionnaire answers (response rows and the
 * forms' stored responses) and from the documents about them. Orders are kept: they are
 * the school's record.
 */
import { registerSheet } from '../register/workbook';
import { foldEmail, foldName } from '../domain/bankSync';
import { DOCX_MIME_TYPE } from '../domain/docx';
import { quoted, trashFile } from '../gas/drive';
import { GOOGLE_DOC_MIME_TYPE } from '../gas/googleDocs';
import type {
  AdvancedDrivePort,
  DocumentAppPort,
  DriveFilesPort,
  FormAppPort,
  FormPort,
  PropertiesPort,
  SpreadsheetPort,
} from '../gas/ports';
import { ERASURE } from '../i18n/erasure';
import type { ColumnKey } from '../i18n/register';
import { sheetSpec } from '../register/spec';
import { parseTable } from '../register/table';
import { type CellChange, writeChanges } from '../register/tableWrite';
import { requireDriveFiles } from './documents/addonFolder';
import { type DocumentLink, DocumentLinks } from './documents/documentLinks';
import type { ParticipantDocumentKind } from './documents/participantDocuments';
import { DOCUMENT_RECORD_KINDS } from '../i18n/documents';
import { readFormRegistry } from './formRegistry';

export interface ErasureServices {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  drive: AdvancedDrivePort | undefined;
  documentApp: DocumentAppPort;
  documentProperties: PropertiesPort;
}

export interface Subject {
  id: string;
  fullName: string;
  email: string;
  bank: 'mentors' | 'mentees';
  row: number;
}

export interface ErasureReport {
  cells: number;
  responses: number;
  files: number;
}

/** Columns kept in the person's bank row: not identifying, needed for anonymous counts. */
const KEPT: readonly ColumnKey[] = [
  'id',
  'status',
  'ageBand',
  'menteeCategory',
  'qualification',
  'careerGroup',
  'consentWithdrawn',
  'source',
];

export function findSubject(ss: SpreadsheetPort, id: string): Subject | null {
  for (const bank of ['mentors', 'mentees'] as const) {
    const sheet = registerSheet(ss, sheetSpec(bank).name);
    if (!sheet) continue;
    const table = parseTable(sheet.getDataRange().getValues(), sheetSpec(bank));
    const found = table.records.find((r) => r.values.id === id);
    if (found) {
      return { id, fullName: String(found.values.fullName ?? ''), email: String(found.values.email ?? ''), bank, row: found.row };
    }
  }
  return null;
}

/** Replaces every mention of the person in a text by their ID; null when there is none. */
function scrub(text: string, subject: Subject): string | null {
  let result = text;
  const email = foldEmail(subject.email);
  if (email) result = result.replace(new RegExp(escapeRegExp(email), 'gi'), subject.id);
  // Names are matched folded (case, ё/е, spaces) by building a loose pattern of the words.
  const words = foldName(subject.fullName).split(' ').filter(Boolean);
  if (words.length) {
    const pattern = words.map((w) => escapeRegExp(w).replace(/е/g, '[её]')).join('[\\s\\u00a0]+');
    result = result.replace(new RegExp(pattern, 'giu'), subject.id);
  }
  return result === text ? null : result;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mentions(text: string, subject: Subject): boolean {
  return scrub(text, subject) !== null;
}

/** The bank row: everything but the kept columns is blanked; the name says it was erased. */
function eraseBankRow(services: ErasureServices, subject: Subject, today: Date): number {
  const spec = sheetSpec(subject.bank);
  const sheet = registerSheet(services.ss, spec.name)!;
  const grid = sheet.getDataRange().getValues();
  const table = parseTable(grid, spec);
  const changes: CellChange[] = [];
  for (const [key, column] of table.headers.index) {
    if (KEPT.includes(key)) continue;
    const value = key === 'fullName' ? ERASURE.erasedName : '';
    if (grid[subject.row - 1][column] !== value) changes.push({ row: subject.row, column, value });
  }
  const set = (key: ColumnKey, value: unknown) => {
    const column = table.headers.index.get(key);
    if (column !== undefined) changes.push({ row: subject.row, column, value });
  };
  set('status', ERASURE.statusLeft);
  set('consentWithdrawn', today);
  const width = grid[0].length;
  writeChanges(sheet, grid, () => sheet.getRange(1, 1, grid.length, width).getFormulas(), changes);
  return changes.length;
}

/** Every other cell and note of the workbook that names the person. Response rows about them are blanked whole. */
function scrubSheets(services: ErasureServices, subject: Subject): number {
  const bankName = sheetSpec(subject.bank).name;
  const responseSheets = new Set(readFormRegistry(services.ss)?.records.map((r) => r.responsesSheet) ?? []);
  let count = 0;
  for (const sheet of services.ss.getSheets()) {
    const name = sheet.getName();
    const range = sheet.getDataRange();
    const grid = range.getValues();
    const changes: CellChange[] = [];
    grid.forEach((row, r) => {
      if (name === bankName && r + 1 === subject.row) return;
      if (responseSheets.has(name) && r > 0 && row.some((cell) => mentions(String(cell), subject))) {
        row.forEach((cell, c) => cell !== '' && changes.push({ row: r + 1, column: c, value: '' }));
        return;
      }
      row.forEach((cell, c) => {
        if (typeof cell !== 'string') return;
        const cleaned = scrub(cell, subject);
        if (cleaned !== null) changes.push({ row: r + 1, column: c, value: cleaned });
      });
    });
    if (changes.length) {
      const width = grid[0].length;
      writeChanges(sheet, grid, () => sheet.getRange(1, 1, grid.length, width).getFormulas(), changes);
      count += changes.length;
    }
    range.getNotes().forEach((row, r) =>
      row.forEach((note, c) => {
        const cleaned = note ? scrub(note, subject) : null;
        if (cleaned !== null) {
          sheet.getRange(r + 1, c + 1).setNote(cleaned);
          count++;
        }
      }),
    );
  }
  return count;
}

/** The forms keep their own copy of every answer: those given by the person are deleted. */
function eraseFormResponses(services: ErasureServices, subject: Subject): number {
  let count = 0;
  const email = foldEmail(subject.email);
  for (const record of readFormRegistry(services.ss)?.records ?? []) {
    let form: FormPort;
    try {
      form = services.formApp.openById(record.formId);
    } catch {
      continue;
    }
    for (const response of form.getResponses()) {
      const byEmail = email !== '' && foldEmail(response.getRespondentEmail()) === email;
      const byName = !byEmail && response.getItemResponses().some((ir) => mentions(String(ir.getResponse()), subject));
      if (byEmail || byName) {
        form.deleteResponse(response.getId());
        count++;
      }
    }
  }
  return count;
}

/** The documents made about the person or their pairs (not orders), as «Документы» lists them. */
function documentsAbout(links: DocumentLinks, subject: Subject, pairIds: readonly string[]): DocumentLink[] {
  const found = [links.find('dataConsent', subject.id), links.find('publishConsent', subject.id)];
  for (const pairId of pairIds)
    for (const kind of ['programme', 'dutiesConsent', 'mentorReport'] as const) found.push(links.find(kind, pairId));
  return found.filter((link) => link !== undefined);
}

/**
 * Every file named as one of these documents, live or in the trash: the earlier versions that
 * making a document again trashed (same name) and the .docx copies kept beside the Docs
 * («Копии .docx для архива», named «<name>.docx»). One search for them all.
 */
function versionsNamed(files: DriveFilesPort, docNames: readonly string[]): { id: string; isDoc: boolean }[] {
  if (!docNames.length) return [];
  const names = docNames.flatMap((name) => [`name = ${quoted(name)}`, `name = ${quoted(`${name}.docx`)}`]).join(' or ');
  const q = `(${names}) and (mimeType = ${quoted(GOOGLE_DOC_MIME_TYPE)} or mimeType = ${quoted(DOCX_MIME_TYPE)})`;
  const found: { id: string; isDoc: boolean }[] = [];
  let pageToken: string | undefined;
  do {
    const page = files.list({
      q,
      fields: 'nextPageToken,files(id,mimeType)',
      pageSize: 1000,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const f of page.files ?? []) found.push({ id: f.id!, isDoc: f.mimeType === GOOGLE_DOC_MIME_TYPE });
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return found;
}

/** Empties a Doc (DocumentApp: the converted Doc's body), then renames and trashes it; false when it is gone. */
function eraseFile(services: ErasureServices, files: DriveFilesPort, fileId: string, isDoc: boolean): boolean {
  try {
    if (isDoc) services.documentApp.openById(fileId).getBody().clear();
    return trashFile(files, fileId, ERASURE.erasedFile);
  } catch {
    return false; // Already gone.
  }
}

/**
 * The documents made about the person (emptied, renamed, trashed), their earlier versions and
 * .docx copies (the same, even those already in the trash), the rows linking them, and document
 * properties naming the person. A file printed for many holds the others' documents too: it
 * goes whole, and so do their rows (a link to an erased file is dead; their documents are made
 * again like any missing one).
 */
function eraseDocuments(services: ErasureServices, files: DriveFilesPort, subject: Subject, pairIds: readonly string[]): number {
  const props = services.documentProperties;
  const links = DocumentLinks.read(services.ss, props);
  const about = documentsAbout(links, subject, pairIds);
  const linked = new Set(about.map((link) => link.fileId));
  const versions = versionsNamed(files, [...new Set(about.map((link) => link.name).filter((name) => name !== ''))]);
  let erased = 0;
  for (const fileId of linked) if (eraseFile(services, files, fileId, true)) erased++;
  for (const { id, isDoc } of versions) if (!linked.has(id)) eraseFile(services, files, id, isDoc);
  const kinds = Object.keys(DOCUMENT_RECORD_KINDS) as ParticipantDocumentKind[];
  links.remove(kinds.flatMap((kind) => links.ofKind(kind)).filter((link) => linked.has(link.fileId)));
  for (const [key, value] of Object.entries(props.getProperties())) {
    const cleaned = scrub(value, subject);
    if (cleaned !== null) props.setProperty(key, cleaned);
  }
  return erased;
}

export function erasePerson(services: ErasureServices, subject: Subject, pairIds: readonly string[], today: Date): ErasureReport {
  // Documents are trashed through the Advanced Drive service: without it, nothing is erased at all.
  const driveFiles = requireDriveFiles(services.drive);
  // Other sheets first: they are matched by the name still in the bank row.
  const cells = scrubSheets(services, subject) + eraseBankRow(services, subject, today);
  const responses = eraseFormResponses(services, subject);
  const files = eraseDocuments(services, driveFiles, subject, pairIds);
  return { cells, responses, files };
}

/**
 * The files of an erasure: the documents about the person or their pairs that «Документы»
 * links (consents, programmes, reports), each emptied through DocumentApp, renamed and
 * trashed; their earlier versions and .docx copies (every file of the same name, live or in
 * the trash); draft orders that name the person (not signed: nobody keeps them); the versions
 * of «Материалы для сайта» that name them (the current one is made again without them, see
 * remakeDocuments.ts). A file printed for many holds other people's documents too: it goes
 * whole, and their rows stay to be made again. Signed orders are kept: the organisation keeps
 * them by law; they are listed. Run again after a stop, it finds the same files by the same
 * links and names (files already erased are renamed and found no more).
 */
import { formatDate } from '../../domain/documents';
import type { PersonMatcher } from '../../domain/identity/personMatcher';
import { DOCX_MIME_TYPE } from '../../domain/docx';
import { deleteFile, quoted, trashFile } from '../../gas/drive';
import { GOOGLE_DOC_MIME_TYPE } from '../../gas/googleDocs';
import type { DocumentAppPort, DriveFilesPort, PropertiesPort, SpreadsheetPort } from '../../gas/ports';
import { DOCUMENT_KIND_LABELS, DOCUMENT_RECORD_KINDS, SITE_MATERIALS } from '../../i18n/documents';
import { ERASURE } from '../../i18n/erasure';
import { type DocumentLink, DocumentLinks, fileIdOfLink } from '../documents/documentLinks';
import { ORDER_STATUS, type OrderRecord, readOrderRegister } from '../documents/orderRegister';
import type { ParticipantDocumentKind } from '../documents/participantDocuments';
import { PRINTABLE_KINDS } from '../documents/printFiles';
import { type ErasureIntent, saveIntent } from './intent';

export interface DocumentErasure {
  ss: SpreadsheetPort;
  files: DriveFilesPort;
  documentApp: DocumentAppPort;
  props: PropertiesPort;
  matcher: PersonMatcher;
}

/** Kinds of documents made about one person (subject: their ID) and about a pair (subject: the pair's ID). */
const PERSON_KINDS: readonly ParticipantDocumentKind[] = ['dataConsent', 'publishConsent'];
const PAIR_KINDS: readonly ParticipantDocumentKind[] = [
  'programme',
  'dutiesConsent',
  'mentorReport',
  'mentorAgreement',
  'refusalNotice',
];

/** «Персонализированная программа П-0001»: how the report names a document (IDs only, no name). */
export function documentLabel(kind: ParticipantDocumentKind, subject: string): string {
  return `${DOCUMENT_RECORD_KINDS[kind]} ${subject}`;
}

/** The documents made about the person or their pairs, as «Документы» lists them. */
export function documentsAbout(links: DocumentLinks, id: string, pairIds: readonly string[]): DocumentLink[] {
  const found = PERSON_KINDS.map((kind) => links.find(kind, id));
  for (const pairId of pairIds) for (const kind of PAIR_KINDS) found.push(links.find(kind, pairId));
  return found.filter((link) => link !== undefined);
}

/** Files printed for many that hold the person's documents and others' too (planned before anything is erased). */
export function printedWithOthers(links: DocumentLinks, about: readonly DocumentLink[]): ErasureIntent['printed'] {
  const own = new Set(about.map((l) => `${l.kind}\n${l.subject}`));
  const printed = new Map<string, ErasureIntent['printed'][number]>();
  for (const link of about) {
    const shared = links.ofKind(link.kind).some((l) => l.fileId === link.fileId && !own.has(`${l.kind}\n${l.subject}`));
    if (shared) printed.set(link.fileId, { kind: link.kind, fileId: link.fileId, label: link.name });
  }
  return [...printed.values()];
}

/** «Приказ от 01.09.2026 № 12-од «…»»: the order's file name, as «Приказы» records it. */
function orderLabel(order: OrderRecord): string {
  if (order.title) return order.title;
  return ERASURE.orderLabel(order.date ? formatDate(order.date) : '', order.number.replace(/^\s*№\s*/, ''));
}

/** Text of a Google Doc, or '' when it can't be opened. */
function docText(documentApp: DocumentAppPort, fileId: string): string {
  try {
    return documentApp.openById(fileId).getBody().getText();
  } catch {
    return '';
  }
}

interface FoundFile {
  id: string;
  name: string;
  isDoc: boolean;
  trashed: boolean;
}

/**
 * Every file named as one of these, live or in the trash (the earlier versions that making a
 * document again trashed, same name, and the .docx copies kept beside the Docs, «<name>.docx»),
 * every other Doc of the add-on's in the trash (a file printed for many that an earlier making
 * replaced may bear another name) and every .docx copy (that of a replaced file printed for
 * many is left beside the new one). One search for them all; under drive.file Drive lists
 * only the add-on's own files.
 */
function candidates(files: DriveFilesPort, names: readonly string[]): FoundFile[] {
  const terms = [
    ...names.flatMap((name) => [`name = ${quoted(name)}`, `name = ${quoted(`${name}.docx`)}`]),
    'trashed = true',
    `mimeType = ${quoted(DOCX_MIME_TYPE)}`,
  ];
  const q = `(${terms.join(' or ')}) and (mimeType = ${quoted(GOOGLE_DOC_MIME_TYPE)} or mimeType = ${quoted(DOCX_MIME_TYPE)})`;
  const found: FoundFile[] = [];
  let pageToken: string | undefined;
  do {
    const page = files.list({
      q,
      fields: 'nextPageToken,files(id,name,mimeType,trashed)',
      pageSize: 1000,
      ...(pageToken ? { pageToken } : {}),
    });
    for (const f of page.files ?? []) {
      found.push({ id: f.id!, name: f.name ?? '', isDoc: f.mimeType === GOOGLE_DOC_MIME_TYPE, trashed: f.trashed === true });
    }
    pageToken = page.nextPageToken ?? undefined;
  } while (pageToken);
  return found;
}

/**
 * Names of the files that hold several people's documents: printed for many («Персонализированные
 * программы, 3 (П-0001 — П-0003)») and the site materials of any year.
 */
function isSharedFileName(name: string): boolean {
  return (
    PRINTABLE_KINDS.some((kind) => name.startsWith(`${DOCUMENT_KIND_LABELS[kind]}, `)) ||
    name.startsWith(SITE_MATERIALS.fileName('', '').replace(/,\s*$/, ''))
  );
}

/**
 * A Doc is emptied (its body, through DocumentApp), renamed and trashed (Drive purges the trash
 * after 30 days); an upload (a .docx copy), whose bytes can't be emptied, is deleted for good.
 * False when the file is gone.
 */
function eraseFile(e: DocumentErasure, fileId: string, isDoc: boolean): boolean {
  if (!isDoc) return deleteFile(e.files, fileId);
  try {
    e.documentApp.openById(fileId).getBody().clear();
  } catch {
    // Can't be opened (gone, or not a Doc): trashing says whether it is still there.
  }
  return trashFile(e.files, fileId, ERASURE.erasedFile);
}

/** What the files of an erasure are, read before anything is erased: recorded in the intent. */
export function planDocuments(
  e: DocumentErasure,
  intent: Pick<ErasureIntent, 'id' | 'pairIds'>,
): Pick<ErasureIntent, 'printed' | 'drafts'> & { files: string[]; signed: string[] } {
  const links = DocumentLinks.read(e.ss, e.props);
  const about = documentsAbout(links, intent.id, intent.pairIds);
  const basis = new Set([intent.id, ...intent.pairIds]);
  const signed: string[] = [];
  const drafts: ErasureIntent['drafts'] = [];
  for (const order of readOrderRegister(e.ss)?.orders ?? []) {
    const fileId = fileIdOfLink(order.docLink);
    if (!fileId) continue;
    const isSigned = order.status === ORDER_STATUS.signed || order.status === ORDER_STATUS.cancelled;
    // A signed order about them is listed without being read; any other is read.
    if (isSigned && order.basis.some((id) => basis.has(id))) signed.push(orderLabel(order));
    else if (e.matcher.mentions(docText(e.documentApp, fileId))) {
      if (isSigned) signed.push(orderLabel(order));
      else drafts.push({ id: fileId, label: orderLabel(order) });
    }
  }
  return {
    files: about.map((l) => documentLabel(l.kind, l.subject)),
    printed: printedWithOthers(links, about),
    drafts,
    signed,
  };
}

/**
 * Erases the person's documents, their versions, the draft orders naming them and the site
 * materials naming them. The site plan is recorded in the intent before its files go.
 */
export function eraseDocuments(e: DocumentErasure, intent: ErasureIntent): void {
  const links = DocumentLinks.read(e.ss, e.props);
  const about = documentsAbout(links, intent.id, intent.pairIds);
  const linked = new Set(about.map((l) => l.fileId));
  const kept = new Set(
    (readOrderRegister(e.ss)?.orders ?? [])
      .filter((o) => o.status === ORDER_STATUS.signed || o.status === ORDER_STATUS.cancelled)
      .map((o) => fileIdOfLink(o.docLink)),
  );

  // One search for the earlier versions and copies of the person's documents, the drafts, the
  // site materials, and the files in the trash.
  const siteLinks = links.ofKind('siteMaterials');
  const siteNames = new Set(siteLinks.map((l) => l.name).filter(Boolean));
  const names = new Set([...about.map((l) => l.name), ...intent.drafts.map((d) => d.label), ...siteNames].filter(Boolean));
  const all = candidates(e.files, [...names]).filter((f) => !kept.has(f.id));
  const bare = (f: FoundFile) => f.name.replace(/\.docx$/, '');
  const found = all.filter((f) => names.has(bare(f)));
  const siteName = (f: FoundFile) => siteNames.has(bare(f));

  if (!intent.site && siteNames.size) {
    const siteDocs = new Set([
      ...siteLinks.map((l) => l.fileId),
      ...found.filter((f) => f.isDoc && siteName(f)).map((f) => f.id),
    ]);
    const mentioned = [...siteDocs].filter((id) => e.matcher.mentions(docText(e.documentApp, id)));
    if (mentioned.length) {
      const remake = siteLinks.some((l) => mentioned.includes(l.fileId));
      // Copies can't be read: those of versions in the trash go, and the current one's when it is made again.
      const copies = found.filter((f) => !f.isDoc && siteName(f) && (remake || f.trashed)).map((f) => f.id);
      intent.site = { files: mentioned, copies, remake };
      saveIntent(e.props, intent);
    }
  }

  let versions = 0;
  for (const link of about) eraseFile(e, link.fileId, true);
  for (const draft of intent.drafts) eraseFile(e, draft.id, true);
  const copies = new Set(intent.site?.copies ?? []);
  for (const id of [...(intent.site?.files ?? []), ...copies]) if (eraseFile(e, id, !copies.has(id))) versions++;
  const draftIds = new Set(intent.drafts.map((d) => d.id));
  const site = new Set([...(intent.site?.files ?? []), ...copies]);
  for (const f of found) {
    // Site materials that do not name the person stay.
    if (linked.has(f.id) || draftIds.has(f.id) || site.has(f.id) || siteName(f)) continue;
    if (eraseFile(e, f.id, f.isDoc)) versions++;
  }
  // Files printed for many (or site materials of other years) in the trash that name the person,
  // and their copies: in the trash, or left live when no live Doc bears their name any more.
  const liveDocs = new Set(all.filter((f) => f.isDoc && !f.trashed).map((f) => f.name));
  const trashedShared = all.filter((f) => f.trashed && f.isDoc && !names.has(f.name) && isSharedFileName(f.name));
  for (const doc of trashedShared) {
    if (!e.matcher.mentions(docText(e.documentApp, doc.id))) continue;
    if (eraseFile(e, doc.id, true)) versions++;
    const copies = all.filter((f) => !f.isDoc && f.name === `${doc.name}.docx` && (f.trashed || !liveDocs.has(doc.name)));
    for (const copy of copies) if (eraseFile(e, copy.id, false)) versions++;
  }
  intent.tally.versions += versions;
  // The person's rows go with their files; others' rows linking a file printed for many stay to be made again.
  links.remove(about);
}

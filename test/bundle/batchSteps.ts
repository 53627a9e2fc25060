/** The curator's steps with batches of documents, and what they left, for the batch tests. */
import type { Emulator } from '../../emulator';
import { DOC_BATCH, DOCUMENT_KIND_LABELS } from '../../src/i18n/documents';
import { runMenu } from './addon';
import { records } from './school';

/** Menu items whose documents a school may print as one file, by the kind they make. */
const PRINT_QUESTION_KINDS: Readonly<Record<string, keyof typeof DOCUMENT_KIND_LABELS>> = {
  runProgrammes: 'programme',
  runDataConsents: 'dataConsent',
  runDutiesConsents: 'dutiesConsent',
  runPublishConsents: 'publishConsent',
  runMentorReports: 'mentorReport',
};

/**
 * A menu item of «Документы», its dialogs answered; returns the text of its other dialogs (the
 * result). Items that make a document per pair or person first ask whether to make one file
 * for printing, unless a batch of that kind is unfinished (then it goes on as it started, no
 * question): `print` is the answer (default «Нет», a file each), and the question must come
 * exactly when no batch of the kind is pending.
 */
export function documentsMenu(emu: Emulator, handler: string, print = false): string {
  const kind = PRINT_QUESTION_KINDS[handler];
  const question = kind === undefined ? null : DOC_BATCH.printQuestion(DOCUMENT_KIND_LABELS[kind]);
  const asks = question !== null && !pendingJobs(emu).includes(`batch.docs.${kind}`);
  const before = emu.state.ui.dialogs.length;
  runMenu(emu, handler, asks ? [{ button: print ? 'YES' : 'NO' }] : []);
  const prompts = emu.state.ui.dialogs.slice(before).map((d) => d.prompt);
  if (asks) expect(prompts[0]).toBe(question);
  else expect(prompts).not.toContain(question);
  return prompts.slice(asks ? 1 : 0).join('\n');
}

export interface BatchAnswer {
  lines: string[];
  data: { batches: { kind: string; done: number; total: number }[] };
}

/** «Продолжить» in the sidebar for this kind of document. */
export function continueFromSidebar(emu: Emulator, kind: string): BatchAnswer {
  return emu.callFromSidebar('continueDocuments', { kind }) as BatchAnswer;
}

/** Live (not trashed) Drive files whose name starts so (Docs and, when kept, .docx copies). */
export function liveFiles(emu: Emulator, namePrefix: string) {
  return emu.state.drive.files.filter((f) => !f.trashed && f.name.startsWith(namePrefix));
}

/** Rows of «Документы» of one «Вид документа». */
export function documentRows(emu: Emulator, recordKind: string): Record<string, unknown>[] {
  return records(emu, 'Документы').filter((r) => r['Вид документа'] === recordKind);
}

/** The file IDs in the rows' links. */
export function linkedIds(rows: readonly Record<string, unknown>[]): Set<string | undefined> {
  return new Set(rows.map((r) => /\/d\/([^/]+)\//.exec(String(r['Ссылка на документ']))?.[1]));
}

/** Unfinished batches, as document properties hold them. */
export function pendingJobs(emu: Emulator): string[] {
  return Object.keys(emu.state.properties.document ?? {}).filter((k) => k.startsWith('batch.'));
}

export function journalLines(emu: Emulator): string[] {
  return records(emu, 'Журнал').map((r) => String(r['Подробности']));
}

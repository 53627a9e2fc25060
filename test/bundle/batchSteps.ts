/** The curator's steps with batches of documents, and what they left, for the batch tests. */
import type { Emulator } from '../../emulator';
import { runMenu } from './addon';
import { records } from './school';

/** A menu item of «Документы», its alert answered; returns the alert's text. */
export const documentsMenu = (emu: Emulator, handler: string): string => runMenu(emu, handler);

export interface BatchAnswer {
  lines: string[];
  data: { batches: { kind: string; done: number; total: number }[] };
}

/** «Продолжить» in the sidebar for this kind of document. */
export function continueFromSidebar(emu: Emulator, kind: string): BatchAnswer {
  return emu.callFromSidebar('continueDocuments', { kind }) as BatchAnswer;
}

/** Live (not trashed) Drive files whose name starts so. */
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

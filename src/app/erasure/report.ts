/**
 * The report of an erasure (the dialog, the sidebar and «Журнал»): a summary line, then what
 * was erased (cells by sheet, notes, answers, files) and what is kept and why (the anonymous
 * bank row, signed orders). Names no one: documents by kind and ID, orders by number.
 */
import { ERASURE } from '../../i18n/erasure';
import { sheetSpec } from '../../register/spec';
import type { ParticipantDocumentKind } from '../documents/participantDocuments';
import { documentLabel } from './eraseDocuments';
import type { ErasureIntent, OthersTally } from './intent';

const sum = (counts: Readonly<Record<string, number>>) => Object.values(counts).reduce((a, b) => a + b, 0);
const has = (counts: Readonly<Record<string, number>>) => Object.keys(counts).length > 0;

/** Items of an enumeration end with «;», the last with «.». */
function enumeration(heading: string, items: string[]): string[] {
  if (!items.length) return [];
  const last = items.length - 1;
  return [heading, ...items.map((item, i) => (i === last ? item.replace(/;$/, '.') : item))];
}

/** «Персонализированная программа П-0002; Персонализированная программа П-0003», or with «… всего 299» past the first few. */
function othersText(tally: OthersTally): string {
  return tally
    .map((e) => {
      const kind = e.kind as ParticipantDocumentKind;
      const listed = e.subjects.map((subject) => documentLabel(kind, subject)).join('; ');
      return e.count > e.subjects.length ? ERASURE.andMore(listed, e.count) : listed;
    })
    .join('; ');
}

export function reportLines(intent: Pick<ErasureIntent, 'id' | 'bank' | 'tally'>): string[] {
  const t = intent.tally;
  const cells = sum(t.cells);
  const erased: string[] = [];
  if (has(t.cells)) erased.push(ERASURE.cells(t.cells));
  if (has(t.notes)) erased.push(ERASURE.notes(t.notes));
  if (has(t.answerRows)) erased.push(ERASURE.answerRows(t.answerRows));
  if (t.duplicates.length) erased.push(ERASURE.duplicates(t.duplicates));
  if (t.answers) erased.push(ERASURE.answers(t.answers));
  if (t.properties) erased.push(ERASURE.properties(t.properties));
  if (t.files.length) erased.push(ERASURE.files(t.files));
  if (t.versions) erased.push(ERASURE.versions(t.versions));
  if (t.drafts.length) erased.push(ERASURE.drafts(t.drafts));
  if (t.remade.length) erased.push(ERASURE.remade(othersText(t.remade)));
  if (t.toRemake.length) erased.push(ERASURE.toRemake(othersText(t.toRemake)));
  if (t.site) erased.push(ERASURE.site[t.site]);
  const kept = [ERASURE.anonymous(intent.id, sheetSpec(intent.bank).name)];
  if (t.signed.length) kept.push(ERASURE.signed(t.signed));
  return [
    ERASURE.done(intent.id, cells, t.answers, t.files.length + t.drafts.length),
    ...enumeration(ERASURE.erasedHeading, erased),
    ...enumeration(ERASURE.keptHeading, kept),
  ];
}

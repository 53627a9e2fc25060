/**
 * 3a. Приказ о завершении персонализированных программ наставничества: the pairs, their
 * term, end date and the reason (a value of «Причины завершения»), in an appendix table.
 */
import type { DocModel } from '../docModel';
import { COMPLETION_ORDER, DOC_FIELDS } from '../../i18n/documents';
import {
  enumerated,
  formatDate,
  formatTerm,
  isDate,
  item,
  type OrderRef,
  type Person,
  personLine,
  requireDate,
  requireNonEmpty,
  requireText,
  acknowledgedForPairs,
} from './common';
import { byAppendix, composeOrder, type ControlClause, type OrderRequisites, regulationCitation } from './orderFrame';

export interface CompletedPair {
  pairId: string;
  mentor: Person;
  mentees: readonly Person[];
  start: Date;
  plannedEnd?: Date | null;
  /** «Дата окончания» of the pair. */
  endDate: Date;
  /** «Причина завершения», as in the vocabulary. */
  reason: string;
  /** A short result, printed under the reason when given. */
  result?: string;
}

export interface CompletionOrderInput {
  requisites: OrderRequisites;
  pairs: readonly CompletedPair[];
  curator: Person;
  regulation?: OrderRef;
  /** Deadline for the curator's analytic note. */
  reportDue?: Date;
  control?: ControlClause;
}

export function completionAppendixRows(pairs: readonly CompletedPair[]): string[][] {
  return pairs.map((p, i) => [
    String(i + 1),
    personLine(p.mentor),
    p.mentees.map(personLine).join('\n'),
    formatTerm(p.start, p.plannedEnd),
    formatDate(p.endDate),
    p.result?.trim() ? `${p.reason.trim()}\n${p.result.trim()}` : p.reason.trim(),
  ]);
}

export function completionOrder(input: CompletionOrderInput): DocModel {
  const pairs = requireNonEmpty(input.pairs, DOC_FIELDS.pairs);
  for (const p of pairs) {
    requireText(p.mentor?.fullName, DOC_FIELDS.mentor(p.pairId));
    requireNonEmpty(p.mentees, DOC_FIELDS.mentees(p.pairId));
    requireDate(p.start, DOC_FIELDS.pairStart(p.pairId));
    requireDate(p.endDate, DOC_FIELDS.pairEndDate(p.pairId));
  }
  const shortName = requireText(input.requisites.organisation?.shortName, DOC_FIELDS.orgShortName);
  const due = isDate(input.reportDue) ? formatDate(input.reportDue) : null;

  const items = [
    item(COMPLETION_ORDER.finish(byAppendix(0, 1))),
    item(COMPLETION_ORDER.stopDuties),
    item(COMPLETION_ORDER.curatorLead, enumerated(COMPLETION_ORDER.curatorDuties(due))),
  ];

  return composeOrder({
    requisites: input.requisites,
    title: COMPLETION_ORDER.title,
    basis: COMPLETION_ORDER.basis(regulationCitation(shortName, input.regulation)),
    items,
    control: input.control,
    acknowledged: acknowledgedForPairs(input.curator, pairs),
    appendices: [
      {
        title: COMPLETION_ORDER.appendixTitle,
        table: { header: [...COMPLETION_ORDER.header], rows: completionAppendixRows(pairs), widths: [1, 5, 5, 3, 2, 4] },
      },
    ],
  });
}

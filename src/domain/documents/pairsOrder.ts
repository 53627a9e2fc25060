/**
 * 2. Приказ о закреплении наставнических пар (групп). ТК РФ ст. 351.8 needs the mentor's
 * written consent and 152-ФЗ the participants' consent to data processing, so the order is
 * refused, naming every pair and what it lacks, unless all of them are in.
 */
import type { DocModel } from '../docModel';
import { CONSENT_GAPS, DOC_ERRORS, DOC_FIELDS, PAIRS_ORDER } from '../../i18n/documents';
import {
  DocumentInputError,
  enumerated,
  formatDate,
  formatTerm,
  isDate,
  item,
  type OrderRef,
  type Person,
  personLine,
  requireNonEmpty,
  requireTerm,
  requireText,
  acknowledgedForPairs,
} from './common';
import { byAppendix, composeOrder, type ControlClause, type OrderRequisites, regulationCitation } from './orderFrame';

/** A row of «Пары» with its people resolved from the banks. */
export interface PairForOrder {
  pairId: string;
  mentor: Person;
  /** One for a pair, several for a group. */
  mentees: readonly Person[];
  form: string;
  kind: string;
  start: Date;
  plannedEnd: Date;
  consentsComplete: boolean;
  /** What is lacking, in Russian (see `consentGaps`). */
  missing: readonly string[];
}

export interface PairsOrderInput {
  requisites: OrderRequisites;
  pairs: readonly PairForOrder[];
  /** Named in the acknowledgement list (the items address the curator by role). */
  curator: Person;
  /** The order that approved the Положение, cited in the basis when known. */
  regulation?: OrderRef;
  /** Deadline for the programmes; «within ten working days» when absent. */
  programmesDue?: Date;
  control?: ControlClause;
}

export interface PairConsentGap {
  pairId: string;
  mentor: string;
  missing: string[];
}

/** The order cannot be made: some pairs lack written consents. */
export class MissingConsentsError extends DocumentInputError {
  constructor(readonly pairs: readonly PairConsentGap[]) {
    super(DOC_ERRORS.missingConsents(pairs.map((p) => DOC_ERRORS.missingConsentsPair(p.pairId, p.mentor, p.missing))));
    this.name = 'MissingConsentsError';
  }
}

/** Consent dates of a person as «Наставники»/«Наставляемые» hold them. */
export interface ConsentDates {
  fullName: string;
  consentData?: Date | null;
  consentDuties?: Date | null;
  consentWithdrawn?: Date | null;
}

/** Given, and not withdrawn on or after the day it was given. */
function holds(given: Date | null | undefined, withdrawn: Date | null | undefined): boolean {
  if (!isDate(given)) return false;
  return !(isDate(withdrawn) && withdrawn.getTime() >= given.getTime());
}

/**
 * What a pair lacks before it can be fixed by an order: the mentor's consents to data
 * processing and to the mentor's duties, each mentee's consent to data processing. The
 * register's «Отзыв согласия» concerns data processing, so it voids only that consent.
 * Feeds `PairForOrder.missing` (empty: `consentsComplete`).
 */
export function consentGaps(mentor: ConsentDates, mentees: readonly ConsentDates[]): string[] {
  const gaps: string[] = [];
  if (!holds(mentor.consentData, mentor.consentWithdrawn)) gaps.push(CONSENT_GAPS.personalData(mentor.fullName));
  if (!holds(mentor.consentDuties, null)) gaps.push(CONSENT_GAPS.mentorDuties(mentor.fullName));
  for (const m of mentees) if (!holds(m.consentData, m.consentWithdrawn)) gaps.push(CONSENT_GAPS.personalData(m.fullName));
  return gaps;
}

/** Pairs that cannot be fixed yet, with what they lack. */
export function pairsLackingConsent(pairs: readonly PairForOrder[]): PairConsentGap[] {
  return pairs
    .filter((p) => !p.consentsComplete || (p.missing?.length ?? 0) > 0)
    .map((p) => ({
      pairId: p.pairId,
      mentor: p.mentor.fullName,
      missing: p.missing?.length ? [...p.missing] : [CONSENT_GAPS.unspecified],
    }));
}

export function pairsAppendixRows(pairs: readonly PairForOrder[]): string[][] {
  return pairs.map((p, i) => [
    String(i + 1),
    personLine(p.mentor),
    p.mentees.map(personLine).join('\n'),
    p.form.trim(),
    p.kind.trim(),
    formatTerm(p.start, p.plannedEnd),
  ]);
}

export function pairsOrder(input: PairsOrderInput): DocModel {
  const pairs = requireNonEmpty(input.pairs, DOC_FIELDS.pairs);
  const lacking = pairsLackingConsent(pairs);
  if (lacking.length) throw new MissingConsentsError(lacking);
  for (const p of pairs) {
    requireText(p.mentor?.fullName, DOC_FIELDS.mentor(p.pairId));
    requireNonEmpty(p.mentees, DOC_FIELDS.mentees(p.pairId));
    requireTerm(p.start, p.plannedEnd, DOC_FIELDS.pairStart(p.pairId), DOC_FIELDS.pairEnd(p.pairId));
  }
  const shortName = requireText(input.requisites.organisation?.shortName, DOC_FIELDS.orgShortName);
  const due = isDate(input.programmesDue) ? formatDate(input.programmesDue) : null;

  const items = [
    item(PAIRS_ORDER.fix(byAppendix(0, 1))),
    item(PAIRS_ORDER.mentorsLead, enumerated([PAIRS_ORDER.mentorsProgrammeDue(due), ...PAIRS_ORDER.mentorsDuties])),
    item(PAIRS_ORDER.mentees),
    item(PAIRS_ORDER.curatorLead, enumerated(PAIRS_ORDER.curatorDuties)),
  ];

  return composeOrder({
    requisites: input.requisites,
    title: PAIRS_ORDER.title,
    basis: PAIRS_ORDER.basis(regulationCitation(shortName, input.regulation)),
    items,
    control: input.control,
    acknowledged: acknowledgedForPairs(input.curator, pairs),
    appendices: [
      {
        title: PAIRS_ORDER.appendixTitle,
        table: { header: [...PAIRS_ORDER.header], rows: pairsAppendixRows(pairs), widths: [1, 5, 5, 3, 3, 3] },
      },
    ],
  });
}

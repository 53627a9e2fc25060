/**
 * The documents the render tests print: one of every kind (test/domain/documentFixtures),
 * plus what stresses the page: an order on 24 pairs (its appendix table runs over several
 * pages), an order kept long (30 mm left margin), and the consents of a pair in one file.
 */
import type { DocModel } from '../../src/domain/docModel';
import { joinDocuments, pairsOrder, personalDataConsent } from '../../src/domain/documents';
import { allDocuments, d, ENSK, MENTEE_1, MENTOR_1, PAIRS, PAIRS_INPUT } from '../domain/documentFixtures';

/** Each row ends in its own date, so a row's first and last words can be found on a page. */
export const LONG_ORDER_PAIRS = Array.from({ length: 24 }, (_, i) => ({
  ...PAIRS[i % PAIRS.length]!,
  pairId: `П-${String(i + 1).padStart(4, '0')}`,
  start: d(2026, 12, 1),
  plannedEnd: d(2027, 5, i + 1),
}));

export function renderSet(): Record<string, DocModel> {
  const kinds = allDocuments();
  return {
    ...kinds,
    pairsLong: pairsOrder({ ...PAIRS_INPUT, pairs: LONG_ORDER_PAIRS }),
    approvalKeptLong: { ...kinds.approval!, wideLeftMargin: true },
    // A file printed for many: each programme its own section, numbered on its own.
    programmesPrinted: joinDocuments('Персонализированные программы, 2', [kinds.programme!, kinds.programmeGroup!]),
    consentsOfPair: joinDocuments('Согласия пары П-0001', [
      personalDataConsent({ organisation: ENSK, subject: { fullName: MENTOR_1.fullName, role: 'mentor' } }),
      personalDataConsent({ organisation: ENSK, subject: { fullName: MENTEE_1.fullName, role: 'mentee' } }),
    ]),
  };
}

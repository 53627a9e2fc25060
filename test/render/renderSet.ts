/**
 * The documents the render tests print: one of every kind (test/domain/documentFixtures),
 * plus what stresses the page: an order on 24 pairs (its appendix table runs over several
 * pages), an order kept long (30 mm left margin), and the consents of a pair in one file.
 */
import type { DocModel } from '../../src/domain/docModel';
import {
  joinDocuments,
  mentorAgreement,
  pairsOrder,
  personalDataConsent,
  refusalNotice,
  regulationBlocks,
  regulationTitle,
  roadmapOrder,
} from '../../src/domain/documents';
import {
  APPROVAL_INPUT,
  allDocuments,
  d,
  DIRECTOR,
  ENSK,
  MENTEE_1,
  MENTEE_2,
  MENTEE_3,
  MENTOR_1,
  MENTOR_2,
  PAIRS,
  PAIRS_INPUT,
} from '../domain/documentFixtures';

/** Each row ends in its own date, so a row's first and last words can be found on a page. */
export const LONG_ORDER_PAIRS = Array.from({ length: 24 }, (_, i) => ({
  ...PAIRS[i % PAIRS.length]!,
  pairId: `П-${String(i + 1).padStart(4, '0')}`,
  start: d(2026, 12, 1),
  plannedEnd: d(2027, 5, i + 1),
}));

/** ТК РФ ст. 351.8 for a group: three names in its items. */
const LABOUR_PAIR = {
  organisation: ENSK,
  director: DIRECTOR,
  pairId: 'П-0002',
  mentor: MENTOR_2,
  mentees: [MENTEE_2, MENTEE_3],
  form: 'педагог – педагог',
  kind: 'групповое',
  start: d(2026, 12, 1),
  end: d(2027, 2, 28),
};

export function renderSet(): Record<string, DocModel> {
  const kinds = allDocuments();
  return {
    ...kinds,
    pairsLong: pairsOrder({ ...PAIRS_INPUT, pairs: LONG_ORDER_PAIRS }),
    approvalKeptLong: { ...kinds.approval!, wideLeftMargin: true },
    mentorAgreement: mentorAgreement({ ...LABOUR_PAIR, pay: '10 % должностного оклада' }),
    refusalNotice: refusalNotice(LABOUR_PAIR),
    // Appendix 1 of the approval order on its own, so its first page shows the Положение.
    regulation: {
      name: regulationTitle(ENSK.shortName),
      blocks: [
        { type: 'paragraph', runs: [{ text: regulationTitle(ENSK.shortName), bold: true }], align: 'center', indent: false },
        ...regulationBlocks({
          shortName: ENSK.shortName,
          curatorPosition: 'Заместитель директора по УВР',
          maxMentees: 2,
          mentorPay: '10 % должностного оклада',
          siteSection: 'https://school7.example/nastavnichestvo',
        }),
      ],
    },
    roadmapOrder: roadmapOrder({
      requisites: { ...PAIRS_INPUT.requisites, date: d(2027, 8, 30), number: '131-од' },
      schoolYear: '2027/2028',
      curator: PAIRS_INPUT.curator,
      roadmap: APPROVAL_INPUT.roadmap,
      regulation: { date: d(2026, 9, 1), number: '112-од' },
    }),
    // A file printed for many: each programme its own section, numbered on its own.
    programmesPrinted: joinDocuments('Персонализированные программы, 2', [kinds.programme!, kinds.programmeGroup!]),
    consentsOfPair: joinDocuments('Согласия пары П-0001', [
      personalDataConsent({ organisation: ENSK, subject: { fullName: MENTOR_1.fullName, role: 'mentor' } }),
      personalDataConsent({ organisation: ENSK, subject: { fullName: MENTEE_1.fullName, role: 'mentee' } }),
    ]),
  };
}

/** What the register knows about the roadmap's work, gathered in one pass (for statuses). */
import { registerSheet } from '../../register/workbook';
import { dataConsentState } from '../../domain/consents';
import { awaitsPair, indexPairs } from '../../domain/matching';
import { isClosed } from '../../domain/pairs';
import { ENTRY_TYPES, PERSON_LEFT } from '../../domain/vocabulary';
import type { RegisterFacts } from '../../domain/roadmap';
import type { PropertiesPort } from '../../gas/ports';
import { ORDER_KIND_LABELS } from '../../i18n/documents';
import { SHEET_TITLES } from '../../i18n/register';
import { readFormRegistry } from '../formRegistry';
import { DocumentLinks } from '../documents/documentLinks';
import { ORDER_STATUS, type OrderRegister } from '../documents/orderRegister';
import type { PairingRegister } from '../pairing/pairingRegister';

export function registerFacts(
  reg: PairingRegister,
  orders: OrderRegister | null,
  props: PropertiesPort,
  siteSection: string,
  today: Date,
): RegisterFacts {
  const mentees = reg.mentees.list.filter((m) => m.status !== PERSON_LEFT);
  const mentors = reg.mentors.list.filter((m) => m.status !== PERSON_LEFT);
  const index = indexPairs(reg.pairs.list);
  const pairMentors = new Set(reg.pairs.list.map((p) => p.mentorId));
  const mentorsInPairs = reg.mentors.list.filter((m) => pairMentors.has(m.id));
  const withDuties = new Set(reg.pairs.list.filter((p) => p.dutiesConsent).map((p) => p.mentorId));
  const planned = reg.programmes.list.filter((e) => e.entryType !== ENTRY_TYPES.meeting);
  const pairsWithPlan = new Set(planned.map((e) => e.pairId));
  const pairsWithMeeting = new Set(
    reg.programmes.list.filter((e) => e.entryType === ENTRY_TYPES.meeting && e.done).map((e) => e.pairId),
  );
  const signed = (kind: string) => !!orders?.orders.some((o) => o.kind === kind && o.status === ORDER_STATUS.signed);
  // Documents the add-on made, from «Документы».
  const links = DocumentLinks.read(reg.ss, props);
  const answers = answerCounts(reg);
  return {
    menteesCount: mentees.length,
    menteesWithConsent: mentees.filter((m) => dataConsentState(m, today) === 'given').length,
    menteeSurveyAnswers: answers.mentee,
    mentorsCount: mentors.length,
    mentorsWithConsent: mentors.filter((m) => dataConsentState(m, today) === 'given').length,
    mentorSurveyAnswers: answers.mentor,
    mentorsInPairs: mentorsInPairs.length,
    mentorsInPairsTrained: reg.mentors.table.records.filter((r) => pairMentors.has(String(r.values.id)) && r.values.trainingDate)
      .length,
    mentorsInPairsWithDutiesConsent: mentorsInPairs.filter((m) => withDuties.has(m.id)).length,
    pairsCount: reg.pairs.list.length,
    pairsFixedByOrder: reg.pairs.list.filter((p) => p.orderNumber && p.orderDate).length,
    programmesCount: reg.pairs.list.filter((p) => pairsWithPlan.has(p.id)).length,
    pairsWithMeeting: reg.pairs.list.filter((p) => pairsWithMeeting.has(p.id)).length,
    pairsFinished: reg.pairs.list.filter(isClosed).length,
    menteesWithoutPair: mentees.filter((m) => awaitsPair(m, index)).length,
    programmeItemsPlanned: planned.length,
    programmeItemsDone: planned.filter((e) => e.done).length,
    participantsInPairs: new Set(reg.pairs.list.flatMap((p) => [p.mentorId, ...p.menteeIds])).size,
    satisfactionAnswersEnd: answers.satisfaction,
    mentorReports: links.ofKind('mentorReport').length,
    approvalOrderSigned: signed(ORDER_KIND_LABELS.approval),
    curatorAppointed: signed(ORDER_KIND_LABELS.approval),
    pairsOrderSigned: signed(ORDER_KIND_LABELS.pairs),
    completionOrderSigned: signed(ORDER_KIND_LABELS.completion),
    rewardOrderSigned: signed(ORDER_KIND_LABELS.reward),
    monitoringNoteMade: links.ofKind('monitoringNote').length > 0,
    siteSectionSet: siteSection.trim() !== '',
    sitePublished: links.ofKind('siteMaterials').length > 0,
    municipalReportMade: registerSheet(reg.ss, SHEET_TITLES.municipal) !== null,
  };
}

/** Answers per questionnaire, as «Анкеты» counts them. */
function answerCounts(reg: PairingRegister): { mentee: number; mentor: number; satisfaction: number } {
  const counts = { mentee: 0, mentor: 0, satisfaction: 0 };
  const registry = readFormRegistry(reg.ss);
  for (const record of registry?.records ?? []) {
    const answers = Number(registry!.table.records.find((r) => r.row === record.row)?.values.answers ?? 0) || 0;
    if (record.purpose === 'mentee') counts.mentee += answers;
    else if (record.purpose === 'mentor') counts.mentor += answers;
    else counts.satisfaction += answers;
  }
  return counts;
}

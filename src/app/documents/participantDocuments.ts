/**
 * Documents about pairs and people, one file each, remembered by subject so that making
 * them again updates the same files: personalised programmes, consents, mentor reports,
 * and the curator's analytic note.
 */
import {
  mentorDutiesConsent,
  mentorReport,
  monitoringReport,
  personalDataConsent,
  personalisedProgramme,
  type Person,
  type PlanRow,
  publishConsent,
  siteMaterials,
  startingPlan,
} from '../../domain/documents';
import { schoolYearOf } from '../../register/settings';
import { dataConsentState } from '../../domain/consents';
import { toIndicatorRows } from '../../domain/monitoring';
import { computeMonitoring } from '../monitoring/updateMonitoring';
import type { FormAppPort, SheetPort } from '../../gas/ports';
import { DOC_ACTIONS, DOCUMENT_KIND_LABELS } from '../../i18n/documents';
import { SHEET_TITLES } from '../../i18n/register';
import { nextIds } from '../../register/ids';
import { sheetSpec } from '../../register/spec';
import { parseTable, type TableRead } from '../../register/table';
import { appendRows, rowFor } from '../../register/tableWrite';
import { loadPairingRegister, type PairingRegister, type PairRecord } from '../pairing/pairingRegister';
import { satisfactionByPair } from '../satisfactionScores';
import { DocumentStore, type DocumentServices } from './documentStore';
import { DocumentActionError, type SchoolContext, schoolContext } from './schoolContext';

export type ParticipantDocumentKind = keyof typeof DOCUMENT_KIND_LABELS;

export interface DocumentsResult {
  urls: string[];
  lines: string[];
}

const person = (p: { fullName: string; position?: string; subject?: string }): Person => ({
  fullName: p.fullName,
  position: p.position ?? '',
  subject: p.subject,
});

interface Programmes {
  sheet: SheetPort;
  table: TableRead;
  grid: unknown[][];
}

function readProgrammes(services: DocumentServices): Programmes | null {
  const sheet = services.ss.getSheetByName(SHEET_TITLES.programmes);
  if (!sheet) return null;
  const grid = sheet.getDataRange().getValues();
  return { sheet, grid, table: parseTable(grid, sheetSpec('programmes')) };
}

function planOf(programmes: Programmes | null, pairId: string): PlanRow[] {
  if (!programmes) return [];
  return programmes.table.records
    .filter((r) => Array.isArray(r.values.pairId) && (r.values.pairId as string[]).includes(pairId))
    .sort((a, b) => Number(a.values.number ?? 0) - Number(b.values.number ?? 0))
    .map((r) => ({
      kind: r.values.entryType === 'встреча' ? 'meeting' : 'activity',
      activity: String(r.values.activity ?? ''),
      term: (r.values.term as Date | null) ?? null,
      expectedResult: String(r.values.expectedResult ?? ''),
      done: r.values.done === true,
      note: String(r.values.note ?? ''),
    }));
}

/** A starting plan written to «Программы», so the curator can change it there. */
function recordStartingPlans(programmes: Programmes | null, plans: { pairId: string; plan: PlanRow[] }[]): void {
  if (!programmes || !plans.length) return;
  const { table, sheet, grid } = programmes;
  const existing = table.records.map((r) => r.values.id);
  const rows = plans.flatMap(({ pairId, plan }) => plan.map((row, i) => ({ pairId, row, number: i + 1 })));
  const ids = nextIds(sheetSpec('programmes').idPrefix!, existing, rows.length);
  const width = grid[0].length;
  appendRows(
    sheet,
    grid,
    rows.map((r, i) =>
      rowFor(
        {
          id: ids[i],
          pairId: r.pairId,
          number: r.number,
          entryType: r.row.kind === 'meeting' ? 'встреча' : 'мероприятие',
          activity: r.row.activity,
          term: r.row.term,
          expectedResult: r.row.expectedResult,
          done: false,
        },
        table.headers,
        width,
      ),
    ),
  );
}

function selectedPairs(reg: PairingRegister, ids: readonly string[] | undefined, keep: (p: PairRecord) => boolean): PairRecord[] {
  if (ids?.length) {
    return ids.map((id) => {
      const pair = reg.pairs.list.find((p) => p.id === id);
      if (!pair) throw new DocumentActionError(DOC_ACTIONS.unknownPair(id));
      return pair;
    });
  }
  return reg.pairs.list.filter(keep);
}

function participants(reg: PairingRegister, pair: PairRecord) {
  const mentor = reg.mentors.list.find((m) => m.id === pair.mentorId);
  const mentees = pair.menteeIds.map((id) => reg.mentees.list.find((m) => m.id === id)).filter((m) => m !== undefined);
  return { mentor: person(mentor ?? { fullName: pair.mentorId }), mentees };
}

const ongoing = (p: PairRecord) => p.status !== 'прекращена' && p.status !== 'завершена';

function programmes(ctx: SchoolContext, reg: PairingRegister, services: DocumentServices, store: DocumentStore, ids?: readonly string[]) {
  const sheet = readProgrammes(services);
  const started: { pairId: string; plan: PlanRow[] }[] = [];
  const urls = selectedPairs(reg, ids, ongoing).map((pair) => {
    const { mentor, mentees } = participants(reg, pair);
    const difficultyMentees = mentees.map((m) => ({ ...person(m), difficulties: m.requests }));
    let plan = planOf(sheet, pair.id);
    if (!plan.length && pair.startDate && pair.plannedEnd) {
      plan = startingPlan(difficultyMentees, pair.startDate, pair.plannedEnd);
      started.push({ pairId: pair.id, plan });
    }
    const model = personalisedProgramme({
      organisation: ctx.organisation,
      pairId: pair.id,
      mentor,
      mentees: difficultyMentees,
      curator: ctx.curator,
      form: pair.form,
      kind: pair.kind,
      start: pair.startDate!,
      end: pair.plannedEnd!,
      goal: pair.goal,
      plan,
      approval: { approver: ctx.director },
    });
    return store.writeKeyed(`programme.${pair.id}`, model).url;
  });
  recordStartingPlans(sheet, started);
  return urls;
}

function dutiesConsents(ctx: SchoolContext, reg: PairingRegister, store: DocumentStore, ids?: readonly string[]) {
  return selectedPairs(reg, ids, (p) => ongoing(p) && !p.dutiesConsent).map((pair) => {
    const { mentor, mentees } = participants(reg, pair);
    const model = mentorDutiesConsent({
      organisation: ctx.organisation,
      mentor,
      mentees: mentees.map(person),
      form: pair.form,
      kind: pair.kind,
      start: pair.startDate!,
      end: pair.plannedEnd!,
      pay: ctx.mentorPay || null,
    });
    return store.writeKeyed(`dutiesConsent.${pair.id}`, model).url;
  });
}

function people(reg: PairingRegister, ids: readonly string[] | undefined) {
  const everyone = [
    ...reg.mentors.list.map((m) => ({ record: m, role: 'mentor' as const })),
    ...reg.mentees.list.map((m) => ({ record: m, role: 'mentee' as const })),
  ];
  if (!ids?.length) return everyone;
  return ids.map((id) => {
    const found = everyone.find((p) => p.record.id === id);
    if (!found) throw new DocumentActionError(DOC_ACTIONS.unknownPerson(id));
    return found;
  });
}

function dataConsents(ctx: SchoolContext, reg: PairingRegister, store: DocumentStore, ids?: readonly string[]) {
  const chosen = people(reg, ids).filter((p) => ids?.length || dataConsentState(p.record) !== 'given');
  return chosen.map(({ record, role }) =>
    store.writeKeyed(`dataConsent.${record.id}`, personalDataConsent({ organisation: ctx.organisation, subject: { fullName: record.fullName, role } })).url,
  );
}

function publishConsents(ctx: SchoolContext, reg: PairingRegister, store: DocumentStore, ids?: readonly string[]) {
  const chosen = ids?.length ? people(reg, ids) : reg.mentors.list.filter((m) => !m.consentPublish && m.status === 'активен').map((record) => ({ record, role: 'mentor' as const }));
  return chosen.map(({ record, role }) =>
    store.writeKeyed(
      `publishConsent.${record.id}`,
      publishConsent({ organisation: ctx.organisation, siteAddress: ctx.siteSection || ctx.organisation.shortName, subject: { fullName: record.fullName, role, email: record.email } }),
    ).url,
  );
}

function mentorReports(ctx: SchoolContext, reg: PairingRegister, services: DocumentServices & { formApp: FormAppPort }, store: DocumentStore, ids?: readonly string[]) {
  const sheet = readProgrammes(services);
  const satisfaction = satisfactionByPair(services);
  return selectedPairs(reg, ids, (p) => p.status === 'завершена').map((pair) => {
    const { mentor, mentees } = participants(reg, pair);
    const model = mentorReport({
      organisation: ctx.organisation,
      pairId: pair.id,
      mentor,
      mentees: mentees.map(person),
      form: pair.form,
      kind: pair.kind,
      start: pair.startDate!,
      plannedEnd: pair.plannedEnd!,
      endDate: pair.endDate,
      plan: planOf(sheet, pair.id),
      satisfaction: satisfaction(pair.id),
    });
    return store.writeKeyed(`mentorReport.${pair.id}`, model).url;
  });
}

function monitoringNote(ctx: SchoolContext, services: DocumentServices & { formApp: FormAppPort }, store: DocumentStore) {
  const summary = computeMonitoring(services, new Date());
  const model = monitoringReport({
    organisation: ctx.organisation,
    schoolYear: ctx.schoolYear,
    curator: ctx.curator,
    counts: summary.counts,
    indicators: toIndicatorRows(summary.indicators),
  });
  return [store.writeKeyed(`monitoringNote.${ctx.schoolYear || 'year'}`, model).url];
}

function siteMaterialsDoc(ctx: SchoolContext, reg: PairingRegister, store: DocumentStore) {
  const year = schoolYearBounds(ctx);
  const publishable = (m: (typeof reg.mentors.list)[number]) => ({
    fullName: m.fullName,
    position: m.position ?? '',
    subject: m.subject ?? '',
    consentToPublish: !!m.consentPublish && dataConsentState(m) === 'given',
  });
  const finished = reg.pairs.list.filter((p) => p.status === 'завершена' && p.endDate && p.endDate >= year.start && p.endDate <= year.end);
  const model = siteMaterials({
    organisationShortName: ctx.organisation.shortName,
    schoolYear: ctx.schoolYear,
    mentors: reg.mentors.list.filter((m) => m.status === 'активен').map(publishable),
    programmes: finished.map((p) => {
      const mentor = reg.mentors.list.find((m) => m.id === p.mentorId);
      return { form: p.form, kind: p.kind, start: p.startDate ?? null, end: p.endDate, result: p.completionReason, mentor: mentor && publishable(mentor) };
    }),
  });
  return [store.writeKeyed(`siteMaterials.${ctx.schoolYear || 'year'}`, model).url];
}

function schoolYearBounds(ctx: SchoolContext): { start: Date; end: Date } {
  const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
  const fallback = schoolYearOf(new Date());
  return {
    start: isDate(ctx.settings.yearStart) ? ctx.settings.yearStart : fallback.start,
    end: isDate(ctx.settings.yearEnd) ? ctx.settings.yearEnd : fallback.end,
  };
}

export function generateParticipantDocuments(
  services: DocumentServices & { formApp: FormAppPort },
  kind: ParticipantDocumentKind,
  ids?: readonly string[],
): DocumentsResult {
  const ctx = schoolContext(services.ss);
  const reg = loadPairingRegister(services.ss);
  const store = new DocumentStore(services, ctx.docsFolderId);
  const urls =
    kind === 'programme'
      ? programmes(ctx, reg, services, store, ids)
      : kind === 'dutiesConsent'
        ? dutiesConsents(ctx, reg, store, ids)
        : kind === 'dataConsent'
          ? dataConsents(ctx, reg, store, ids)
          : kind === 'publishConsent'
            ? publishConsents(ctx, reg, store, ids)
            : kind === 'mentorReport'
              ? mentorReports(ctx, reg, services, store, ids)
              : kind === 'siteMaterials'
                ? siteMaterialsDoc(ctx, reg, store)
                : monitoringNote(ctx, services, store);
  if (!urls.length) throw new DocumentActionError(kind === 'programme' || kind === 'mentorReport' ? DOC_ACTIONS.noPairs : DOC_ACTIONS.noPeople);
  return { urls, lines: [DOC_ACTIONS.documents(urls.length, DOCUMENT_KIND_LABELS[kind]), ...store.notes] };
}

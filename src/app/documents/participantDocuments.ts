/**
 * Documents about pairs and people, one file each, remembered by subject so that making
 * them again updates the same files: personalised programmes, consents, mentor reports;
 * and the school's own: the curator's analytic note and the materials for the site.
 * Work is split into subjects (`documentSubjects`) and one document per subject
 * (`DocumentMaker.make`), so a long run can stop and go on where it stopped.
 */
import { registerSheet } from '../../register/workbook';
import { dataConsentState } from '../../domain/consents';
import type { DocModel } from '../../domain/docModel';
import {
  mentorAgreement,
  mentorDutiesConsent,
  mentorReport,
  monitoringReport,
  personalDataConsent,
  personalisedProgramme,
  type Person,
  type PlanRow,
  publishConsent,
  refusalNotice,
  siteMaterials,
  startingPlan,
} from '../../domain/documents';
import { toIndicatorRows } from '../../domain/monitoring';
import { isClosed } from '../../domain/pairs';
import { ENTRY_TYPES, PERSON_LEFT } from '../../domain/vocabulary';
import type { FormAppPort, SheetPort } from '../../gas/ports';
import { DOC_ACTIONS, DOCUMENT_KIND_LABELS } from '../../i18n/documents';
import { SHEET_TITLES } from '../../i18n/register';
import { nextIds } from '../../register/ids';
import { schoolYearOf } from '../../register/settings';
import { sheetSpec } from '../../register/spec';
import { parseTable, type TableRead } from '../../register/table';
import { appendRows, lastFilledRow, rowFor } from '../../register/tableWrite';
import { computeMonitoring } from '../monitoring/updateMonitoring';
import {
  loadPairingRegister,
  type MenteeRecord,
  type MentorRecord,
  type PairingRegister,
  type PairRecord,
} from '../pairing/pairingRegister';
import { type PairSatisfaction, satisfactionByPair } from '../satisfactionScores';
import { DocumentStore, type DocumentServices } from './documentStore';
import { DocumentActionError, type SchoolContext, schoolContext } from './schoolContext';

export type ParticipantDocumentKind = keyof typeof DOCUMENT_KIND_LABELS;
export type ParticipantServices = DocumentServices & { formApp: FormAppPort };

/** Kinds made once for the whole school (no subjects). */
const SCHOOL_KINDS: readonly ParticipantDocumentKind[] = ['monitoringNote', 'siteMaterials'];
const SCHOOL_SUBJECT = 'school';
/** Kinds made per pair (subject: the pair's ID); the others per person or for the school. */
const PAIR_SUBJECT_KINDS: readonly ParticipantDocumentKind[] = [
  'programme',
  'dutiesConsent',
  'mentorReport',
  'mentorAgreement',
  'refusalNotice',
];

const person = (p: { fullName: string; position?: string; subject?: string }): Person => ({
  fullName: p.fullName,
  position: p.position ?? '',
  subject: p.subject,
});

const ongoing = (p: PairRecord) => !isClosed(p);

interface Programmes {
  sheet: SheetPort;
  table: TableRead;
  grid: unknown[][];
}

function readProgrammes(services: DocumentServices): Programmes | null {
  const sheet = registerSheet(services.ss, SHEET_TITLES.programmes);
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
      kind: r.values.entryType === ENTRY_TYPES.meeting ? 'meeting' : 'activity',
      activity: String(r.values.activity ?? ''),
      term: (r.values.term as Date | null) ?? null,
      expectedResult: String(r.values.expectedResult ?? ''),
      done: r.values.done === true,
      note: String(r.values.note ?? ''),
    }));
}

/** Who or what each kind is made for, when no IDs are given: those still lacking it. */
export function documentSubjects(
  services: ParticipantServices,
  kind: ParticipantDocumentKind,
  ids?: readonly string[],
): string[] {
  if (SCHOOL_KINDS.includes(kind)) return [SCHOOL_SUBJECT];
  const reg = loadPairingRegister(services.ss);
  const subjects = subjectsIn(reg, kind, ids);
  if (!subjects.length) throw nothingToMake(reg, kind);
  return subjects;
}

/**
 * The refusal when nobody needs this kind of document: an empty sheet says so; otherwise
 * everyone it concerns has it already, and the message says that instead of «нет пар».
 */
export function nothingToMake(reg: PairingRegister, kind: ParticipantDocumentKind): DocumentActionError {
  const aboutPeople = kind === 'dataConsent' || kind === 'publishConsent';
  const empty = aboutPeople ? !reg.mentors.list.length && !reg.mentees.list.length : !reg.pairs.list.length;
  if (empty) return new DocumentActionError(aboutPeople ? DOC_ACTIONS.noPeople : DOC_ACTIONS.noPairs);
  return new DocumentActionError(DOC_ACTIONS.nobodyNeeds[kind as keyof typeof DOC_ACTIONS.nobodyNeeds]);
}

/** The subjects in this register (none when nobody needs the document). */
function subjectsIn(reg: PairingRegister, kind: ParticipantDocumentKind, ids?: readonly string[]): string[] {
  if (SCHOOL_KINDS.includes(kind)) return [SCHOOL_SUBJECT];
  const known = (id: string) => {
    const exists =
      reg.pairs.list.some((p) => p.id === id) ||
      reg.mentors.list.some((m) => m.id === id) ||
      reg.mentees.list.some((m) => m.id === id);
    if (!exists)
      throw new DocumentActionError(
        PAIR_SUBJECT_KINDS.includes(kind) ? DOC_ACTIONS.unknownPair(id) : DOC_ACTIONS.unknownPerson(id),
      );
    return id;
  };
  if (ids?.length) return ids.map(known);
  const pairs = (keep: (p: PairRecord) => boolean) => reg.pairs.list.filter(keep).map((p) => p.id);
  const subjects =
    kind === 'programme' || kind === 'mentorAgreement' || kind === 'refusalNotice'
      ? pairs(ongoing)
      : kind === 'dutiesConsent'
        ? pairs((p) => ongoing(p) && !p.dutiesConsent)
        : kind === 'mentorReport'
          ? pairs((p) => p.status === 'завершена')
          : kind === 'dataConsent'
            ? [...reg.mentors.list, ...reg.mentees.list]
                .filter((p) => p.status !== PERSON_LEFT && dataConsentState(p, new Date()) !== 'given')
                .map((p) => p.id)
            : reg.mentors.list.filter((m) => !m.consentPublish && m.status === 'активен').map((m) => m.id);
  return subjects;
}

/** Makes documents one subject at a time, reading the register once per execution. */
export class DocumentMaker {
  private readonly ctx: SchoolContext;
  private readonly reg: PairingRegister;
  readonly store: DocumentStore;
  private programmes: Programmes | null | undefined;
  private holdingPlans = false;
  /** Starting plans not yet written, with «Программы» as the sheet holds it. */
  private heldPlans: { sheet: SheetPort; grid: unknown[][]; rows: unknown[][] } | null = null;
  private satisfaction: ((pairId: string) => PairSatisfaction) | undefined;

  constructor(private readonly services: ParticipantServices) {
    this.ctx = schoolContext(services.ss);
    this.reg = loadPairingRegister(services.ss);
    this.store = new DocumentStore(services, this.ctx);
  }

  private pair(id: string): PairRecord {
    const pair = this.reg.pairs.list.find((p) => p.id === id);
    if (!pair) throw new DocumentActionError(DOC_ACTIONS.unknownPair(id));
    return pair;
  }

  private participants(pair: PairRecord) {
    const mentor = this.reg.mentors.list.find((m) => m.id === pair.mentorId);
    const mentees = pair.menteeIds.map((id) => this.reg.mentees.list.find((m) => m.id === id)).filter((m) => m !== undefined);
    return { mentor: person(mentor ?? { fullName: pair.mentorId }), mentees };
  }

  private someone(id: string): { record: MentorRecord | MenteeRecord; role: 'mentor' | 'mentee' } {
    const mentor = this.reg.mentors.list.find((m) => m.id === id);
    if (mentor) return { record: mentor, role: 'mentor' };
    const mentee = this.reg.mentees.list.find((m) => m.id === id);
    if (mentee) return { record: mentee, role: 'mentee' };
    throw new DocumentActionError(DOC_ACTIONS.unknownPerson(id));
  }

  /** Everyone (or everything) that needs this kind now; empty when nobody does. */
  subjects(kind: ParticipantDocumentKind): string[] {
    return subjectsIn(this.reg, kind);
  }

  /** The refusal when `subjects(kind)` is empty. */
  nothingToMake(kind: ParticipantDocumentKind): DocumentActionError {
    return nothingToMake(this.reg, kind);
  }

  /** The subject a document is recorded under in «Документы»: the school's own ones, by school year. */
  recordedAs(kind: ParticipantDocumentKind, id: string): string {
    return SCHOOL_KINDS.includes(kind) ? this.ctx.schoolYear || 'year' : id;
  }

  /**
   * The document of one subject, in its own file; its link. `lookForLost`: a file an earlier
   * execution made but did not record may exist (see DocumentStore.writeKeyed).
   */
  make(kind: ParticipantDocumentKind, id: string, lookForLost = true): string {
    const model = this.compose(kind, id);
    const school = SCHOOL_KINDS.includes(kind);
    const named = school ? model : { ...model, name: `${model.name} (${id})` };
    return this.store.writeKeyed(kind, [this.recordedAs(kind, id)], named, lookForLost).url;
  }

  /** The document of one subject as a model (a programme's starting plan is written to «Программы»). */
  compose(kind: ParticipantDocumentKind, id: string): DocModel {
    const { ctx } = this;
    switch (kind) {
      case 'programme':
        return this.programme(id);
      case 'dutiesConsent': {
        const pair = this.pair(id);
        const { mentor, mentees } = this.participants(pair);
        return mentorDutiesConsent({
          organisation: ctx.organisation,
          mentor,
          mentees: mentees.map(person),
          form: pair.form,
          kind: pair.kind,
          start: pair.startDate!,
          end: pair.plannedEnd!,
          pay: ctx.mentorPay || null,
        });
      }
      case 'mentorAgreement':
      case 'refusalNotice': {
        // ТК РФ ст. 351.8: made again after an extension, the agreement states the new term.
        const pair = this.pair(id);
        const { mentor, mentees } = this.participants(pair);
        const input = {
          organisation: ctx.organisation,
          director: ctx.director,
          pairId: pair.id,
          mentor,
          mentees: mentees.map(person),
          form: pair.form,
          kind: pair.kind,
          start: pair.startDate!,
          end: pair.plannedEnd!,
        };
        return kind === 'mentorAgreement' ? mentorAgreement({ ...input, pay: ctx.mentorPay || null }) : refusalNotice(input);
      }
      case 'dataConsent': {
        const { record, role } = this.someone(id);
        return personalDataConsent({ organisation: ctx.organisation, subject: { fullName: record.fullName, role } });
      }
      case 'publishConsent': {
        const { record, role } = this.someone(id);
        return publishConsent({
          organisation: ctx.organisation,
          siteAddress: ctx.siteSection || ctx.organisation.shortName,
          subject: { fullName: record.fullName, role, email: record.email },
        });
      }
      case 'mentorReport':
        return this.mentorReport(id);
      case 'monitoringNote':
        return this.monitoringNote();
      case 'siteMaterials':
        return this.siteMaterials();
    }
  }

  private programme(id: string): DocModel {
    const pair = this.pair(id);
    const { mentor, mentees } = this.participants(pair);
    const difficultyMentees = mentees.map((m) => ({ ...person(m), difficulties: m.requests }));
    if (this.programmes === undefined) this.programmes = readProgrammes(this.services);
    let plan = planOf(this.programmes, pair.id);
    if (!plan.length && pair.startDate && pair.plannedEnd) {
      plan = startingPlan(difficultyMentees, pair.startDate, pair.plannedEnd);
      this.recordStartingPlan(pair.id, plan);
    }
    return personalisedProgramme({
      organisation: this.ctx.organisation,
      pairId: pair.id,
      mentor,
      mentees: difficultyMentees,
      curator: this.ctx.curator,
      form: pair.form,
      kind: pair.kind,
      start: pair.startDate!,
      end: pair.plannedEnd!,
      goal: pair.goal,
      plan,
      approval: { approver: this.ctx.director },
    });
  }

  /** From now on starting plans wait for flushStartingPlans and go in one append (a batch records them with its documents). */
  holdStartingPlans(): void {
    this.holdingPlans = true;
  }

  /** Writes the starting plans held back, in one append. */
  flushStartingPlans(): void {
    const held = this.heldPlans;
    this.heldPlans = null;
    if (held?.rows.length) appendRows(held.sheet, held.grid, held.rows);
  }

  /** A starting plan goes to «Программы», so the curator can change it there. */
  private recordStartingPlan(pairId: string, plan: PlanRow[]): void {
    const programmes = this.programmes;
    if (!programmes) return;
    const { table, sheet, grid } = programmes;
    const ids = nextIds(
      sheetSpec('programmes').idPrefix!,
      table.records.map((r) => r.values.id),
      plan.length,
    );
    const width = grid[0].length;
    const rows = plan.map((row, i) =>
      rowFor(
        {
          id: ids[i],
          pairId,
          number: i + 1,
          entryType: row.kind === 'meeting' ? ENTRY_TYPES.meeting : ENTRY_TYPES.activity,
          activity: row.activity,
          term: row.term,
          expectedResult: row.expectedResult,
          done: false,
        },
        table.headers,
        width,
      ),
    );
    let start: number;
    if (this.holdingPlans) {
      // The grid as the sheet holds it, for the append; the rows wait for flushStartingPlans.
      this.heldPlans ??= { sheet, grid, rows: [] };
      this.heldPlans.rows.push(...rows);
      start = lastFilledRow(grid) + 1;
    } else start = appendRows(sheet, grid, rows);
    // Later pairs of this execution append after these rows and number from their IDs: the
    // grid is kept as written instead of being read again.
    const written = grid.slice(0, start - 1);
    while (written.length < start - 1) written.push(new Array(width).fill(''));
    written.push(...rows);
    this.programmes = { sheet, grid: written, table: parseTable(written, sheetSpec('programmes')) };
  }

  private mentorReport(id: string): DocModel {
    const pair = this.pair(id);
    const { mentor, mentees } = this.participants(pair);
    if (this.programmes === undefined) this.programmes = readProgrammes(this.services);
    this.satisfaction ??= satisfactionByPair(this.services);
    return mentorReport({
      organisation: this.ctx.organisation,
      pairId: pair.id,
      mentor,
      mentees: mentees.map(person),
      form: pair.form,
      kind: pair.kind,
      start: pair.startDate!,
      plannedEnd: pair.plannedEnd!,
      endDate: pair.endDate,
      plan: planOf(this.programmes, pair.id),
      satisfaction: this.satisfaction(pair.id),
    });
  }

  private monitoringNote(): DocModel {
    const summary = computeMonitoring(this.services, new Date());
    return monitoringReport({
      organisation: this.ctx.organisation,
      schoolYear: this.ctx.schoolYear,
      curator: this.ctx.curator,
      counts: summary.counts,
      indicators: toIndicatorRows(summary.indicators),
    });
  }

  private siteMaterials(): DocModel {
    const { ctx, reg } = this;
    const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
    const fallback = schoolYearOf(new Date());
    const start = isDate(ctx.settings.yearStart) ? ctx.settings.yearStart : fallback.start;
    const end = isDate(ctx.settings.yearEnd) ? ctx.settings.yearEnd : fallback.end;
    const publishable = (m: MentorRecord) => ({
      fullName: m.fullName,
      position: m.position ?? '',
      subject: m.subject ?? '',
      consentToPublish: !!m.consentPublish && dataConsentState(m, new Date()) === 'given',
    });
    const finished = reg.pairs.list.filter(
      (p) => p.status === 'завершена' && p.endDate && p.endDate >= start && p.endDate <= end,
    );
    return siteMaterials({
      organisationShortName: ctx.organisation.shortName,
      schoolYear: ctx.schoolYear,
      mentors: reg.mentors.list.filter((m) => m.status === 'активен').map(publishable),
      programmes: finished.map((p) => {
        const mentor = reg.mentors.list.find((m) => m.id === p.mentorId);
        return {
          form: p.form,
          kind: p.kind,
          start: p.startDate ?? null,
          end: p.endDate,
          result: p.completionReason,
          mentor: mentor && publishable(mentor),
        };
      }),
    });
  }
}

export function documentsLine(kind: ParticipantDocumentKind, count: number): string {
  return DOC_ACTIONS.documents(count, DOCUMENT_KIND_LABELS[kind]);
}

/**
 * The register as pairing sees it: mentors, mentees and pairs read once each (one
 * getValues per sheet) into the matching's types, keeping each record's row for writes.
 */
import { registerSheet } from '../../register/workbook';
import type { ExistingPair, Mentee, Mentor } from '../../domain/matching';
import { defaultMaxMenteesFromSettings, weightsFromSettings, type Weights } from '../../domain/matching';
import type { Vocabularies } from '../../domain/questionnaires';
import type { SheetPort, SpreadsheetPort } from '../../gas/ports';
import { REGISTER_ERRORS, STATUS } from '../../i18n/messages';
import { SHEET_TITLES } from '../../i18n/register';
import { settingsFromGrid } from '../../register/settings';
import { type SheetSpec, sheetSpec } from '../../register/spec';
import { parseTable, type RecordValues, type RowIssue, type TableRead } from '../../register/table';
import { vocabulariesFromGrid } from '../../register/vocabularies';

export interface Loaded<T> {
  sheet: SheetPort;
  table: TableRead;
  /** The grid as read (row 1 = headers), for writes that keep untouched cells. */
  grid: unknown[][];
  list: T[];
}

export interface MentorRecord extends Mentor {
  row: number;
  consentDuties: Date | null;
  consentPublish: Date | null;
  position?: string;
}

export interface MenteeRecord extends Mentee {
  row: number;
  position?: string;
  consentData: Date | null;
  consentWithdrawn: Date | null;
}

export interface PairRecord extends ExistingPair {
  row: number;
  form: string;
  kind: string;
  goal: string;
  dutiesConsent: Date | null;
  consentScan: string;
  orderNumber: string;
  orderDate: Date | null;
  completionReason: string;
  endDate: Date | null;
}

/** A row of «Программы»: an activity or a meeting of a pair's plan. */
export interface ProgrammeEntry {
  row: number;
  id: string;
  pairId: string;
  number: number | null;
  entryType: string;
  activity: string;
  term: Date | null;
  done: boolean;
}

export interface PairingRegister {
  ss: SpreadsheetPort;
  mentors: Loaded<MentorRecord>;
  mentees: Loaded<MenteeRecord>;
  pairs: Loaded<PairRecord>;
  programmes: Loaded<ProgrammeEntry>;
  weights: Weights;
  defaultMaxMentees: number;
  vocabularies: Vocabularies;
  issues: RowIssue[];
}

/** A register sheet, or the header row of one, is missing: the message says which, in Russian. */
export class RegisterMissingError extends Error {}

const str = (v: RecordValues[keyof RecordValues]): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const num = (v: RecordValues[keyof RecordValues]): number | undefined => (typeof v === 'number' ? v : undefined);
const date = (v: RecordValues[keyof RecordValues]): Date | null =>
  Object.prototype.toString.call(v) === '[object Date]' ? (v as Date) : null;
const list = (v: RecordValues[keyof RecordValues]): string[] => (Array.isArray(v) ? v : []);

function load<T>(ss: SpreadsheetPort, spec: SheetSpec, convert: (v: RecordValues, row: number) => T): Loaded<T> {
  const sheet = registerSheet(ss, spec.name);
  if (!sheet) throw new RegisterMissingError(sheetMissing(ss, spec.name));
  const grid = sheet.getDataRange().getValues();
  const table = parseTable(grid, spec);
  // A header moved to row 2, or merged away, would make every record blank: say so instead.
  const lost = spec.columns.filter((c) => c.required && !table.headers.index.has(c.key)).map((c) => c.header);
  if (lost.length) throw new RegisterMissingError(REGISTER_ERRORS.headersMissing(spec.name, lost));
  return { sheet, table, grid, list: table.records.map((r) => convert(r.values, r.row)) };
}

/** «Not created» when the register has no settings sheet either; else which sheet is gone. */
function sheetMissing(ss: SpreadsheetPort, name: string): string {
  return registerSheet(ss, SHEET_TITLES.settings) ? REGISTER_ERRORS.sheetMissing(name) : STATUS.notCreated;
}

/** The profile both banks share (see `personColumns` in register/spec.ts). */
function personFields(v: RecordValues, row: number) {
  return {
    row,
    id: str(v.id),
    fullName: str(v.fullName),
    email: str(v.email),
    position: str(v.position),
    subject: str(v.subject),
    level: str(v.level),
    experience: num(v.experience),
    preferredForm: str(v.preferredForm),
    preferredKind: str(v.preferredKind),
    status: str(v.status),
    consentData: date(v.consentData),
    consentWithdrawn: date(v.consentWithdrawn),
  };
}

export function loadPairingRegister(ss: SpreadsheetPort): PairingRegister {
  const mentors = load(
    ss,
    sheetSpec('mentors'),
    (v, row): MentorRecord => ({
      ...personFields(v, row),
      qualification: str(v.qualification),
      careerGroup: str(v.careerGroup),
      competences: list(v.competences),
      maxMentees: num(v.maxMentees),
      consentDuties: date(v.consentDuties),
      consentPublish: date(v.consentPublish),
    }),
  );
  const mentees = load(
    ss,
    sheetSpec('mentees'),
    (v, row): MenteeRecord => ({
      ...personFields(v, row),
      menteeCategory: str(v.menteeCategory),
      requests: list(v.requests),
      wishedMentor: str(v.wishedMentor),
    }),
  );
  const pairs = load(
    ss,
    sheetSpec('pairs'),
    (v, row): PairRecord => ({
      row,
      id: str(v.id),
      mentorId: list(v.mentorId)[0] ?? '',
      menteeIds: list(v.menteeIds),
      status: str(v.status) || 'проект',
      startDate: date(v.startDate),
      plannedEnd: date(v.plannedEnd),
      form: str(v.form),
      kind: str(v.kind),
      goal: str(v.goal),
      dutiesConsent: date(v.dutiesConsent),
      consentScan: str(v.consentScan),
      orderNumber: str(v.orderNumber),
      orderDate: date(v.orderDate),
      completionReason: str(v.completionReason),
      endDate: date(v.endDate),
    }),
  );
  const programmes = load(
    ss,
    sheetSpec('programmes'),
    (v, row): ProgrammeEntry => ({
      row,
      id: str(v.id),
      pairId: list(v.pairId)[0] ?? '',
      number: num(v.number) ?? null,
      entryType: str(v.entryType),
      activity: str(v.activity),
      term: date(v.term),
      done: v.done === true,
    }),
  );
  const settingsSheet = registerSheet(ss, SHEET_TITLES.settings);
  const settings = settingsFromGrid(settingsSheet ? settingsSheet.getDataRange().getValues() : []);
  const vocabularySheet = registerSheet(ss, SHEET_TITLES.vocabularies);
  return {
    ss,
    mentors,
    mentees,
    pairs,
    programmes,
    weights: weightsFromSettings(settings),
    defaultMaxMentees: defaultMaxMenteesFromSettings(settings),
    vocabularies: vocabulariesFromGrid(vocabularySheet ? vocabularySheet.getDataRange().getValues() : []),
    issues: [...mentors.table.issues, ...mentees.table.issues, ...pairs.table.issues, ...programmes.table.issues],
  };
}

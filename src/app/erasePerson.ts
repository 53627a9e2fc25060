/**
 * Withdrawal of the consent to personal-data processing (152-ФЗ): the person's data are
 * erased by identity, not by text — every form of their name the add-on writes and every
 * address they used, as whole words and whole addresses (see domain/identity) — from the
 * forms' stored answers, the documents about them (and the files printed for many that held
 * them, made again for the others), every cell and note of every sheet (their own answer rows
 * cleared), their bank row (which keeps only ID, status and what anonymous counts need), the
 * document properties, and «Материалы для сайта» (made again without them). Signed orders
 * are kept: the organisation keeps them by law; the report lists them.
 *
 * Resumable at any call: the intent (who, every form of the name, the addresses, what is
 * planned) is recorded in a document property before the first effect, each step is
 * recorded when done, and every step finds what is left rather than trusting what it did;
 * so an execution stopped anywhere and run again finishes the job, although the bank row no
 * longer holds the name. The intent is deleted when the report is in «Журнал».
 */
import { nameForms } from '../domain/identity/nameForms';
import { PersonMatcher } from '../domain/identity/personMatcher';
import type {
  AdvancedDrivePort,
  DocumentAppPort,
  FormAppPort,
  PropertiesPort,
  SpreadsheetPort,
  UtilitiesPort,
} from '../gas/ports';
import { ERASURE } from '../i18n/erasure';
import { SHEET_TITLES } from '../i18n/register';
import { sheetSpec } from '../register/spec';
import { parseTable } from '../register/table';
import { registerSheet } from '../register/workbook';
import { requireDriveFiles } from './documents/addonFolder';
import { eraseStoredAnswers } from './erasure/eraseAnswers';
import { eraseDocuments, planDocuments } from './erasure/eraseDocuments';
import { answerAddresses, eraseBankRows, eraseSheets, personRowIds } from './erasure/eraseSheets';
import {
  clearIntent,
  ERASURE_STEPS,
  type ErasureIntent,
  type ErasureStep,
  emptyTally,
  INTENT_PROPERTY,
  saveIntent,
} from './erasure/intent';
import { lazyMaker, remakePrinted, remakeSite } from './erasure/remakeDocuments';
import { reportLines } from './erasure/report';

export { loadIntent } from './erasure/intent';

export interface ErasureServices {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  drive: AdvancedDrivePort | undefined;
  documentApp: DocumentAppPort;
  documentProperties: PropertiesPort;
  utilities: UtilitiesPort;
}

export interface Subject {
  id: string;
  fullName: string;
  email: string;
  bank: 'mentors' | 'mentees';
  row: number;
}

const BANKS = ['mentors', 'mentees'] as const;

export function findSubject(ss: SpreadsheetPort, id: string): Subject | null {
  for (const bank of BANKS) {
    const sheet = registerSheet(ss, sheetSpec(bank).name);
    if (!sheet) continue;
    const table = parseTable(sheet.getDataRange().getValues(), sheetSpec(bank));
    const found = table.records.find((r) => r.values.id === id);
    if (found) {
      return { id, fullName: String(found.values.fullName ?? ''), email: String(found.values.email ?? ''), bank, row: found.row };
    }
  }
  return null;
}

/** Whether the bank row was erased already (by an erasure that finished). */
export function isErased(subject: Subject): boolean {
  return subject.fullName === ERASURE.erasedName;
}

/** Everyone else's name in the banks: a mention that lies inside one of theirs is theirs. */
function otherNames(ss: SpreadsheetPort, id: string): string[] {
  const names: string[] = [];
  for (const bank of BANKS) {
    const sheet = registerSheet(ss, sheetSpec(bank).name);
    if (!sheet) continue;
    for (const r of parseTable(sheet.getDataRange().getValues(), sheetSpec(bank)).records) {
      const name = String(r.values.fullName ?? '');
      if (r.values.id !== id && name && name !== ERASURE.erasedName) names.push(name);
    }
  }
  return names;
}

/**
 * Plans the erasure and records its intent; nothing is erased yet. Refused (DocumentActionError)
 * before anything is recorded when the Advanced Drive service is off: documents could not be erased.
 */
export function startErasure(services: ErasureServices, subject: Subject, pairIds: readonly string[], now: Date): ErasureIntent {
  requireDriveFiles(services.drive);
  const names = nameForms(subject.fullName);
  const known = [subject.email].map((e) => e.trim().toLowerCase()).filter(Boolean);
  const byName = new PersonMatcher({ names, emails: known });
  const emails = [
    ...new Set([...known, ...answerAddresses({ ...services, props: services.documentProperties, matcher: byName })]),
  ];
  const matcher = new PersonMatcher({ names, emails });
  const rows = personRowIds({ ss: services.ss, matcher, id: subject.id });
  const plan = planDocuments(
    { ...services, files: requireDriveFiles(services.drive), props: services.documentProperties, matcher },
    { id: subject.id, pairIds: [...pairIds] },
  );
  const intent: ErasureIntent = {
    id: subject.id,
    bank: subject.bank,
    names,
    emails,
    rows,
    pairIds: [...pairIds],
    startedAt: now.getTime(),
    printed: plan.printed,
    drafts: plan.drafts,
    done: 0,
    tally: { ...emptyTally(), files: plan.files, signed: plan.signed, drafts: plan.drafts.map((d) => d.label) },
  };
  saveIntent(services.documentProperties, intent);
  return intent;
}

/** Whether «Журнал» already holds this erasure's report (an execution stopped right after writing it). */
function journalled(ss: SpreadsheetPort, intent: ErasureIntent): boolean {
  const sheet = registerSheet(ss, SHEET_TITLES.journal);
  if (!sheet) return false;
  const table = parseTable(sheet.getDataRange().getValues(), sheetSpec('journal'));
  return table.records.some((r) => {
    const time = r.values.time;
    return (
      r.values.action === ERASURE.journal &&
      String(r.values.details ?? '').startsWith(ERASURE.doneHead(intent.id)) &&
      Object.prototype.toString.call(time) === '[object Date]' &&
      (time as Date).getTime() >= intent.startedAt - 60_000
    );
  });
}

/**
 * Goes on with the recorded erasure from the first step not done, to the end: the report is
 * written to «Журнал» (through `journal`) and the intent deleted. Returns the report's lines.
 */
export function continueErasure(
  services: ErasureServices,
  intent: ErasureIntent,
  today: Date,
  journal: (lines: readonly string[]) => void,
): string[] {
  const files = requireDriveFiles(services.drive);
  const props = services.documentProperties;
  const { ss, formApp, documentApp } = services;
  const matcher = new PersonMatcher(intent, otherNames(ss, intent.id));
  const checkpoint = () => saveIntent(props, intent);
  const maker = lazyMaker(services);
  const sheets = { ss, formApp, props, matcher, id: intent.id, bank: intent.bank, rows: intent.rows, tally: intent.tally };
  const steps: Record<ErasureStep, () => void> = {
    answers: () => {
      intent.tally.answers += eraseStoredAnswers({ ss, formApp, props }, matcher);
    },
    documents: () => eraseDocuments({ ss, files, documentApp, props, matcher }, intent),
    sheets: () => eraseSheets(sheets, checkpoint),
    bankRow: () => eraseBankRows(sheets, today),
    properties: () => {
      for (const [key, value] of Object.entries(props.getProperties())) {
        if (key === INTENT_PROPERTY) continue;
        const cleaned = matcher.replace(value, intent.id);
        if (cleaned === null) continue;
        props.setProperty(key, cleaned);
        intent.tally.properties++;
      }
    },
    printed: () => remakePrinted(services, maker, intent, checkpoint),
    site: () => remakeSite(services, maker, intent),
    journal: () => {
      if (!journalled(ss, intent)) journal(reportLines(intent));
    },
  };
  for (; intent.done < ERASURE_STEPS.length; intent.done++) {
    const step = ERASURE_STEPS[intent.done]!;
    steps[step]();
    if (step !== 'journal') saveIntent(props, { ...intent, done: intent.done + 1 });
  }
  clearIntent(props);
  return reportLines(intent);
}

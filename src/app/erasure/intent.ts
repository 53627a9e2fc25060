/**
 * The erasure's intent: who is erased (ID, bank, every form of the name, every address),
 * what was planned before the first effect (files printed for many that go with them, the
 * site materials to make again) and what is done so far (the phases finished and their
 * tally). It is written to a document property before anything is erased and deleted once
 * the erasure is finished and journalled, so that an execution stopped anywhere and run
 * again finishes the job although the bank row no longer holds the name. It holds the
 * person's name only while their erasure is under way. Small (a few KB) whatever the register.
 */
import * as z from 'zod/mini';
import type { PropertiesPort } from '../../gas/ports';

export const INTENT_PROPERTY = 'erasure.intent';

/** Steps of an erasure, in order; `done` counts those finished. */
export const ERASURE_STEPS = ['answers', 'documents', 'sheets', 'bankRow', 'properties', 'printed', 'site', 'journal'] as const;
export type ErasureStep = (typeof ERASURE_STEPS)[number];

const Counts = z.record(z.string(), z.number());

const PrintedFile = z.object({ kind: z.string(), fileId: z.string(), label: z.string() });

/** Documents of one kind for others: how many, and the first few subjects (the intent stays small whatever the school). */
const Others = z.array(z.object({ kind: z.string(), count: z.number(), subjects: z.array(z.string()) }));
export type OthersTally = z.infer<typeof Others>;

/** Subjects listed by name in the report; beyond them, only how many. */
export const LISTED_SUBJECTS = 10;

const Tally = z.object({
  /** Cells rewritten, by sheet. */
  cells: Counts,
  /** Notes rewritten or cleared, by sheet. */
  notes: Counts,
  /** The person's own answer rows cleared, by response sheet. */
  answerRows: Counts,
  /** Answers the forms kept (Form.deleteResponse). */
  answers: z.number(),
  properties: z.number(),
  /** Other IDs of the same person (their name and one of their addresses), erased as theirs. */
  duplicates: z.array(z.string()),
  /** Documents about the person (kind and subject), emptied and trashed. */
  files: z.array(z.string()),
  /** Earlier versions and .docx copies of them, emptied and trashed. */
  versions: z.number(),
  /** Draft orders naming the person, emptied and trashed. */
  drafts: z.array(z.string()),
  /** Signed orders naming the person, kept. */
  signed: z.array(z.string()),
  /** Other people's documents in the files printed for many: made again, or to be made again. */
  remade: Others,
  toRemake: Others,
  /** «Материалы для сайта»: made again without the person, or to be made again. */
  site: z.nullable(z.enum(['remade', 'toRemake', 'erased'])),
});
export type ErasureTally = z.infer<typeof Tally>;

const Intent = z.object({
  id: z.string(),
  bank: z.enum(['mentors', 'mentees']),
  names: z.array(z.string()),
  emails: z.array(z.string()),
  /** Their bank rows by ID: their own and any other with their name and one of their addresses (fixed before any is erased). */
  rows: z.array(z.string()),
  pairIds: z.array(z.string()),
  startedAt: z.number(),
  /** Files printed for many that hold the person's documents and others': made again for the others. */
  printed: z.array(PrintedFile),
  /** Draft orders naming the person (not signed): erased. */
  drafts: z.array(z.object({ id: z.string(), label: z.string() })),
  /** Site materials naming the person: the Docs and .docx copies to erase, and whether the current one is made again. */
  site: z.optional(z.object({ files: z.array(z.string()), copies: z.array(z.string()), remake: z.boolean() })),
  done: z.number(),
  tally: Tally,
});
export type ErasureIntent = z.infer<typeof Intent>;

export function emptyTally(): ErasureTally {
  return {
    cells: {},
    notes: {},
    answerRows: {},
    answers: 0,
    properties: 0,
    duplicates: [],
    files: [],
    versions: 0,
    drafts: [],
    signed: [],
    remade: [],
    toRemake: [],
    site: null,
  };
}

/** The unfinished erasure, if any (one at a time: an erasure finishes before another starts). */
export function loadIntent(props: PropertiesPort): ErasureIntent | null {
  const raw = props.getProperty(INTENT_PROPERTY);
  if (!raw) return null;
  try {
    const parsed = Intent.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveIntent(props: PropertiesPort, intent: ErasureIntent): void {
  props.setProperty(INTENT_PROPERTY, JSON.stringify(intent));
}

export function clearIntent(props: PropertiesPort): void {
  props.deleteProperty(INTENT_PROPERTY);
}

/** Adds subjects of a kind to a tally of others' documents. */
export function addOthers(tally: OthersTally, kind: string, subjects: readonly string[]): void {
  let entry = tally.find((e) => e.kind === kind);
  if (!entry) {
    entry = { kind, count: 0, subjects: [] };
    tally.push(entry);
  }
  entry.count += subjects.length;
  entry.subjects.push(...subjects.slice(0, Math.max(0, LISTED_SUBJECTS - entry.subjects.length)));
}

/** Adds to a count by sheet. */
export function addCount(counts: Record<string, number>, sheet: string, n: number): void {
  if (n) counts[sheet] = (counts[sheet] ?? 0) + n;
}

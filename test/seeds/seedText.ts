/**
 * The own-wording check without the seeds: the real school documents (../shared/seeds) stay
 * outside the repository, so their sentences are kept here only as fingerprints — a hash of
 * each piece's words and its word count. A piece of the seeds is "copied" when our text has
 * the same words in a row. scripts/seed-fingerprints.ts writes fingerprints.json from the
 * seeds; tests read only that file.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Sentences split at their ends, semicolons, line breaks and table cells. */
export const SENTENCE_SPLIT = /(?<=[.!?;])\s+|\n|\t/;
/** Clauses: split at any punctuation too. */
export const CLAUSE_SPLIT = /[.!?;:,()«»"]\s*|\n|\t/;
/** Shorter pieces are common phrases («в соответствии с приказом»), not sentences. */
const MIN_PIECE_CHARS = 40;

/** Lower case, ё→е, markup dropped, spacing and dashes made uniform. */
export function normalise(s: string): string {
  return s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\*\*/g, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a text, normalised: punctuation and spacing never hide a copy. */
export function words(s: string): string[] {
  return normalise(s).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Pieces of a seed: a line that wraps (the next starts in lower case) is joined first, then
 * the text is split; list numbers and end punctuation are dropped; pieces within `facts`
 * (the seed school's name, which documents may well contain) are not the seed's wording.
 */
export function seedPieces(text: string, split: RegExp, facts: readonly string[] = []): string[] {
  const folded = facts.map(normalise);
  return text
    .replace(/<\/?p>|<br\s*\/?>/gi, '\n')
    .replace(/\*\*/g, '')
    .replace(/[ \t]*\n[ \t]*(?=[a-zа-яё«(])/g, ' ')
    .split(split)
    .map((s) =>
      normalise(s)
        .replace(/^[-–—•\d.\s]+/, '')
        .replace(/[.;:,\s]+$/, '')
        .trim(),
    )
    .filter((s) => s.length > MIN_PIECE_CHARS && !folded.some((f) => f.includes(s)));
}

/** A piece's fingerprint: «<word count>:<hash of its words>». */
export type Fingerprint = string;

const hashWords = (list: readonly string[]) => createHash('sha256').update(list.join(' ')).digest('hex').slice(0, 16);

export function fingerprint(piece: string): Fingerprint {
  const list = words(piece);
  return `${list.length}:${hashWords(list)}`;
}

const wordCount = (print: Fingerprint) => Number(print.slice(0, print.indexOf(':')));

/** Fingerprints of the pieces whose words stand in a row in `text`. */
export function copiedPieces(text: string, prints: readonly Fingerprint[]): Fingerprint[] {
  const list = words(text);
  const windows = new Set<Fingerprint>();
  for (const n of new Set(prints.map(wordCount))) {
    for (let i = 0; i + n <= list.length; i++) windows.add(`${n}:${hashWords(list.slice(i, i + n))}`);
  }
  return prints.filter((p) => windows.has(p));
}

/** The requisites of an order, in ГОСТ order, as seed 000 (a real order) has them. */
export const SEED_ORDER_REQUISITES: readonly [string, (line: string) => boolean][] = [
  ['organisation', (l) => l.startsWith('Муниципальное бюджетное общеобразовательное учреждение')],
  ['short name', (l) => /^\(.+\)$/.test(l)],
  ['ПРИКАЗ', (l) => l === 'ПРИКАЗ'],
  ['date', (l) => /\d{2}\.\d{2}\.\d{4}|\b20\d\d\b/.test(l)],
  ['number', (l) => /^№ \S+$/.test(l) || /№ \S+$/.test(l)],
  ['place', (l) => l.startsWith('г. ')],
  ['title', (l) => /^Об? /.test(l)],
  ['basis', (l) => l.startsWith('В соответствии с')],
  ['ПРИКАЗЫВАЮ:', (l) => l === 'ПРИКАЗЫВАЮ:'],
  ['items', (l) => l.startsWith('1. ')],
  ['control', (l) => /^\d+\. Контроль/.test(l)],
  ['signature', (l) => /^Директор(\s|$)/.test(l)],
  ['acknowledgement', (l) => l.startsWith('С приказом ознакомлен')],
];

/** The names of the requisites found one after another in the lines (a missing one is skipped). */
export function requisiteOrder(lines: readonly string[]): string[] {
  const found: string[] = [];
  let from = 0;
  for (const [name, test] of SEED_ORDER_REQUISITES) {
    let at = -1;
    for (let i = from; i < lines.length; i++) {
      if (test(lines[i])) {
        at = i;
        break;
      }
    }
    if (at >= 0) {
      found.push(name);
      // Date and number share a line in our orders: the number may be on the date's line.
      from = name === 'date' ? at : at + 1;
    }
  }
  return found;
}

export interface SeedFingerprints {
  /** Seed files the prints were made from. */
  files: string[];
  sentences: Fingerprint[];
  clauses: Fingerprint[];
  /** Seed 000 (a real order): the names of its requisites in the order it has them. */
  seed000Requisites: string[];
}

/** The committed fingerprints (inside the repository: a fresh clone has no seeds beside it). */
export const SEED_PRINTS: SeedFingerprints = JSON.parse(readFileSync(join(__dirname, 'fingerprints.json'), 'utf8'));

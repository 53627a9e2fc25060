/**
 * Writes test/seeds/fingerprints.json from the real school documents, which live outside
 * the repository: `npx tsx scripts/seed-fingerprints.ts <seeds folder>` (e.g. the steering
 * repository's shared/seeds). Run it when the seeds change; tests read only the JSON.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  CLAUSE_SPLIT,
  type Fingerprint,
  fingerprint,
  requisiteOrder,
  SEED_ORDER_REQUISITES,
  type SeedFingerprints,
  SENTENCE_SPLIT,
  seedPieces,
} from '../test/seeds/seedText';

/** Seed 000's school: its name is a fact a document may contain, not the seed's wording. */
const SEED_000_SCHOOL =
  'Муниципальное бюджетное общеобразовательное учреждение средняя общеобразовательная школа № 8 (МБОУ СОШ № 8)';

const unique = (prints: Fingerprint[]) => [...new Set(prints)].sort();

function main(): void {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: npx tsx scripts/seed-fingerprints.ts <seeds folder>');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no seed documents (*.txt) in ${dir}`);
  const texts = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const facts = [SEED_000_SCHOOL];
  const seed000 = texts[files.findIndex((f) => f.startsWith('000_'))];
  const seed000Lines = seed000
    .split('\n')
    .map((l) => l.replace(/\*\*/g, '').trim())
    .filter(Boolean);
  const out: SeedFingerprints = {
    files,
    sentences: unique(texts.flatMap((t) => seedPieces(t, SENTENCE_SPLIT, facts)).map(fingerprint)),
    clauses: unique(texts.flatMap((t) => seedPieces(t, CLAUSE_SPLIT, facts)).map(fingerprint)),
    seed000Requisites: requisiteOrder(seed000Lines),
  };
  if (out.seed000Requisites.length !== SEED_ORDER_REQUISITES.length) {
    throw new Error(`seed 000 lacks requisites: found only ${out.seed000Requisites.join(', ')}`);
  }
  const target = resolve(__dirname, '../test/seeds/fingerprints.json');
  writeFileSync(target, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`${target}: ${out.sentences.length} sentences, ${out.clauses.length} clauses from ${files.length} seeds`);
}

main();

/**
 * Benchmark of the automatic matching: random registers drawn from the default vocabularies
 * (seeded, so every run sees the same school), mentors' capacities 1–3, 300×300,
 * 1,000×1,000 and 1,000 mentees for 400 mentors (fewer places than mentees). For each: the time of matchAll and its total score, and the same total from
 * an independent exact solver (scipy's linear_sum_assignment on the capacity-expanded
 * matrix, scripts/exact_assignment.py). The totals must be equal.
 *
 *   npx tsx scripts/bench-matching.ts          (also importable: benchMatching())
 *
 * The exact check needs Debian's python3-scipy (`apt-get install -y python3-scipy`); it is
 * run with /usr/bin/python3 because a pyenv python3 may come first on PATH.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_WEIGHTS,
  type Mentee,
  type Mentor,
  type Weights,
  capacityOf,
  evaluate,
  indexPairs,
  matchAll,
  menteeProfile,
  mentorExclusions,
  mentorProfile,
  pairExclusions,
  rankMentors,
} from '../src/domain/matching';
import { vocabularyByKey } from '../src/domain/vocabulary';

export interface MatchingBenchRow {
  /** «300×300»: mentees × mentors. */
  size: string;
  mentees: number;
  mentors: number;
  /** Free places of the mentors who may take mentees. */
  places: number;
  /** Wall time of matchAll (scoring every pair, solving, explaining the proposals). */
  matchMs: number;
  /** Mean time of rankMentors for one mentee against all mentors (the sidebar's list). */
  rankMs: number;
  total: number;
  proposals: number;
  unmatched: number;
  /** Optimal total from scipy, or null when the check was skipped. */
  exactTotal: number | null;
  exactSeconds: number | null;
  verdict: 'equal' | 'DIFFERENT' | 'skipped';
  note: string;
}

/** mulberry32: small, fast, seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Mentors and mentees from different surname pools, so that names never make them the same
// person; namesakes among mentors remain, as in a real school.
const MENTOR_SURNAMES = [
  'Иванова',
  'Петрова',
  'Смирнова',
  'Кузнецова',
  'Соколова',
  'Попова',
  'Лебедева',
  'Козлова',
  'Новикова',
  'Морозова',
  'Волкова',
  'Орлова',
  'Зайцева',
  'Павлова',
  'Семёнова',
  'Голубева',
  'Виноградова',
  'Богданова',
  'Воробьёва',
  'Фёдорова',
];
const MENTEE_SURNAMES = [
  'Михайлова',
  'Беляева',
  'Тарасова',
  'Белова',
  'Комарова',
  'Киселёва',
  'Макарова',
  'Андреева',
  'Ковалёва',
  'Ильина',
  'Гусева',
  'Титова',
  'Кузьмина',
  'Кудрявцева',
  'Баранова',
  'Куликова',
  'Алексеева',
  'Степанова',
  'Яковлева',
  'Сорокина',
];
const NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Ирина', 'Татьяна', 'Светлана', 'Юлия', 'Дарья', 'Ксения', 'Алёна'];
const PATRONYMICS = ['Александровна', 'Сергеевна', 'Ивановна', 'Викторовна', 'Петровна', 'Николаевна', 'Андреевна', 'Юрьевна'];

export interface MatchingInstance {
  mentees: Mentee[];
  mentors: Mentor[];
}

/** A school with profiles drawn from the default vocabularies. */
export function randomRegister(menteeCount: number, mentorCount: number, seed: number): MatchingInstance {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const sample = (xs: readonly string[], k: number) => {
    const pool = [...xs];
    const out: string[] = [];
    while (out.length < k && pool.length > 0) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0]);
    return out;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const v = (key: Parameters<typeof vocabularyByKey>[0]) => vocabularyByKey(key).values;
  const name = (surnames: readonly string[]) => `${pick(surnames)} ${pick(NAMES)} ${pick(PATRONYMICS)}`;

  const mentors: Mentor[] = Array.from({ length: mentorCount }, (_, j) => {
    return {
      id: `НТ-${String(j + 1).padStart(4, '0')}`,
      fullName: name(MENTOR_SURNAMES),
      subject: pick(v('subjects')),
      level: pick(v('levels')),
      experience: int(3, 40),
      qualification: pick(v('qualificationCategories')),
      competences: sample(v('competences'), int(2, 5)),
      preferredForm: pick(v('forms')),
      preferredKind: pick(v('kinds')),
      maxMentees: int(1, 3),
      // Some candidates, so the hard rules are part of the run.
      status: rnd() < 0.9 ? 'активен' : 'кандидат',
    };
  });
  const mentees: Mentee[] = Array.from({ length: menteeCount }, (_, i) => {
    // One in ten names a mentor, in the questionnaire's «Фамилия И. О.» style.
    const wished =
      rnd() < 0.1 && mentors.length > 0 ? pick(mentors).fullName.replace(/^(\S+) (\S)\S* (\S)\S*$/, '$1 $2. $3.') : undefined;
    return {
      id: `НЯ-${String(i + 1).padStart(4, '0')}`,
      fullName: name(MENTEE_SURNAMES),
      subject: pick(v('subjects')),
      level: pick(v('levels')),
      experience: int(0, 5),
      menteeCategory: pick(v('menteeCategories')),
      requests: sample(v('competences'), int(1, 3)),
      wishedMentor: wished,
      preferredForm: pick(v('forms')),
      preferredKind: pick(v('kinds')),
      status: 'ожидает пару',
    };
  });
  return { mentees, mentors };
}

/** A python3 that has scipy: Debian's first, then whatever PATH gives. */
function python(candidates: readonly string[] = ['/usr/bin/python3', 'python3']): string | null {
  for (const exe of candidates) {
    if (exe.startsWith('/') && !existsSync(exe)) continue;
    const probe = spawnSync(exe, ['-c', 'import scipy'], { encoding: 'utf8' });
    if (probe.status === 0) return exe;
  }
  return null;
}

/**
 * The matrix the exact solver gets, built from the public rules and scores (not from
 * matchAll's internals): allowed pairs carry their score, the rest 0 (the same as leaving
 * the mentee unmatched); slots are each mentor's free places, 0 for an excluded mentor.
 */
function exactInput(inst: MatchingInstance, weights: Weights) {
  const index = indexPairs([]);
  const mentors = inst.mentors.map((m) => ({ p: mentorProfile(m), capacity: capacityOf(m), rules: mentorExclusions(m) }));
  const scores = new Array<number>(inst.mentees.length * mentors.length);
  let k = 0;
  for (const mentee of inst.mentees) {
    const e = menteeProfile(mentee);
    for (const m of mentors) {
      const excluded = pairExclusions(m.p, e, index, m.capacity, m.rules).length > 0;
      const s = excluded ? 0 : evaluate(m.p, e, weights, null);
      scores[k++] = Math.max(s, 0);
    }
  }
  const slots = mentors.map((m) => (m.rules.length > 0 ? 0 : m.capacity));
  return { rows: inst.mentees.length, cols: mentors.length, scores, slots };
}

export interface MatchingBenchSize {
  mentees: number;
  mentors: number;
}

/**
 * The sizes the issue asks for, and one with fewer places than mentees, where mentees
 * compete for mentors and a greedy choice would lose score.
 */
export const MATCHING_BENCH_SIZES: readonly MatchingBenchSize[] = [
  { mentees: 300, mentors: 300 },
  { mentees: 1000, mentors: 1000 },
  { mentees: 1000, mentors: 400 },
];

export function benchMatching(
  options: {
    sizes?: readonly MatchingBenchSize[];
    seed?: number;
    weights?: Weights;
    /** Interpreter for the exact check (must have scipy); null skips the check. */
    python?: string | null;
  } = {},
): MatchingBenchRow[] {
  const sizes = options.sizes ?? MATCHING_BENCH_SIZES;
  const weights = options.weights ?? DEFAULT_WEIGHTS;
  const exe = options.python === null ? null : python(options.python ? [options.python] : undefined);
  const script = join(__dirname, 'exact_assignment.py');
  const rows: MatchingBenchRow[] = [];
  for (const size of sizes) {
    const inst = randomRegister(size.mentees, size.mentors, (options.seed ?? 2026) + size.mentees * 7 + size.mentors);

    let started = process.hrtime.bigint();
    const result = matchAll(inst.mentees, inst.mentors, [], weights);
    const matchMs = Number(process.hrtime.bigint() - started) / 1e6;

    const sampleSize = Math.min(50, inst.mentees.length);
    started = process.hrtime.bigint();
    for (let i = 0; i < sampleSize; i++) rankMentors(inst.mentees[i], inst.mentors, [], weights);
    const rankMs = Number(process.hrtime.bigint() - started) / 1e6 / Math.max(sampleSize, 1);

    const input = exactInput(inst, weights);
    const places = input.slots.reduce((s, x) => s + x, 0);
    const row: MatchingBenchRow = {
      size: `${size.mentees}×${size.mentors}`,
      mentees: inst.mentees.length,
      mentors: inst.mentors.length,
      places,
      matchMs,
      rankMs,
      total: result.totalScore,
      proposals: result.proposals.length,
      unmatched: result.unmatched.length,
      exactTotal: null,
      exactSeconds: null,
      verdict: 'skipped',
      note: '',
    };
    if (exe === null) {
      row.note =
        'exact check skipped: no python3 with scipy (tried /usr/bin/python3, python3); enable it with: apt-get install -y python3-scipy';
    } else {
      const run = spawnSync(exe, [script], { input: JSON.stringify(input), encoding: 'utf8', maxBuffer: 1 << 26 });
      if (run.status !== 0) {
        row.note = `exact check failed: ${(run.stderr || run.error?.message || '').trim().split('\n').pop()}`;
      } else {
        const out = JSON.parse(run.stdout) as { total: number; seconds: number };
        row.exactTotal = out.total;
        row.exactSeconds = out.seconds;
        row.verdict = Math.abs(out.total - result.totalScore) < 1e-6 ? 'equal' : 'DIFFERENT';
        row.note = `scipy.optimize.linear_sum_assignment via ${exe}`;
      }
    }
    rows.push(row);
  }
  return rows;
}

export function printMatchingBench(rows: readonly MatchingBenchRow[]): void {
  console.log(
    '| matching | places | matchAll ms | rank one mentee ms | total score | proposed | unmatched | exact total | exact s | check |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rows) {
    console.log(
      `| ${r.size} | ${r.places} | ${r.matchMs.toFixed(0)} | ${r.rankMs.toFixed(2)} | ${r.total} | ${r.proposals} | ${r.unmatched} | ` +
        `${r.exactTotal ?? '—'} | ${r.exactSeconds === null ? '—' : r.exactSeconds.toFixed(2)} | ${r.verdict} |`,
    );
  }
  for (const note of new Set(rows.map((r) => r.note).filter(Boolean))) console.log(note);
}

if (require.main === module) {
  const rows = benchMatching();
  printMatchingBench(rows);
  if (rows.some((r) => r.verdict === 'DIFFERENT')) process.exitCode = 1;
}

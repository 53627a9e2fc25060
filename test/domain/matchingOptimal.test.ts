/**
 * The automatic matching is exact: on hundreds of small random registers its total equals
 * an exhaustive search written here from the rules themselves, and it keeps every rule.
 */
import {
  DEFAULT_WEIGHTS,
  type ExistingPair,
  type FixedPair,
  type Mentee,
  type Mentor,
  type Weights,
  matchAll,
  maxWeightAssignment,
  scorePair,
} from '../../src/domain/matching';

/** mulberry32: a small seeded PRNG, so every failure can be replayed. */
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

type Rand = ReturnType<typeof prng>;
const int = (rnd: Rand, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = <T>(rnd: Rand, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
const some = <T>(rnd: Rand, xs: readonly T[], p: number): T[] => xs.filter(() => rnd() < p);

const REQUESTS = ['ИКТ', 'Работа с родителями', 'Классное руководство', 'Дети с ОВЗ'];
const SUBJECTS = ['Математика', 'Физика', 'Химия', ''];
const LEVELS = ['основное общее', 'среднее общее', ''];
const QUALIFICATIONS = ['высшая', 'первая', 'без категории', '', 'педагог-методист'];
const FORMS = ['педагог – педагог', 'студент – студент', ''];
const KINDS = ['традиционное', 'групповое', ''];
const SURNAMES = ['Петрова', 'Иванова', 'Смирнова', 'Кузнецова', 'Попова', 'Соколова', 'Орлова'];
const NAMES = ['Анна', 'Ирина', 'Ольга', 'Елена'];
const PAIR_STATUSES = ['проект', 'закреплена', 'активна', 'завершена', 'прекращена', ''];

interface Instance {
  mentors: Mentor[];
  mentees: Mentee[];
  pairs: ExistingPair[];
  fixed: FixedPair[];
  weights: Weights;
  defaultMax: number;
}

function randomInstance(seed: number): Instance {
  const rnd = prng(seed);
  const person = () => `${pick(rnd, SURNAMES)} ${pick(rnd, NAMES)} ${pick(rnd, ['Ивановна', 'Петровна'])}`;
  const mentors: Mentor[] = Array.from({ length: rnd() < 0.05 ? 0 : int(rnd, 1, 4) }, (_, j) => ({
    id: `НТ-${j + 1}`,
    fullName: person(),
    email: rnd() < 0.3 ? `t${j}@s.ru` : undefined,
    subject: pick(rnd, SUBJECTS),
    level: pick(rnd, LEVELS),
    experience: rnd() < 0.8 ? int(rnd, 0, 25) : undefined,
    qualification: pick(rnd, QUALIFICATIONS),
    competences: some(rnd, REQUESTS, 0.4),
    preferredForm: pick(rnd, FORMS),
    preferredKind: pick(rnd, KINDS),
    maxMentees: rnd() < 0.7 ? int(rnd, 0, 2) : undefined,
    status: rnd() < 0.8 ? 'активен' : pick(rnd, ['кандидат', 'выбыл', '', 'Активен ']),
    consentData: rnd() < 0.9 ? new Date(2025, 8, 1) : null,
    consentWithdrawn: rnd() < 0.1 ? new Date(2025, 9, 1) : null,
  }));
  const mentees: Mentee[] = Array.from({ length: rnd() < 0.05 ? 0 : int(rnd, 1, 6) }, (_, i) => {
    const twin = mentors.length > 0 && rnd() < 0.1 ? pick(rnd, mentors) : null;
    const wished = mentors.length > 0 && rnd() < 0.3 ? pick(rnd, mentors) : null;
    return {
      id: rnd() < 0.05 && mentors.length > 0 ? mentors[0].id : `НЯ-${i + 1}`,
      fullName: twin && rnd() < 0.5 ? twin.fullName : person(),
      email: twin?.email ?? (rnd() < 0.3 ? `m${i}@s.ru` : undefined),
      subject: pick(rnd, SUBJECTS),
      level: pick(rnd, LEVELS),
      experience: rnd() < 0.8 ? int(rnd, 0, 10) : undefined,
      requests: some(rnd, REQUESTS, 0.35),
      wishedMentor: wished ? wished.fullName.replace(/ (\S)\S+ (\S)\S+$/, ' $1. $2.') : undefined,
      preferredForm: pick(rnd, FORMS),
      preferredKind: pick(rnd, KINDS),
      status: rnd() < 0.8 ? 'ожидает пару' : pick(rnd, ['', 'в паре', 'выбыл', 'завершил программу']),
    };
  });
  const menteeIds = [...mentees.map((m) => m.id), 'НЯ-90', 'НЯ-91'];
  const pairs: ExistingPair[] =
    mentors.length === 0
      ? []
      : Array.from({ length: int(rnd, 0, 3) }, (_, k) => ({
          id: `П-${k + 1}`,
          mentorId: pick(rnd, mentors).id,
          menteeIds: some(rnd, menteeIds, 0.25),
          status: pick(rnd, PAIR_STATUSES),
        }));
  const fixed: FixedPair[] =
    mentors.length === 0 || mentees.length === 0
      ? []
      : Array.from({ length: int(rnd, 0, 2) }, () => ({ mentorId: pick(rnd, mentors).id, menteeId: pick(rnd, mentees).id }));
  const weights: Weights =
    rnd() < 0.5
      ? { ...DEFAULT_WEIGHTS }
      : {
          requests: int(rnd, 0, 5),
          subject: int(rnd, 0, 5),
          level: int(rnd, 0, 5),
          experience: int(rnd, 0, 5),
          category: int(rnd, 0, 5),
          mutual: int(rnd, 0, 5),
          formKind: int(rnd, 0, 5),
        };
  return { mentors, mentees, pairs, fixed, weights, defaultMax: int(rnd, 1, 2) };
}

const lc = (s: unknown) =>
  String(s ?? '')
    .trim()
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/\s+/g, ' ');

/** The rules, restated plainly; then every assignment is tried. */
function bruteForce(inst: Instance) {
  const ongoing = inst.pairs.filter((p) => !['завершена', 'прекращена'].includes(lc(p.status)));
  const load = new Map<string, number>();
  const paired = new Set<string>();
  for (const p of ongoing) {
    const members = new Set(p.menteeIds);
    load.set(p.mentorId, (load.get(p.mentorId) ?? 0) + members.size);
    members.forEach((id) => paired.add(id));
  }
  const together = (mentorId: string, menteeId: string) =>
    ongoing.some((p) => p.mentorId === mentorId && p.menteeIds.includes(menteeId));
  const fixedMentees = new Set<string>();
  const fixedLoad = new Map<string, number>();
  const seen = new Set<string>();
  for (const f of inst.fixed) {
    const key = `${f.mentorId}|${f.menteeId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    fixedMentees.add(f.menteeId);
    if (!together(f.mentorId, f.menteeId)) fixedLoad.set(f.mentorId, (fixedLoad.get(f.mentorId) ?? 0) + 1);
  }
  const uniqueMentees = inst.mentees.filter((m, i) => inst.mentees.findIndex((x) => x.id === m.id) === i);
  const waiting = uniqueMentees.filter(
    (m) => !paired.has(m.id) && !fixedMentees.has(m.id) && !['выбыл', 'завершил программу'].includes(lc(m.status)),
  );
  const slots = inst.mentors.map((m) =>
    Math.max(0, (m.maxMentees ?? inst.defaultMax) - (load.get(m.id) ?? 0) - (fixedLoad.get(m.id) ?? 0)),
  );
  const allowed = (m: Mentor, e: Mentee) =>
    lc(m.status) === 'активен' &&
    !(m.consentWithdrawn && !(m.consentData && m.consentData > m.consentWithdrawn)) &&
    m.id !== e.id &&
    !(m.email && lc(m.email) === lc(e.email)) &&
    lc(m.fullName) !== lc(e.fullName);
  const gain = waiting.map((e) => inst.mentors.map((m) => (allowed(m, e) ? scorePair(m, e, inst.weights).score : 0)));
  let best = 0;
  const left = [...slots];
  const dfs = (i: number, total: number) => {
    if (i === waiting.length) {
      best = Math.max(best, total);
      return;
    }
    dfs(i + 1, total);
    for (let j = 0; j < inst.mentors.length; j++) {
      if (left[j] > 0 && gain[i][j] > 0) {
        left[j]--;
        dfs(i + 1, total + gain[i][j]);
        left[j]++;
      }
    }
  };
  dfs(0, 0);
  // Greedy (best pair first), only to show that these instances need more than greed.
  let greedy = 0;
  const free = [...slots];
  const taken = new Set<number>();
  const order = gain.flatMap((row, i) => row.map((g, j) => [g, i, j])).sort((a, b) => b[0] - a[0]);
  for (const [g, i, j] of order) {
    if (g > 0 && free[j] > 0 && !taken.has(i)) {
      free[j]--;
      taken.add(i);
      greedy += g;
    }
  }
  return { best, greedy, waiting, slots, gain };
}

describe('matchAll equals the exhaustive optimum', () => {
  test('on 800 random small registers, keeping every rule', () => {
    let matchedSomething = 0;
    let leftSomeone = 0;
    let greedWouldFail = 0;
    for (let seed = 1; seed <= 800; seed++) {
      const inst = randomInstance(seed);
      const result = matchAll(inst.mentees, inst.mentors, inst.pairs, inst.weights, inst.fixed, {
        defaultMaxMentees: inst.defaultMax,
      });
      const { best, greedy, waiting, slots, gain } = bruteForce(inst);
      if (greedy < best) greedWouldFail++;
      const context = `seed ${seed}`;
      expect([context, result.totalScore]).toEqual([context, best]);

      const perMentor = new Map<string, number>();
      const waitingIds = waiting.map((m) => m.id);
      for (const p of result.proposals) {
        const i = waitingIds.indexOf(p.menteeId);
        const j = inst.mentors.findIndex((m) => m.id === p.mentorId);
        expect([context, i >= 0, j >= 0]).toEqual([context, true, true]);
        // Never a hard-rule exclusion nor a zero score: the plain restatement agrees.
        expect(gain[i][j]).toBe(p.score);
        expect(p.score).toBeGreaterThan(0);
        const reasons = p.reasons.filter((r) => r.code !== 'load');
        expect(reasons.reduce((s, r) => s + r.points, 0)).toBe(p.score);
        perMentor.set(p.mentorId, (perMentor.get(p.mentorId) ?? 0) + 1);
      }
      for (const [id, n] of perMentor) {
        expect(n).toBeLessThanOrEqual(slots[inst.mentors.findIndex((m) => m.id === id)]);
      }
      expect(result.proposals.reduce((s, p) => s + p.score, 0)).toBe(result.totalScore);
      // Each waiting mentee is either proposed once or listed as unmatched with a reason.
      const covered = [...result.proposals.map((p) => p.menteeId), ...result.unmatched.map((u) => u.menteeId)].sort();
      expect([context, covered]).toEqual([context, [...waitingIds].sort()]);
      for (const u of result.unmatched) expect(u.reason.length).toBeGreaterThan(0);
      // Fixed pairs are never re-proposed.
      for (const f of inst.fixed) expect(result.proposals.some((p) => p.menteeId === f.menteeId)).toBe(false);
      if (result.proposals.length > 0) matchedSomething++;
      if (result.unmatched.length > 0) leftSomeone++;
    }
    // The generator exercises both outcomes often.
    expect(matchedSomething).toBeGreaterThan(250);
    expect(leftSomeone).toBeGreaterThan(200);
    expect(greedWouldFail).toBeGreaterThan(10);
  });

  test('the result does not depend on the order of the input', () => {
    for (let seed = 1000; seed < 1100; seed++) {
      const inst = randomInstance(seed);
      // Duplicate IDs keep the first record, which does depend on order: leave them out here.
      inst.mentees = inst.mentees.filter((m, i) => inst.mentees.findIndex((x) => x.id === m.id) === i);
      const run = (mentees: Mentee[], mentors: Mentor[]) =>
        matchAll(mentees, mentors, inst.pairs, inst.weights, inst.fixed, { defaultMaxMentees: inst.defaultMax });
      expect(run([...inst.mentees].reverse(), [...inst.mentors].reverse())).toEqual(run(inst.mentees, inst.mentors));
    }
  });
});

describe('maxWeightAssignment (the solver alone)', () => {
  function solveBrute(rows: number, capacity: number[], w: (number | null)[][]): number {
    let best = 0;
    const left = [...capacity];
    const dfs = (i: number, total: number) => {
      if (i === rows) {
        best = Math.max(best, total);
        return;
      }
      dfs(i + 1, total);
      for (let j = 0; j < capacity.length; j++) {
        const x = w[i][j];
        if (x !== null && left[j] > 0) {
          left[j]--;
          dfs(i + 1, total + x);
          left[j]++;
        }
      }
    };
    dfs(0, 0);
    return best;
  }

  function problem(rows: number, capacity: number[], w: (number | null)[][]) {
    const start = new Int32Array(rows + 1);
    const col: number[] = [];
    const weight: number[] = [];
    for (let i = 0; i < rows; i++) {
      start[i] = col.length;
      w[i].forEach((x, j) => {
        if (x !== null) {
          col.push(j);
          weight.push(x);
        }
      });
    }
    start[rows] = col.length;
    return {
      rows,
      cols: capacity.length,
      capacity: Int32Array.from(capacity),
      start,
      col: Int32Array.from(col),
      weight: Float64Array.from(weight),
    };
  }

  function check(p: ReturnType<typeof problem>, chosen: Int32Array): number {
    const used = new Array<number>(p.cols).fill(0);
    let total = 0;
    for (let i = 0; i < p.rows; i++) {
      const e = chosen[i];
      if (e < 0) continue;
      expect(e >= p.start[i] && e < p.start[i + 1]).toBe(true);
      expect(p.weight[e]).toBeGreaterThan(0);
      used[p.col[e]]++;
      total += p.weight[e];
    }
    used.forEach((u, j) => expect(u).toBeLessThanOrEqual(p.capacity[j]));
    return total;
  }

  test('equals brute force on 1,500 random sparse problems with ties, zeros and negative weights', () => {
    for (let seed = 1; seed <= 1500; seed++) {
      const rnd = prng(seed * 7919);
      const rows = int(rnd, 0, 7);
      const capacity = Array.from({ length: int(rnd, 0, 4) }, () => int(rnd, 0, 3));
      const w = Array.from({ length: rows }, () => capacity.map(() => (rnd() < 0.6 ? int(rnd, -2, 6) : null)));
      const p = problem(rows, capacity, w);
      const total = check(p, maxWeightAssignment(p));
      expect([seed, total]).toEqual([seed, solveBrute(rows, capacity, w)]);
    }
  });

  test('fractional weights too', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rnd = prng(seed * 104729);
      const rows = int(rnd, 1, 6);
      const capacity = Array.from({ length: int(rnd, 1, 4) }, () => int(rnd, 0, 2));
      const w = Array.from({ length: rows }, () => capacity.map(() => (rnd() < 0.7 ? Math.round(rnd() * 1000) / 100 : null)));
      const p = problem(rows, capacity, w);
      expect(check(p, maxWeightAssignment(p))).toBeCloseTo(solveBrute(rows, capacity, w), 9);
    }
  });

  test('no improving cycle remains on larger problems (optimality certificate by Bellman-Ford)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const rnd = prng(seed * 31337);
      const rows = int(rnd, 20, 60);
      const capacity = Array.from({ length: int(rnd, 5, 25) }, () => int(rnd, 0, 3));
      const w = Array.from({ length: rows }, () => capacity.map(() => (rnd() < 0.5 ? int(rnd, 1, 40) : null)));
      const p = problem(rows, capacity, w);
      const chosen = maxWeightAssignment(p);
      check(p, chosen);
      // Residual graph of "every row sends one unit to T, through a column or alone":
      // the assignment is optimal exactly when it has no negative cycle.
      const R = rows;
      const C = capacity.length;
      const T = R + C;
      const edges: [number, number, number][] = [];
      const used = new Array<number>(C).fill(0);
      for (let i = 0; i < R; i++) if (chosen[i] >= 0) used[p.col[chosen[i]]]++;
      for (let i = 0; i < R; i++) {
        for (let e = p.start[i]; e < p.start[i + 1]; e++) {
          const j = p.col[e];
          if (chosen[i] === e) edges.push([R + j, i, p.weight[e]]);
          else if (capacity[j] > 0) edges.push([i, R + j, -p.weight[e]]);
        }
        if (chosen[i] >= 0) edges.push([i, T, 0]);
        else edges.push([T, i, 0]);
      }
      for (let j = 0; j < C; j++) {
        if (used[j] < capacity[j]) edges.push([R + j, T, 0]);
        if (used[j] > 0) edges.push([T, R + j, 0]);
      }
      const d = new Array<number>(T + 1).fill(0);
      let changed = true;
      for (let round = 0; round <= T + 1 && changed; round++) {
        changed = false;
        for (const [u, v, c] of edges) {
          if (d[u] + c < d[v]) {
            d[v] = d[u] + c;
            changed = true;
          }
        }
      }
      expect([seed, changed]).toEqual([seed, false]);
    }
  });
});

describe('unmatched mentees say why', () => {
  const active = (id: string, fullName: string, extra: Partial<Mentor> = {}): Mentor => ({
    id,
    fullName,
    competences: ['ИКТ'],
    subject: 'Математика',
    status: 'активен',
    maxMentees: 1,
    ...extra,
  });
  const waiting = (id: string, fullName: string, extra: Partial<Mentee> = {}): Mentee => ({
    id,
    fullName,
    requests: ['ИКТ'],
    subject: 'Математика',
    status: 'ожидает пару',
    ...extra,
  });
  const reasonOf = (r: ReturnType<typeof matchAll>, id: string) => r.unmatched.find((u) => u.menteeId === id)?.reason;

  test('no mentor may be assigned at all', () => {
    const r = matchAll(
      [waiting('НЯ-1', 'Орлова Яна')],
      [active('НТ-1', 'Петрова Анна', { status: 'кандидат' })],
      [],
      DEFAULT_WEIGHTS,
    );
    expect(reasonOf(r, 'НЯ-1')).toBe('нет активных наставников, которых можно назначить');
  });

  test('nothing in common, or nothing in the mentee’s profile: a zero score is never proposed', () => {
    const mentors = [active('НТ-1', 'Петрова Анна', { competences: ['Работа с родителями'], subject: 'Химия' })];
    const r = matchAll(
      [waiting('НЯ-1', 'Орлова Яна'), waiting('НЯ-2', 'Попова Ия', { requests: [], subject: '' })],
      mentors,
      [],
      DEFAULT_WEIGHTS,
    );
    expect(r.proposals).toEqual([]);
    expect(reasonOf(r, 'НЯ-1')).toBe('нет наставника с общими запросами, предметом или уровнем');
    expect(reasonOf(r, 'НЯ-2')).toBe(
      'в профиле наставляемого не указаны запросы, предмет и уровень: подобрать наставника не по чему',
    );
  });

  test('the suitable mentors are full: none free at all, or only unsuitable ones free', () => {
    const pairs: ExistingPair[] = [{ id: 'П-1', mentorId: 'НТ-1', menteeIds: ['НЯ-9'], status: 'активна' }];
    const full = matchAll([waiting('НЯ-1', 'Орлова Яна')], [active('НТ-1', 'Петрова Анна')], pairs, DEFAULT_WEIGHTS);
    expect(reasonOf(full, 'НЯ-1')).toBe('нет наставника со свободным местом');
    const other = active('НТ-2', 'Смирнова Ольга', { competences: [], subject: 'Химия' });
    const busy = matchAll([waiting('НЯ-1', 'Орлова Яна')], [active('НТ-1', 'Петрова Анна'), other], pairs, DEFAULT_WEIGHTS);
    expect(reasonOf(busy, 'НЯ-1')).toBe('все подходящие наставники заняты');
  });

  test('the only free place went to a better-fitting mentee in this run', () => {
    const r = matchAll(
      [waiting('НЯ-1', 'Орлова Яна'), waiting('НЯ-2', 'Попова Ия', { wishedMentor: 'Петрова А.' })],
      [active('НТ-1', 'Петрова Анна')],
      [],
      DEFAULT_WEIGHTS,
    );
    expect(r.proposals.map((p) => [p.menteeId, p.mentorId, p.score])).toEqual([['НЯ-2', 'НТ-1', 65]]);
    expect(r.proposals[0].reasons.at(-1)?.text).toBe('нагрузка с учётом подбора: 1 из 1');
    expect(reasonOf(r, 'НЯ-1')).toBe('свободные места у подходящих наставников отданы в этом подборе другим наставляемым');
  });
});

describe('fixed pairs', () => {
  const mentors: Mentor[] = [
    { id: 'НТ-1', fullName: 'Петрова Анна', competences: ['ИКТ'], status: 'активен', maxMentees: 2 },
    { id: 'НТ-2', fullName: 'Смирнова Ольга', competences: ['ИКТ'], status: 'активен', maxMentees: 1 },
  ];
  const mentees: Mentee[] = ['НЯ-1', 'НЯ-2', 'НЯ-3', 'НЯ-4'].map((id, k) => ({
    id,
    fullName: `Наставляемая ${k + 1}`,
    requests: ['ИКТ'],
  }));

  test('are kept as chosen, take their places first, and are not proposed again', () => {
    const pairs: ExistingPair[] = [{ id: 'П-1', mentorId: 'НТ-1', menteeIds: ['НЯ-7'], status: 'закреплена' }];
    // The curator gives НЯ-4 to НТ-2 (full now) and НЯ-3 to НТ-1 (1 + 1 = 2 of 2: full too).
    const fixed = [
      { mentorId: 'НТ-2', menteeId: 'НЯ-4' },
      { mentorId: 'НТ-1', menteeId: 'НЯ-3' },
      { mentorId: 'НТ-1', menteeId: 'НЯ-3' },
    ];
    const r = matchAll(mentees, mentors, pairs, DEFAULT_WEIGHTS, fixed);
    expect(r.fixed.map((f) => [f.mentorId, f.menteeId, f.score])).toEqual([
      ['НТ-2', 'НЯ-4', 15],
      ['НТ-1', 'НЯ-3', 15],
    ]);
    expect(r.proposals).toEqual([]);
    expect(r.unmatched.map((u) => [u.menteeId, u.reason])).toEqual([
      ['НЯ-1', 'нет наставника со свободным местом'],
      ['НЯ-2', 'нет наставника со свободным местом'],
    ]);
  });

  test('a fixed pair that is already in «Пары» is not counted twice', () => {
    const pairs: ExistingPair[] = [{ id: 'П-1', mentorId: 'НТ-2', menteeIds: ['НЯ-4'], status: 'проект' }];
    const r = matchAll(mentees, mentors, pairs, DEFAULT_WEIGHTS, [{ mentorId: 'НТ-2', menteeId: 'НЯ-4' }]);
    expect(r.fixed).toEqual([]);
    expect(r.proposals.map((p) => p.mentorId)).toEqual(['НТ-1', 'НТ-1']);
  });
});

describe('speed', () => {
  test('400 × 400 with capacities 1–3 in well under the test timeout', () => {
    const rnd = prng(42);
    const mentors: Mentor[] = Array.from({ length: 400 }, (_, j) => ({
      id: `НТ-${String(j).padStart(4, '0')}`,
      fullName: `Наставник ${j}`,
      competences: some(rnd, REQUESTS, 0.5),
      subject: pick(rnd, SUBJECTS),
      qualification: pick(rnd, QUALIFICATIONS),
      experience: int(rnd, 0, 30),
      maxMentees: int(rnd, 1, 3),
      status: 'активен',
    }));
    const mentees: Mentee[] = Array.from({ length: 400 }, (_, i) => ({
      id: `НЯ-${String(i).padStart(4, '0')}`,
      fullName: `Наставляемый ${i}`,
      requests: some(rnd, REQUESTS, 0.5),
      subject: pick(rnd, SUBJECTS),
      experience: int(rnd, 0, 5),
    }));
    const started = Date.now();
    const r = matchAll(mentees, mentors, [], DEFAULT_WEIGHTS);
    expect(Date.now() - started).toBeLessThan(10000);
    expect(r.proposals.length + r.unmatched.length).toBe(400);
  });
});

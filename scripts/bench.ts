/**
 * `npm run bench`: one report, in Markdown (BENCHMARKS.md holds the latest):
 *  1. service calls of every user action on registers of 50 and 5,000 people (must be equal),
 *     and per document of every kind (see bench-documents.ts);
 *  2. wall time of the domain work (monitoring, matching ranking, bank sync) at 5,000 and 30,000 people;
 *  3. automatic matching 300×300 and 1,000×1,000 against scipy's exact solver;
 *  4. the bundle: size, and the vm cold start as a ratio to an empty bundle.
 * Times are from one run on a noisy machine: read them as orders of magnitude and ratios.
 */
process.env.TZ = 'Europe/Moscow';

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_BUILD_DIR, Emulator } from '../emulator';
import { monitoringSummary } from '../src/domain/monitoring';
import { planBankSync } from '../src/domain/bankSync';
import { DEFAULT_WEIGHTS, rankMentors } from '../src/domain/matching';
import { ACTIONS, measureActions, totalCalls } from './actionBudgets';
import { documentsTable } from './bench-documents';
import { menteeFormAnswers, registerWithAnswers, registerWithRows } from './registerFixture';
import { benchMatching, printMatchingBench, randomRegister } from './bench-matching';

function time<T>(run: () => T): { ms: number; value: T } {
  const started = process.hrtime.bigint();
  const value = run();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, value };
}

function actionsTable(): void {
  const small = measureActions(50);
  const large = measureActions(5000);
  console.log('## Service calls of every user action\n');
  console.log('| action | 50 people | 5,000 people | getValues | setValues + appendRow | equal |');
  console.log('|---|---:|---:|---:|---:|---|');
  for (const { name } of ACTIONS) {
    const a = small.get(name)!;
    const b = large.get(name)!;
    const same = JSON.stringify(a) === JSON.stringify(b);
    const writes = (a['Range.setValues'] ?? 0) + (a['Sheet.appendRow'] ?? 0);
    console.log(
      `| ${name} | ${totalCalls(a)} | ${totalCalls(b)} | ${a['Range.getValues'] ?? 0} | ${writes} | ${same ? 'yes' : '**NO**'} |`,
    );
  }
}

/** A school of `people` mentees and a third as many mentors, half the mentees paired. */
function school(people: number, seed: number) {
  const r = randomRegister(people, Math.ceil(people / 3), seed);
  const pairs = r.mentees.slice(0, Math.floor(people / 2)).map((m, i) => ({
    id: `П-${i + 1}`,
    mentorId: r.mentors[i % r.mentors.length].id,
    menteeIds: [m.id],
    status: i % 5 === 0 ? 'завершена' : 'активна',
    startDate: new Date(2026, 8, 15),
    plannedEnd: new Date(2027, 4, 31),
  }));
  return { ...r, pairs };
}

/** Domain work alone (no service calls): what grows with the register is CPU time. */
function domainTable(): void {
  console.log('\n## Domain work (pure TypeScript, no service calls)\n');
  console.log('| work | 5,000 people | 30,000 people |');
  console.log('|---|---:|---:|');
  // Each row: build the input (not timed), then the timed work.
  const rows: [string, (n: number) => () => unknown][] = [
    [
      'monitoring indicators and municipal report',
      (n) => {
        const r = school(n, 5);
        return () => monitoringSummary({ mentors: r.mentors, mentees: r.mentees, pairs: r.pairs, today: new Date(2027, 0, 15) });
      },
    ],
    [
      'ranked mentors for one mentee',
      (n) => {
        const r = school(n, 6);
        return () => rankMentors(r.mentees[n - 1], r.mentors, r.pairs, DEFAULT_WEIGHTS);
      },
    ],
    [
      'bank sync plan (answers → bank)',
      (n) => {
        const responses = Array.from({ length: n }, (_, i) => ({
          row: i + 2,
          answers: { fullName: `Учитель ${i}`, email: `t${i}@s.ru`, experience: String(i % 30) },
        }));
        const bank = responses.map((r, i) => ({
          row: i + 2,
          cells: { id: `НЯ-${i}`, fullName: r.answers.fullName, email: r.answers.email, experience: i % 30 },
        }));
        return () => planBankSync('mentee', responses, bank, { checkboxChoices: {}, listSeparator: '; ' });
      },
    ],
  ];
  for (const [name, prepare] of rows) {
    const small = prepare(5000);
    const large = prepare(30000);
    console.log(`| ${name} | ${time(small).ms.toFixed(0)} ms | ${time(large).ms.toFixed(0)} ms |`);
  }
}

/** One more answer (the trigger) and a full re-sync, with banks of 10 and 5,000 answered questionnaires. */
function answersTable(): void {
  console.log('\n## Questionnaire answers with 10 and 5,000 in the bank\n');
  console.log('| action | answers | service calls | getValues | wall ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const people of [10, 5000]) {
    const { emu, menteeFormId } = registerWithAnswers(people);
    const rows: [string, () => void][] = [
      [
        'one submission (form-submit trigger)',
        () => emu.submitForm(menteeFormId, menteeFormAnswers(people), { email: 'new.teacher@school.example' }),
      ],
      [
        'full re-sync from the menu',
        () => {
          emu.state.ui.script.push({ button: 'OK' });
          emu.call('runSyncBanks');
        },
      ],
    ];
    for (const [name, run] of rows) {
      emu.resetCounts();
      const { ms } = time(run);
      console.log(`| ${name} | ${people} | ${emu.totalCalls()} | ${emu.counts()['Range.getValues'] ?? 0} | ${ms.toFixed(0)} |`);
    }
  }
}

/** «Обновить мониторинг» on 50 and on 30,000 people: the same calls, and the time it takes. */
function monitoringTable(): void {
  console.log('\n## Monitoring at 50 and 30,000 people\n');
  console.log('| people | service calls | getValues | wall ms |');
  console.log('|---:|---:|---:|---:|');
  for (const people of [50, 30000]) {
    const emu = registerWithRows(people);
    const run = () => {
      emu.state.ui.script.push({ button: 'OK' });
      emu.call('runUpdateMonitoring');
    };
    run(); // the charts are made once; the measured run updates them
    emu.resetCounts();
    const { ms } = time(run);
    console.log(`| ${people} | ${emu.totalCalls()} | ${emu.counts()['Range.getValues'] ?? 0} | ${ms.toFixed(0)} |`);
  }
}

function bundleTable(): void {
  const code = readFileSync(join(DEFAULT_BUILD_DIR, 'Code.js'), 'utf8');
  const sidebar = statSync(join(DEFAULT_BUILD_DIR, 'Sidebar.html')).size;
  const load = (source: string) => {
    const samples: number[] = [];
    for (let i = 0; i < 15; i++) samples.push(time(() => new Emulator().load(source)).ms);
    return samples.sort((a, b) => a - b)[7];
  };
  const empty = load('function onOpen() {}');
  const full = load(code);
  console.log('\n## The bundle\n');
  console.log('| measure | value |');
  console.log('|---|---:|');
  console.log(`| build/Code.js | ${(code.length / 1024).toFixed(0)} KB (unminified, as pushed) |`);
  console.log(`| build/Sidebar.html | ${(sidebar / 1024).toFixed(0)} KB |`);
  console.log(`| vm cold start, median of 15 | ${full.toFixed(1)} ms, ${(full / empty).toFixed(1)}× an empty bundle |`);
}

actionsTable();
documentsTable();
answersTable();
monitoringTable();
domainTable();
console.log('\n## Automatic matching against the exact solver\n');
printMatchingBench(benchMatching());
bundleTable();

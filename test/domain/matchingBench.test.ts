/** The matching benchmark stays runnable; where Debian's scipy is present, it must agree. */
import { spawnSync } from 'node:child_process';
import { benchMatching, randomRegister } from '../../scripts/bench-matching';

const hasScipy = spawnSync('/usr/bin/python3', ['-c', 'import scipy']).status === 0;

test('random registers are seeded: the same seed gives the same school', () => {
  expect(randomRegister(30, 10, 7)).toEqual(randomRegister(30, 10, 7));
  expect(randomRegister(30, 10, 7)).not.toEqual(randomRegister(30, 10, 8));
});

test('without the exact solver the bench says it skipped the check', () => {
  const [row] = benchMatching({ sizes: [{ mentees: 40, mentors: 15 }], python: null });
  expect(row.verdict).toBe('skipped');
  expect(row.note).toMatch(/apt-get install -y python3-scipy/);
  expect(row.proposals + row.unmatched).toBe(40);
});

test('matchAll equals scipy’s linear_sum_assignment on mid-size registers', () => {
  if (!hasScipy) {
    throw new Error('Debian python3-scipy is needed for the exact check: apt-get install -y python3-scipy (.ci/run installs it)');
  }
  const rows = benchMatching({
    sizes: [
      { mentees: 120, mentors: 40 },
      { mentees: 150, mentors: 150 },
    ],
    seed: 11,
  });
  for (const row of rows) expect([row.size, row.verdict, row.exactTotal]).toEqual([row.size, 'equal', row.total]);
});

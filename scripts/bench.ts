/**
 * `npm run bench`: service calls of each action on a small and a large register (the count
 * must not grow with the rows), and the wall time of the same runs for orientation.
 */
process.env.TZ = 'Europe/Moscow';

import { Emulator } from '../emulator';
import { benchMatching, printMatchingBench } from './bench-matching';
import { menteeFormAnswers, registerWithAnswers, registerWithPairs, registerWithRows } from './registerFixture';

interface Row {
  action: string;
  rows: number;
  calls: number;
  reads: number;
  writes: number;
  ms: number;
}

function measure(action: string, rows: number, emu: Emulator, run: () => void): Row {
  emu.resetCounts();
  const started = process.hrtime.bigint();
  run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const counts = emu.counts();
  return {
    action,
    rows,
    calls: emu.totalCalls(),
    reads: counts['Range.getValues'] ?? 0,
    writes: (counts['Range.setValues'] ?? 0) + (counts['Sheet.appendRow'] ?? 0),
    ms,
  };
}

function setup(emu: Emulator): void {
  emu.state.ui.script.push({ button: 'OK' });
  emu.call('runSetupRegister');
}

const results: Row[] = [];
const fresh = new Emulator().load();
results.push(measure('Создать реестр (пустая книга)', 0, fresh, () => setup(fresh)));
for (const people of [10, 5000]) {
  const emu = registerWithRows(people);
  results.push(measure('Проверить реестр (первый прогон: присвоение ID)', people, emu, () => setup(emu)));
  results.push(measure('Проверить реестр (повторный прогон)', people, emu, () => setup(emu)));
  results.push(measure('Статус для боковой панели', people, emu, () => emu.callFromSidebar('getRegisterStatus')));
  results.push(measure('Боковая панель: загрузка', people, emu, () => emu.callFromSidebar('getSidebarData')));
  results.push(measure('Боковая панель: «Подобрать всех»', people, emu, () => emu.callFromSidebar('proposeAll', [])));
}

for (const people of [10, 5000]) {
  const { emu, menteeFormId } = registerWithAnswers(people);
  results.push(
    measure('Ответ на анкету (триггер)', people, emu, () =>
      emu.submitForm(menteeFormId, menteeFormAnswers(people), { email: 'new.teacher@school.example' }),
    ),
  );
  results.push(
    measure('Обновить банки из анкет (все ответы)', people, emu, () => {
      emu.state.ui.script.push({ button: 'OK' });
      emu.call('runSyncBanks');
    }),
  );
}

for (const people of [50, 30000]) {
  const emu = registerWithRows(people);
  const run = () => {
    emu.state.ui.script.push({ button: 'OK' });
    emu.call('runUpdateMonitoring');
  };
  run(); // the charts are made once; the measured run updates them
  results.push(measure('Обновить мониторинг', people, emu, run));
}

for (const pairs of [5, 500]) {
  const emu = registerWithPairs(pairs);
  results.push(
    measure('Приказ о закреплении пар', pairs, emu, () => {
      emu.state.ui.script.push({ button: 'OK' });
      emu.call('runPairsOrder');
    }),
  );
}

console.log('| action | size | service calls | getValues | setValues+appendRow | wall ms |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(`| ${r.action} | ${r.rows} | ${r.calls} | ${r.reads} | ${r.writes} | ${r.ms.toFixed(0)} |`);
}

console.log('\nАвтоматический подбор (matchAll) против точного решателя scipy:');
printMatchingBench(benchMatching());

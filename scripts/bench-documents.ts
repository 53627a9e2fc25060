/**
 * Documents in `npm run bench`: service calls per document of every kind (the marginal cost:
 * eleven documents made from the sidebar minus one, divided by ten, so that reading the
 * register once is not counted per document), what one file printed for 300 costs, and how
 * many documents one execution makes under the stated assumptions.
 */
import { Emulator } from '../emulator';
import { registerWithPairs } from './registerFixture';

/** Assumptions of the per-execution figures (stated in BENCHMARKS.md). */
export const ASSUMED = { callMs: 50, conversionMs: 2000, budgetMs: 4.5 * 60 * 1000 } as const;

const KINDS = [
  ['programme', 'Персонализированная программа', 'П'],
  ['dutiesConsent', 'Согласие наставника на обязанности', 'П'],
  ['mentorReport', 'Отчёт наставника', 'П'],
  ['dataConsent', 'Согласие на обработку ПДн', 'НЯ'],
  ['publishConsent', 'Согласие на распространение ПДн', 'НТ'],
] as const;

const id = (prefix: string, i: number) => `${prefix}-${String(i + 1).padStart(4, '0')}`;

function calls(emu: Emulator, run: () => void): { total: number; conversions: number; byMethod: Record<string, number> } {
  emu.resetCounts();
  run();
  const byMethod = emu.counts();
  return { total: emu.totalCalls(), conversions: byMethod['Drive.Files.create'] ?? 0, byMethod };
}

function perExecution(callsPerDocument: number, conversionsPerDocument: number): number {
  return Math.floor(ASSUMED.budgetMs / (callsPerDocument * ASSUMED.callMs + conversionsPerDocument * ASSUMED.conversionMs));
}

export function documentsTable(): void {
  const snapshot = registerWithPairs(300).snapshot();
  console.log('\n## Service calls per document\n');
  console.log(
    `Assumed: ${ASSUMED.callMs} ms a service call, ${ASSUMED.conversionMs / 1000} s a .docx conversion, ` +
      `${ASSUMED.budgetMs / 60000} minutes of an execution for documents.\n`,
  );
  console.log('| document | first one (whole action) | each further one | of them Drive | documents per execution |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [kind, label, prefix] of KINDS) {
    const make = (count: number) => {
      const emu = new Emulator({ snapshot }).load();
      const ids = Array.from({ length: count }, (_, i) => id(prefix, i));
      return calls(emu, () => emu.callFromSidebar('generateDocuments', { kind, ids }));
    };
    const one = make(1);
    const eleven = make(11);
    const each = (eleven.total - one.total) / 10;
    const drive = (eleven.conversions - one.conversions) / 10;
    console.log(`| ${label} | ${one.total} | ${each} | ${drive} | ${perExecution(each, drive)} |`);
  }
  console.log('\n## Orders and the school’s own documents: one document an action\n');
  console.log('| document | service calls of the action | Drive.Files.create | Utilities.newBlob |');
  console.log('|---|---:|---:|---:|');
  const once: [string, (emu: Emulator) => void][] = [
    ['Приказ о закреплении пар (300 пар)', (emu) => emu.callFromSidebar('makeOrder', { kind: 'pairs' })],
    [
      'Приказ об утверждении Положения',
      (emu) => {
        emu.state.ui.script.push({ button: 'OK' });
        emu.call('runFillRoadmap');
        emu.state.ui.script.length = 0;
        emu.resetCounts();
        emu.callFromSidebar('makeOrder', { kind: 'approval' });
      },
    ],
    ['Аналитическая справка', (emu) => emu.callFromSidebar('makeDocumentsForAll', { kind: 'monitoringNote' })],
    ['Материалы для сайта', (emu) => emu.callFromSidebar('makeDocumentsForAll', { kind: 'siteMaterials' })],
  ];
  for (const [label, run] of once) {
    const emu = new Emulator({ snapshot }).load();
    // `run` may reset the counts after preparing the register (the roadmap an approval needs).
    const measured = calls(emu, () => run(emu));
    console.log(`| ${label} | ${measured.total} | ${measured.conversions} | ${measured.byMethod['Utilities.newBlob'] ?? 0} |`);
  }
  console.log('\nDrive.Files.create counts the folder too when the action is the first to need it.');

  console.log('\n## 300 documents from the menu: one file printed for all, or a file each\n');
  console.log(
    '| documents | made as | service calls | per document | Drive.Files.create | Utilities.newBlob | files | documents per execution |',
  );
  console.log('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const [[kind, label], print] of [
    [KINDS[0], true],
    [KINDS[0], false],
    [KINDS[2], true],
    [KINDS[2], false],
  ] as const) {
    // A Workspace account: a consumer's 250 documents a day would stop «a file each» at 250.
    const emu = new Emulator({ snapshot, account: 'workspace' }).load();
    if (kind === 'mentorReport') {
      // Every pair finished, so that each needs its report.
      const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
      const sheet = ss.getSheetByName('Пары')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
      const set = (title: string, value: unknown) =>
        sheet.getRange(2, header.indexOf(title) + 1, 300, 1).setValues(Array.from({ length: 300 }, () => [value]));
      set('Статус', 'завершена');
      set('Дата окончания', new Date(2027, 3, 30));
      set('Причина завершения', 'программа выполнена полностью');
    }
    const measured = calls(emu, () => emu.callFromSidebar('makeDocumentsForAll', { kind, print }));
    const files = emu.state.drive.files.filter((f) => !f.trashed && f.mimeType === 'application/vnd.google-apps.document');
    const each = measured.total / 300;
    const conversions = files.length;
    console.log(
      `| ${label}, 300 | ${print ? 'one file' : 'a file each'} | ${measured.total} | ${each.toFixed(1)} | ${measured.conversions} | ` +
        `${measured.byMethod['Utilities.newBlob'] ?? 0} | ${files.length} | ${print ? '300 in one' : perExecution(each, conversions / 300)} |`,
    );
  }
}

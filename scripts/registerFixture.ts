/**
 * A register with N people and pairs, for benchmarks and budget tests: the real setup
 * action creates it, then rows are written straight through the emulated SpreadsheetApp.
 */
import type { Answers } from '../emulator/forms/submit';
import { Emulator } from '../emulator';
import { mapHeaders } from '../src/register/headers';
import { settingByTitle } from '../src/register/settings';
import { sheetSpec } from '../src/register/spec';
import { ORDER_KIND_LABELS } from '../src/i18n/documents';
import { Q_COMMON, Q_MENTEE } from '../src/i18n/questionnaires';

function fill(emu: Emulator, sheetKey: 'mentors' | 'mentees' | 'pairs' | 'orders', rows: Record<string, unknown>[]): void {
  const spec = sheetSpec(sheetKey);
  const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(spec.name)!;
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
  const map = mapHeaders(header, spec.columns);
  const grid = rows.map((values) => {
    const row: unknown[] = new Array(header.length).fill('');
    for (const [key, value] of Object.entries(values)) row[map.index.get(key as never)!] = value;
    return row;
  });
  // Room to grow, as the add-on leaves it (register/tableWrite.ts): appending a row never has to widen the sheet first.
  if (sheet.getMaxRows() < rows.length + 201) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 201 - sheet.getMaxRows());
  sheet.getRange(2, 1, grid.length, header.length).setValues(grid);
}

/** `people` mentors, `people` mentees and `people / 2` pairs; every fifth row lacks its ID. */
export function registerWithRows(people: number): Emulator {
  const emu = new Emulator().load();
  emu.state.ui.script.push({ button: 'OK' });
  emu.call('runSetupRegister');
  const id = (prefix: string, i: number) => (i % 5 === 4 ? '' : `${prefix}-${String(i + 1).padStart(4, '0')}`);
  const consent = new Date(2026, 7, 28);
  fill(
    emu,
    'mentors',
    Array.from({ length: people }, (_, i) => ({
      id: id('НТ', i),
      fullName: `Наставник ${i + 1}`,
      experience: 10 + (i % 25),
      email: `mentor${i + 1}@school.example`,
      consentData: consent,
    })),
  );
  fill(
    emu,
    'mentees',
    Array.from({ length: people }, (_, i) => ({ id: id('НЯ', i), fullName: `Наставляемый ${i + 1}`, experience: i % 3 })),
  );
  fill(
    emu,
    'pairs',
    Array.from({ length: Math.max(1, Math.floor(people / 2)) }, (_, i) => ({
      id: id('П', i),
      mentorId: `НТ-${String(i + 1).padStart(4, '0')}`,
      menteeIds: `НЯ-${String(i + 1).padStart(4, '0')}`,
      startDate: consent,
    })),
  );
  emu.resetCounts();
  return emu;
}

/** Answers a teacher might give to «Анкета наставляемого», keyed by question title. */
export function menteeFormAnswers(i: number): Answers {
  return {
    [Q_COMMON.fullName.title]: `Наставляемый ${i + 1}`,
    [Q_COMMON.position.title]: 'учитель',
    [Q_COMMON.subject.title]: 'Математика',
    [Q_COMMON.level.title]: 'основное общее',
    [Q_COMMON.experience.title]: String(i % 4),
    [Q_COMMON.ageBand.title]: 'до 25 лет',
    [Q_MENTEE.category.title]: 'молодой специалист',
    [Q_MENTEE.requests.title]: ['Работа с родителями'],
    [Q_MENTEE.consentAck.title]: [Q_MENTEE.consentAck.choice],
  };
}

/**
 * A register whose mentee bank came from `people` answers to the mentee questionnaire, with
 * the form-submit trigger installed: ready to measure one more submission or a re-sync.
 */
export function registerWithAnswers(people: number): { emu: Emulator; menteeFormId: string } {
  const emu = new Emulator().load();
  const answer = () => emu.state.ui.script.push({ button: 'OK' });
  answer();
  emu.call('runSetupRegister');
  answer();
  emu.call('runCreateQuestionnaires');
  const menteeFormId = Object.values(emu.state.forms.forms).find((f) => f.title === Q_MENTEE.title)!.id;
  const scriptApp = emu.globals.ScriptApp;
  for (const t of scriptApp.getProjectTriggers()) scriptApp.deleteTrigger(t);
  for (let i = 0; i < people; i++) emu.submitForm(menteeFormId, menteeFormAnswers(i), { email: `mentee${i + 1}@school.example` });
  answer();
  emu.call('runSyncBanks');
  answer();
  emu.call('runCreateQuestionnaires'); // reinstalls the trigger, creates nothing else
  emu.resetCounts();
  return { emu, menteeFormId };
}

const SCHOOL_SETTINGS: Record<string, string> = {
  orgFullName: 'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»',
  orgShortName: 'МБОУ СОШ № 7',
  place: 'г. Энск',
  directorName: 'Н.В. Громова',
  curatorName: 'Е.А. Лебедева',
};

/** Fills the settings the documents need, straight into «Настройки». */
function fillSettings(emu: Emulator): void {
  const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Настройки')!;
  const grid = sheet.getDataRange().getValues();
  for (const [key, value] of Object.entries(SCHOOL_SETTINGS)) {
    const row = grid.findIndex((r) => settingByTitle(r[0])?.key === key);
    sheet.getRange(row + 1, 2).setValue(value);
  }
}

/** `count` pairs with every consent signed, ready for the pairs order. */
export function registerWithPairs(count: number): Emulator {
  const emu = new Emulator().load();
  emu.state.ui.script.push({ button: 'OK' });
  emu.call('runSetupRegister');
  fillSettings(emu);
  const n = (i: number) => String(i + 1).padStart(4, '0');
  const signed = new Date(2026, 7, 28);
  const people = Array.from({ length: count }, (_, i) => i);
  fill(
    emu,
    'mentors',
    people.map((i) => ({ id: `НТ-${n(i)}`, fullName: `Наставник ${i + 1}`, status: 'активен', consentData: signed })),
  );
  fill(
    emu,
    'mentees',
    people.map((i) => ({ id: `НЯ-${n(i)}`, fullName: `Наставляемый ${i + 1}`, status: 'в паре', consentData: signed })),
  );
  fill(
    emu,
    'pairs',
    people.map((i) => ({
      id: `П-${n(i)}`,
      mentorId: `НТ-${n(i)}`,
      menteeIds: `НЯ-${n(i)}`,
      form: 'педагог – педагог',
      kind: 'традиционное',
      startDate: new Date(2026, 8, 15),
      plannedEnd: new Date(2027, 4, 31),
      dutiesConsent: signed,
      status: 'закреплена',
    })),
  );
  // The Положение approved by an order of an earlier year: pairs are fixed only after it.
  fill(emu, 'orders', [
    {
      id: 'ПР-0001',
      orderNumber: '45-од',
      date: new Date(2021, 7, 30),
      orderKind: ORDER_KIND_LABELS.approval,
      status: 'подписан',
    },
  ]);
  emu.resetCounts();
  return emu;
}

/**
 * Identity across answers, through build/Code.js: data the curator checked are never
 * overwritten by a later answer (kept as a proposed change), and «Журнал» names whose answer
 * was applied.
 */
import { applyUserEdit, DOCUMENT_MIME_TYPE, docToText, type Emulator } from '../../emulator';
import { header, runMenu, values } from './addon';
import { formIdByTitle, menteeAnswers } from './forms';
import { approvedLastYear, consentDate, fill, records, schoolWithSettings } from './school';

const DAY = 24 * 3600 * 1000;

/** A person typing into a cell found by its header, as the Sheets UI stores it. */
function typeInto(emu: Emulator, sheet: string, row: number, column: string, input: unknown): void {
  const at = header(emu, sheet).indexOf(column);
  if (at < 0) throw new Error(`no column «${column}» in «${sheet}»`);
  const refused = applyUserEdit(emu.state.spreadsheet, sheet, row, at + 1, input);
  if (refused !== null) throw new Error(refused);
}

/** «Журнал»'s details column, as one text. */
function journal(emu: Emulator): string {
  return values(emu, 'Журнал')
    .map((r) => String(r[3] ?? ''))
    .join('\n');
}

const vera = { name: 'Андреева Вера Андреевна', email: 'vera@school.example' };

/** Вера answered once and the menu synced her into «Наставляемые»; no trigger from then on. */
function veraInTheBank(): Emulator {
  const emu = schoolWithSettings();
  approvedLastYear(emu);
  runMenu(emu, 'runCreateQuestionnaires');
  emu.state.script.triggers.length = 0;
  emu.submitForm(formIdByTitle(emu, 'Анкета наставляемого'), menteeAnswers({ ...vera, experience: '1' }), { email: vera.email });
  runMenu(emu, 'runSyncBanks');
  return emu;
}

describe('data checked by the curator', () => {
  test('«Андреевна» checked, a later «Андревна»: the bank and the pairs order keep «Андреевна», the answer is a visible proposal', () => {
    const emu = veraInTheBank();
    expect(header(emu, 'Наставляемые')).toEqual(expect.arrayContaining(['Данные проверены', 'Предложенные изменения']));
    typeInto(emu, 'Наставляемые', 2, 'Данные проверены', true);
    typeInto(emu, 'Наставляемые', 2, 'Согласие на обработку ПДн: дата', consentDate);

    emu.env.clock.advance(DAY);
    const typo = 'Андреева Вера Андревна';
    emu.submitForm(
      formIdByTitle(emu, 'Анкета наставляемого'),
      menteeAnswers({ name: typo, email: vera.email, experience: '3', subject: 'Физика' }),
      { email: vera.email },
    );
    const dialog = runMenu(emu, 'runSyncBanks');
    const [mentee] = records(emu, 'Наставляемые');
    expect(mentee).toMatchObject({ ФИО: vera.name, 'Педагогический стаж, лет': 1, 'Предмет (направление)': 'Математика' });
    const proposal = String(mentee['Предложенные изменения']);
    expect(proposal).toContain(`ФИО — «${typo}»`);
    expect(proposal).toContain('Педагогический стаж, лет — «3»');
    expect(proposal).toContain('Предмет (направление) — «Физика»');
    expect(proposal).toContain('лист «Ответы: наставляемые», строка 3');
    expect(dialog).toContain('Лист «Наставляемые», строка 2 (НЯ-0001 Андреева Вера Андреевна): данные проверены куратором');
    expect(dialog).toContain(`ФИО «${typo}»`);
    expect(journal(emu)).toContain(`ФИО «${typo}»`);

    // Run again: nothing is written and nothing new is said; the proposal stays.
    const again = runMenu(emu, 'runSyncBanks');
    expect(again).not.toContain('данные проверены куратором');
    expect(again).toContain('добавлено — 0, обновлено — 0, без изменений — 1');
    expect(records(emu, 'Наставляемые')[0]['Предложенные изменения']).toBe(proposal);

    // The pairs order made afterwards names her as checked.
    fill(emu, 'Наставники', [
      {
        ID: 'НТ-0001',
        ФИО: 'Громова Нина Викторовна',
        Должность: 'учитель',
        Статус: 'активен',
        'Согласие на обработку ПДн: дата': consentDate,
      },
    ]);
    fill(emu, 'Пары', [
      {
        ID: 'П-0001',
        'ID наставника': 'НТ-0001',
        'ID наставляемых': 'НЯ-0001',
        'Форма наставничества': 'педагог – педагог',
        'Вид наставничества': 'традиционное',
        'Дата начала': new Date(2026, 8, 15),
        'Плановая дата окончания': new Date(2027, 4, 31),
        'Согласие наставника на обязанности: дата': consentDate,
        Статус: 'закреплена',
      },
    ]);
    expect(runMenu(emu, 'runPairsOrder')).toContain('Сформирован приказ');
    const live = new Set(emu.state.drive.files.filter((f) => !f.trashed && f.mimeType === DOCUMENT_MIME_TYPE).map((f) => f.id));
    const text = Object.values(emu.state.docs.documents)
      .filter((d) => live.has(d.id))
      .map((d) => docToText(d))
      .join('\n');
    expect(text).toContain('Андреев');
    expect(text).toMatch(/Андреевн/);
    expect(text).not.toMatch(/Андревн/);
  });

  test('the check taken off: the next sync applies the answer and clears the proposal; a blank checked cell is filled', () => {
    const emu = veraInTheBank();
    typeInto(emu, 'Наставляемые', 2, 'Данные проверены', true);
    typeInto(emu, 'Наставляемые', 2, 'Желаемый наставник', '');
    emu.env.clock.advance(DAY);
    emu.submitForm(
      formIdByTitle(emu, 'Анкета наставляемого'),
      menteeAnswers({ name: 'Андреева Вера Андревна', email: vera.email, wishedMentor: 'Громова Н.В.' }),
      { email: vera.email },
    );
    runMenu(emu, 'runSyncBanks');
    expect(records(emu, 'Наставляемые')[0]).toMatchObject({ ФИО: vera.name, 'Желаемый наставник': 'Громова Н.В.' });
    expect(String(records(emu, 'Наставляемые')[0]['Предложенные изменения'])).toContain('Андревна');

    typeInto(emu, 'Наставляемые', 2, 'Данные проверены', false);
    runMenu(emu, 'runSyncBanks');
    expect(records(emu, 'Наставляемые')[0]).toMatchObject({ ФИО: 'Андреева Вера Андревна', 'Предложенные изменения': '' });
  });

  test('a register set up before the check existed gets both columns from setup, every value kept', () => {
    const emu = veraInTheBank();
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Наставляемые')!;
    const head = header(emu, 'Наставляемые');
    // An older register: the two columns (the last ones) never there.
    const first = head.indexOf('Данные проверены') + 1;
    sheet.getRange(1, first, 2, 2).setValues([
      ['', ''],
      ['', ''],
    ]);
    expect(header(emu, 'Наставляемые')).not.toContain('Данные проверены');
    runMenu(emu, 'runSetupRegister');
    expect(header(emu, 'Наставляемые')).toEqual(expect.arrayContaining(['Данные проверены', 'Предложенные изменения']));
    expect(records(emu, 'Наставляемые')[0]).toMatchObject({ ID: 'НЯ-0001', ФИО: vera.name });
  });
});

describe('«Журнал» names whose answer was applied', () => {
  test('one line per applied answer: who, which response row and what changed; a sync of hundreds is capped', () => {
    const emu = veraInTheBank();
    expect(journal(emu)).toContain(
      'НЯ-0001 Андреева Вера Андреевна — Ответ от 01.09.2026 (лист «Ответы: наставляемые», строка 2): добавлен(а) в банк.',
    );
    emu.env.clock.advance(DAY);
    const form = formIdByTitle(emu, 'Анкета наставляемого');
    emu.submitForm(form, menteeAnswers({ ...vera, experience: '2' }), { email: vera.email });
    runMenu(emu, 'runSyncBanks');
    expect(journal(emu)).toMatch(
      /НЯ-0001 Андреева Вера Андреевна — Ответ от \d\d\.\d\d\.\d{4} \(лист «Ответы: наставляемые», строка 3\): обновлено: Педагогический стаж, лет\./,
    );

    for (let i = 0; i < 230; i++) {
      emu.submitForm(form, menteeAnswers({ name: `Учитель${i} Тестовый`, email: `t${i}@school.example` }), {
        email: `t${i}@school.example`,
      });
    }
    runMenu(emu, 'runSyncBanks');
    const last = String(values(emu, 'Журнал').at(-1)?.[3] ?? '');
    expect(last).toContain('Применённые ответы:');
    expect(last).toContain('НЯ-0002 Учитель0 Тестовый');
    expect(last).toContain('…и ещё применённых ответов: 30.');
    expect(last).not.toContain('Учитель229 Тестовый');
  });
});

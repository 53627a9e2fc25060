import { type Emulator, gridFormulas, gridValues } from '../../emulator';
import { Q_MENTEE } from '../../src/i18n/questionnaires';
import { header, loadAddOn, runSetup, values } from './addon';
import { formIdByTitle, menteeAnswers, mentorAnswers, runMenu, type Teacher } from './forms';

function registerWithForms(): Emulator {
  const emu = loadAddOn();
  runSetup(emu);
  runMenu(emu, 'runCreateQuestionnaires');
  return emu;
}

/** The bank as records keyed by header, without the sheet's blank rows. */
function bank(emu: Emulator, sheet: string): Record<string, unknown>[] {
  const [head, ...rows] = values(emu, sheet);
  return rows.filter((r) => r.some((c) => c !== '')).map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}

const HOSTILE = ['=IMPORTXML("http://x",A1)', '<img src=x onerror=alert(1)>', '+7 (912) 000-00-00', '@home', '-1'];

/** 300 answers: 280 distinct teachers, then 20 second answers of the same people with changes. */
function threeHundredAnswers(): Teacher[] {
  const teachers: Teacher[] = Array.from({ length: 280 }, (_, i) => ({
    name: `Учитель${i} Тестовый Ёлкин`,
    email: `t${i}@school.example`,
    experience: String(i % 5),
    wishedMentor: HOSTILE[i % HOSTILE.length],
  }));
  teachers[1].wishedMentor = 'x'.repeat(20000);
  teachers[2].name = 'Смайлик 😀 Улыбкин';
  const again = teachers.slice(0, 20).map((t, i) => ({
    ...t,
    // Same person, name typed differently: case, spaces, ё/е; the e-mail in other case.
    name: i % 2 ? `  ${t.name.toUpperCase()} ` : t.name.replace('Ё', 'Е'),
    email: t.email.toUpperCase(),
    experience: '3',
    requests: ['Цифровые образовательные ресурсы', 'своя трудность'],
  }));
  return [...teachers, ...again];
}

describe('questionnaires end to end through build/Code.js', () => {
  test('«Создать анкеты» makes four published forms, their response sheets, records and one trigger; twice makes no more', () => {
    const emu = registerWithForms();
    const forms = Object.values(emu.state.forms.forms);
    expect(forms.map((f) => f.title).sort()).toEqual(
      [
        'Анкета наставляемого',
        'Анкета наставника',
        'Анкета удовлетворённости программой наставничества (наставляемый)',
        'Анкета удовлетворённости программой наставничества (наставник)',
      ].sort(),
    );
    for (const f of forms) expect(f).toMatchObject({ published: true, collectEmail: true });
    const records = bank(emu, 'Анкеты');
    expect(records).toHaveLength(4);
    expect(records.map((r) => r['Лист ответов'])).toEqual([
      'Ответы: наставляемые',
      'Ответы: наставники',
      'Ответы: удовлетворённость наставляемых',
      'Ответы: удовлетворённость наставников',
    ]);
    expect(String(records[0]['Ссылка для ответов'])).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/.+\/viewform$/);
    expect(emu.state.script.triggers).toHaveLength(1);

    const text = runMenu(emu, 'runCreateQuestionnaires');
    expect(text).toContain('Уже созданы ранее');
    expect(Object.keys(emu.state.forms.forms)).toHaveLength(4);
    expect(emu.state.script.triggers).toHaveLength(1);
    expect(bank(emu, 'Анкеты')).toHaveLength(4);
  });

  test('«Анкеты» deleted, the register repaired, «Создать анкеты» again: the same four forms, old links still feed the banks', () => {
    const emu = registerWithForms();
    const before = Object.keys(emu.state.forms.forms).sort();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('Анкеты')!);
    runSetup(emu);
    const text = runMenu(emu, 'runCreateQuestionnaires');
    expect(text).toContain('Найдены созданные ранее и снова записаны в лист «Анкеты»');
    expect(Object.keys(emu.state.forms.forms).sort()).toEqual(before);
    expect(bank(emu, 'Анкеты')).toHaveLength(4);
    // An answer through the old (the only) link reaches the bank.
    emu.submitForm(formIdByTitle(emu, 'Анкета наставляемого'), menteeAnswers({ name: 'Орлова Ия', email: 'io@school.example' }), {
      email: 'io@school.example',
    });
    expect(bank(emu, 'Наставляемые').map((m) => m['ФИО'])).toEqual(['Орлова Ия']);
  });

  test('«Создать анкеты» stopped at any service call and run again: four live forms, four rows, one trigger', () => {
    const probe = loadAddOn();
    runSetup(probe);
    probe.resetCounts();
    runMenu(probe, 'runCreateQuestionnaires');
    const calls = probe.totalCalls();
    expect(calls).toBeGreaterThan(50);
    let stops = 0;
    for (let stopAt = 1; stopAt < calls; stopAt += 7) {
      const emu = loadAddOn();
      runSetup(emu);
      emu.executionClock = { callCostMs: 1000, limitMs: stopAt * 1000 - 1 };
      expect(() => runMenu(emu, 'runCreateQuestionnaires')).toThrow('Exceeded maximum execution time');
      emu.executionClock = { callCostMs: 0, limitMs: 6 * 60 * 1000 };
      runMenu(emu, 'runCreateQuestionnaires');
      const live = Object.values(emu.state.forms.forms).filter((f) => !emu.state.drive.files.find((d) => d.id === f.id)?.trashed);
      expect({ stopAt, live: live.length, rows: bank(emu, 'Анкеты').length, triggers: emu.state.script.triggers.length }).toEqual(
        {
          stopAt,
          live: 4,
          rows: 4,
          triggers: 1,
        },
      );
      // A stopped form's response sheet does not stay beside the four.
      const responseSheets = emu.state.spreadsheet.sheets.filter((sh) => /^Ответы/.test(sh.name)).map((sh) => sh.name);
      expect({ stopAt, responseSheets }).toEqual({ stopAt, responseSheets: expect.arrayContaining([]) });
      expect({ stopAt, count: responseSheets.length }).toEqual({ stopAt, count: 4 });
      stops++;
    }
    expect(stops).toBeGreaterThan(5);
  });

  test('300 answers: one row per person, the latest answers, curator columns untouched, nothing read as a formula', () => {
    const emu = registerWithForms();
    const menteeForm = formIdByTitle(emu, 'Анкета наставляемого');
    const answers = threeHundredAnswers();
    answers.slice(0, 280).forEach((t) => emu.submitForm(menteeForm, menteeAnswers(t), { email: t.email }));

    // The curator works on the bank between the two waves of answers.
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    const mentees = ss.getSheetByName('Наставляемые')!;
    const head = header(emu, 'Наставляемые');
    const statusCol = head.indexOf('Статус') + 1;
    const consentCol = head.indexOf('Согласие на обработку ПДн: дата') + 1;
    mentees.getRange(2, statusCol).setValue('в паре');
    mentees.getRange(2, consentCol).setValue(new Date(2026, 8, 15));

    answers.slice(280).forEach((t) => emu.submitForm(menteeForm, menteeAnswers(t), { email: t.email }));

    const rows = bank(emu, 'Наставляемые');
    expect(rows).toHaveLength(280);
    expect(new Set(rows.map((r) => r.ID)).size).toBe(280);
    const first = rows.find((r) => r['E-mail'] === 't0@school.example')!;
    expect(first['Педагогический стаж, лет']).toBe(3);
    expect(first['Запросы и затруднения']).toBe('Цифровые образовательные ресурсы');
    expect(first['Запросы: другое']).toBe('своя трудность');
    expect(first['ФИО']).toBe('Учитель0 Тестовый Елкин');
    expect(first['Статус']).toBe('в паре');
    expect((first['Согласие на обработку ПДн: дата'] as Date).getDate()).toBe(15);
    expect(rows.find((r) => r['E-mail'] === 't1@school.example')!['Желаемый наставник']).toHaveLength(20000);
    expect(rows.find((r) => r['E-mail'] === 't2@school.example')!['ФИО']).toBe('Смайлик 😀 Улыбкин');
    const hostile = rows.slice(20, 25).map((r) => r['Желаемый наставник']);
    expect(hostile.sort()).toEqual([...HOSTILE].sort());
    expect(rows.filter((r) => r['Источник'] === 'анкета')).toHaveLength(280);

    // No sheet holds a formula: every answer stayed text.
    for (const sheet of emu.state.spreadsheet.sheets) {
      const formulas = gridFormulas(emu.state.spreadsheet, sheet.name).flat().filter(Boolean);
      expect([sheet.name, formulas]).toEqual([sheet.name, []]);
    }

    // Re-running the sync from the menu changes nothing.
    const before = JSON.stringify(gridValues(emu.state.spreadsheet, 'Наставляемые'));
    const text = runMenu(emu, 'runSyncBanks');
    expect(text).toContain('Анкета наставляемого: добавлено — 0, обновлено — 0, без изменений — 280.');
    expect(JSON.stringify(gridValues(emu.state.spreadsheet, 'Наставляемые'))).toBe(before);
    expect(bank(emu, 'Анкеты')[0]['Ответов']).toBe(300);
  });

  test('without the trigger, the menu sync gives the same banks as the trigger did', () => {
    const answers = threeHundredAnswers().slice(0, 60);
    const withTrigger = registerWithForms();
    const withoutTrigger = registerWithForms();
    const scriptApp = withoutTrigger.globals.ScriptApp;
    for (const t of scriptApp.getProjectTriggers()) scriptApp.deleteTrigger(t);
    for (const emu of [withTrigger, withoutTrigger]) {
      const form = formIdByTitle(emu, 'Анкета наставляемого');
      answers.forEach((t) => emu.submitForm(form, menteeAnswers(t), { email: t.email }));
    }
    expect(bank(withoutTrigger, 'Наставляемые')).toHaveLength(0);
    runMenu(withoutTrigger, 'runSyncBanks');
    expect(bank(withoutTrigger, 'Наставляемые')).toEqual(bank(withTrigger, 'Наставляемые'));
  });

  test('mentor answers fill «Наставники»; an unusable answer is reported in «Журнал» with its row', () => {
    const emu = registerWithForms();
    const form = formIdByTitle(emu, 'Анкета наставника');
    emu.submitForm(form, mentorAnswers({ name: 'Петрова Анна Ивановна', email: 'petrova@school.example' }), {
      email: 'petrova@school.example',
    });
    emu.submitForm(form, mentorAnswers({ name: 'Орлов Пётр', email: 'orlov@school.example', experience: 'много' }), {
      email: 'orlov@school.example',
    });
    const mentors = bank(emu, 'Наставники');
    expect(mentors.map((m) => [m.ID, m['ФИО'], m['Наибольшее число наставляемых'], m['Статус']])).toEqual([
      ['НТ-0001', 'Петрова Анна Ивановна', 2, 'кандидат'],
      ['НТ-0002', 'Орлов Пётр', 2, 'кандидат'],
    ]);
    expect(mentors[1]['Педагогический стаж, лет']).toBe('');
    const journal = values(emu, 'Журнал').map((r) => String(r[3]));
    expect(
      journal.some((d) =>
        d.includes(
          'Лист «Ответы: наставники», строка 3: вопрос «Педагогический стаж, полных лет»: ожидается целое число, получено «много».',
        ),
      ),
    ).toBe(true);
  });

  test('a question renamed in Forms still maps to its column', () => {
    const emu = registerWithForms();
    const formId = formIdByTitle(emu, 'Анкета наставляемого');
    const form = emu.globals.FormApp.openById(formId);
    const item = form.getItems().find((i) => i.getTitle() === Q_MENTEE.wishedMentor.title)!;
    item.setTitle('Желаемый наставник (Ф.И.О.)');
    const { [Q_MENTEE.wishedMentor.title]: _old, ...answers } = menteeAnswers({
      name: 'Иванова Ольга',
      email: 'iv@school.example',
    });
    emu.submitForm(formId, { ...answers, 'Желаемый наставник (Ф.И.О.)': 'Петрова А.И.' }, { email: 'iv@school.example' });
    expect(bank(emu, 'Наставляемые')[0]['Желаемый наставник']).toBe('Петрова А.И.');
  });

  test('«Обновить варианты ответов» puts the curator’s new vocabulary into the existing forms', () => {
    const emu = registerWithForms();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    const vocab = ss.getSheetByName('Справочники')!;
    const col = header(emu, 'Справочники').indexOf('Компетенции и затруднения') + 1;
    const depth = values(emu, 'Справочники').filter((r) => r[col - 1] !== '').length;
    vocab.getRange(depth + 1, col).setValue('Наставничество для наставников');
    const formId = formIdByTitle(emu, 'Анкета наставляемого');
    const idsBefore = emu.state.forms.forms[formId].items.map((i) => i.id);
    const text = runMenu(emu, 'runRefreshFormChoices');
    expect(text).toMatch(/Обновлены варианты ответов в вопросах: \d+/);
    const requests = emu.state.forms.forms[formId].items.find((i) => i.title === Q_MENTEE.requests.title)!;
    expect(requests.choices).toContain('Наставничество для наставников');
    expect(emu.state.forms.forms[formId].items.map((i) => i.id)).toEqual(idsBefore);
  });

  test('pre-filled satisfaction links carry each pair’s code and the stage', () => {
    const emu = registerWithForms();
    const ss = emu.globals.SpreadsheetApp.getActiveSpreadsheet();
    const pairs = ss.getSheetByName('Пары')!;
    pairs.getRange(2, 1, 2, 3).setValues([
      ['П-0001', 'НТ-0001', 'НЯ-0001'],
      ['П-0002', 'НТ-0002', 'НЯ-0002; НЯ-0003'],
    ]);
    const text = runMenu(emu, 'runSatisfactionLinksStart');
    expect(text).toContain('записаны для пар: 2');
    const rows = bank(emu, 'Пары');
    const link = String(rows[1]['Анкета наставляемого (ссылка)']);
    expect(link).toMatch(/viewform\?usp=pp_url/);
    expect(decodeURIComponent(link.replace(/\+/g, ' '))).toContain('П-0002');
    expect(decodeURIComponent(link.replace(/\+/g, ' '))).toContain('начало программы');
  });
});

describe('careless and long answers', () => {
  test('a response sheet sorted newest-first: the latest answer by its timestamp still wins', () => {
    const emu = registerWithForms();
    const form = formIdByTitle(emu, 'Анкета наставляемого');
    const teacher = { name: 'Андреева Вера Андреевна', email: 'vera@school.example' };
    emu.submitForm(form, menteeAnswers({ ...teacher, experience: '1' }), { email: teacher.email });
    emu.env.clock.advance(24 * 3600 * 1000);
    emu.submitForm(form, menteeAnswers({ ...teacher, experience: '2' }), { email: teacher.email });
    // The curator sorts the answers newest first (Data → Sort range, by the timestamp, Z→A).
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Ответы: наставляемые')!;
    const grid = sheet.getDataRange().getValues();
    sheet.getRange(2, 1, 2, grid[0].length).setValues([grid[2], grid[1]]);
    runMenu(emu, 'runSyncBanks');
    expect(bank(emu, 'Наставляемые').map((m) => [m['ФИО'], m['Педагогический стаж, лет']])).toEqual([[teacher.name, 2]]);
  });

  test('a 50,001-character answer is quoted by its start, and an «other» answer keeps its commas', () => {
    const emu = registerWithForms();
    const form = formIdByTitle(emu, 'Анкета наставника');
    emu.submitForm(
      form,
      mentorAnswers({ name: 'Орлов Пётр', email: 'orlov@school.example', experience: `${'9'.repeat(50001)}` }),
      { email: 'orlov@school.example' },
    );
    const text = runMenu(emu, 'runSyncBanks');
    expect(text.length).toBeLessThan(2000);
    expect(text).toContain(`получено «${'9'.repeat(80)}…»`);
    const mentee = formIdByTitle(emu, 'Анкета наставляемого');
    emu.submitForm(
      mentee,
      menteeAnswers({ name: 'Юдина Ия', email: 'ya@school.example', requests: ['Работа с родителями', '3,5 часа в неделю'] }),
      { email: 'ya@school.example' },
    );
    expect(bank(emu, 'Наставляемые')[0]).toMatchObject({ 'Запросы: другое': '3,5 часа в неделю' });
  });
});

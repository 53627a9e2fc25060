/**
 * Erasure by identity, not by text, through the built bundle: whole words and whole addresses
 * only, every form of the name the add-on writes, nobody else touched.
 */
import { docToText, type Emulator, findText } from '../../emulator';
import { records } from './school';
import {
  ANNA,
  ELKINA,
  ELKINA_TRACES,
  OTHERS_TRACES,
  restored,
  schoolForErasure,
  signedOrderFiles,
  tracesOf,
} from './erasureSchool';

let snapshot = '';
beforeAll(() => {
  snapshot = schoolForErasure().snapshot();
});

/** Erases through the menu (ID, «Да»); the report. */
function eraseFromMenu(emu: Emulator): string {
  emu.call('runErasePerson');
  return emu.state.ui.dialogs.at(-1)!.prompt;
}

/** Each row of the banks but these IDs, as it is. */
function othersInBanks(emu: Emulator, ids: readonly string[]): Record<string, unknown>[] {
  return [...records(emu, 'Наставники'), ...records(emu, 'Наставляемые')].filter((r) => !ids.includes(String(r.ID)));
}

/** Where a text is in the workbook, the properties and the forms (not documents). */
function inRegister(emu: Emulator, needle: string): string[] {
  return findText(emu.state, needle)
    .filter((hit) => ['spreadsheet', 'properties', 'forms'].includes(String(hit.path[0])))
    .map((hit) => hit.where.replace(/ response \d+ /, ' response '));
}

/** The cell or note text at a place findText named. */
const note = (emu: Emulator, sheet: string, row: number, column: number) =>
  emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!.getRange(row, column).getNote();

describe('erasing «Анна» <ann@school.example>', () => {
  test('her row, answer and notes go; «Петрова Анна Ивановна», «Сусанна Львовна», «joann@school.example» stay whole', () => {
    const before = restored(snapshot, ANNA.id);
    const emu = restored(snapshot, ANNA.id);
    const report = eraseFromMenu(emu);
    expect(report).toMatch(/^Данные НЯ-0001 удалены/);

    expect(records(emu, 'Наставляемые')[0]).toMatchObject({ ID: 'НЯ-0001', ФИО: 'персональные данные удалены', 'E-mail': '' });
    expect(othersInBanks(emu, ['НЯ-0001'])).toEqual(othersInBanks(before, ['НЯ-0001']));
    expect(note(emu, 'Наставляемые', 2, 2)).toBe('');
    expect(note(emu, 'Наставляемые', 3, 2)).toBe('Сусанна Львовна: пишите на joann@school.example');

    // Other people's names and addresses: wherever they were in the register, they still are,
    // except inside her own answer (its row cleared: «Петрова Анна Ивановна» was her wished mentor).
    const herAnswerRow =
      records(before, 'Ответы: наставляемые').findIndex((r) => r['Адрес электронной почты'] === ANNA.email) + 2;
    const herResponse = Object.values(before.state.forms.forms)
      .flatMap((f) => f.responses)
      .find((r) => r.email === ANNA.email)!.id;
    const hers = new RegExp(`^«Наставляемые»!\\w+2 |^«Ответы: наставляемые»!\\w+${herAnswerRow} |${herResponse}`);
    for (const text of ['Петрова Анна Ивановна', 'Котова Сусанна Львовна', 'Сусанна Львовна', 'joann@school.example']) {
      const was = inRegister(before, text).filter((w) => !hers.test(w));
      expect({ text, now: inRegister(emu, text) }).toEqual({ text, now: expect.arrayContaining(was) });
    }
    // Her ID was put in no other word or address.
    const withId = findText(emu.state, 'НЯ-0001').map((hit) => hit.text);
    for (const text of withId) expect(text).not.toMatch(/\p{L}НЯ-0001|НЯ-0001\p{L}|joНЯ|СусНЯ/u);

    // Her own answer: the row cleared in the sheet, the forms' copy deleted; Котова's answer stays.
    const answers = records(emu, 'Ответы: наставляемые');
    expect(answers.map((r) => r['Адрес электронной почты'])).toEqual(['ivan@school.example', 'joann@school.example']);
    const stored = Object.values(emu.state.forms.forms).flatMap((f) => f.responses.map((r) => r.email));
    expect(stored).not.toContain(ANNA.email);
    expect(stored).toContain('joann@school.example');
    // Her address, as a whole address, nowhere (joann@school.example holds it as a substring only).
    const whole = /(?<![A-Za-z0-9._%+-])ann@school\.example/i;
    const wholeAddress = (text: string) => whole.test(text);
    expect(tracesOf(emu, [ANNA.email], wholeAddress)).toEqual([]);
    expect(tracesOf(before, [ANNA.email], wholeAddress).length).toBeGreaterThanOrEqual(3);
    // The signed order names her and «Петрова Анна Ивановна»: kept by law, word for word.
    const [signed] = signedOrderFiles(emu);
    expect(docToText(emu.state.docs.documents[signed!])).toBe(docToText(before.state.docs.documents[signed!]));
    expect(docToText(emu.state.docs.documents[signed!])).toContain('Петрова Анна Ивановна');
  });
});

describe('erasing «Ёлкина Алёна Петровна»', () => {
  test('every form of her name and both addresses go, from cells, notes, answers, properties and documents', () => {
    const emu = restored(snapshot, ELKINA.id);
    expect(tracesOf(emu, ELKINA_TRACES).length).toBeGreaterThan(20);
    eraseFromMenu(emu);
    expect(tracesOf(emu, ELKINA_TRACES)).toEqual([]);
    // Initials forms the add-on and the curator wrote, with no-break spaces and «е» for «ё», became her ID.
    expect(records(emu, 'Программы').map((r) => r['Мероприятие'])).toEqual(
      expect.arrayContaining(['Открытый урок: НТ-0001', 'Открытый урок: М.С. Ёлкина']),
    );
    expect(records(emu, 'Журнал').map((r) => r['Подробности'])).toContain(
      'П-0001: НТ-0001 — И.П. Молодой; П-0002: М.С. Ёлкина — С.Л. Котова',
    );
    expect(note(emu, 'Наставники', 2, 2)).toBe('');
    // A mentee's answer naming her keeps the mentee's answer, with her ID for her name.
    expect(records(emu, 'Ответы: наставляемые')[0]).toMatchObject({
      'Кого из коллег вы хотели бы видеть своим наставником?': 'НТ-0001',
    });
  });

  test('her same-surname colleague «Ёлкина Мария Сергеевна» (М.С. Ёлкина) and everyone else stay as they were', () => {
    const before = restored(snapshot, ELKINA.id);
    const emu = restored(snapshot, ELKINA.id);
    eraseFromMenu(emu);
    // Only her name in someone else's record became her ID: the mentee who wished her as a mentor.
    const expected = othersInBanks(before, ['НТ-0001', 'НТ-0004']).map((r) =>
      r.ID === 'НЯ-0003' ? { ...r, 'Желаемый наставник': 'НТ-0001' } : r,
    );
    expect(othersInBanks(before, ['НТ-0001', 'НТ-0004']).find((r) => r.ID === 'НЯ-0003')!['Желаемый наставник']).toBe(
      'Ёлкина А. П.',
    );
    expect(othersInBanks(emu, ['НТ-0001', 'НТ-0004'])).toEqual(expected);
    for (const text of OTHERS_TRACES) {
      expect({ text, now: inRegister(emu, text) }).toEqual({ text, now: expect.arrayContaining(inRegister(before, text)) });
    }
    expect(note(emu, 'Наставники', 3, 2)).toBe('Ёлкина Мария Сергеевна — руководитель МО');
    // In the live documents too: the programmes printed again and the site materials name her colleague.
    const liveDocs = findText(emu.state, 'М.С. Ёлкина').filter((hit) => hit.path[0] === 'docs' && !hit.trashed);
    expect(liveDocs.length).toBeGreaterThan(0);
    expect(
      findText(emu.state, 'Ёлкина Мария Сергеевна').filter((hit) => hit.path[0] === 'docs' && !hit.trashed).length,
    ).toBeGreaterThan(0);
  });

  test('her answer from a second address made a second bank row: it is hers, erased too and named in the report', () => {
    const emu = restored(snapshot, ELKINA.id);
    const duplicate = records(emu, 'Наставники').find((r) => r['E-mail'] === ELKINA.secondEmail)!;
    expect(duplicate).toMatchObject({ ID: 'НТ-0004', ФИО: ELKINA.name });
    const report = eraseFromMenu(emu);
    expect(records(emu, 'Наставники').find((r) => r.ID === 'НТ-0004')).toMatchObject({
      ФИО: 'персональные данные удалены',
      'E-mail': '',
      Статус: 'выбыл',
    });
    expect(report).toContain(
      '— записи того же человека под другими ID (то же ФИО и один из его адресов), очищены так же: НТ-0004;',
    );
    // Both addresses' answers are gone from the response sheet and from the form.
    expect(records(emu, 'Ответы: наставники').map((r) => r['Адрес электронной почты'])).toEqual(['maria@school.example']);
  });
});

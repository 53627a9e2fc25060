import { docToText, type Emulator, findText } from '../../emulator';
import { records, schoolWithPairs, setSetting } from './school';
import { formIdByTitle, menteeAnswers, runMenu } from './forms';

/** A school where «Молодой0 Иван Петрович» (НЯ-0001) answered a questionnaire, is in a pair and has documents. */
function schoolWithHistory() {
  const emu = schoolWithPairs(2);
  runMenu(emu, 'runCreateQuestionnaires');
  const form = formIdByTitle(emu, 'Анкета наставляемого');
  const email = 'ivan.molodoy@school.example';
  const mentees = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Наставляемые')!;
  const head = records(emu, 'Наставляемые')[0];
  mentees.getRange(2, Object.keys(head).indexOf('E-mail') + 1).setValue(email);
  mentees.getRange(2, 2).setNote('Звонила мама Молодой0 Иван Петрович');
  emu.submitForm(form, menteeAnswers({ name: 'Молодой0 Иван Петрович', email, experience: '2' }), { email });
  emu.callFromSidebar('logMeeting', {
    pairId: 'П-0001',
    date: '2026-11-20',
    topic: 'Разбор урока Молодой0 Иван Петрович',
    result: '',
  });
  // A file for each pair: the programme of НЯ-0001's pair is a document of its own.
  runMenu(emu, 'runProgrammes', [{ button: 'NO' }]);
  runMenu(emu, 'runPairsOrder');
  return { emu, email };
}

describe('withdrawal of the consent erases the person', () => {
  test('no trace of the name or e-mail in any cell, note or property; anonymous fields and the «Приказы» register stay', () => {
    const { emu, email } = schoolWithHistory();
    const name = 'Молодой0 Иван Петрович';
    expect(findText(emu.state, name).length).toBeGreaterThan(3);
    const ordersBefore = records(emu, 'Приказы');

    emu.state.ui.script.push({ button: 'OK', text: 'НЯ-0001' }, { button: 'YES' }, { button: 'OK' });
    emu.call('runErasePerson');
    const dialogs = emu.state.ui.dialogs.slice(-3);
    expect(dialogs[1].prompt).toContain('Удалить персональные данные: Молодой0 Иван Петрович (НЯ-0001)?');
    expect(dialogs[2].prompt).toMatch(/^Данные НЯ-0001 удалены/);

    // Cells, notes, sheet names, properties and the forms' stored answers; orders keep their text.
    const traces = (needle: string) =>
      findText(emu.state, needle, { ignoreCase: true }).filter((hit) =>
        ['spreadsheet', 'properties', 'forms'].includes(String(hit.path[0])),
      );
    expect(traces(name)).toEqual([]);
    expect(traces(email)).toEqual([]);
    // Documents about the person (the programme) are emptied and trashed.
    expect(
      findText(emu.state, name)
        .filter((h) => h.path[0] === 'docs' && !h.trashed)
        .every((h) => /Приказ|приказ/.test(JSON.stringify(emu.state.docs.documents[String(h.path[2])]?.name ?? ''))),
    ).toBe(true);

    const [row] = records(emu, 'Наставляемые');
    expect(row).toMatchObject({ ID: 'НЯ-0001', ФИО: 'персональные данные удалены', Статус: 'выбыл', 'E-mail': '' });
    expect(row['Отзыв согласия: дата']).toBeInstanceOf(Date);
    expect(records(emu, 'Пары')[0]['ID наставляемых']).toBe('НЯ-0001');
    expect(records(emu, 'Приказы')).toEqual(ordersBefore);
    expect(
      Object.values(emu.state.forms.forms)
        .flatMap((f) => f.responses)
        .some((r) => JSON.stringify(r).includes(email)),
    ).toBe(false);
    const journal = records(emu, 'Журнал').at(-1)!;
    expect(journal['Действие']).toBe('Отзыв согласия и удаление персональных данных');
    expect(String(journal['Подробности'])).not.toContain(name);
  });

  test('«Нет» erases nothing', () => {
    const { emu } = schoolWithHistory();
    const before = findText(emu.state, 'Молодой0 Иван Петрович').length;
    emu.state.ui.script.push({ button: 'OK', text: 'НЯ-0001' }, { button: 'NO' }, { button: 'OK' });
    emu.call('runErasePerson');
    expect(emu.state.ui.dialogs.at(-1)!.prompt).toBe('Ничего не удалено.');
    expect(findText(emu.state, 'Молодой0 Иван Петрович').length).toBe(before);
  });
});

describe('documents of the new kind: converted Docs, their .docx copies, files printed for many', () => {
  const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  const erase = (emu: Emulator, id: string) => {
    emu.state.ui.script.push({ button: 'OK', text: id }, { button: 'YES' }, { button: 'OK' });
    emu.call('runErasePerson');
    expect(emu.state.ui.dialogs.at(-1)!.prompt).toMatch(new RegExp(`^Данные ${id} удалены`));
  };
  const file = (emu: Emulator, id: string) => emu.state.drive.files.find((f) => f.id === id)!;

  test('«Копии .docx для архива»: the .docx copy of the person’s document is deleted for good, the Doc emptied and trashed; the other pair’s stay', () => {
    const emu = schoolWithPairs(2);
    setSetting(emu, 'Копии .docx для архива', 'да');
    runMenu(emu, 'runProgrammes', [{ button: 'NO' }]);
    const programmeOf = (pair: string) => emu.state.drive.files.find((f) => f.mimeType !== DOCX && f.name.includes(`(${pair})`))!;
    const copyOf = (doc: { name: string }) =>
      emu.state.drive.files.find((f) => f.mimeType === DOCX && f.name === `${doc.name}.docx`)!;
    const [mine, other] = [programmeOf('П-0001'), programmeOf('П-0002')];
    const [mineCopy, otherCopy] = [copyOf(mine), copyOf(other)];
    expect(mineCopy.trashed || otherCopy.trashed).toBe(false);

    erase(emu, 'НЯ-0001');
    expect(file(emu, mine.id)).toMatchObject({ trashed: true, name: 'Удалено по отзыву согласия' });
    // The copy holds the person's name inside its zip, where emptying can't reach: it is deleted for good.
    expect(file(emu, mineCopy.id)).toBeUndefined();
    expect(file(emu, other.id).trashed).toBe(false);
    expect(file(emu, otherCopy.id).trashed).toBe(false);
  });

  test('earlier versions of the person’s document, trashed when it was made again, are emptied and renamed too', () => {
    const emu = schoolWithPairs(2);
    runMenu(emu, 'runProgrammes', [{ button: 'NO' }]);
    const versionsOf = (pair: string) => emu.state.drive.files.filter((f) => f.name.includes(`(${pair})`));
    const [earlier] = versionsOf('П-0001');
    emu.env.clock.advance(60_000);
    runMenu(emu, 'runProgrammes', [{ button: 'NO' }]);
    expect(file(emu, earlier.id).trashed).toBe(true);
    expect(versionsOf('П-0001')).toHaveLength(2);
    const otherVersions = versionsOf('П-0002').map((f) => f.id);

    erase(emu, 'НЯ-0001');
    // No file of the person's is left named after them or holding their name, even in the trash.
    expect(versionsOf('П-0001')).toEqual([]);
    expect(findText(emu.state, 'Молодой0 Иван Петрович').filter((h) => h.path[0] === 'docs' || h.path[0] === 'drive')).toEqual(
      [],
    );
    expect(file(emu, earlier.id)).toMatchObject({ trashed: true, name: 'Удалено по отзыву согласия' });
    // The other pair's versions are not touched.
    expect(versionsOf('П-0002').map((f) => f.id)).toEqual(otherVersions);
  });

  test('a file printed for many: the file goes whole; the other pair’s programme is printed again for them, their row links it', () => {
    const emu = schoolWithPairs(2);
    // «Да»: one file for both pairs.
    runMenu(emu, 'runProgrammes', [{ button: 'YES' }]);
    const rowsBefore = records(emu, 'Документы');
    expect(rowsBefore).toHaveLength(2);
    const [printed] = new Set(rowsBefore.map((r) => String(r['Ссылка на документ'])));
    const printedId = /\/d\/([^/]+)\//.exec(printed)![1];

    erase(emu, 'НЯ-0001');
    expect(file(emu, printedId)).toMatchObject({ trashed: true, name: 'Удалено по отзыву согласия' });
    expect(docToText(emu.state.docs.documents[printedId])).not.toContain('Молодой0');
    // The other pair's row links a new file of its own programme, which names nobody erased.
    const rows = records(emu, 'Документы');
    expect(rows.map((r) => [r['Для кого (ID или учебный год)'], r['Файл']])).toEqual([
      ['П-0002', 'Персонализированные программы, 1 (П-0002)'],
    ]);
    const remadeId = /\/d\/([^/]+)\//.exec(String(rows[0]!['Ссылка на документ']))![1];
    expect(file(emu, remadeId).trashed).toBe(false);
    const text = docToText(emu.state.docs.documents[remadeId]);
    expect(text).toContain('Молодой1 Иван Петрович');
    expect(text).not.toContain('Молодой0');
    expect(emu.state.ui.dialogs.at(-1)!.prompt).toContain(
      'документы других сформированы заново: Персонализированная программа П-0002.',
    );
  });
});

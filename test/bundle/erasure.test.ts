import { findText } from '../../emulator';
import { records, schoolWithPairs } from './school';
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
  test('no trace of the name or e-mail in any cell, note or property; anonymous fields and orders stay', () => {
    const { emu, email } = schoolWithHistory();
    const name = 'Молодой0 Иван Петрович';
    expect(findText(emu.state, name).length).toBeGreaterThan(3);
    const ordersBefore = records(emu, 'Приказы');

    emu.state.ui.script.push({ button: 'OK', text: 'НЯ-0001' }, { button: 'YES' }, { button: 'OK' });
    emu.call('runErasePerson');
    const dialogs = emu.state.ui.dialogs.slice(-3);
    expect(dialogs[1].prompt).toContain('Удалить персональные данные Молодой0 Иван Петрович (НЯ-0001)?');
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

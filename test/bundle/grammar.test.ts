/** Names in the case each sentence needs, through the built bundle. */
import { DOCUMENT_MIME_TYPE, docToText, type Emulator } from '../../emulator';
import { runMenu } from './forms';
import { records, schoolWithoutConsents, schoolWithPairs } from './school';

function renameMentee(emu: Emulator, row: number, fullName: string): void {
  const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Наставляемые')!;
  sheet.getRange(row, Object.keys(records(emu, 'Наставляемые')[0]).indexOf('ФИО') + 1).setValue(fullName);
}

function erasureQuestion(fullName: string): string {
  const emu = schoolWithPairs(1);
  renameMentee(emu, 2, fullName);
  emu.state.ui.script.push({ button: 'OK', text: 'НЯ-0001' }, { button: 'NO' }, { button: 'OK' });
  emu.call('runErasePerson');
  const dialogs = emu.state.ui.dialogs.slice(-3);
  expect(dialogs[2].prompt).toBe('Ничего не удалено.');
  return dialogs[1].prompt ?? '';
}

describe('the erasure question', () => {
  test('names the person in the genitive', () => {
    expect(erasureQuestion('Казаков Иван Борисович')).toMatch(
      /^Удалить персональные данные Казакова Ивана Борисовича \(НЯ-0001\)\?/,
    );
    expect(erasureQuestion('Петрова-Водкина Анна Кузьминична')).toMatch(
      /^Удалить персональные данные Петровой-Водкиной Анны Кузьминичны \(НЯ-0001\)\?/,
    );
  });

  test('without a patronymic keeps the name as typed after a colon, never a guessed ending', () => {
    expect(erasureQuestion('Кюри Мари')).toMatch(/^Удалить персональные данные: Кюри Мари \(НЯ-0001\)\?/);
  });
});

describe('documents made by the bundle', () => {
  const liveDocs = (emu: Emulator) => {
    const live = new Set(emu.state.drive.files.filter((f) => !f.trashed && f.mimeType === DOCUMENT_MIME_TYPE).map((f) => f.id));
    return Object.values(emu.state.docs.documents)
      .filter((d) => live.has(d.id))
      .map((d) => docToText(d).replace(/\u00a0/g, ' '));
  };

  test('the pairs order lists everyone to acknowledge it in one form, «Фамилия И.О.»', () => {
    const emu = schoolWithPairs(2);
    runMenu(emu, 'runPairsOrder');
    const order = liveDocs(emu).find((t) => t.includes('ПРИКАЗ'))!;
    const sheet = order.slice(order.indexOf('С приказом ознакомлены'), order.indexOf('Приложение к приказу'));
    for (const name of ['Наставникова0 А.И.', 'Молодой0 И.П.', 'Наставникова1 А.И.', 'Молодой1 И.П.'])
      expect(sheet).toContain(name);
    expect(sheet).not.toContain('Анна Ивановна');
  });

  test('the consent to data processing agrees with the subject when the patronymic tells the gender', () => {
    const emu = schoolWithoutConsents(3);
    renameMentee(emu, 2, 'Казаков Иван Борисович');
    renameMentee(emu, 3, 'Седых Ольга Петровна');
    runMenu(emu, 'runDataConsents', [{ button: 'NO' }]);
    const texts = liveDocs(emu);
    const of = (name: string) => texts.find((t) => t.includes(`Я, ${name},`)) ?? '';
    expect(of('Казаков Иван Борисович')).toContain('зарегистрированный по адресу');
    expect(of('Седых Ольга Петровна')).toContain('зарегистрированная по адресу');
    expect(of('Учитель3 Без Согласия')).toContain('зарегистрированный(ая) по адресу');
  });
});

/** Names in the case each sentence needs, through the built bundle. */
import { records, schoolWithPairs } from './school';

function renameMentee(emu: ReturnType<typeof schoolWithPairs>, row: number, fullName: string): void {
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
    expect(erasureQuestion('Казаков Иван Борисович')).toMatch(/^Удалить персональные данные Казакова Ивана Борисовича \(НЯ-0001\)\?/);
    expect(erasureQuestion('Петрова-Водкина Анна Кузьминична')).toMatch(
      /^Удалить персональные данные Петровой-Водкиной Анны Кузьминичны \(НЯ-0001\)\?/,
    );
  });

  test('without a patronymic keeps the name as typed after a colon, never a guessed ending', () => {
    expect(erasureQuestion('Кюри Мари')).toMatch(/^Удалить персональные данные: Кюри Мари \(НЯ-0001\)\?/);
  });
});

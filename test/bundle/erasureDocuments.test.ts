/**
 * The files of an erasure, through the built bundle: the site materials made again without the
 * person, a file printed for many made again for the others, .docx copies deleted, signed
 * orders kept and listed, draft orders erased; and the report in the dialog and «Журнал».
 */
import { docToText, type Emulator } from '../../emulator';
import { records, setSetting } from './school';
import { addPairs, ELKINA, restored, schoolForErasure, signedOrderFiles } from './erasureSchool';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ERASED = 'Удалено по отзыву согласия';

let signed = '';
let draft = '';
beforeAll(() => {
  signed = schoolForErasure().snapshot();
  draft = schoolForErasure({ signed: false }).snapshot();
});

function erase(emu: Emulator): string {
  emu.call('runErasePerson');
  return emu.state.ui.dialogs.at(-1)!.prompt;
}

const fileIdOf = (link: unknown) => /\/d\/([^/]+)\//.exec(String(link))![1]!;
const file = (emu: Emulator, id: string) => emu.state.drive.files.find((f) => f.id === id);
const text = (emu: Emulator, id: string) => docToText(emu.state.docs.documents[id]!);
const live = (emu: Emulator, name: RegExp) =>
  emu.state.drive.files.filter((f) => !f.trashed && name.test(f.name)).map((f) => ({ name: f.name, docx: f.mimeType === DOCX }));
const rowOf = (emu: Emulator, kind: string) => records(emu, 'Документы').filter((r) => r['Вид документа'] === kind);

describe('files of an erasure', () => {
  test('«Материалы для сайта» are made again without her; her colleague is still named; the old version and its copy go', () => {
    const emu = restored(signed, ELKINA.id);
    const [before] = rowOf(emu, 'Материалы для сайта');
    const oldId = fileIdOf(before!['Ссылка на документ']);
    expect(text(emu, oldId)).toContain(ELKINA.name);
    const oldCopy = emu.state.drive.files.find((f) => f.mimeType === DOCX && f.name === `${before!['Файл']}.docx`)!;

    const report = erase(emu);
    const [after] = rowOf(emu, 'Материалы для сайта');
    const newId = fileIdOf(after!['Ссылка на документ']);
    expect(newId).not.toBe(oldId);
    expect(text(emu, newId)).toContain('Ёлкина Мария Сергеевна');
    expect(text(emu, newId)).not.toMatch(/Алёна|Алена/);
    expect(file(emu, oldId)).toMatchObject({ trashed: true, name: ERASED });
    expect(text(emu, oldId).trim()).toBe('');
    expect(file(emu, oldCopy.id)).toBeUndefined();
    // One live version and its copy, as the menu item makes them.
    expect(live(emu, /^Материалы для сайта/)).toEqual([
      { name: after!['Файл'], docx: false },
      { name: `${after!['Файл']}.docx`, docx: true },
    ]);
    expect(report).toContain('— «Материалы для сайта» с его данными удалены и сформированы заново без него');
  });

  test('the programmes printed as one file: it goes whole; the others’ programmes are printed again, their rows link the new file', () => {
    const emu = restored(signed, ELKINA.id);
    const printedId = fileIdOf(rowOf(emu, 'Персонализированная программа')[0]!['Ссылка на документ']);
    expect(text(emu, printedId)).toContain(ELKINA.name);

    const report = erase(emu);
    expect(file(emu, printedId)).toMatchObject({ trashed: true, name: ERASED });
    const rows = rowOf(emu, 'Персонализированная программа');
    expect(rows.map((r) => r['Для кого (ID или учебный год)'])).toEqual(['П-0002', 'П-0003']);
    const [remade] = new Set(rows.map((r) => fileIdOf(r['Ссылка на документ'])));
    expect(rows.every((r) => fileIdOf(r['Ссылка на документ']) === remade)).toBe(true);
    expect(file(emu, remade!)).toMatchObject({ trashed: false, name: 'Персонализированные программы, 2 (П-0002 — П-0003)' });
    const remadeText = text(emu, remade!);
    expect(remadeText).toContain('Ёлкина Мария Сергеевна');
    expect(remadeText).toContain('Петрова Анна Ивановна');
    expect(remadeText).not.toMatch(/Алёна|П-0001/);
    // The old file's .docx copy is deleted; the new one has its own.
    expect(live(emu, /^Персонализированные программы/)).toEqual([
      { name: 'Персонализированные программы, 2 (П-0002 — П-0003)', docx: false },
      { name: 'Персонализированные программы, 2 (П-0002 — П-0003).docx', docx: true },
    ]);
    expect(report).toContain(
      '— файлы для печати, где вместе с его документами были документы других, удалены целиком; документы других сформированы заново: Персонализированная программа П-0002; Персонализированная программа П-0003;',
    );
  });

  test('when the others’ documents can’t be made now, their rows go (no dead link) and the report says to make them again', () => {
    const emu = restored(signed, ELKINA.id);
    setSetting(emu, 'Руководитель (И.О. Фамилия)', '');
    const report = erase(emu);
    expect(rowOf(emu, 'Персонализированная программа')).toEqual([]);
    expect(rowOf(emu, 'Материалы для сайта')).toEqual([]);
    expect(live(emu, /^Персонализированные программы|^Материалы для сайта/)).toEqual([]);
    expect(report).toContain(
      'документы других сформировать сейчас не удалось — сформируйте их заново: Персонализированная программа П-0002; Персонализированная программа П-0003;',
    );
    expect(report).toContain(
      '— «Материалы для сайта» с его данными удалены; сформировать их заново сейчас не удалось — выберите «Материалы для сайта» в меню «Документы»',
    );
  });

  test('an earlier file printed for many, replaced and in the trash under another name, is found and emptied, and its copy deleted', () => {
    const emu = restored(signed, ELKINA.id);
    addPairs(emu, [['П-0004', 'НТ-0003', 'НЯ-0002']]);
    emu.env.clock.advance(60_000);
    emu.call('runProgrammes');
    const earlier = emu.state.drive.files.find((f) => f.name === 'Персонализированные программы, 3 (П-0001 — П-0003)')!;
    const earlierCopy = emu.state.drive.files.find((f) => f.name === `${earlier.name}.docx`)!;
    // Making them again trashed the earlier Doc and its copy (named otherwise than the new one's);
    // both still hold her name in the trash.
    expect([earlier.trashed, earlierCopy.trashed]).toEqual([true, true]);
    expect(text(emu, earlier.id)).toContain(ELKINA.name);
    expect(rowOf(emu, 'Персонализированная программа').map((r) => r['Файл'])).toEqual(
      Array(4).fill('Персонализированные программы, 4 (П-0001 — П-0004)'),
    );

    erase(emu);
    expect(file(emu, earlier.id)).toMatchObject({ trashed: true, name: ERASED });
    expect(text(emu, earlier.id).trim()).toBe('');
    expect(file(emu, earlierCopy.id)).toBeUndefined();
    // The four programmes' file went too (her pair's programme is in it); the other three are printed again.
    expect(rowOf(emu, 'Персонализированная программа').map((r) => r['Файл'])).toEqual(
      Array(3).fill('Персонализированные программы, 3 (П-0002 — П-0004)'),
    );
  });

  test('a signed order naming her is kept word for word and listed with the reason; «Приказы» is unchanged', () => {
    const emu = restored(signed, ELKINA.id);
    const orders = records(emu, 'Приказы');
    const [orderId] = signedOrderFiles(emu);
    const before = text(emu, orderId!);
    expect(before).toContain(ELKINA.name);
    const report = erase(emu);
    expect(text(emu, orderId!)).toBe(before);
    expect(file(emu, orderId!)!.trashed).toBe(false);
    expect(records(emu, 'Приказы')).toEqual(orders);
    expect(report).toContain(
      `— подписанные приказы с его данными: ${file(emu, orderId!)!.name}. Это документы организации, которые хранятся в сроки, установленные законодательством об архивном деле; обработка персональных данных без согласия в этом случае допускается (ч. 2 ст. 9 и п. 2 ч. 1 ст. 6 Федерального закона от 27.07.2006 № 152-ФЗ).`,
    );
  });

  test('a draft order naming her (not signed) is emptied and trashed, its copy deleted, and listed; its row stays', () => {
    const emu = restored(draft, ELKINA.id);
    // The pairs order, after the approval order of an earlier year the school registered.
    const orders = records(emu, 'Приказы');
    expect(orders[1]!['Статус']).toBe('проект');
    const orderId = fileIdOf(orders[1]!['Ссылка на документ']);
    const name = file(emu, orderId)!.name;
    const copy = emu.state.drive.files.find((f) => f.name === `${name}.docx`)!;
    const report = erase(emu);
    expect(file(emu, orderId)).toMatchObject({ trashed: true, name: ERASED });
    expect(text(emu, orderId).trim()).toBe('');
    expect(file(emu, copy.id)).toBeUndefined();
    expect(records(emu, 'Приказы')).toEqual(orders);
    expect(report).toContain(
      `— проекты приказов с его данными (не подписаны; очищены и перемещены в корзину — если приказ нужен, сформируйте его заново): ${name};`,
    );
    expect(report).not.toContain('подписанные приказы');
  });
});

describe('the report', () => {
  test('the dialog and «Журнал» list what was erased by sheet, answers and files, and what is kept and why, naming no one', () => {
    const emu = restored(signed, ELKINA.id);
    const report = erase(emu);
    const lines = report.split('\n');
    expect(lines[0]).toMatch(/^Данные НТ-0001 удалены: ячеек — \d+, ответов на анкеты — 3, документов — 2\.$/);
    expect(lines[1]).toBe('Удалено:');
    const cells = lines.find((l) => l.startsWith('— ячейки с его именем или адресом'))!;
    // «Журнал»: the line the curator's test wrote and whatever the add-on logged naming her.
    for (const sheet of [
      /«Наставники» — \d+/,
      /«Наставляемые» — 1\b/,
      /«Программы» — 1\b/,
      /«Журнал» — \d+/,
      /«Ответы: наставляемые» — 1\b/,
    ]) {
      expect(cells).toMatch(sheet);
    }
    expect(lines).toEqual(
      expect.arrayContaining([
        '— заметки к ячейкам: «Наставники» — 2;',
        '— его ответы в листах ответов (строки очищены): «Ответы: наставники» — 2;',
        '— ответы, которые хранят сами формы (его и упоминающие его; в листах ответов ответы других сохранены): 3;',
        '— документы о нём и его парах (очищены, переименованы и перемещены в корзину): Согласие на обработку персональных данных НТ-0001; Персонализированная программа П-0001;',
        'Сохранено:',
        '— строка НТ-0001 в листе «Наставники» без персональных данных (ID, статус «выбыл», возрастная группа, категория, дата отзыва согласия) и ID в листах «Пары» и «Программы»: это обезличенные сведения для статистики мониторинга;',
      ]),
    );
    expect(lines.indexOf('Сохранено:')).toBeGreaterThan(lines.indexOf('Удалено:'));
    // Each enumeration ends with a full stop.
    expect(lines[lines.indexOf('Сохранено:') - 1]).toMatch(/\.$/);
    expect(lines.at(-1)).toMatch(/\.$/);
    // «Журнал» holds the same report, and nowhere her name.
    const journal = records(emu, 'Журнал').at(-1)!;
    expect(journal['Действие']).toBe('Отзыв согласия и удаление персональных данных');
    expect(journal['Подробности']).toBe(report);
    expect(report).not.toMatch(/Ёлкина|Алёна|alena/i);
  });
});

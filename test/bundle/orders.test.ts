/**
 * Orders as the school's journal numbers them: the next free number of «Приказы» proposed and
 * confirmed or replaced by the curator, a taken number refused, pairs starting before the
 * order's date fixed only when confirmed, and a fixing order for the pairs that are ready.
 */
import { DOCUMENT_MIME_TYPE, type Emulator } from '../../emulator';
import { runMenu, values } from './addon';
import { fill, madeOrders, records, schoolWithPairs } from './school';

const liveDocs = (emu: Emulator) => emu.state.drive.files.filter((f) => !f.trashed && f.mimeType === DOCUMENT_MIME_TYPE);

/** The school's journal at «112-о»: its own orders typed into «Приказы» by the curator. */
function schoolAt112(pairs = 2): Emulator {
  const emu = schoolWithPairs(pairs);
  fill(emu, 'Приказы', [
    {
      ID: 'ПР-0001',
      'Приказ: номер': '111-о',
      Дата: new Date(2026, 7, 20),
      'Вид приказа': 'Об организации питания',
      Статус: 'подписан',
    },
    {
      ID: 'ПР-0002',
      'Приказ: номер': '112-о',
      Дата: new Date(2026, 7, 31),
      'Вид приказа': 'О режиме работы',
      Статус: 'подписан',
    },
  ]);
  return emu;
}

const dutiesColumn = (emu: Emulator) => values(emu, 'Пары')[0].indexOf('Согласие наставника на обязанности: дата') + 1;
const pairsSheet = (emu: Emulator) => emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Пары')!;

describe('the journal of orders', () => {
  test('the next number follows the last order of «Приказы», whatever its suffix; an empty answer accepts it', () => {
    const emu = schoolAt112();
    const text = runMenu(emu, 'runPairsOrder', [{ button: 'OK', text: '' }]);
    const prompt = emu.state.ui.dialogs.find((d) => d.kind === 'prompt')!;
    expect(prompt.prompt).toContain('под № 113-о от 01.09.2026');
    expect(prompt.buttons).toBe('OK_CANCEL');
    expect(text).toContain('Сформирован приказ № 113-о');
    const order = records(emu, 'Приказы').at(-1)!;
    expect(order).toMatchObject({ 'Приказ: номер': '113-о', Статус: 'проект' });
    expect(String(order['Ссылка на документ'])).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
    expect(records(emu, 'Пары').map((p) => p['Приказ: номер'])).toEqual(['113-о', '113-о']);
    expect(liveDocs(emu).map((f) => f.name)).toEqual(['Приказ от 01.09.2026 № 113-о «О закреплении наставнических пар (групп)»']);
  });

  test('an empty journal starts from the settings: «Первый номер» and the suffix', () => {
    const emu = schoolWithPairs(1);
    runMenu(emu, 'runPairsOrder', [{ button: 'OK' }]);
    expect(emu.state.ui.dialogs.find((d) => d.kind === 'prompt')!.prompt).toContain('под № 1-од от 01.09.2026');
  });

  test('the curator types another number and date: the order is registered and dated so', () => {
    const emu = schoolAt112();
    const text = runMenu(emu, 'runPairsOrder', [{ button: 'OK', text: '№ 115-о от 02.09.2026' }]);
    expect(text).toContain('Сформирован приказ № 115-о');
    const order = records(emu, 'Приказы').at(-1)!;
    expect(order['Приказ: номер']).toBe('115-о');
    expect(order.Дата).toEqual(new Date(2026, 8, 2));
    expect(liveDocs(emu).map((f) => f.name)).toEqual(['Приказ от 02.09.2026 № 115-о «О закреплении наставнических пар (групп)»']);
  });

  test.each([['сто тринадцатый'], ['113-о'], ['113-о от 31.09.2026'], ['113-о от 3.12']])(
    'bad input «%s»: a clear message, nothing made',
    (typed) => {
      const emu = schoolAt112();
      const text = runMenu(emu, 'runPairsOrder', [{ button: 'OK', text: typed }]);
      expect(text).toContain(`«${typed}» — не номер и дата приказа. Введите их в виде «номер от дд.мм.гггг»`);
      expect(records(emu, 'Приказы')).toHaveLength(3);
      expect(liveDocs(emu)).toHaveLength(0);
    },
  );

  test('a number already in «Приказы» is refused; cancel makes nothing', () => {
    const emu = schoolAt112();
    const text = runMenu(emu, 'runPairsOrder', [{ button: 'OK', text: '112-О от 01.09.2026' }]);
    expect(text).toContain('Номер 112-О уже есть в листе «Приказы» («О режиме работы»). Выберите свободный номер.');
    expect(runMenu(emu, 'runPairsOrder', [{ button: 'CANCEL' }])).toContain('Ничего не изменено.');
    expect(records(emu, 'Приказы')).toHaveLength(3);
    expect(liveDocs(emu)).toHaveLength(0);
    expect(records(emu, 'Пары').map((p) => p['Приказ: номер'])).toEqual(['', '']);
  });

  test('pairs starting before the order’s date: fixed only when the curator confirms', () => {
    const emu = schoolAt112();
    const refused = runMenu(emu, 'runPairsOrder', [{ button: 'OK', text: '113-о от 20.09.2026' }, { button: 'NO' }]);
    const question = emu.state.ui.dialogs.find((d) => d.buttons === 'YES_NO')!;
    expect(question.prompt).toContain(
      'начинаются раньше даты приказа (20.09.2026): П-0001 — с 15.09.2026, П-0002 — с 15.09.2026',
    );
    expect(refused).toContain('Приказ не сформирован.');
    expect(liveDocs(emu)).toHaveLength(0);
    expect(records(emu, 'Приказы')).toHaveLength(3);

    const made = runMenu(emu, 'runPairsOrder', [{ button: 'OK', text: '113-о от 20.09.2026' }, { button: 'YES' }]);
    expect(made).toContain('Сформирован приказ № 113-о');
    expect(records(emu, 'Приказы').at(-1)!.Дата).toEqual(new Date(2026, 8, 20));
  });
});

describe('pairs are fixed only after the Положение is approved', () => {
  const approvalRow = (emu: Emulator) => values(emu, 'Приказы').findIndex((r) => r.includes('45-од')) + 1;

  test('no approval order in «Приказы»: refused before the number is asked, nothing made', () => {
    const emu = schoolWithPairs(1);
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Приказы')!;
    sheet.getRange(approvalRow(emu), 1, 1, values(emu, 'Приказы')[0].length).clearContent();
    const text = runMenu(emu, 'runPairsOrder');
    expect(text).toContain('Пары закрепляют приказом после утверждения Положения о наставничестве');
    expect(emu.state.ui.dialogs.some((d) => d.kind === 'prompt')).toBe(false);
    expect(liveDocs(emu)).toHaveLength(0);
    expect(records(emu, 'Приказы')).toHaveLength(0);
  });

  test('approved after the date typed: refused, saying when it was approved; a draft approval order counts', () => {
    const emu = schoolWithPairs(1);
    const sheet = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Приказы')!;
    const head = values(emu, 'Приказы')[0];
    sheet.getRange(approvalRow(emu), head.indexOf('Дата') + 1).setValue(new Date(2026, 8, 1));
    sheet.getRange(approvalRow(emu), head.indexOf('Статус') + 1).setValue('проект');
    const text = runMenu(emu, 'runPairsOrder', [{ button: 'OK', text: '1-од от 31.08.2026' }]);
    expect(text).toContain(
      'Положение утверждено приказом № 45-од от 01.09.2026, позже даты приказа о закреплении пар (31.08.2026).',
    );
    expect(liveDocs(emu)).toHaveLength(0);
    expect(runMenu(emu, 'runPairsOrder', [{ button: 'OK', text: '1-од от 01.09.2026' }])).toContain('Сформирован приказ № 1-од');
  });
});

describe('a fixing order for the pairs that are ready', () => {
  test('ready pairs fixed now, the others listed with what they lack and fixed by a later order', () => {
    const emu = schoolWithPairs(3);
    pairsSheet(emu).getRange(3, dutiesColumn(emu)).setValue('');
    const text = runMenu(emu, 'runPairsOrder');
    expect(text).toContain('Сформирован приказ № 1-од');
    expect(text).toContain('Не вошли в приказ (войдут в следующий, когда будут согласия): 1.');
    expect(text).toContain(
      'П-0002: Наставникова1 Анна Ивановна: нет письменного согласия на выполнение обязанностей наставника (ст. 351.8 ТК РФ).',
    );
    expect(records(emu, 'Пары').map((p) => p['Приказ: номер'])).toEqual(['1-од', '', '1-од']);
    expect(madeOrders(emu)[0]['Основание (ID записей)']).toBe('П-0001; П-0003');

    // The first order signed; the consent comes; the later order fixes П-0002 alone.
    const orders = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Приказы')!;
    orders.getRange(3, values(emu, 'Приказы')[0].indexOf('Статус') + 1).setValue('подписан');
    pairsSheet(emu)
      .getRange(3, dutiesColumn(emu))
      .setValue(new Date(2026, 7, 30));
    expect(runMenu(emu, 'runPairsOrder')).toContain('Сформирован приказ № 2-од');
    expect(records(emu, 'Пары').map((p) => p['Приказ: номер'])).toEqual(['1-од', '2-од', '1-од']);
    expect(madeOrders(emu)[1]['Основание (ID записей)']).toBe('П-0002');
  });
});

/** A small school for end-to-end tests: settings filled, mentors and mentees with consents. */
import type { Emulator, EmulatorOptions } from '../../emulator';
import { header, loadAddOn, runSetup, values } from './addon';

/** Writes records by header text after the last filled row, as a curator typing would. */
export function fill(emu: Emulator, sheet: string, records: Record<string, unknown>[]): void {
  const head = header(emu, sheet);
  const target = emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!;
  const start = values(emu, sheet).length + 1;
  const rows = records.map((r) => head.map((h) => (h in r ? r[h] : '')));
  target.getRange(start, 1, rows.length, head.length).setValues(rows);
}

export function setSetting(emu: Emulator, title: string, value: unknown): void {
  const grid = values(emu, 'Настройки');
  const row = grid.findIndex((r) => r[0] === title) + 1;
  emu.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Настройки')!.getRange(row, 2).setValue(value);
}

/** Records of a sheet keyed by header, without blank rows. */
export function records(emu: Emulator, sheet: string): Record<string, unknown>[] {
  const [head, ...rows] = values(emu, sheet);
  return rows.filter((r) => r.some((c) => c !== '')).map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}

export const consentDate = new Date(2026, 7, 28);

export function schoolWithSettings(options: EmulatorOptions = {}): Emulator {
  const emu = loadAddOn(options);
  runSetup(emu);
  setSetting(
    emu,
    'Полное наименование организации',
    'Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7»',
  );
  setSetting(emu, 'Сокращённое наименование', 'МБОУ СОШ № 7');
  setSetting(emu, 'Место издания документов', 'г. Энск');
  setSetting(emu, 'Руководитель (И.О. Фамилия)', 'Н.В. Громова');
  setSetting(emu, 'Куратор (И.О. Фамилия)', 'Е.А. Лебедева');
  return emu;
}

/** `pairs` pairs ready for the pairs order, every consent dated `consent`. */
export function schoolWithPairs(pairs: number, consent: Date = consentDate): Emulator {
  const emu = schoolWithSettings();
  const ids = Array.from({ length: pairs }, (_, i) => String(i + 1).padStart(4, '0'));
  fill(
    emu,
    'Наставники',
    ids.map((n, i) => ({
      ID: `НТ-${n}`,
      ФИО: `Наставникова${i} Анна Ивановна`,
      Должность: 'учитель',
      Статус: 'активен',
      'Согласие на обработку ПДн: дата': consent,
    })),
  );
  fill(
    emu,
    'Наставляемые',
    ids.map((n, i) => ({
      ID: `НЯ-${n}`,
      ФИО: `Молодой${i} Иван Петрович`,
      Должность: 'учитель',
      'Запросы и затруднения': 'Работа с родителями',
      Статус: 'в паре',
      'Согласие на обработку ПДн: дата': consent,
    })),
  );
  fill(
    emu,
    'Пары',
    ids.map((n) => ({
      ID: `П-${n}`,
      'ID наставника': `НТ-${n}`,
      'ID наставляемых': `НЯ-${n}`,
      'Форма наставничества': 'педагог – педагог',
      'Вид наставничества': 'традиционное',
      'Дата начала': new Date(2026, 8, 15),
      'Плановая дата окончания': new Date(2027, 4, 31),
      'Согласие наставника на обязанности: дата': consent,
      Статус: 'закреплена',
    })),
  );
  approvedLastYear(emu);
  emu.resetCounts();
  return emu;
}

/**
 * The Положение approved by an order of an earlier year, registered in «Приказы» by the
 * curator: pairs are fixed only after it. The year's journal stays empty (numbers from 1).
 */
export function approvedLastYear(emu: Emulator): void {
  fill(emu, 'Приказы', [
    {
      ID: 'ПР-0001',
      'Приказ: номер': '45-од',
      Дата: new Date(2021, 7, 30),
      'Вид приказа': 'Об утверждении Положения и дорожной карты',
      Статус: 'подписан',
    },
  ]);
}

/** «Приказы» without the approval order of an earlier year that the fixtures register. */
export function madeOrders(emu: Emulator): Record<string, unknown>[] {
  return records(emu, 'Приказы').filter((o) => o['Приказ: номер'] !== '45-од');
}

/** `people` mentees waiting for a pair, none with a consent to data processing yet. */
export function schoolWithoutConsents(people: number, options: EmulatorOptions = {}): Emulator {
  const emu = schoolWithSettings(options);
  fill(
    emu,
    'Наставляемые',
    Array.from({ length: people }, (_, i) => ({
      ID: `НЯ-${String(i + 1).padStart(4, '0')}`,
      ФИО: `Учитель${i + 1} Без Согласия`,
      Статус: 'ожидает пару',
    })),
  );
  return emu;
}

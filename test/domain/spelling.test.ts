/**
 * Every document kind's text and every Russian string of src/i18n through Hunspell's ru_RU
 * dictionary (Debian `hunspell` + `hunspell-ru`; .ci/run installs them). No unknown word is
 * allowed except the short list below, each with its reason.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { modelText } from '../../src/domain/docModel';
import { renderSet } from '../render/renderSet';

/** Words the dictionary lacks, and why each is right. */
const ALLOWED: Readonly<Record<string, string>> = {
  // Abbreviations (official ones, or the register's own ID prefix and date mask).
  ЕГЭ: 'единый государственный экзамен',
  ОГЭ: 'основной государственный экзамен',
  МБОУ: 'муниципальное бюджетное общеобразовательное учреждение (fixture)',
  СОШ: 'средняя общеобразовательная школа (fixture)',
  УВР: 'учебно-воспитательная работа',
  ФЗ: 'федеральный закон',
  ТК: 'Трудовой кодекс',
  ФИО: 'фамилия, имя, отчество',
  ОГРН: 'основной государственный регистрационный номер',
  ПДн: 'персональные данные',
  ОВЗ: 'ограниченные возможности здоровья',
  ФГОС: 'федеральный государственный образовательный стандарт',
  ФОП: 'федеральная образовательная программа',
  НЯ: 'ID prefix of mentees (НЯ-0001)',
  ОК: 'the button of the dialog, as Google shows it',
  ДД: 'date mask ДД.ММ.ГГГГ',
  ГГГГ: 'date mask',
  дд: 'date mask дд.мм.гггг',
  гггг: 'date mask',
  // Terms of the field (Распоряжение Минпросвещения России от 25.12.2019 № Р-145, ФГОС) the dictionary lacks.
  наставляемый: 'the mentee, the term of the law',
  наставляемого: 'same',
  наставляемому: 'same',
  наставляемым: 'same',
  наставляемые: 'same',
  наставляемых: 'same',
  наставляемыми: 'same',
  компетенций: 'plural of компетенция',
  компетенциями: 'same',
  компетенциях: 'same',
  оценивание: 'pedagogical term (критериальное оценивание)',
  оценивания: 'same',
  оцениванию: 'same',
  критериальное: 'same',
  целеполагающее: 'kind of mentoring in the model Положение',
  высокомотивированными: 'ФГОС term (высокомотивированные обучающиеся)',
  инклюзивное: 'inclusive education, 273-ФЗ term',
  согласий: 'genitive plural of согласие, missing from the dictionary',
  согласиях: 'prepositional plural of согласие',
  скан: 'scanned copy (column «Скан согласия»)',
  ая: 'the feminine ending offered in «зарегистрированный(ая)» where the gender is not known',
};
const allowed = new Set(Object.keys(ALLOWED).map((w) => w.toLowerCase()));

/**
 * Names of the fixtures (test/domain/documentFixtures.ts) and the model town, in any case
 * («Громов», «Громову»): people's names are not the dictionary's business.
 */
const FIXTURE_NAMES = /^(?:ёлкин|алиев|дергачёв|иванов|громов|рашид|эльдар|энск)/;
const known = (word: string) => allowed.has(word.toLowerCase()) || FIXTURE_NAMES.test(word.toLowerCase());

/** Lists in src/i18n that are not shown to anyone: endings and service words for matching. */
const NOT_SHOWN = /export const ROADMAP_LANGUAGE = \{[\s\S]*?\n\} as const;/;

/** Source text of src/i18n without comments and regular-expression literals. */
function i18nText(): string {
  const dir = path.join(__dirname, '../../src/i18n');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .replace(NOT_SHOWN, '')
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/^\s*\/\/.*$/gm, ' ')
        .replace(/([=(,:!&|?;{[]\s*)\/(?![*/])(?:\\.|\[(?:\\.|[^\]])*\]|[^/\n\\[])+\/[dgimsuy]*/g, '$1 '),
    )
    .join('\n');
}

/** Russian words of two letters or more (single letters are initials and «г.», «п.», «ст.»-like abbreviations). */
function words(text: string): string[] {
  const found = text.match(/\p{Script=Cyrillic}{2,}/gu) ?? [];
  return [...new Set(found)].sort();
}

function unknownWords(list: readonly string[]): string[] {
  const run = spawnSync('hunspell', ['-d', 'ru_RU', '-i', 'UTF-8', '-l'], { input: list.join('\n'), encoding: 'utf8' });
  if (run.error || run.status !== 0)
    throw new Error(
      `hunspell with the ru_RU dictionary is needed: apt-get install -y hunspell hunspell-ru (${run.error ?? run.stderr})`,
    );
  return [...new Set(run.stdout.split('\n').filter(Boolean))].filter((w) => !known(w)).sort();
}

describe('spelling (Hunspell ru_RU)', () => {
  test('the dictionary itself rejects a misspelling', () => {
    expect(unknownWords(['наставник', 'Борисоввич', 'традиционное'])).toEqual(['Борисоввич']);
  });

  test('every document kind', () => {
    const text = Object.values(renderSet())
      .map((m) => `${m.name}\n${modelText(m)}`)
      .join('\n');
    expect(unknownWords(words(text))).toEqual([]);
  });

  test('every Russian string of src/i18n', () => {
    expect(unknownWords(words(i18nText()))).toEqual([]);
  });
});

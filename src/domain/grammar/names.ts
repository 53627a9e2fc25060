/**
 * People's names and positions in the case a sentence needs («назначить … А.М. Киселёву»,
 * «данные Казакова Ивана Борисовича», «наставнику …»). Pure: runs the same in jest and in
 * the bundle.
 *
 * The endings come from `petrovich` (the rules of the Petrovich project, MIT). Both npm
 * candidates were measured on 03.12.2026 (lvovich 2.1.0, petrovich 0.2.1, both installed for it):
 *   - correctness on the hard-names table (double surnames, -ых/-их/-ко/-енко/-аго/-ово,
 *     Georgian -швили, Дюма, Гёте, Кюри, «Лев», «Любовь», «Ильич», «Кузьминична», «оглы»):
 *     petrovich 26 of 28, lvovich 26 of 28 (petrovich misses «Гарсия» → «Гарсии»,
 *     lvovich «Иоганн» → «Иоганну»; both give «Заяца» for «Заяц»);
 *   - bundle cost, esbuild, unminified as build/Code.js is: petrovich 37 KB, lvovich 75 KB
 *     (minified 13 KB against 44 KB); in build/Code.js petrovich takes 35,954 bytes (esbuild
 *     metafile), about 5 % of the bundle;
 *   - lvovich guesses gender from first names and calls «Мари Кюри» male; petrovich refuses
 *     to decline without a gender, which is what this module wants.
 * Equal on correctness, petrovich costs half and guesses nothing, so it is the one.
 *
 * The gender is never guessed from a first name. It is taken from the patronymic (-вич/-ич,
 * -вна/-чна, оглы/кызы), or, for «А.М. Киселёва» (initials and a surname), from a surname of an
 * unambiguous Russian shape (-ов/-ев/-ин/-ский against -ова/-ева/-ина/-ская). When neither
 * tells, the functions return null and the caller keeps the nominative in a wording that can
 * never read wrong («работник — Кюри Мари»), never a wrong ending.
 */
/// <reference path="./vendor.d.ts" />
import petrovich from 'petrovich';
import { PATRONYMIC_PARTICLE } from '../../i18n/documents';

export type GrammarCase = 'nominative' | 'genitive' | 'dative' | 'accusative' | 'instrumental' | 'prepositional';
type Gender = 'male' | 'female';

interface ParsedName {
  last: string;
  first?: string;
  middle?: string;
  /** Initials as typed, normalised to «А.М.»; only in the «А.М. Киселёва» form. */
  initials?: string;
}

const INITIALS = /^(?:\p{L}\.)+$|^\p{L}$/u;
/** A word of a name; digits are let through so that lists keep «Иванов2» readable, but such a name is never declined. */
const WORD = /^[\p{L}\d]+(?:-[\p{L}\d]+)*$/u;
const LETTERS = /^[\p{L}\s-]+$/u;

/** «Казаков Иван Борисович», «Мамедов Рашид Али оглы», «А.М. Киселёва», «Киселёва А.М.». */
function parse(fullName: string): ParsedName | null {
  const text = fullName.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const tokens = text.replace(/((?:^|\s)(?:\p{L}\.){1,2})(?=\p{L}{2,})/gu, '$1 ').split(' ');
  const initials = tokens.filter((t) => INITIALS.test(t));
  const words = tokens.filter((t) => !INITIALS.test(t));
  if (!words.every((w) => WORD.test(w))) return null;
  if (initials.length) {
    if (words.length !== 1) return null;
    const letters = initials.join('').replace(/\./g, '').split('');
    return { last: words[0], initials: letters.map((l) => `${l.toUpperCase()}.`).join('') };
  }
  const [last, first, ...rest] = words;
  if (!first) return { last };
  return { last, first, middle: rest.length ? rest.join(' ') : undefined };
}

/** From the patronymic only: «Борисович», «Ильич», «Али оглы» male; «Кузьминична», «кызы» female. */
export function genderOfPatronymic(middle: string | undefined): Gender | null {
  if (!middle) return null;
  const words = middle.trim().split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  if (PATRONYMIC_PARTICLE.test(last)) return /^(?:кызы|кизи|гызы)$/.test(last) ? 'female' : 'male';
  if (words.length !== 1) return null;
  if (/(?:вич|ьич|[иы]ч)$/.test(last)) return 'male';
  if (/(?:вна|чна|шна)$/.test(last)) return 'female';
  return null;
}

/** Russian surnames whose ending tells the gender (for «А.М. Киселёва», where there is nothing else). */
export function genderOfSurname(last: string): Gender | null {
  const word = last.toLowerCase().split('-').pop() ?? '';
  if (/(?:[оеё]ва|[иы]на|[сц]кая)$/.test(word)) return 'female';
  if (/(?:[оеё]в|[иы]н|[сц]кий)$/.test(word)) return 'male';
  return null;
}

function inflect(name: ParsedName, gender: Gender, grammarCase: GrammarCase): ParsedName {
  if (grammarCase === 'nominative') return name;
  // petrovich's surname rules know «-ева» but not «-ёва»: decline without ё, then put it back.
  const person: Record<string, string> = { gender, last: name.last.replace(/ё/g, 'е').replace(/Ё/g, 'Е') };
  if (name.first) person.first = name.first;
  // petrovich does not know the particle: decline «Али», keep «оглы».
  const middleWords = name.middle?.split(' ') ?? [];
  const particle = middleWords.length > 1 && PATRONYMIC_PARTICLE.test(middleWords[middleWords.length - 1]);
  const middleCore = particle ? middleWords.slice(0, -1).join(' ') : name.middle;
  if (middleCore && !particle) person.middle = middleCore;
  const out = petrovich(person, grammarCase) as Record<string, string>;
  const firstOfParticle =
    particle && middleCore ? (petrovich({ gender, first: middleCore }, grammarCase).first as string) : undefined;
  return {
    last: withYo(name.last, out.last),
    first: out.first,
    middle: particle ? `${firstOfParticle} ${middleWords[middleWords.length - 1]}` : out.middle,
    initials: name.initials,
  };
}

/** The surname's ё back where it was typed: the stem is unchanged by declension. */
function withYo(typed: string, declined: string): string {
  return Array.from(declined, (ch, i) => (/[ёЁ]/.test(typed.charAt(i)) ? typed.charAt(i) : ch)).join('');
}

function declinable(fullName: string): { name: ParsedName; gender: Gender } | null {
  const name = parse(fullName);
  if (!name || ![name.last, name.first ?? '', name.middle ?? ''].every((w) => LETTERS.test(w) || !w)) return null;
  const gender = name.initials ? genderOfSurname(name.last) : genderOfPatronymic(name.middle);
  return gender ? { name, gender } : null;
}

/**
 * «Казаков Иван Борисович» in the case asked, same shape as typed: «Казакова Ивана Борисовича».
 * «А.М. Киселёва» → «А.М. Киселёву». Null when the gender cannot be known (no patronymic,
 * a foreign name, a shape we cannot read): then print the nominative in a neutral wording.
 */
export function declineName(fullName: string, grammarCase: GrammarCase): string | null {
  const found = declinable(fullName);
  if (!found) return null;
  const n = inflect(found.name, found.gender, grammarCase);
  if (n.initials) return `${n.initials} ${n.last}`;
  return [n.last, n.first, n.middle].filter(Boolean).join(' ');
}

/** «Казаков Иван Борисович» → «И.Б. Казакова» (genitive); null as declineName. */
export function declineInitialsName(fullName: string, grammarCase: GrammarCase): string | null {
  const found = declinable(fullName);
  if (!found) return null;
  const n = inflect(found.name, found.gender, grammarCase);
  if (n.initials) return `${n.initials} ${n.last}`;
  return `${initialsOf(found.name)} ${n.last}`.trim();
}

/** The given name and patronymic's initials as typed (nominative): «И.Б.», «Р.А.» for «Али оглы». */
function initialsOf(name: ParsedName): string {
  const given = [name.first, ...(name.middle?.split(' ') ?? [])].filter((w): w is string => !!w && !PATRONYMIC_PARTICLE.test(w));
  return given
    .map((w) =>
      w
        .split('-')
        .map((p) => `${p.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join('');
}

/**
 * «Киселёва Анна Михайловна» or «А.М. Киселёва» → «Киселёва А.М.»: the one form of a list
 * (acknowledgement sheets, tables). A shape we cannot read is returned as typed.
 */
export function surnameInitials(fullName: string): string {
  const name = parse(fullName);
  if (!name) return fullName.replace(/\s+/g, ' ').trim();
  const initials = name.initials ?? initialsOf(name);
  return initials ? `${name.last} ${initials}` : name.last;
}

/**
 * The head words of common school positions, declined (the rest of the position — «директора
 * по УВР», «начальных классов», «(математика)» — is already in the genitive or in brackets and
 * stays). Animate nouns: accusative = genitive.
 */
const POSITION_HEADS: Readonly<Record<string, Readonly<Record<Exclude<GrammarCase, 'nominative'>, string>>>> = {
  учитель: { genitive: 'учителя', dative: 'учителю', accusative: 'учителя', instrumental: 'учителем', prepositional: 'учителе' },
  заместитель: {
    genitive: 'заместителя',
    dative: 'заместителю',
    accusative: 'заместителя',
    instrumental: 'заместителем',
    prepositional: 'заместителе',
  },
  педагог: {
    genitive: 'педагога',
    dative: 'педагогу',
    accusative: 'педагога',
    instrumental: 'педагогом',
    prepositional: 'педагоге',
  },
  психолог: {
    genitive: 'психолога',
    dative: 'психологу',
    accusative: 'психолога',
    instrumental: 'психологом',
    prepositional: 'психологе',
  },
  организатор: {
    genitive: 'организатора',
    dative: 'организатору',
    accusative: 'организатора',
    instrumental: 'организатором',
    prepositional: 'организаторе',
  },
  логопед: {
    genitive: 'логопеда',
    dative: 'логопеду',
    accusative: 'логопеда',
    instrumental: 'логопедом',
    prepositional: 'логопеде',
  },
  дефектолог: {
    genitive: 'дефектолога',
    dative: 'дефектологу',
    accusative: 'дефектолога',
    instrumental: 'дефектологом',
    prepositional: 'дефектологе',
  },
  директор: {
    genitive: 'директора',
    dative: 'директору',
    accusative: 'директора',
    instrumental: 'директором',
    prepositional: 'директоре',
  },
  советник: {
    genitive: 'советника',
    dative: 'советнику',
    accusative: 'советника',
    instrumental: 'советником',
    prepositional: 'советнике',
  },
  методист: {
    genitive: 'методиста',
    dative: 'методисту',
    accusative: 'методиста',
    instrumental: 'методистом',
    prepositional: 'методисте',
  },
  воспитатель: {
    genitive: 'воспитателя',
    dative: 'воспитателю',
    accusative: 'воспитателя',
    instrumental: 'воспитателем',
    prepositional: 'воспитателе',
  },
  преподаватель: {
    genitive: 'преподавателя',
    dative: 'преподавателю',
    accusative: 'преподавателя',
    instrumental: 'преподавателем',
    prepositional: 'преподавателе',
  },
  тьютор: { genitive: 'тьютора', dative: 'тьютору', accusative: 'тьютора', instrumental: 'тьютором', prepositional: 'тьюторе' },
  библиотекарь: {
    genitive: 'библиотекаря',
    dative: 'библиотекарю',
    accusative: 'библиотекаря',
    instrumental: 'библиотекарем',
    prepositional: 'библиотекаре',
  },
};
/** Adjectives that may stand before the head: «социальный педагог», «старший воспитатель». */
const POSITION_ADJECTIVES: Readonly<Record<string, Readonly<Record<Exclude<GrammarCase, 'nominative'>, string>>>> = {
  социальный: {
    genitive: 'социального',
    dative: 'социальному',
    accusative: 'социального',
    instrumental: 'социальным',
    prepositional: 'социальном',
  },
  старший: {
    genitive: 'старшего',
    dative: 'старшему',
    accusative: 'старшего',
    instrumental: 'старшим',
    prepositional: 'старшем',
  },
};

/**
 * «Заместитель директора по УВР» → «заместителя директора по УВР» (accusative), lower-cased
 * for the middle of a sentence; «педагог-психолог» → «педагога-психолога». Null for a position
 * whose head is not in the table: print it in the nominative in a neutral wording.
 */
export function declinePosition(position: string, grammarCase: GrammarCase): string | null {
  const text = position.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const lower = text.charAt(0).toLowerCase() + text.slice(1);
  if (grammarCase === 'nominative') return lower;
  const words = lower.split(' ');
  let i = 0;
  const out: string[] = [];
  const adjective = POSITION_ADJECTIVES[words[0]];
  if (adjective) {
    out.push(adjective[grammarCase]);
    i = 1;
  }
  const head = words[i];
  if (!head) return null;
  const parts = head.split('-');
  const declined = parts.map((p) => POSITION_HEADS[p]?.[grammarCase]);
  if (declined.some((d) => !d)) return null;
  out.push(declined.join('-'), ...words.slice(i + 1));
  return out.join(' ');
}

/**
 * Position and name together in one case: «заместителя директора по УВР А.М. Киселёву».
 * Null unless both decline; the caller then uses the neutral wording.
 */
export function personInCase(
  person: { position: string; fullName: string },
  grammarCase: GrammarCase,
  form: 'initials' | 'full' = 'initials',
): string | null {
  const position = declinePosition(person.position, grammarCase);
  const name =
    form === 'initials' ? declineInitialsName(person.fullName, grammarCase) : declineName(person.fullName, grammarCase);
  return position && name ? `${position} ${name}` : null;
}

/**
 * The gender a sentence may rely on («зарегистрированный» / «зарегистрированная»): from the
 * patronymic, or from the surname of «А.М. Киселёва»; null when it cannot be known.
 */
export function genderOf(fullName: string): 'male' | 'female' | null {
  return declinable(fullName)?.gender ?? null;
}

/**
 * Folding and a light stemmer for recognising the same activity in other words.
 *
 * A curator rewords rows («Проведение анкетирования наставляемых» for «Анкетирование
 * наставляемых»), changes case, writes «е» for «ё», adds spaces or slashes. Comparing
 * folded text catches the cosmetic changes; for rewording, each text is reduced to the set
 * of its meaningful stems (endings cut, service words and words every roadmap row shares
 * dropped), and two texts are compared by how many stems they share.
 */
import { ROADMAP_LANGUAGE } from '../../i18n/roadmap';

/** Lower case, ё→е, every run of non-letters (punctuation, slashes, quotes, digits) one space. */
export function foldText(text: unknown): string {
  return String(text ?? '')
    .toLowerCase()
    .replace(/\u0451/g, '\u0435') // ё → е
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
}

const MIN_STEM = 3;

function stem(word: string): string {
  for (const ending of ROADMAP_LANGUAGE.endings) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_STEM) return word.slice(0, -ending.length);
  }
  return word;
}

let ignored: Set<string> | undefined;
/** Stems never counted (built on first use: the top level of the bundle stays free of work). */
function ignoredStems(): Set<string> {
  if (!ignored) {
    ignored = new Set<string>(ROADMAP_LANGUAGE.serviceWords);
    for (const word of ROADMAP_LANGUAGE.commonWords) ignored.add(stem(foldText(word)));
  }
  return ignored;
}

/** The meaningful stems of a text. */
export function stems(text: unknown): Set<string> {
  const skip = ignoredStems();
  const result = new Set<string>();
  for (const word of foldText(text).split(' ')) {
    if (!word || skip.has(word)) continue;
    const s = stem(word);
    if (!skip.has(s)) result.add(s);
  }
  return result;
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const s of a) if (b.has(s)) n++;
  return n;
}

/**
 * Similarity of two activities: shared stems divided by the size of the smaller set, that
 * size counted as at least 2.
 *
 * Why this measure: a curator's rewording mostly adds words («Проведение анкетирования
 * педагогов, готовых стать наставниками» for «Анкетирование потенциальных наставников»), so
 * the share of the shorter text found in the longer one is what shows the same activity;
 * Jaccard or Dice would punish the added words. The floor of 2 means one shared word is
 * never enough: «Анкетирование» alone cannot claim «Анкетирование наставников». A match
 * needs 0.6, i.e. at least two shared stems of two or three, three of four or five.
 */
export function activitySimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return shared(a, b) / Math.max(2, Math.min(a.size, b.size));
}

/**
 * Similarity of stage names (Dice: twice the shared stems over both sizes). Stage names
 * differ from one another by a word or two («Формирование наставнических пар и групп» and
 * «Работа наставнических пар и групп»), so extra words must count against a stage here.
 */
export function stageSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  return (2 * shared(a, b)) / (a.size + b.size);
}

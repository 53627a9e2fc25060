/**
 * Which rows of an existing «Дорожная карта» are which template activities, and which
 * template activities the sheet lacks («добавить недостающие мероприятия»).
 *
 * The sheet keeps no template key: its IDs are «ДК-0001», and a hidden key would not
 * survive the curator copying rows from last year's workbook or typing them by hand. So a
 * row is recognised by its text, in this order of evidence:
 *  1. the same key, when the caller has one for the row (e.g. it kept it in a note);
 *  2. the same activity text once folded (case, spaces, punctuation, ё/е) — whatever stage
 *     the curator put it under;
 *  3. a reworded activity: similarity of meaningful stems ≥ 0.6 (see text.ts), but only
 *     within the same stage, so that «Согласия наставников …» is never taken for
 *     «Согласия наставляемых …». A row's stage is the template stage its «Этап» text is
 *     most like (several on a tie); a blank or unrecognisable «Этап» allows any stage;
 *  4. within the same stage too, an activity told in the words of the template's
 *     «Содержание» («Курсы повышения квалификации для наставников» is what «Обучение
 *     наставников» means): at least three stems, three quarters of the row's, found there.
 *     This is weaker evidence and yields to every match above.
 * Each row stands for one template activity at most and the other way round: the best
 * matches are taken first. When in doubt the row is not matched: a missing activity is
 * only proposed and the curator confirms it, whereas a wrong match would hide it.
 */
import type { RoadmapStageKey } from '../../i18n/roadmap';
import type { RoadmapTemplateRow } from './template';
import { activitySimilarity, foldText, stageSimilarity, stems } from './text';

export interface ExistingRoadmapRow {
  /** The template key, if the caller knows it. */
  key?: string | null;
  stage: string;
  activity: string;
  /** «№» as the sheet shows it; used to number added rows after the sheet's own. */
  number?: string | null;
}

/** The activity similarity from which a reworded row counts as the template's. */
export const ACTIVITY_MATCH_THRESHOLD = 0.6;
/** Share of a row's stems that must appear in a template activity's content (rule 4). */
const CONTENT_MATCH_SHARE = 0.75;
const CONTENT_MATCH_MIN_STEMS = 3;

/** Rule 4: the row's activity retold by the template's content; a score below rule 3's. */
function contentScore(row: ReadonlySet<string>, content: ReadonlySet<string>): number {
  let found = 0;
  for (const s of row) if (content.has(s)) found++;
  const share = row.size === 0 ? 0 : found / row.size;
  return found >= CONTENT_MATCH_MIN_STEMS && share >= CONTENT_MATCH_SHARE ? share / 2 : 0;
}

/** Template stages a «Этап» text belongs to; null when it says nothing (any stage fits). */
function stagesOf(stage: string, stageStems: ReadonlyMap<RoadmapStageKey, Set<string>>): Set<RoadmapStageKey> | null {
  const own = stems(stage);
  if (own.size === 0) return null;
  let best = 0;
  let found = new Set<RoadmapStageKey>();
  for (const [key, template] of stageStems) {
    const score = stageSimilarity(own, template);
    if (score > best + 1e-9) {
      best = score;
      found = new Set([key]);
    } else if (score > 0 && Math.abs(score - best) <= 1e-9) found.add(key);
  }
  return best > 0 ? found : null;
}

function templateStageStems(template: readonly RoadmapTemplateRow[]): Map<RoadmapStageKey, Set<string>> {
  const result = new Map<RoadmapStageKey, Set<string>>();
  for (const row of template) if (!result.has(row.stageKey)) result.set(row.stageKey, stems(row.stage));
  return result;
}

/**
 * For each existing row, the key of the template activity it stands for, or undefined
 * (a row of the curator's own).
 */
export function matchTemplateRows(
  existing: readonly ExistingRoadmapRow[],
  template: readonly RoadmapTemplateRow[],
): (string | undefined)[] {
  const stageStems = templateStageStems(template);
  const templateFolded = template.map((t) => foldText(t.activity));
  const templateStems = template.map((t) => stems(t.activity));
  const contentStems = template.map((t) => stems(t.content));
  const candidates: { t: number; e: number; score: number }[] = [];

  existing.forEach((row, e) => {
    const folded = foldText(row.activity);
    if (!folded && !row.key) return;
    const rowStems = stems(row.activity);
    const rowStages = stagesOf(row.stage, stageStems);
    template.forEach((t, ti) => {
      const stageFits = rowStages === null || rowStages.has(t.stageKey);
      let score = 0;
      if (row.key && row.key === t.key) score = 3;
      else if (folded && folded === templateFolded[ti]) score = stageFits ? 2.5 : 2;
      else if (stageFits) {
        const similarity = activitySimilarity(templateStems[ti], rowStems);
        if (similarity >= ACTIVITY_MATCH_THRESHOLD) score = similarity;
        else score = contentScore(rowStems, contentStems[ti]);
      }
      if (score > 0) candidates.push({ t: ti, e, score });
    });
  });

  candidates.sort((a, b) => b.score - a.score || a.t - b.t || a.e - b.e);
  const result: (string | undefined)[] = existing.map(() => undefined);
  const takenTemplate = new Set<number>();
  for (const c of candidates) {
    if (takenTemplate.has(c.t) || result[c.e] !== undefined) continue;
    takenTemplate.add(c.t);
    result[c.e] = template[c.t].key;
  }
  return result;
}

const NUMBER = /^\s*(\d+)\s*\.\s*(\d+)\s*\.?\s*$/;

/**
 * Template rows the sheet lacks, in template order, ready to append. A missing row of a
 * stage the sheet already has takes the sheet's wording of that stage (so progress by stage
 * keeps one line) and the next number in it («3.4» after «3.3»); a stage the sheet lacks
 * gets the next stage number. A sheet without «N.M» numbers gets the template's numbers.
 */
export function missingTemplateRows(
  existing: readonly ExistingRoadmapRow[],
  template: readonly RoadmapTemplateRow[],
): RoadmapTemplateRow[] {
  const matched = matchTemplateRows(existing, template);
  const present = new Set(matched.filter((k): k is string => k !== undefined));
  const missing = template.filter((t) => !present.has(t.key));
  if (missing.length === 0) return [];

  // How the sheet names and numbers each template stage, learned from its recognised rows
  // and from the curator's own rows whose «Этап» points to exactly one template stage.
  const stageKeyOf = new Map(template.map((t) => [t.key as string, t.stageKey]));
  const stageStems = templateStageStems(template);
  const stageOfRow = (row: ExistingRoadmapRow, key: string | undefined): RoadmapStageKey | undefined => {
    if (key !== undefined) return stageKeyOf.get(key);
    const stages = stagesOf(row.stage, stageStems);
    return stages && stages.size === 1 ? [...stages][0] : undefined;
  };
  const sheetStage = new Map<RoadmapStageKey, { stage: string; major?: number; minor: number }>();
  let maxMajor = 0;
  const numbered = existing.some((row) => NUMBER.test(String(row.number ?? '')));
  existing.forEach((row, i) => {
    const m = NUMBER.exec(String(row.number ?? ''));
    if (m) maxMajor = Math.max(maxMajor, Number(m[1]));
    const stageKey = stageOfRow(row, matched[i]);
    if (!stageKey || !foldText(row.stage)) return;
    const known = sheetStage.get(stageKey) ?? { stage: String(row.stage).trim(), minor: 0 };
    if (m && (known.major === undefined || known.major === Number(m[1]))) {
      known.major = Number(m[1]);
      known.minor = Math.max(known.minor, Number(m[2]));
    }
    sheetStage.set(stageKey, known);
  });

  const newMajor = new Map<RoadmapStageKey, number>();
  const nextMinor = new Map<RoadmapStageKey, number>();
  return missing.map((row) => {
    const known = sheetStage.get(row.stageKey);
    const stage = known ? known.stage : row.stage;
    if (!numbered) return { ...row, stage };
    let major = known?.major;
    if (major === undefined) {
      major = newMajor.get(row.stageKey) ?? ++maxMajor;
      newMajor.set(row.stageKey, major);
    }
    const minor = (nextMinor.get(row.stageKey) ?? known?.minor ?? 0) + 1;
    nextMinor.set(row.stageKey, minor);
    return { ...row, stage, number: `${major}.${minor}` };
  });
}

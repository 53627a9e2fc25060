/**
 * Progress of the roadmap by stage: how many activities each stage has, how many are done
 * and how many overdue. Stages are grouped by their folded text (case, spaces, ё/е) and
 * listed in the order they first appear, under their first spelling.
 */
import { ROADMAP_MESSAGES, ROADMAP_STATUS } from '../../i18n/roadmap';
import { foldText } from './text';

export interface StageProgress {
  stage: string;
  done: number;
  total: number;
  overdue: number;
}

export function stageProgress(rows: readonly { stage?: string | null; status?: string | null }[]): StageProgress[] {
  const byStage = new Map<string, StageProgress>();
  const done = foldText(ROADMAP_STATUS.done);
  const overdue = foldText(ROADMAP_STATUS.overdue);
  for (const row of rows) {
    const title = String(row.stage ?? '').trim() || ROADMAP_MESSAGES.noStage;
    const key = foldText(title);
    let entry = byStage.get(key);
    if (!entry) {
      entry = { stage: title, done: 0, total: 0, overdue: 0 };
      byStage.set(key, entry);
    }
    const status = foldText(row.status);
    entry.total++;
    if (status === done) entry.done++;
    else if (status === overdue) entry.overdue++;
  }
  return [...byStage.values()];
}

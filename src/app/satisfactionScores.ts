/**
 * Satisfaction from the questionnaires: the average «общая удовлетворённость» (1–10) per
 * pair, role and stage, read from the two satisfaction response sheets (one getValues each).
 */
import type { SatisfactionScores } from '../domain/documents';
import { SATISFACTION_KEYS } from '../domain/questionnaires';
import type { FormAppPort, PropertiesPort, SpreadsheetPort } from '../gas/ports';
import { Q_SATISFACTION } from '../i18n/questionnaires';
import { formIdsOf, loadFormMeta, readFormRegistry, recordFor } from './formRegistry';
import { findResponseSheet, mapResponseColumns, responseRows } from './responseSheet';

export interface PairSatisfaction {
  mentee: SatisfactionScores;
  mentor: SatisfactionScores;
}

type Sums = Map<string, { sum: number; count: number }>;

function averages(sums: Sums, pairId: string): SatisfactionScores {
  const avg = (stage: string) => {
    const s = sums.get(`${pairId}|${stage}`);
    return s ? Math.round((s.sum / s.count) * 10) / 10 : null;
  };
  return { start: avg(Q_SATISFACTION.stages[0]), end: avg(Q_SATISFACTION.stages[1]) };
}

type Services = { ss: SpreadsheetPort; formApp: FormAppPort; documentProperties: PropertiesPort };

/** One overall score per answer to a satisfaction questionnaire. */
export interface SatisfactionAnswerRow {
  pairId: string;
  role: 'mentor' | 'mentee';
  stage: 'start' | 'end';
  score: number;
}

/** Every answer's overall score, from both satisfaction response sheets. */
export function satisfactionAnswers(services: Services): SatisfactionAnswerRow[] {
  const registry = readFormRegistry(services.ss);
  const rows: SatisfactionAnswerRow[] = [];
  const read = (purpose: 'satisfactionMentee' | 'satisfactionMentor', role: 'mentor' | 'mentee') => {
    const record = registry && recordFor(registry, purpose);
    const meta = record && loadFormMeta(services.documentProperties, record.formId);
    const sheet = record && meta && findResponseSheet(services.ss, formIdsOf(record), record.responsesSheet);
    if (!record || !meta || !sheet) return;
    const grid = sheet.getDataRange().getValues();
    const keys = mapResponseColumns(grid[0] ?? [], meta, record.formId, services.formApp, services.documentProperties);
    for (const { answers } of responseRows(grid, keys)) {
      const score = Number(answers.satisfaction);
      const stageText = String(answers[SATISFACTION_KEYS.stage] ?? '').trim();
      const stage = stageText === Q_SATISFACTION.stages[0] ? 'start' : stageText === Q_SATISFACTION.stages[1] ? 'end' : null;
      if (!Number.isFinite(score) || !stage) continue;
      rows.push({ pairId: String(answers[SATISFACTION_KEYS.pairId] ?? '').trim(), role, stage, score });
    }
  };
  read('satisfactionMentee', 'mentee');
  read('satisfactionMentor', 'mentor');
  return rows;
}

export function satisfactionByPair(services: Services): (pairId: string) => PairSatisfaction {
  const sums = { mentee: new Map(), mentor: new Map() } as Record<'mentee' | 'mentor', Sums>;
  for (const a of satisfactionAnswers(services)) {
    const stage = a.stage === 'start' ? Q_SATISFACTION.stages[0] : Q_SATISFACTION.stages[1];
    const key = `${a.pairId}|${stage}`;
    const s = sums[a.role].get(key) ?? { sum: 0, count: 0 };
    sums[a.role].set(key, { sum: s.sum + a.score, count: s.count + 1 });
  }
  return (pairId) => ({ mentee: averages(sums.mentee, pairId), mentor: averages(sums.mentor, pairId) });
}

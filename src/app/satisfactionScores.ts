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

export function satisfactionByPair(services: {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  documentProperties: PropertiesPort;
}): (pairId: string) => PairSatisfaction {
  const registry = readFormRegistry(services.ss);
  const read = (purpose: 'satisfactionMentee' | 'satisfactionMentor'): Sums => {
    const sums: Sums = new Map();
    const record = registry && recordFor(registry, purpose);
    const meta = record && loadFormMeta(services.documentProperties, record.formId);
    const sheet = record && meta && findResponseSheet(services.ss, formIdsOf(record), record.responsesSheet);
    if (!record || !meta || !sheet) return sums;
    const grid = sheet.getDataRange().getValues();
    const keys = mapResponseColumns(grid[0] ?? [], meta, record.formId, services.formApp, services.documentProperties);
    for (const { answers } of responseRows(grid, keys)) {
      const score = Number(answers.satisfaction);
      if (!Number.isFinite(score)) continue;
      const key = `${String(answers[SATISFACTION_KEYS.pairId] ?? '').trim()}|${String(answers[SATISFACTION_KEYS.stage] ?? '').trim()}`;
      const s = sums.get(key) ?? { sum: 0, count: 0 };
      sums.set(key, { sum: s.sum + score, count: s.count + 1 });
    }
    return sums;
  };
  const mentee = read('satisfactionMentee');
  const mentor = read('satisfactionMentor');
  return (pairId) => ({ mentee: averages(mentee, pairId), mentor: averages(mentor, pairId) });
}

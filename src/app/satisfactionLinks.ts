/**
 * Use case «Ссылки на анкеты удовлетворённости»: for every current pair, links to both
 * satisfaction forms with the pair's code and the stage already filled in, written into
 * «Пары» (the action overwrites only its two link columns).
 */
import { registerSheet } from '../register/workbook';
import type { QuestionnairePurpose } from '../domain/formModel';
import { SATISFACTION_KEYS } from '../domain/questionnaires';
import { prefilledUrl } from '../gas/forms';
import type { FormAppPort, PropertiesPort, SpreadsheetPort } from '../gas/ports';
import { SATISFACTION_LINKS } from '../i18n/forms';
import type { ColumnKey } from '../i18n/register';
import { sheetSpec } from '../register/spec';
import { parseTable } from '../register/table';
import { type CellChange, conflictLines, writeChanges } from '../register/tableWrite';
import { loadFormMeta, readFormRegistry, recordFor } from './formRegistry';

export type SurveyStage = 'start' | 'end';

const PLACEHOLDER = 'PAIR_ID_PLACEHOLDER';
const CLOSED_STATUSES = ['прекращена'];

export interface LinksReport {
  error?: string;
  written: number;
  stageLabel: string;
  /** Link cells someone changed while this ran, left as they were (sheet, row, column, in Russian). */
  conflicts?: string[];
}

/** The pre-filled link of one form, with a placeholder where the pair's code goes. */
function linkTemplate(formApp: FormAppPort, props: PropertiesPort, formId: string, stageLabel: string): string | null {
  const meta = loadFormMeta(props, formId);
  const pairItem = meta?.items.find((i) => i.key === SATISFACTION_KEYS.pairId);
  const stageItem = meta?.items.find((i) => i.key === SATISFACTION_KEYS.stage);
  if (!pairItem || !stageItem) return null;
  return prefilledUrl(formApp.openById(formId), [
    { id: pairItem.id, kind: pairItem.kind, value: PLACEHOLDER },
    { id: stageItem.id, kind: stageItem.kind, value: stageLabel },
  ]);
}

export function writeSatisfactionLinks(
  services: { ss: SpreadsheetPort; formApp: FormAppPort; documentProperties: PropertiesPort },
  stage: SurveyStage,
): LinksReport {
  const { ss, formApp, documentProperties } = services;
  const stageLabel = stage === 'start' ? SATISFACTION_LINKS.stageStart : SATISFACTION_LINKS.stageEnd;
  const registry = readFormRegistry(ss);
  const forms: [QuestionnairePurpose, ColumnKey][] = [
    ['satisfactionMentor', 'linkMentor'],
    ['satisfactionMentee', 'linkMentee'],
  ];
  const templates = forms.map(([purpose, column]) => {
    const record = registry && recordFor(registry, purpose);
    return { column, template: record ? linkTemplate(formApp, documentProperties, record.formId, stageLabel) : null };
  });
  if (templates.some((t) => !t.template)) return { error: SATISFACTION_LINKS.noForms, written: 0, stageLabel };

  const spec = sheetSpec('pairs');
  const sheet = registerSheet(ss, spec.name);
  const grid = sheet ? sheet.getDataRange().getValues() : [];
  const table = parseTable(grid, spec);
  const pairs = table.records.filter((r) => !CLOSED_STATUSES.includes(String(r.values.status ?? '')));
  if (!sheet || !pairs.length) return { error: SATISFACTION_LINKS.noPairs, written: 0, stageLabel };

  const changes: CellChange[] = [];
  for (const pair of pairs) {
    const code = encodeURIComponent(String(pair.values.id));
    for (const { column, template } of templates) {
      const at = table.headers.index.get(column);
      if (at !== undefined) changes.push({ row: pair.row, column: at, value: template!.replace(PLACEHOLDER, code) });
    }
  }
  const width = grid[0].length;
  const formulas = () => sheet.getRange(1, 1, grid.length, width).getFormulas();
  const left = writeChanges(sheet, grid, formulas, changes, { keyColumn: table.headers.index.get('id') });
  return { written: pairs.length, stageLabel, conflicts: conflictLines(sheet.getName(), table.headerRow, left) };
}

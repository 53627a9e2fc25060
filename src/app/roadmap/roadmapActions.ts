/**
 * «Дорожная карта»: filled from the template (an empty sheet at once, missing stages after
 * the curator agrees), statuses computed from the dates and from what the register knows,
 * overdue rows highlighted by a conditional format.
 */
import {
  matchTemplateRows,
  missingTemplateRows,
  roadmapStatuses,
  roadmapTemplate,
  type RoadmapTemplateRow,
  stageProgress,
} from '../../domain/roadmap';
import type { PropertiesPort, SheetPort, SpreadsheetAppPort, SpreadsheetPort } from '../../gas/ports';
import { ROADMAP_MESSAGES, ROADMAP_STATUS } from '../../i18n/roadmap';
import { WRITE_CONFLICTS } from '../../i18n/messages';
import { SHEET_TITLES } from '../../i18n/register';
import { columnLetter, registerSheet } from '../../register/workbook';
import { nextIds } from '../../register/ids';
import { schoolYearOf, settingsFromGrid, settingText } from '../../register/settings';
import { sheetSpec } from '../../register/spec';
import { parseTable, type TableRead } from '../../register/table';
import { appendRows, type CellChange, conflictLines, rowFor, writeChanges } from '../../register/tableWrite';
import { readOrderRegister } from '../documents/orderRegister';
import { loadPairingRegister } from '../pairing/pairingRegister';
import { registerFacts } from './registerFacts';

export interface RoadmapServices {
  app: SpreadsheetAppPort;
  ss: SpreadsheetPort;
  documentProperties: PropertiesPort;
}

/** Statuses the add-on wrote last time, by row ID: a cell still holding one was not typed by the curator. */
const COMPUTED_KEY = 'roadmap.computedStatuses';
const OVERDUE_BACKGROUND = '#f4c7c3';

interface Roadmap {
  sheet: SheetPort;
  grid: unknown[][];
  table: TableRead;
}

function readRoadmap(ss: SpreadsheetPort): Roadmap {
  const sheet = registerSheet(ss, SHEET_TITLES.roadmap);
  if (!sheet) throw new Error(ROADMAP_MESSAGES.invalidYear);
  const grid = sheet.getDataRange().getValues();
  return { sheet, grid, table: parseTable(grid, sheetSpec('roadmap')) };
}

function schoolYear(ss: SpreadsheetPort, today: Date): { start: Date; end: Date } {
  const sheet = registerSheet(ss, SHEET_TITLES.settings);
  const settings = settingsFromGrid(sheet ? sheet.getDataRange().getValues() : []);
  const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';
  const fallback = schoolYearOf(today);
  return {
    start: isDate(settings.yearStart) ? settings.yearStart : fallback.start,
    end: isDate(settings.yearEnd) ? settings.yearEnd : fallback.end,
  };
}

function templateRows(roadmap: Roadmap, rows: readonly RoadmapTemplateRow[]): unknown[][] {
  const ids = nextIds(
    sheetSpec('roadmap').idPrefix!,
    roadmap.table.records.map((r) => r.values.id),
    rows.length,
  );
  const width = roadmap.grid[0].length;
  return rows.map((t, i) =>
    rowFor(
      {
        id: ids[i],
        number: t.number,
        stage: t.stage,
        activity: t.activity,
        content: t.content,
        from: t.from,
        to: t.to,
        responsible: t.responsible,
        status: ROADMAP_STATUS.notStarted,
      },
      roadmap.table.headers,
      width,
    ),
  );
}

/**
 * Fills an empty roadmap, or adds the template's missing activities when `confirm` agrees.
 * Returns the lines for the curator and the journal.
 */
export function fillRoadmap(services: RoadmapServices, today: Date, confirm: (message: string) => boolean): string[] {
  const roadmap = readRoadmap(services.ss);
  const year = schoolYear(services.ss, today);
  const template = roadmapTemplate(year.start, year.end);
  const existing = roadmap.table.records.map((r) => ({
    stage: String(r.values.stage ?? ''),
    activity: String(r.values.activity ?? ''),
  }));
  let lines: string[];
  if (!existing.length) {
    appendRows(roadmap.sheet, roadmap.grid, templateRows(roadmap, template));
    lines = [ROADMAP_MESSAGES.filled(template.length)];
  } else {
    const missing = missingTemplateRows(existing, template);
    if (!missing.length) return [ROADMAP_MESSAGES.nothingMissing, ...refreshRoadmapStatuses(services, today)];
    const question = ROADMAP_MESSAGES.confirmMissing(missing.map((r) => ROADMAP_MESSAGES.missingLine(r.stage, r.activity)));
    if (!confirm(question)) return [];
    appendRows(roadmap.sheet, roadmap.grid, templateRows(roadmap, missing));
    lines = [ROADMAP_MESSAGES.added(missing.length)];
  }
  return [...lines, ...refreshRoadmapStatuses(services, today)];
}

/** Recomputes every status the curator did not set by hand; writes only the cells that change. */
export function refreshRoadmapStatuses(services: RoadmapServices, today: Date): string[] {
  const { ss, documentProperties } = services;
  const roadmap = readRoadmap(ss);
  const statusAt = roadmap.table.headers.index.get('status');
  if (statusAt === undefined || !roadmap.table.records.length) return [];
  const year = schoolYear(ss, today);
  const template = roadmapTemplate(year.start, year.end);
  const records = roadmap.table.records;
  const keys = matchTemplateRows(
    records.map((r) => ({ stage: String(r.values.stage ?? ''), activity: String(r.values.activity ?? '') })),
    template,
  );
  const computedBefore: Record<string, string> = JSON.parse(documentProperties.getProperty(COMPUTED_KEY) ?? '{}');
  const settings = settingsFromGrid(registerSheet(ss, SHEET_TITLES.settings)?.getDataRange().getValues() ?? []);
  const facts = registerFacts(
    loadPairingRegister(ss),
    readOrderRegister(ss),
    documentProperties,
    settingText(settings, 'siteSection'),
    today,
  );
  const states = records.map((r) => {
    const id = String(r.values.id);
    const typed = String(r.values.status ?? '');
    // A status the add-on wrote is recomputed; one the curator typed is theirs.
    return {
      from: r.values.from as Date | null,
      to: r.values.to as Date | null,
      status: computedBefore[id] === typed ? '' : typed,
    };
  });
  const results = roadmapStatuses(states, keys, today, facts);
  const changes: CellChange[] = [];
  const computed: Record<string, string> = {};
  records.forEach((r, i) => {
    const result = results[i];
    if (result.source !== 'manual') computed[String(r.values.id)] = result.status;
    if (result.status !== r.values.status) changes.push({ row: r.row, column: statusAt, value: result.status });
  });
  // A status someone changed while this ran is left as they set it (and is theirs from now on).
  const width = roadmap.grid[0].length;
  const formulas = () => roadmap.sheet.getRange(1, 1, roadmap.grid.length, width).getFormulas();
  const left = writeChanges(roadmap.sheet, roadmap.grid, formulas, changes, {
    keyColumn: roadmap.table.headers.index.get('id'),
  });
  const conflicts = conflictLines(roadmap.sheet.getName(), roadmap.table.headerRow, left);
  documentProperties.setProperty(COMPUTED_KEY, JSON.stringify(computed));
  ensureOverdueHighlight(services.app, roadmap.sheet, roadmap, statusAt);
  const progress = stageProgress(records.map((r, i) => ({ stage: String(r.values.stage ?? ''), status: results[i].status })));
  return [
    ROADMAP_MESSAGES.statusesUpdated(changes.length - left.length),
    ...conflicts,
    ...(conflicts.length ? [WRITE_CONFLICTS.advice] : []),
    ROADMAP_MESSAGES.progressHeading,
    ...progress.map((p) => ROADMAP_MESSAGES.stageLine(p.stage, p.done, p.total, p.overdue)),
  ];
}

/** One conditional format over the data rows: a row whose status is «просрочено» turns red. */
function ensureOverdueHighlight(app: SpreadsheetAppPort, sheet: SheetPort, roadmap: Roadmap, statusAt: number): void {
  const formula = `=$${columnLetter(statusAt + 1)}2="${ROADMAP_STATUS.overdue}"`;
  const rules = sheet.getConditionalFormatRules();
  const present = rules.some((rule) => {
    const condition = rule.getBooleanCondition();
    return condition !== null && String(condition.getCriteriaValues()[0]) === formula;
  });
  if (present) return;
  const range = sheet.getRange(2, 1, sheet.getMaxRows() - 1, Math.max(roadmap.grid[0].length, 1));
  const rule = app
    .newConditionalFormatRule()
    .whenFormulaSatisfied(formula)
    .setBackground(OVERDUE_BACKGROUND)
    .setRanges([range])
    .build();
  sheet.setConditionalFormatRules([...rules, rule]);
}

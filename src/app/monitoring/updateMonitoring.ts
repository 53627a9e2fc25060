/**
 * «Обновить мониторинг»: the indicators computed in one pass over the register, written to
 * «Мониторинг» with their charts (made once, then updated in place), and the municipal
 * «Сведения о наставниках и наставляемых» on its own sheet, ready to export.
 */
import { registerSheet } from '../../register/workbook';
import {
  flattenMunicipalReport,
  layoutChartData,
  monitoringSummary,
  type MonitoringInput,
  type MonitoringSummary,
} from '../../domain/monitoring';
import type { ChartsPort, FormAppPort, PropertiesPort, SheetPort, SpreadsheetPort } from '../../gas/ports';
import { MONITORING_ACTIONS } from '../../i18n/monitoring';
import { SHEET_TITLES } from '../../i18n/register';
import { toCell } from '../../register/cells';
import { settingsFromGrid, settingText } from '../../register/settings';
import { sheetSpec } from '../../register/spec';
import { parseTable } from '../../register/table';
import { ensureRows, rowFor } from '../../register/tableWrite';
import { loadPairingRegister, type PairingRegister } from '../pairing/pairingRegister';
import { satisfactionAnswers } from '../satisfactionScores';

export interface MonitoringServices {
  ss: SpreadsheetPort;
  formApp: FormAppPort;
  charts: ChartsPort;
  documentProperties: PropertiesPort;
}

/** Chart IDs by spec ID, so a chart is updated rather than added again. */
const CHARTS_KEY = 'monitoring.charts';
const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function monitoringInput(
  reg: PairingRegister,
  services: Omit<MonitoringServices, 'charts'>,
  today: Date,
): MonitoringInput {
  const settings = settingsFromGrid(registerSheet(services.ss, SHEET_TITLES.settings)?.getDataRange().getValues() ?? []);
  const roadmapSheet = registerSheet(services.ss, SHEET_TITLES.roadmap);
  const roadmap = parseTable(roadmapSheet ? roadmapSheet.getDataRange().getValues() : [], sheetSpec('roadmap'));
  const extra = (records: PairingRegister['mentors']['table']['records']) =>
    new Map(records.map((r) => [String(r.values.id), r.values]));
  const mentorExtra = extra(reg.mentors.table.records);
  const menteeExtra = extra(reg.mentees.table.records);
  return {
    mentors: reg.mentors.list.map((m) => ({
      ...m,
      ageBand: String(mentorExtra.get(m.id)?.ageBand ?? ''),
      trainingDate: (mentorExtra.get(m.id)?.trainingDate as Date | null) ?? null,
    })),
    mentees: reg.mentees.list.map((m) => ({ ...m, ageBand: String(menteeExtra.get(m.id)?.ageBand ?? '') })),
    pairs: reg.pairs.list,
    programmes: reg.programmes.list,
    satisfaction: satisfactionAnswers(services),
    roadmap: roadmap.records.map((r) => ({ status: String(r.values.status ?? '') })),
    today,
    schoolYearStart: isDate(settings.yearStart) ? settings.yearStart : null,
    schoolYearEnd: isDate(settings.yearEnd) ? settings.yearEnd : null,
    vocabularies: reg.vocabularies,
  };
}

export function computeMonitoring(services: Omit<MonitoringServices, 'charts'>, today: Date): MonitoringSummary {
  const reg = loadPairingRegister(services.ss);
  const settings = settingsFromGrid(registerSheet(services.ss, SHEET_TITLES.settings)?.getDataRange().getValues() ?? []);
  return monitoringSummary(monitoringInput(reg, services, today), {
    organisation: settingText(settings, 'orgFullName'),
    schoolYear: settingText(settings, 'schoolYear'),
    date: today,
  });
}

/** Replaces the sheet's data rows with `rows` in one setValues (blanking what was below). */
function replaceRows(sheet: SheetPort, firstRow: number, rows: unknown[][], width: number): void {
  const old = Math.max(sheet.getLastRow() - firstRow + 1, 0);
  const height = Math.max(rows.length, old);
  if (!height) return;
  const block = Array.from({ length: height }, (_, i) => rows[i] ?? new Array(width).fill(''));
  ensureRows(sheet, firstRow + height - 1);
  sheet.getRange(firstRow, 1, height, width).setValues(block);
}

function writeIndicators(services: MonitoringServices, summary: MonitoringSummary, today: Date): SheetPort {
  const sheet = registerSheet(services.ss, SHEET_TITLES.monitoring)!;
  const grid = sheet.getDataRange().getValues();
  const table = parseTable(grid, sheetSpec('monitoring'));
  const width = table.headerRow.length;
  const rows = summary.indicators.map((i) =>
    rowFor(
      { indicatorCode: i.code, indicator: i.indicator, value: i.value ?? '—', unit: i.unit, updated: today },
      table.headers,
      width,
    ),
  );
  replaceRows(sheet, 2, rows, width);
  return sheet;
}

/** The charts' data to the right of the table, and one embedded chart per block. */
function writeCharts(services: MonitoringServices, sheet: SheetPort, summary: MonitoringSummary, tableWidth: number): void {
  const data = layoutChartData(summary.charts);
  const column = tableWidth + 2;
  const needed = column + data.width - 1 - sheet.getMaxColumns();
  if (needed > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), needed);
  ensureRows(sheet, data.values.length + 1);
  sheet.getRange(1, column, data.values.length, data.width).setValues(data.values.map((r) => r.map(toCell)));

  const known: Record<string, number> = JSON.parse(services.documentProperties.getProperty(CHARTS_KEY) ?? '{}');
  const existing = new Map(sheet.getCharts().map((c) => [c.getChartId(), c]));
  const ids: Record<string, number> = {};
  const chartColumn = column + data.width + 1;
  data.blocks.forEach((block, i) => {
    const range = sheet.getRange(block.row + 1, column + block.column, block.numRows, block.numColumns);
    const type = services.charts.ChartType[block.type];
    const chart = existing.get(known[block.id]);
    const builder = (chart ? chart.modify().clearRanges() : sheet.newChart())
      .addRange(range)
      .setChartType(type)
      .setNumHeaders(1)
      .setOption('title', block.title)
      .setPosition(1 + i * 20, chartColumn, 0, 0);
    const built = builder.build();
    if (chart) sheet.updateChart(built);
    else sheet.insertChart(built);
  });
  // insertChart gives the chart its ID: read them back and tell them apart by their data's row.
  for (const chart of sheet.getCharts()) {
    const [range] = chart.getRanges();
    const block = range && range.getColumn() === column ? data.blocks.find((b) => b.row + 1 === range.getRow()) : undefined;
    const id = chart.getChartId();
    if (block && id !== null) ids[block.id] = id;
  }
  services.documentProperties.setProperty(CHARTS_KEY, JSON.stringify(ids));
}

function writeMunicipal(services: MonitoringServices, summary: MonitoringSummary): void {
  const { ss } = services;
  const sheet = registerSheet(ss, SHEET_TITLES.municipal) ?? ss.insertSheet(SHEET_TITLES.municipal);
  const grid = flattenMunicipalReport(summary.municipal);
  replaceRows(
    sheet,
    1,
    grid.values.map((r) => r.map(toCell)),
    grid.width,
  );
  // Titles, headers and totals in bold: whole runs of rows at once.
  grid.kinds.forEach((kind, i) => {
    if (kind !== 'body' && kind !== 'blank' && kind !== 'note') sheet.getRange(i + 1, 1, 1, grid.width).setFontWeight('bold');
  });
}

export function updateMonitoring(services: MonitoringServices, today: Date): string[] {
  const summary = computeMonitoring(services, today);
  const sheet = writeIndicators(services, summary, today);
  writeCharts(services, sheet, summary, sheetSpec('monitoring').columns.length);
  writeMunicipal(services, summary);
  return [MONITORING_ACTIONS.done(summary.indicators.length, summary.charts.length)];
}

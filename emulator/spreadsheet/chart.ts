/**
 * Embedded charts: EmbeddedChart, its builder (Sheet.newChart(), EmbeddedChart.modify()) and the
 * sheet's chart list (plain data in SheetState.charts, see state.ts).
 *
 * Documented and followed: a builder's changes reach the sheet only through insertChart or
 * updateChart ("Changes made to the chart are not saved until Sheet.updateChart(chart) is called
 * on the rebuilt chart"); getChartId() is "unique across the spreadsheet" and null for a chart that
 * is not in a spreadsheet (typed Integer | null), so a built chart has none until inserted;
 * modify() gives a builder preset with the chart's settings, and build() from it keeps the id, so
 * updateChart finds the chart it replaces.
 * Charts are values here: getCharts() returns copies, and inserting a chart does not give the
 * object passed an id (guessed: scripts take the id from getCharts()).
 * Guessed: ids are large ints like Google's, deterministic here; a chart built without
 * setPosition sits at A1 with no offset; numHeaders is -1 until set (Sheets then guesses the
 * headers); build() without a chart type throws; updateChart/removeChart of a chart that is not
 * on the sheet throw (all wordings guessed); insertChart of a chart that already has an id adds a
 * copy with a new id. Option values are stored as JSON (a Date becomes its ISO text).
 */
import { GasException, Service, unwrap } from '../core';
import type { EmbeddedChartBuilderPort, EmbeddedChartPort, RangePort } from '../../src/gas/ports';
import { largeIntId } from '../ids';
import { formatA1 } from './a1';
import { signatureError, sheetById, type SpreadsheetContext } from './context';
import { CHART_TYPE_NAMES } from './enums';
import { readValues } from './grid';
import { EmuRange } from './range';
import {
  chartsOf,
  type CellValue,
  type ChartState,
  type ChartTypeName,
  type GridRangeState,
  type JsonValue,
  type SheetState,
  type SpreadsheetState,
} from './state';

type ChartType = GoogleAppsScript.Charts.ChartType;

/** A chart as a value: not on a sheet yet when chartId is null. */
export interface ChartValue extends Omit<ChartState, 'chartId' | 'type'> {
  chartId: number | null;
  type: ChartTypeName | null;
}

function copyValue(v: ChartValue): ChartValue {
  return JSON.parse(JSON.stringify(v)) as ChartValue;
}

function isInt(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** Google's ChartOptions: read-only access to the options set. */
export class EmuChartOptions extends Service {
  readonly serviceName = 'ChartOptions';
  readonly #options: Record<string, JsonValue>;

  constructor(options: Record<string, JsonValue>) {
    super();
    this.#options = options;
  }

  /** The value set for the option, or null when it is not set (guessed). */
  get(option: string): unknown {
    return Object.hasOwn(this.#options, option) ? copyJson(this.#options[option]) : null;
  }
}

/** Google's ContainerInfo: where the chart sits on its sheet. */
export class EmuContainerInfo extends Service {
  readonly serviceName = 'ContainerInfo';
  readonly #p: ChartValue['position'];

  constructor(position: ChartValue['position']) {
    super();
    this.#p = { ...position };
  }

  getAnchorRow(): number {
    return this.#p.row;
  }
  getAnchorColumn(): number {
    return this.#p.column;
  }
  getOffsetX(): number {
    return this.#p.offsetX;
  }
  getOffsetY(): number {
    return this.#p.offsetY;
  }
}

function copyJson(v: JsonValue): JsonValue {
  return v !== null && typeof v === 'object' ? (JSON.parse(JSON.stringify(v)) as JsonValue) : v;
}

export class EmuEmbeddedChart extends Service implements EmbeddedChartPort {
  readonly serviceName = 'EmbeddedChart';
  readonly #ctx: SpreadsheetContext;
  readonly #v: ChartValue;

  constructor(ctx: SpreadsheetContext, value: ChartValue) {
    super();
    this.#ctx = ctx;
    this.#v = value;
  }

  /** Emulator-internal: a copy of the chart. */
  _value(): ChartValue {
    return copyValue(this.#v);
  }

  getChartId(): number | null {
    return this.#v.chartId;
  }

  getNumHeaders(): number {
    return this.#v.numHeaders;
  }

  /** Ranges on sheets that were deleted since are left out. */
  getRanges(): EmuRange[] {
    return rangesOf(this.#ctx, this.#v.ranges);
  }

  getOptions(): EmuChartOptions {
    return new EmuChartOptions(copyValue(this.#v).options);
  }

  getContainerInfo(): EmuContainerInfo {
    return new EmuContainerInfo(this.#v.position);
  }

  modify(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder(this.#ctx, copyValue(this.#v));
  }
}

function rangesOf(ctx: SpreadsheetContext, ranges: GridRangeState[]): EmuRange[] {
  const out: EmuRange[] = [];
  for (const r of ranges) {
    const sheet = sheetById(ctx, r.sheetId);
    if (sheet) out.push(new EmuRange(ctx, sheet, r.row, r.column, r.numRows, r.numColumns));
  }
  return out;
}

export function newChartValue(): ChartValue {
  return {
    chartId: null,
    type: null,
    ranges: [],
    options: {},
    position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
  };
}

export class EmuEmbeddedChartBuilder extends Service implements EmbeddedChartBuilderPort {
  readonly serviceName = 'EmbeddedChartBuilder';
  readonly #ctx: SpreadsheetContext;
  readonly #v: ChartValue;

  constructor(ctx: SpreadsheetContext, preset: ChartValue = newChartValue()) {
    super();
    this.#ctx = ctx;
    this.#v = preset;
  }

  addRange(range: RangePort): EmuEmbeddedChartBuilder {
    const r = unwrap(range);
    if (!(r instanceof EmuRange)) throw signatureError('EmbeddedChartBuilder.addRange', [range]);
    this.#v.ranges.push({ sheetId: r._sheet().sheetId, ...r._rect() });
    return this;
  }

  clearRanges(): EmuEmbeddedChartBuilder {
    this.#v.ranges = [];
    return this;
  }

  /** Google's builder has it. */
  getRanges(): EmuRange[] {
    return rangesOf(this.#ctx, this.#v.ranges);
  }

  setChartType(type: ChartType): EmuEmbeddedChartBuilder {
    const name = String(type);
    if (!(CHART_TYPE_NAMES as readonly string[]).includes(name))
      throw signatureError('EmbeddedChartBuilder.setChartType', [type]);
    this.#v.type = name as ChartTypeName;
    return this;
  }

  /** Google's builder has it; null until set. */
  getChartType(): ChartType | null {
    return this.#v.type as unknown as ChartType | null;
  }

  setOption(option: string, value: any): EmuEmbeddedChartBuilder {
    if (typeof option !== 'string') throw signatureError('EmbeddedChartBuilder.setOption', [option, value]);
    const json = value === undefined ? null : (JSON.parse(JSON.stringify(value) ?? 'null') as JsonValue);
    Object.defineProperty(this.#v.options, option, { value: json, writable: true, enumerable: true, configurable: true });
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmuEmbeddedChartBuilder {
    const args = [anchorRowPos, anchorColPos, offsetX, offsetY];
    if (!args.every(isInt)) throw signatureError('EmbeddedChartBuilder.setPosition', args);
    // Guessed wording: Google's answer to an anchor outside the sheet was not found.
    if (anchorRowPos < 1 || anchorColPos < 1) throw new GasException('The chart anchor must be a cell of the sheet.');
    this.#v.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  setNumHeaders(headers: number): EmuEmbeddedChartBuilder {
    if (!isInt(headers)) throw signatureError('EmbeddedChartBuilder.setNumHeaders', [headers]);
    this.#v.numHeaders = headers;
    return this;
  }

  build(): EmuEmbeddedChart {
    if (this.#v.type === null) throw new GasException('The chart type must be set before building the chart.');
    return new EmuEmbeddedChart(this.#ctx, copyValue(this.#v));
  }
}

/** A new id, unique among the charts of the spreadsheet. */
function newChartId(ss: SpreadsheetState): number {
  const used = new Set<number>();
  for (const s of ss.sheets) for (const c of s.charts ?? []) used.add(c.chartId);
  for (;;) {
    const id = largeIntId(`${ss.id}:chart:${ss.nextObjectId++}`);
    if (!used.has(id)) return id;
  }
}

function chartArg(method: string, chart: unknown): ChartValue {
  const c = unwrap(chart);
  if (!(c instanceof EmuEmbeddedChart)) throw signatureError(method, [chart]);
  return c._value();
}

function storedIndex(sheet: SheetState, v: ChartValue): number {
  const i = v.chartId === null ? -1 : (sheet.charts ?? []).findIndex((c) => c.chartId === v.chartId);
  // Guessed wording: Google's message for a chart that is not on the sheet was not found.
  if (i < 0) throw new GasException('The chart does not exist on this sheet.');
  return i;
}

function toState(v: ChartValue, chartId: number): ChartState {
  return { ...v, chartId, type: v.type as ChartTypeName };
}

export function insertChartInto(ctx: SpreadsheetContext, sheet: SheetState, chart: unknown): void {
  const v = chartArg('Sheet.insertChart', chart);
  chartsOf(sheet).push(toState(v, newChartId(ctx.state)));
}

export function updateChartIn(sheet: SheetState, chart: unknown): void {
  const v = chartArg('Sheet.updateChart', chart);
  const i = storedIndex(sheet, v);
  chartsOf(sheet)[i] = toState(v, v.chartId!);
}

export function removeChartFrom(sheet: SheetState, chart: unknown): void {
  const v = chartArg('Sheet.removeChart', chart);
  chartsOf(sheet).splice(storedIndex(sheet, v), 1);
}

export function readCharts(ctx: SpreadsheetContext, sheet: SheetState): EmuEmbeddedChart[] {
  return (sheet.charts ?? []).map((c) => new EmuEmbeddedChart(ctx, copyValue(c)));
}

/** What chartSpecs reports for one chart. */
export interface ChartSpec {
  /** The sheet the chart is on. */
  sheet: string;
  chartId: number;
  type: ChartTypeName;
  /** Each data range as its sheet's name (null when that sheet was deleted) and A1 notation. */
  ranges: { sheet: string | null; a1: string }[];
  options: Record<string, JsonValue>;
  position: ChartState['position'];
  numHeaders: number;
  /** The values of each range, as getValues gives them (null for a deleted sheet). */
  data: (CellValue[][] | null)[];
}

/**
 * Test/playground helper (not Google's API, not counted): every chart of the spreadsheet, or of
 * one sheet, with the values its ranges hold now.
 */
export function chartSpecs(ss: SpreadsheetState, sheetName?: string): ChartSpec[] {
  const out: ChartSpec[] = [];
  for (const sheet of ss.sheets) {
    if (sheetName !== undefined && sheet.name !== sheetName) continue;
    for (const c of sheet.charts ?? []) {
      const copy = JSON.parse(JSON.stringify(c)) as ChartState;
      const targets = c.ranges.map((r) => ss.sheets.find((s) => s.sheetId === r.sheetId) ?? null);
      out.push({
        sheet: sheet.name,
        chartId: c.chartId,
        type: c.type,
        ranges: c.ranges.map((r, i) => ({
          sheet: targets[i]?.name ?? null,
          a1: formatA1(r.row, r.column, r.numRows, r.numColumns),
        })),
        options: copy.options,
        position: copy.position,
        numHeaders: c.numHeaders,
        data: c.ranges.map((r, i) => {
          const target = targets[i];
          return target ? readValues(ss, target, r) : null;
        }),
      });
    }
  }
  return out;
}

/**
 * Monitoring of the mentoring system: the indicators of «Мониторинг», the counts of the
 * analytic note, the municipal «Сведения о наставниках и наставляемых» and the charts,
 * all from one pass over the register (pure: no Apps Script, no Node API).
 */
import type { MonitoringCounts } from '../documents/reports';
import { type ChartSpec, chartSpecs } from './charts';
import { countsFromTally, indicatorsFromTally } from './indicators';
import { type MunicipalMeta, municipalFromTally, type MunicipalReport } from './municipal';
import { tallyMonitoring } from './tally';
import type { Indicator, MonitoringInput } from './types';

export * from './types';
export { Breakdown, type BreakdownRow, foldValue } from './breakdown';
export { type MonitoringTally, tallyMonitoring, consentWithdrawn, isDate, dayOf } from './tally';
export {
  average,
  change,
  computeIndicators,
  countsFromTally,
  indicatorsFromTally,
  monitoringCounts,
  percent,
  round1,
  toIndicatorRows,
} from './indicators';
export {
  type Cell,
  flattenMunicipalReport,
  type GridRowKind,
  type MunicipalGrid,
  type MunicipalMeta,
  municipalFromTally,
  type MunicipalReport,
  municipalReport,
  type MunicipalSection,
} from './municipal';
export {
  type ChartBlock,
  type ChartData,
  type ChartRow,
  type ChartSpec,
  chartSpecs,
  type ChartType,
  layoutChartData,
} from './charts';

export interface MonitoringSummary {
  indicators: Indicator[];
  counts: MonitoringCounts;
  municipal: MunicipalReport;
  charts: ChartSpec[];
}

/** Everything at once, from a single pass: what the «Мониторинг» action should call. */
export function monitoringSummary(input: MonitoringInput, meta: MunicipalMeta = {}): MonitoringSummary {
  const tally = tallyMonitoring(input);
  const indicators = indicatorsFromTally(tally);
  return {
    indicators,
    counts: countsFromTally(tally),
    municipal: municipalFromTally(tally, meta),
    charts: chartSpecs(indicators),
  };
}

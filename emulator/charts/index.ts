/**
 * The Charts service as far as the add-on uses it: the ChartType enum for
 * EmbeddedChartBuilder.setChartType (frozen, members are their names like every emulated enum).
 * Embedded charts themselves live with their sheets: see spreadsheet/chart.ts.
 */
import { Service } from '../core';
import type { ChartsPort } from '../../src/gas/ports';
import { ChartType } from '../spreadsheet/enums';

export class EmuCharts extends Service implements ChartsPort {
  readonly serviceName = 'Charts';
  readonly ChartType = ChartType;
}

/** The raw Charts service (wrap it with env.expose for the add-on). */
export function createCharts(): EmuCharts {
  return new EmuCharts();
}

export { ChartType };

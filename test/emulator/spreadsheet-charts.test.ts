import { GasException } from '../../emulator/core';
import { ChartType, chartSpecs, Emulator } from '../../emulator';
import type { EmbeddedChartPort } from '../../src/gas/ports';

/** An emulator without a bundle, a data sheet «Итоги» and the Charts global. */
function emulator() {
  const emu = new Emulator();
  const { SpreadsheetApp, Charts } = emu.globals;
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const data = ss.insertSheet('Итоги');
  data.getRange('A1:B4').setValues([
    ['Месяц', 'Встречи'],
    ['Сентябрь', 4],
    ['Октябрь', 6],
    ['Ноябрь', 5],
  ]);
  const sheet = ss.getSheetByName('Лист1')!;
  return { emu, ss, sheet, data, Charts };
}

/** Google's EmbeddedChart has these; the port leaves them out, the emulator has them. */
type FullChart = EmbeddedChartPort & {
  getOptions(): { get(option: string): unknown };
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number };
};

describe('Charts.ChartType', () => {
  test('is a frozen enum of names, wired into the globals', () => {
    const { Charts } = emulator();
    expect(Charts.ChartType.LINE).toBe('LINE');
    expect(Charts.ChartType.COLUMN).toBe('COLUMN');
    expect(Object.keys(Charts.ChartType)).toHaveLength(20);
    expect(Object.isFrozen(Charts.ChartType)).toBe(true);
    expect(ChartType).toBe(Charts.ChartType);
  });
});

describe('embedded charts', () => {
  test('a built chart is on no sheet and has no id until inserted', () => {
    const { sheet, data, Charts, emu } = emulator();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(data.getRange('A1:B4'))
      .setOption('title', 'Встречи по месяцам')
      .setOption('legend', { position: 'none' })
      .setPosition(2, 4, 10, 20)
      .setNumHeaders(1)
      .build();
    expect(chart.getChartId()).toBeNull();
    expect(chart.getNumHeaders()).toBe(1);
    expect(chart.getRanges().map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual(['Итоги!A1:B4']);
    expect(sheet.getCharts()).toEqual([]);
    sheet.insertChart(chart);
    const [stored] = sheet.getCharts() as FullChart[];
    expect(stored.getChartId()).toEqual(expect.any(Number));
    expect(stored.getChartId()).toBeGreaterThan(99_999_999);
    expect(chart.getChartId()).toBeNull(); // the built value does not change
    expect(stored.getOptions().get('title')).toBe('Встречи по месяцам');
    expect(stored.getOptions().get('legend')).toEqual({ position: 'none' });
    expect(stored.getOptions().get('colors')).toBeNull();
    const info = stored.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([2, 4, 10, 20]);
    // Plain state on the sheet the chart was inserted into.
    expect(emu.state.spreadsheet.sheets[0].charts).toEqual([
      {
        chartId: stored.getChartId(),
        type: 'COLUMN',
        ranges: [{ sheetId: data.getSheetId(), row: 1, column: 1, numRows: 4, numColumns: 2 }],
        options: { title: 'Встречи по месяцам', legend: { position: 'none' } },
        position: { row: 2, column: 4, offsetX: 10, offsetY: 20 },
        numHeaders: 1,
      },
    ]);
  });

  test('ids are deterministic and unique; defaults: A1, no offset, numHeaders -1', () => {
    const ids = () => {
      const { sheet, data, Charts } = emulator();
      for (let i = 0; i < 3; i++)
        sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(data.getRange('A1:B4')).build());
      return sheet.getCharts().map((c) => c.getChartId());
    };
    const first = ids();
    expect(new Set(first).size).toBe(3);
    expect(ids()).toEqual(first);
    const { sheet, Charts, emu } = emulator();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.LINE).build());
    expect(sheet.getCharts()[0].getNumHeaders()).toBe(-1);
    expect(emu.state.spreadsheet.sheets[0].charts![0].position).toEqual({ row: 1, column: 1, offsetX: 0, offsetY: 0 });
  });

  test('modify() keeps the id, so updateChart replaces that chart; removeChart removes it', () => {
    const { sheet, data, Charts, emu } = emulator();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.COLUMN).addRange(data.getRange('A1:B4')).build());
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(data.getRange('A1:B2')).build());
    const [first, second] = sheet.getCharts();
    const changed = first
      .modify()
      .clearRanges()
      .addRange(data.getRange('A1:B3'))
      .setChartType(Charts.ChartType.LINE)
      .setOption('title', 'Новое')
      .build();
    expect(changed.getChartId()).toBe(first.getChartId());
    // Nothing changes until updateChart.
    expect(emu.state.spreadsheet.sheets[0].charts![0].type).toBe('COLUMN');
    sheet.updateChart(changed);
    const charts = emu.state.spreadsheet.sheets[0].charts!;
    expect(charts.map((c) => [c.chartId, c.type, c.options])).toEqual([
      [first.getChartId(), 'LINE', { title: 'Новое' }],
      [second.getChartId(), 'PIE', {}],
    ]);
    sheet.removeChart(second);
    expect(sheet.getCharts().map((c) => c.getChartId())).toEqual([first.getChartId()]);
    expect(() => sheet.removeChart(second)).toThrow(GasException);
    const fresh = sheet.newChart().setChartType(Charts.ChartType.BAR).build();
    expect(() => sheet.updateChart(fresh)).toThrow(GasException);
    expect(() => data.updateChart(changed)).toThrow(GasException); // it is not on that sheet
  });

  test("chartSpecs gives each chart's spec and the values its ranges hold now", () => {
    const { ss, sheet, data, Charts, emu } = emulator();
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(Charts.ChartType.COLUMN)
        .addRange(data.getRange('A1:A4'))
        .addRange(data.getRange('B1:B4'))
        .setOption('title', 'Встречи')
        .build(),
    );
    data.getRange('B3').setValue(7);
    const [spec] = chartSpecs(emu.state.spreadsheet);
    expect(spec).toEqual({
      sheet: 'Лист1',
      chartId: sheet.getCharts()[0].getChartId(),
      type: 'COLUMN',
      ranges: [
        { sheet: 'Итоги', a1: 'A1:A4' },
        { sheet: 'Итоги', a1: 'B1:B4' },
      ],
      options: { title: 'Встречи' },
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      numHeaders: -1,
      data: [
        [['Месяц'], ['Сентябрь'], ['Октябрь'], ['Ноябрь']],
        [['Встречи'], [4], [7], [5]],
      ],
    });
    expect(chartSpecs(emu.state.spreadsheet, 'Итоги')).toEqual([]);
    // Renaming the data sheet is followed (ranges point at the sheet, not its name)...
    data.setName('Сводка');
    expect(chartSpecs(emu.state.spreadsheet)[0].ranges[0].sheet).toBe('Сводка');
    // ...and a deleted data sheet leaves the chart without data.
    ss.deleteSheet(data);
    expect(chartSpecs(emu.state.spreadsheet)[0]).toMatchObject({
      ranges: [
        { sheet: null, a1: 'A1:A4' },
        { sheet: null, a1: 'B1:B4' },
      ],
      data: [null, null],
    });
    expect(sheet.getCharts()[0].getRanges()).toEqual([]);
  });

  test('argument checks: type, range, position, build without a type', () => {
    const { sheet, Charts } = emulator();
    const b = sheet.newChart();
    expect(() => b.setChartType('PIES' as never)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.EmbeddedChartBuilder.setChartType.",
    );
    expect(() => b.addRange('A1:B2' as never)).toThrow(GasException);
    expect(() => b.setPosition(1.5, 1, 0, 0)).toThrow(GasException);
    expect(() => b.setPosition(0, 1, 0, 0)).toThrow(GasException);
    expect(() => b.setNumHeaders('1' as never)).toThrow(GasException);
    expect(() => b.build()).toThrow(GasException);
    expect(() => sheet.insertChart({} as never)).toThrow(GasException);
    expect(b.setChartType(Charts.ChartType.AREA).build().getChartId()).toBeNull();
  });

  test('data ranges and anchors follow inserted and deleted rows and columns', () => {
    const { sheet, data, Charts, emu } = emulator();
    sheet.insertChart(
      sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(data.getRange('A2:B4')).setPosition(10, 3, 0, 0).build(),
    );
    data.insertRowsAfter(1, 2); // above the data: it moves down
    data.insertColumns(1, 1); // left of the data: it moves right
    expect(chartSpecs(emu.state.spreadsheet)[0].ranges[0].a1).toBe('B4:C6');
    data.deleteRows(5, 1); // inside: it shrinks
    expect(chartSpecs(emu.state.spreadsheet)[0].ranges[0].a1).toBe('B4:C5');
    sheet.insertRowsAfter(2, 5); // the anchor moves with its cell
    sheet.insertColumnsAfter(1, 1);
    expect(chartSpecs(emu.state.spreadsheet)[0].position).toMatchObject({ row: 15, column: 4 });
    sheet.deleteRows(14, 3); // the anchor's row goes: it lands on the first row after
    expect(chartSpecs(emu.state.spreadsheet)[0].position).toMatchObject({ row: 14, column: 4 });
    data.deleteRows(3, 10); // all its rows go: the range is dropped
    expect(chartSpecs(emu.state.spreadsheet)[0].ranges).toEqual([]);
  });

  test('snapshots keep the charts; a snapshot from before them restores with none', () => {
    const { sheet, data, Charts, emu } = emulator();
    sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.LINE).addRange(data.getRange('A1:B4')).build());
    const again = new Emulator({ snapshot: emu.snapshot() });
    expect(chartSpecs(again.state.spreadsheet)).toEqual(chartSpecs(emu.state.spreadsheet));
    const old = JSON.parse(emu.snapshot());
    delete old.spreadsheet.sheets[0].charts;
    const restored = new Emulator({ snapshot: JSON.stringify(old) });
    expect(restored.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Лист1')!.getCharts()).toEqual([]);
  });

  test('the add-on charts its data from inside the vm', () => {
    const { emu } = emulator();
    emu.load(`
      function chart() {
        var ss = SpreadsheetApp.getActiveSpreadsheet();
        var sheet = ss.getSheetByName('Лист1');
        var chart = sheet.newChart().setChartType(Charts.ChartType.COLUMN)
          .addRange(ss.getSheetByName('Итоги').getRange('A1:B4'))
          .setOption('colors', ['#3c78d8']).setOption('hAxis', { title: 'Месяц' }).build();
        sheet.insertChart(chart);
        var stored = sheet.getCharts()[0];
        sheet.updateChart(stored.modify().setOption('title', 'Встречи').build());
        return sheet.getCharts().length;
      }`);
    expect(emu.call('chart')).toBe(1);
    expect(chartSpecs(emu.state.spreadsheet)[0].options).toEqual({
      colors: ['#3c78d8'],
      hAxis: { title: 'Месяц' },
      title: 'Встречи',
    });
    expect(emu.counts()).toMatchObject({
      'Sheet.insertChart': 1,
      'Sheet.updateChart': 1,
      'EmbeddedChart.modify': 1,
      'EmbeddedChartBuilder.build': 2,
    });
  });
});

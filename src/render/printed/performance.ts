import type { FundsLine, Indicator, PerformanceEvaluation } from '../../model/performance.js';
import { cell, headCell, valueText, type Grid, type GridCell, type GridRow } from './grid.js';

const FUNDS: readonly [keyof PerformanceEvaluation['funds'], string][] = [
  ['total', '年度资金总额'],
  ['fiscal', '其中：当年财政拨款'],
  ['carryover', '上年结转资金'],
  ['other', '其他资金'],
];

/**
 * A 项目支出绩效自评表 on a nine-column grid as the template prints it: 项目名称, 主管部门/实施单位, the funds block,
 * 年度总体目标, the indicators with merged 一级/二级 cells, 总分.
 */
export function performanceGrid(p: PerformanceEvaluation): Grid {
  const body: GridRow[] = [];
  body.push({ cells: [headCell('项目名称'), cell(p.projectName, { colSpan: 8 })] });
  body.push({
    cells: [
      headCell('主管部门'),
      cell(p.department ?? '', { colSpan: 3 }),
      headCell('实施单位'),
      cell(p.implementer ?? '', { colSpan: 4 }),
    ],
  });
  const funds = FUNDS.filter(([k]) => p.funds[k]);
  body.push({
    cells: [
      headCell('项目资金（万元）', { rowSpan: funds.length + 1 }),
      headCell('', { colSpan: 2 }),
      ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((t) => headCell(t)),
    ],
  });
  for (const [key, label] of funds) body.push({ cells: fundsCells(label, p.funds[key] as FundsLine) });
  body.push({
    cells: [
      headCell('年度总体目标', { rowSpan: 2 }),
      headCell('预期目标', { colSpan: 4 }),
      headCell('实际完成情况', { colSpan: 4 }),
    ],
  });
  body.push({ cells: [cell(p.goals.expected, { colSpan: 4 }), cell(p.goals.actual, { colSpan: 4 })] });
  body.push({
    cells: [
      headCell('绩效指标', { rowSpan: p.indicators.length + 1 }),
      ...['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].map(
        (t) => headCell(t),
      ),
    ],
  });
  const level1Spans = runs(p.indicators, (i) => i.level1);
  const level2Spans = runs(p.indicators, (i) => `${i.level1}\u0000${i.level2}`);
  p.indicators.forEach((ind, i) => body.push({ cells: indicatorCells(ind, level1Spans[i], level2Spans[i]) }));
  body.push({
    cells: [
      headCell('总分', { colSpan: 6 }),
      cell(valueText(p.total.weight), { align: 'center' }),
      cell(valueText(p.total.score), { align: 'center' }),
      cell(''),
    ],
  });
  return { header: [], body, widths: [0.8, 1.3, 1.3, 2.5, 1, 1, 0.7, 0.7, 1.6] };
}

function fundsCells(label: string, f: FundsLine): GridCell[] {
  const v = [f.initialBudget, f.fullYearBudget, f.executed, f.weight, f.rate];
  return [
    cell(label, { colSpan: 2 }),
    ...v.map((x, i) => cell(valueText(x, undefined, false), { align: i < 3 ? 'right' : 'center' })),
    cell(valueText(f.score), { align: 'center' }),
  ];
}

/** For each row: the length of the run of equal keys it starts, 0 inside a run (merged away). */
function runs<T>(items: readonly T[], key: (t: T) => string): number[] {
  const out = items.map(() => 0);
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    const item = items[i];
    const first = items[start];
    if (i === items.length || item === undefined || first === undefined || key(item) !== key(first)) {
      out[start] = i - start;
      start = i;
    }
  }
  return out;
}

function indicatorCells(ind: Indicator, span1: number | undefined, span2: number | undefined): GridCell[] {
  const cells: GridCell[] = [];
  if (span1) cells.push(cell(ind.level1, { rowSpan: span1, align: 'center' }));
  if (span2) cells.push(cell(ind.level2, { rowSpan: span2, align: 'center' }));
  cells.push(
    cell(ind.level3),
    cell(valueText(ind.target), { align: 'center' }),
    cell(valueText(ind.actual), { align: 'center' }),
    cell(valueText(ind.weight), { align: 'center' }),
    cell(valueText(ind.score), { align: 'center' }),
    cell(ind.deviation),
  );
  return cells;
}

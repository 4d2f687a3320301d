import { Alert, Card, Empty } from 'antd';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { BarChart, SankeyChart, TreemapChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import type { Disclosure, TableSchemaInfo } from '../../api/types';
import { basicVsProject, budgetVsActual, incomeToFunctions, spendingTree } from '../../lib/chart-data';

// Only the charts drawn here are registered (keeps the lazily loaded chunk small).
echarts.use([SankeyChart, TreemapChart, BarChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

const PALETTE = ['#b5261e', '#d4763b', '#e3b448', '#5b8e7d', '#3f6e9a', '#7c5c9c', '#a0a0a0', '#c45b8a'];

function Chart({ option, height = 380 }: { option: Record<string, unknown>; height?: number }) {
  return (
    <ReactEChartsCore echarts={echarts} option={{ color: PALETTE, ...option }} style={{ height }} notMerge lazyUpdate />
  );
}

/** Horizontal bars, one category a row (tall enough for every label). */
function Bars({
  names,
  series,
  fmt,
  stack,
}: {
  names: readonly string[];
  series: readonly { name: string; data: readonly number[] }[];
  fmt: (v: number) => string;
  stack?: boolean;
}) {
  return (
    <Chart
      height={Math.max(240, names.length * 34 + 60)}
      option={{
        tooltip: { trigger: 'axis', valueFormatter: fmt },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true, data: names },
        series: series.map((x) => ({ ...x, type: 'bar', ...(stack ? { stack: 'x' } : {}) })),
      }}
    />
  );
}

export default function ChartsTab({ doc, schemas }: { doc: Disclosure; schemas: readonly TableSchemaInfo[] }) {
  const unit = doc.meta.unit;
  const flow = incomeToFunctions(doc);
  const tree = spendingTree(doc, schemas);
  const bars = budgetVsActual(doc, schemas);
  const split = basicVsProject(doc);
  const fmt = (v: number) => `${v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} ${unit}`;
  return (
    <div className="charts-tab">
      <Alert
        type="info"
        showIcon
        message={`图中数字取自报表（单位：${unit}），仅供浏览；审核按报表所印的精确数进行。`}
        style={{ marginBottom: 12 }}
      />
      <div className="charts-grid">
        <Card size="small" title="资金从哪里来、用到哪里去（收入来源 → 本年支出 → 功能分类）">
          {flow ? (
            <Chart
              option={{
                tooltip: { trigger: 'item', valueFormatter: fmt },
                series: [
                  {
                    type: 'sankey',
                    left: 8,
                    right: 170, // room for the functional classes' labels
                    data: flow.nodes,
                    links: flow.links,
                    emphasis: { focus: 'adjacency' },
                    lineStyle: { color: 'gradient', opacity: 0.4 },
                    label: { fontSize: 12 },
                    nodeGap: 14,
                  },
                ],
              }}
            />
          ) : (
            <Empty description="需要收入支出决算总表和支出决算表" />
          )}
        </Card>
        <Card size="small" title="支出按功能分类（类 → 款 → 项）">
          {tree.length > 0 ? (
            <Chart
              option={{
                tooltip: { valueFormatter: fmt },
                series: [
                  {
                    type: 'treemap',
                    // The root's name: the breadcrumb's first item (without it an empty box was drawn).
                    name: '全部支出',
                    data: tree,
                    leafDepth: 2,
                    roam: false,
                    top: 8,
                    left: 8,
                    right: 8,
                    bottom: 40, // the breadcrumb below
                    breadcrumb: {
                      show: true,
                      bottom: 4,
                      itemStyle: {
                        color: '#f5f5f4',
                        borderColor: '#d6d3d1',
                        borderWidth: 1,
                        textStyle: { color: '#44403c', fontSize: 12 },
                      },
                      emphasis: { itemStyle: { color: '#fff1f0' } },
                    },
                    label: { formatter: '{b}' },
                    upperLabel: { show: true, height: 22 },
                    // levels[0] is the root: named only for the breadcrumb, not labelled above the classes.
                    levels: [
                      { itemStyle: { borderWidth: 2, gapWidth: 2 }, upperLabel: { show: false } },
                      { itemStyle: { gapWidth: 1 } },
                    ],
                  },
                ],
              }}
            />
          ) : (
            <Empty description="没有按功能分类的支出表" />
          )}
        </Card>
        <Card size="small" title="预算数与决算数（按偏差排序）">
          {bars.length > 0 ? (
            <Bars
              names={bars.map((b) => b.name)}
              series={[
                { name: '预算数', data: bars.map((b) => b.budget) },
                { name: '决算数', data: bars.map((b) => b.actual) },
              ]}
              fmt={fmt}
            />
          ) : (
            <Empty description="报表中没有同时印有预算数和决算数的栏目" />
          )}
        </Card>
        <Card size="small" title="基本支出与项目支出（按功能分类的类）">
          {split.length > 0 ? (
            <Bars
              names={split.map((x) => x.name)}
              series={[
                { name: '基本支出', data: split.map((x) => x.basic) },
                { name: '项目支出', data: split.map((x) => x.project) },
              ]}
              fmt={fmt}
              stack
            />
          ) : (
            <Empty description="没有读到支出决算表" />
          )}
        </Card>
      </div>
    </div>
  );
}

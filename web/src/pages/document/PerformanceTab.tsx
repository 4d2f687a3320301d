import { useState } from 'react';
import { Card, Descriptions, Empty, Space, Switch, Table, Tag, Typography } from 'antd';
import type { CellValue, Finding, FundsLine, Indicator, PerformanceEvaluation, Severity } from '../../api/types';
import { SEVERITY_COLOR, SEVERITY_LABEL } from '../../lib/findings';
import { cellText, projectFindings } from '../../lib/performance';

const FUNDS: readonly { key: keyof PerformanceEvaluation['funds']; label: string }[] = [
  { key: 'total', label: '年度资金总额' },
  { key: 'fiscal', label: '其中：当年财政拨款' },
  { key: 'carryover', label: '上年结转资金' },
  { key: 'other', label: '其他资金' },
];

const rowClass = (byLine: ReadonlyMap<number, Severity>, line: number | undefined) => {
  const s = line === undefined ? undefined : byLine.get(line);
  return s ? `perf-row-${s}` : '';
};

function Project({
  p,
  findings,
  onSelect,
}: {
  p: PerformanceEvaluation;
  findings: readonly Finding[];
  onSelect: (f: Finding) => void;
}) {
  const { findings: mine, byLine } = projectFindings(findings, p);
  const funds = FUNDS.flatMap((f) => (p.funds[f.key] ? [{ label: f.label, line: p.funds[f.key]! }] : []));
  const num = (title: string, get: (l: FundsLine) => CellValue) => ({
    title,
    key: title,
    align: 'right' as const,
    render: (_: unknown, r: { line: FundsLine }) => cellText(get(r.line)),
  });
  const counts = (['error', 'warning', 'info'] as const).filter((s) => mine.some((f) => f.severity === s));
  return (
    <Card
      size="small"
      className="perf-card"
      data-testid="performance-project"
      title={
        <Space wrap>
          <span>{p.projectName}</span>
          {counts.map((s) => (
            <Tag key={s} color={SEVERITY_COLOR[s]}>
              {SEVERITY_LABEL[s]} {mine.filter((f) => f.severity === s).length}
            </Tag>
          ))}
        </Space>
      }
      extra={
        <span className="muted">
          {p.title}
          {p.total.score.kind !== 'blank' ? ` · 总分 ${cellText(p.total.weight)}，得分 ${cellText(p.total.score)}` : ''}
        </span>
      }
    >
      {p.department || p.implementer ? (
        <Descriptions size="small" column={2} className="perf-desc">
          {p.department ? <Descriptions.Item label="主管部门">{p.department}</Descriptions.Item> : null}
          {p.implementer ? <Descriptions.Item label="实施单位">{p.implementer}</Descriptions.Item> : null}
        </Descriptions>
      ) : null}
      {funds.length > 0 ? (
        <Table
          size="small"
          pagination={false}
          rowKey="label"
          className="perf-table"
          rowClassName={(r) => rowClass(byLine, r.line.source?.line)}
          dataSource={funds}
          columns={[
            { title: '项目资金（万元）', dataIndex: 'label', key: 'label', width: 180 },
            num('年初预算数', (l) => l.initialBudget),
            num('全年预算数', (l) => l.fullYearBudget),
            num('全年执行数', (l) => l.executed),
            num('分值', (l) => l.weight),
            num('执行率', (l) => l.rate),
            num('得分', (l) => l.score),
          ]}
        />
      ) : null}
      {p.goals.expected || p.goals.actual ? (
        <Descriptions size="small" column={1} bordered className="perf-goals">
          <Descriptions.Item label="预期目标">{p.goals.expected}</Descriptions.Item>
          <Descriptions.Item label="实际完成情况">{p.goals.actual}</Descriptions.Item>
        </Descriptions>
      ) : null}
      {p.indicators.length > 0 ? (
        <Table<Indicator>
          size="small"
          pagination={false}
          rowKey={(r) => `${r.level1}/${r.level2}/${r.level3}/${r.source?.line ?? ''}`}
          className="perf-table"
          rowClassName={(r) => rowClass(byLine, r.source?.line)}
          dataSource={[...p.indicators]}
          columns={[
            { title: '一级指标', dataIndex: 'level1', width: 90 },
            { title: '二级指标', dataIndex: 'level2', width: 120 },
            { title: '三级指标', dataIndex: 'level3' },
            { title: '年度指标值', key: 't', width: 100, render: (_: unknown, r) => cellText(r.target) },
            { title: '实际完成值', key: 'a', width: 100, render: (_: unknown, r) => cellText(r.actual) },
            { title: '分值', key: 'w', width: 60, align: 'right', render: (_: unknown, r) => cellText(r.weight) },
            { title: '得分', key: 's', width: 60, align: 'right', render: (_: unknown, r) => cellText(r.score) },
            { title: '偏差原因分析及改进措施', dataIndex: 'deviation', width: 240 },
          ]}
        />
      ) : null}
      {mine.length > 0 ? (
        <ul className="perf-findings">
          {mine.map((f, i) => (
            <li key={f.fingerprint ?? i}>
              <Tag color={SEVERITY_COLOR[f.severity]}>{SEVERITY_LABEL[f.severity]}</Tag>
              <Typography.Link onClick={() => onSelect(f)}>{f.message}</Typography.Link>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

/** 绩效: each 项目支出绩效自评表 of the disclosure as a table, its rows with findings marked, its findings below. */
export function PerformanceTab({
  evaluations,
  findings,
  onSelect,
}: {
  evaluations: readonly PerformanceEvaluation[];
  findings: readonly Finding[];
  onSelect: (f: Finding) => void;
}) {
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  if (evaluations.length === 0) return <Empty description="本文档没有项目支出绩效自评表" />;
  const flagged = evaluations.filter((p) => projectFindings(findings, p).findings.length > 0);
  const shown = onlyFlagged ? flagged : evaluations;
  return (
    <div className="perf-tab">
      <Space className="perf-head" size={24} wrap>
        <span>
          项目支出绩效自评表 <b>{evaluations.length}</b> 张，其中 <b>{flagged.length}</b> 张有审核问题
        </span>
        <Space>
          <Switch size="small" checked={onlyFlagged} onChange={setOnlyFlagged} aria-label="只看有问题的项目" />
          只看有问题的项目
        </Space>
      </Space>
      {shown.map((p, i) => (
        <Project key={`${p.projectName}-${i}`} p={p} findings={findings} onSelect={onSelect} />
      ))}
    </div>
  );
}

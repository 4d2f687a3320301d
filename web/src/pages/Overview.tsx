import { useMemo, useState } from 'react';
import { Alert, Badge, Card, Empty, Input, Progress, Select, Space, Statistic, Table, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { DocumentInfo, ReviewProgress } from '../api/types';
import { gridColumns, overviewGrid, type GridRow, type OverviewFilter } from '../lib/overview';
import { useApi } from '../lib/use-api';

/** Every stored document (the API pages at 200). */
async function allDocuments(): Promise<DocumentInfo[]> {
  const out: DocumentInfo[] = [];
  for (let page = 1; page < 50; page++) {
    const r = await api.documents({ page, pageSize: 200 });
    out.push(...r.items);
    if (out.length >= r.total || r.items.length === 0) break;
  }
  return out;
}

function DocCell({ d, progress }: { d: DocumentInfo; progress: ReviewProgress | undefined }) {
  const s = d.latest.summary;
  const pct = progress && progress.total > 0 ? Math.round((progress.reviewed / progress.total) * 100) : undefined;
  return (
    <Link to={`/documents/${d.id}`} className="grid-cell" aria-label={`${d.organisation} ${d.year} 年${d.kind}`}>
      <Space size={6} wrap>
        {s.error > 0 ? <Badge count={`错 ${s.error}`} color="#cf1322" /> : null}
        {s.warning > 0 ? <Badge count={`警 ${s.warning}`} color="#d48806" /> : null}
        {s.error + s.warning === 0 ? <Badge count="无问题" color="#389e0d" /> : null}
        <span className="grid-version">第 {d.latest.number} 版</span>
      </Space>
      {pct !== undefined ? (
        <Tooltip title={`已审核 ${progress!.reviewed} / ${progress!.total}`}>
          <Progress percent={pct} size="small" showInfo={false} strokeColor="#1677ff" className="grid-progress" />
        </Tooltip>
      ) : null}
    </Link>
  );
}

export function OverviewPage() {
  const docs = useApi(allDocuments, []);
  const ids = useMemo(() => (docs.data ?? []).map((d) => d.id), [docs.data]);
  const progress = useApi(async () => {
    const out: ReviewProgress[] = [];
    for (let i = 0; i < ids.length; i += 200) out.push(...(await api.reviewProgress(ids.slice(i, i + 200))));
    return new Map(out.map((p) => [p.document, p]));
  }, [ids]);
  const [filter, setFilter] = useState<OverviewFilter>({ search: '' });
  const all = docs.data ?? [];
  const regions = [...new Set(all.map((d) => d.region).filter((r): r is string => !!r))].sort();
  const years = [...new Set(all.map((d) => d.year))].sort((a, b) => b - a);
  const kinds = [...new Set(all.map((d) => d.kind))];
  const rows = overviewGrid(all, filter, progress.data);
  const columns = gridColumns(all.filter((d) => filter.year === undefined || d.year === filter.year)).filter(
    (c) => !filter.kind || c.kind === filter.kind,
  );
  const totals = all.reduce(
    (t, d) => ({ error: t.error + d.latest.summary.error, warning: t.warning + d.latest.summary.warning }),
    { error: 0, warning: 0 },
  );
  const reviewed = [...(progress.data?.values() ?? [])].reduce(
    (t, p) => ({ done: t.done + p.reviewed, all: t.all + p.total }),
    { done: 0, all: 0 },
  );

  return (
    <div className="page">
      <Space className="overview-stats" size={16} wrap>
        <Card size="small">
          <Statistic title="文档" value={all.length} suffix="份" />
        </Card>
        <Card size="small">
          <Statistic title="单位" value={new Set(all.map((d) => d.organisation)).size} suffix="个" />
        </Card>
        <Card size="small">
          <Statistic title="错误" value={totals.error} valueStyle={{ color: '#cf1322' }} />
        </Card>
        <Card size="small">
          <Statistic title="警告" value={totals.warning} valueStyle={{ color: '#d48806' }} />
        </Card>
        <Card size="small">
          <Statistic
            title="审核进度"
            value={reviewed.all ? Math.round((reviewed.done / reviewed.all) * 100) : 0}
            suffix={`%（${reviewed.done}/${reviewed.all}）`}
          />
        </Card>
      </Space>
      <Card
        title="总览：单位 × 年度 × 种类"
        extra={
          <Space wrap>
            <Input.Search
              allowClear
              placeholder="按单位名称搜索"
              aria-label="按单位名称搜索"
              style={{ width: 220 }}
              onChange={(e) => setFilter({ ...filter, search: e.target.value })}
            />
            <Select
              allowClear
              placeholder="地区"
              aria-label="地区"
              style={{ width: 150 }}
              options={regions.map((r) => ({ value: r, label: r }))}
              onChange={(v?: string) => setFilter({ ...filter, region: v })}
            />
            <Select
              allowClear
              placeholder="年度"
              aria-label="年度"
              style={{ width: 100 }}
              options={years.map((y) => ({ value: y, label: `${y}` }))}
              onChange={(v?: number) => setFilter({ ...filter, year: v })}
            />
            <Select
              allowClear
              placeholder="种类"
              aria-label="种类"
              style={{ width: 100 }}
              options={kinds.map((k) => ({ value: k, label: k }))}
              onChange={(v?: string) => setFilter({ ...filter, kind: v })}
            />
            <Select
              allowClear
              placeholder="状态"
              aria-label="状态"
              style={{ width: 130 }}
              options={[
                { value: 'errors', label: '有错误' },
                { value: 'pending', label: '待审核' },
                { value: 'clean', label: '无问题' },
              ]}
              onChange={(v?: OverviewFilter['state']) => setFilter({ ...filter, state: v })}
            />
          </Space>
        }
      >
        {docs.error ? <Alert type="error" showIcon message={docs.error.message} /> : null}
        <Table<GridRow>
          loading={docs.loading}
          rowKey={(r) => `${r.organisation}|${r.region ?? ''}`}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description="没有符合条件的文档" /> }}
          size="middle"
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: '单位',
              dataIndex: 'organisation',
              fixed: 'left',
              render: (name: string, r) => (
                <div>
                  <Typography.Text strong>{name}</Typography.Text>
                  <div className="muted">
                    {r.region ?? '地区未知'}
                    {Object.keys(r.cells).length >= 2 ? (
                      <Link
                        className="overview-compare"
                        to={`/compare?ids=${Object.values(r.cells)
                          .slice(0, 4)
                          .map((d) => d.id)
                          .join(',')}`}
                      >
                        比较各年
                      </Link>
                    ) : null}
                  </div>
                </div>
              ),
            },
            ...columns.map((c) => ({
              title: `${c.year} 年${c.kind}`,
              key: c.key,
              width: 190,
              render: (_: unknown, r: GridRow) => {
                const d = r.cells[c.key];
                return d ? <DocCell d={d} progress={progress.data?.get(d.id)} /> : <span className="muted">—</span>;
              },
            })),
          ]}
        />
      </Card>
    </div>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client';
import type { DocumentInfo, ReviewProgress } from '../api/types';
import { warmUp } from '../lazy-page';
import { gridColumns, overviewGrid, type GridRow, type OverviewFilter } from '../lib/overview';
import { overviewDocuments, takeArrived } from '../lib/overview-data';
import { useApi } from '../lib/use-api';

// The first page anyone opens: plain elements styled in app.css, no antd (its scripts and run-time styles alone
// took over a second here); antd is fetched in the background once the grid is shown.

const PAGE_SIZE = 50;

/** 12345 → "12,345" without Intl: its first use costs 50–200 ms here, a fifth of the page's budget. */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

function Stat({ title, value, suffix, tone }: { title: string; value: number; suffix?: string; tone?: string }) {
  return (
    <div className="stat">
      <div className="stat-title">{title}</div>
      <div className={tone ? `stat-value stat-${tone}` : 'stat-value'}>
        {grouped(value)}
        {suffix ? <span className="stat-suffix">{suffix}</span> : null}
      </div>
    </div>
  );
}

function DocCell({ d, progress }: { d: DocumentInfo; progress: ReviewProgress | undefined }) {
  const s = d.latest.summary;
  const pct = progress && progress.total > 0 ? Math.round((progress.reviewed / progress.total) * 100) : undefined;
  return (
    <Link to={`/documents/${d.id}`} className="grid-cell" aria-label={`${d.organisation} ${d.year} 年${d.kind}`}>
      <span className="grid-badges">
        {s.error > 0 ? <span className="count count-error">错 {s.error}</span> : null}
        {s.warning > 0 ? <span className="count count-warning">警 {s.warning}</span> : null}
        {s.error + s.warning === 0 ? <span className="count count-clean">无问题</span> : null}
        <span className="grid-version">第 {d.latest.number} 版</span>
      </span>
      {pct !== undefined ? (
        <span className="grid-progress" title={`已审核 ${progress!.reviewed} / ${progress!.total}`}>
          <span style={{ width: `${pct}%` }} />
        </span>
      ) : null}
    </Link>
  );
}

function Choice<T extends string | number>({
  label,
  width,
  options,
  onChange,
}: {
  label: string;
  width: number;
  options: readonly { value: T; label: string }[];
  onChange: (v: T | undefined) => void;
}) {
  return (
    <select
      className="filter"
      aria-label={label}
      style={{ width }}
      defaultValue=""
      onChange={(e) => {
        const o = options[e.target.selectedIndex - 1];
        onChange(o?.value);
      }}
    >
      <option value="">全部{label}</option>
      {options.map((o) => (
        <option key={String(o.value)} value={String(o.value)}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

export function OverviewPage() {
  const [arrived] = useState(takeArrived);
  const docs = useApi(overviewDocuments, [], arrived);
  const ids = useMemo(() => (docs.data ?? []).map((d) => d.id), [docs.data]);
  const progress = useApi(async () => {
    const out: ReviewProgress[] = [];
    for (let i = 0; i < ids.length; i += 200) out.push(...(await api.reviewProgress(ids.slice(i, i + 200))));
    return new Map(out.map((p) => [p.document, p]));
  }, [ids]);
  useEffect(() => {
    if (docs.data) warmUp();
  }, [docs.data]);
  const [filter, setFilter] = useState<OverviewFilter>({ search: '' });
  const [page, setPage] = useState(0);
  const all = docs.data ?? [];
  const regions = [...new Set(all.map((d) => d.region).filter((r): r is string => !!r))].sort();
  const years = [...new Set(all.map((d) => d.year))].sort((a, b) => b - a);
  const kinds = [...new Set(all.map((d) => d.kind))];
  const rows = overviewGrid(all, filter, progress.data);
  const columns = gridColumns(all.filter((d) => filter.year === undefined || d.year === filter.year)).filter(
    (c) => !filter.kind || c.kind === filter.kind,
  );
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const shown = rows.slice(Math.min(page, pages - 1) * PAGE_SIZE).slice(0, PAGE_SIZE);
  const refine = (f: Partial<OverviewFilter>) => {
    setFilter({ ...filter, ...f });
    setPage(0);
  };
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
      <div className="overview-stats">
        <Stat title="文档" value={all.length} suffix="份" />
        <Stat title="单位" value={new Set(all.map((d) => d.organisation)).size} suffix="个" />
        <Stat title="错误" value={totals.error} tone="error" />
        <Stat title="警告" value={totals.warning} tone="warning" />
        <Stat
          title="审核进度"
          value={reviewed.all ? Math.round((reviewed.done / reviewed.all) * 100) : 0}
          suffix={`%（${reviewed.done}/${reviewed.all}）`}
        />
      </div>
      <section className="panel">
        <div className="panel-head">
          <h2 className="panel-title">总览：单位 × 年度 × 种类</h2>
          <div className="filters">
            <input
              type="search"
              className="filter"
              placeholder="按单位名称搜索"
              aria-label="按单位名称搜索"
              style={{ width: 220 }}
              onChange={(e) => refine({ search: e.target.value })}
            />
            <Choice
              label="地区"
              width={150}
              options={regions.map((r) => ({ value: r, label: r }))}
              onChange={(region) => refine({ region })}
            />
            <Choice
              label="年度"
              width={110}
              options={years.map((y) => ({ value: y, label: `${y}` }))}
              onChange={(year) => refine({ year })}
            />
            <Choice
              label="种类"
              width={110}
              options={kinds.map((k) => ({ value: k, label: k }))}
              onChange={(kind) => refine({ kind })}
            />
            <Choice<NonNullable<OverviewFilter['state']>>
              label="状态"
              width={130}
              options={[
                { value: 'errors', label: '有错误' },
                { value: 'pending', label: '待审核' },
                { value: 'clean', label: '无问题' },
              ]}
              onChange={(state) => refine({ state })}
            />
          </div>
        </div>
        <div className="panel-body">
          {docs.error ? (
            <div className="notice notice-error" role="alert">
              {docs.error.message}
            </div>
          ) : null}
          <div className="grid-scroll">
            <table className="grid" aria-busy={docs.loading}>
              <thead>
                <tr>
                  <th className="grid-org">单位</th>
                  {columns.map((c) => (
                    <th key={c.key} className="grid-col">
                      {c.year} 年{c.kind}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {shown.map((r: GridRow) => (
                  <tr key={`${r.organisation}|${r.region ?? ''}`}>
                    <td className="grid-org">
                      <strong>{r.organisation}</strong>
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
                    </td>
                    {columns.map((c) => {
                      const d = r.cells[c.key];
                      return (
                        <td key={c.key} className="grid-col">
                          {d ? <DocCell d={d} progress={progress.data?.get(d.id)} /> : <span className="muted">—</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
                {shown.length === 0 ? (
                  <tr>
                    <td className="grid-empty" colSpan={columns.length + 1}>
                      {docs.loading ? (
                        <span className="spinner" role="status" aria-label="正在载入" />
                      ) : (
                        '没有符合条件的文档'
                      )}
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </div>
          {pages > 1 ? (
            <nav className="pager" aria-label="翻页">
              <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
                上一页
              </button>
              <span>
                第 {Math.min(page, pages - 1) + 1} / {pages} 页（{rows.length} 个单位）
              </span>
              <button type="button" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
                下一页
              </button>
            </nav>
          ) : null}
        </div>
      </section>
    </div>
  );
}

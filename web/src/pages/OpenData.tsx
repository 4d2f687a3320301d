import { useMemo, useState } from 'react';
import { App as AntApp, Button, Card, Select, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, download } from '../api/client';
import type { DocumentInfo } from '../api/types';
import { exportQuery, matches, type ExportFilter } from '../lib/open-data';
import { useApi } from '../lib/use-api';

const options = (values: readonly (string | number | null)[]) =>
  [...new Set(values.filter((v): v is string | number => v !== null))]
    .sort((a, b) => (typeof a === 'number' && typeof b === 'number' ? b - a : String(a).localeCompare(String(b))))
    .map((v) => ({ value: v, label: String(v) }));

const FILTERS: readonly { key: keyof ExportFilter; label: string; placeholder: string; width: number }[] = [
  { key: 'region', label: '地区', placeholder: '全部地区', width: 180 },
  { key: 'year', label: '年度', placeholder: '全部年度', width: 120 },
  { key: 'kind', label: '种类', placeholder: '决算和预算', width: 130 },
  { key: 'organisation', label: '单位', placeholder: '全部单位', width: 260 },
];

/**
 * Open data: a Frictionless data package (datapackage.json with documents.csv, cells.csv, findings.csv) of one
 * disclosure or of a selection (region, year, kind, organisation), and each disclosure as JSON or a workbook.
 */
export default function OpenDataPage() {
  const { message } = AntApp.useApp();
  const docs = useApi(() => api.documents({ page: 1, pageSize: 200 }), []);
  const [filter, setFilter] = useState<ExportFilter>({});
  const all = docs.data?.items ?? [];
  const selected = useMemo(() => all.filter((d) => matches(d, filter)), [all, filter]);
  const save = (path: string, name: string) => {
    const hide = message.loading('正在生成…', 0);
    download(path, name)
      .catch((e: Error) => message.error(e.message))
      .finally(hide);
  };
  const pack = (f: ExportFilter, name: string) => save(`/api/export?${exportQuery(f)}`, `${name}.zip`);
  const get = (d: DocumentInfo, to: 'json' | 'xlsx') => () =>
    save(api.renderUrl(d.id, to), `${d.organisation}-${d.year}-${d.kind}.${to}`);
  const set = (k: keyof ExportFilter) => (v: string | number | undefined) => setFilter((f) => ({ ...f, [k]: v }));
  return (
    <div className="page">
      <Card title="公开数据">
        <Typography.Paragraph type="secondary">
          数据包为 zip：<code>datapackage.json</code>（Frictionless 表格数据包，说明各表的字段、主键和外键），
          <code>documents.csv</code>（文档清单）、<code>cells.csv</code>（每个单元格一行）、<code>findings.csv</code>
          （审核问题）。未登录时只含已发布的版本。也可直接调用 API：<code>GET /api/export</code>，说明见{' '}
          <a href="/api/docs">/api/docs</a>。
        </Typography.Paragraph>
        <Space wrap className="open-data-filter">
          {FILTERS.map((f) => (
            <Select
              key={f.key}
              aria-label={f.label}
              placeholder={f.placeholder}
              allowClear
              showSearch={f.key === 'organisation'}
              style={{ width: f.width }}
              value={filter[f.key]}
              onChange={set(f.key)}
              options={options(all.map((d) => d[f.key]))}
            />
          ))}
          <Button
            type="primary"
            icon={<DownloadOutlined />}
            disabled={selected.length === 0}
            onClick={() => pack(filter, '开放数据')}
          >
            下载所选 {selected.length} 份的数据包
          </Button>
        </Space>
        <Table<DocumentInfo>
          size="small"
          rowKey="id"
          loading={docs.loading}
          dataSource={selected}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: all.length === 0 ? '还没有公开的文档' : '没有符合条件的文档' }}
          columns={[
            {
              title: '单位',
              dataIndex: 'organisation',
              render: (n: string, d) => <Link to={`/documents/${d.id}`}>{n}</Link>,
            },
            { title: '地区', dataIndex: 'region' },
            { title: '年度', dataIndex: 'year', width: 80 },
            { title: '种类', dataIndex: 'kind', width: 80 },
            { title: '部门/单位', dataIndex: 'scope', width: 90 },
            { title: '版本', dataIndex: 'versions', width: 70 },
            {
              title: '下载',
              key: 'dl',
              width: 300,
              render: (_: unknown, d) => (
                <Space>
                  <Button
                    size="small"
                    icon={<DownloadOutlined />}
                    onClick={() =>
                      pack(
                        { organisation: d.organisation, year: d.year, kind: d.kind },
                        `${d.organisation}-${d.year}-${d.kind}`,
                      )
                    }
                  >
                    数据包（CSV）
                  </Button>
                  <Button size="small" icon={<DownloadOutlined />} onClick={get(d, 'json')}>
                    JSON
                  </Button>
                  <Button size="small" icon={<DownloadOutlined />} onClick={get(d, 'xlsx')}>
                    XLSX
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}

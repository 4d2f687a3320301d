import { useMemo } from 'react';
import { Alert, Card, Empty, Select, Space, Spin, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/client';
import type { DocumentInfo } from '../api/types';
import { compareDocuments, type CompareRow } from '../lib/compare';
import { useApi } from '../lib/use-api';

const label = (d: DocumentInfo) => `${d.organisation} · ${d.year} 年${d.kind}${d.scope === '单位' ? '（单位）' : ''}`;

/** Two years of one organisation, or several organisations of one year, side by side; differing rows marked. */
export default function ComparePage() {
  const [params, setParams] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean).map(Number).slice(0, 4);
  const list = useApi(() => api.documents({ page: 1, pageSize: 200 }), []);
  const docs = list.data?.items ?? [];
  const loaded = useApi(async () => {
    const [schemas, ...ds] = await Promise.all([api.tableSchemas(), ...ids.map((id) => api.document(id))]);
    return { schemas, docs: ds };
  }, [ids.join(',')]);
  const tables = useMemo(
    () => (loaded.data && loaded.data.docs.length >= 2 ? compareDocuments(loaded.data.docs, loaded.data.schemas) : []),
    [loaded.data],
  );
  const chosen = ids.map((id) => docs.find((d) => d.id === id)).filter((d): d is DocumentInfo => !!d);

  return (
    <div className="page">
      <Card title="比较">
        <Space direction="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            选择 2–4 份文档：同一单位的不同年度，或同一年度的不同单位。每张共有的表按行对齐，数字不同的行标色。
          </Typography.Text>
          <Select
            mode="multiple"
            aria-label="要比较的文档"
            style={{ width: '100%' }}
            placeholder="选择文档"
            value={ids}
            maxCount={4}
            optionFilterProp="label"
            options={docs.map((d) => ({ value: d.id, label: label(d) }))}
            onChange={(v: number[]) => setParams(v.length ? { ids: v.join(',') } : {}, { replace: true })}
          />
        </Space>
      </Card>
      {ids.length < 2 ? (
        <Empty style={{ marginTop: 40 }} description="至少选择两份文档" />
      ) : loaded.error ? (
        <Alert type="error" showIcon message={loaded.error.message} style={{ marginTop: 16 }} />
      ) : !loaded.data ? (
        <Spin className="page-spin" />
      ) : tables.length === 0 ? (
        <Empty style={{ marginTop: 40 }} description="这些文档没有共有的表" />
      ) : (
        tables.map((t) => (
          <Card
            key={t.id}
            size="small"
            style={{ marginTop: 16 }}
            title={`${t.title}（${t.column}，单位：${t.unit}）`}
            extra={
              <span className="muted">
                {t.converted.length > 0 ? `以${t.converted.join('、')}印的金额已换算为${t.unit}；` : ''}
                {t.rows.filter((r) => r.differs).length} 行不同
              </span>
            }
          >
            <Table<CompareRow>
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={[...t.rows]}
              rowClassName={(r) => (r.differs ? 'compare-differs' : '')}
              columns={[
                { title: '项目', dataIndex: 'label' },
                ...chosen.map((d, i) => ({
                  title: <Link to={`/documents/${d.id}`}>{label(d)}</Link>,
                  key: String(d.id),
                  className: 'num',
                  render: (_: unknown, r: CompareRow) => r.values[i] || <span className="muted">—</span>,
                })),
              ]}
            />
          </Card>
        ))
      )}
    </div>
  );
}

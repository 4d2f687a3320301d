import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, download } from '../api/client';
import type { DocumentInfo } from '../api/types';
import { useApi } from '../lib/use-api';

/** Open data: each stored disclosure as the canonical JSON and as a workbook (one sheet per table). */
export default function OpenDataPage() {
  const docs = useApi(() => api.documents({ page: 1, pageSize: 200 }), []);
  const get = (d: DocumentInfo, to: 'json' | 'xlsx') => () =>
    void download(api.renderUrl(d.id, to), `${d.organisation}-${d.year}-${d.kind}.${to}`);
  return (
    <div className="page">
      <Card title="公开数据">
        <Typography.Paragraph type="secondary">
          每份公开文档的数据可下载为标准 JSON（符合 schema/disclosure.schema.json）或 Excel 工作簿（每张表一个工作表）。
          也可直接调用 API：<code>GET /api/documents/编号</code>，说明见 <a href="/api/docs">/api/docs</a>。
        </Typography.Paragraph>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message="CSV 与数据包（datapackage.json）的批量下载由导出接口提供，接口合入后在此页出现。"
        />
        <Table<DocumentInfo>
          size="small"
          rowKey="id"
          loading={docs.loading}
          dataSource={[...(docs.data?.items ?? [])]}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            {
              title: '单位',
              dataIndex: 'organisation',
              render: (n: string, d) => <Link to={`/documents/${d.id}`}>{n}</Link>,
            },
            { title: '地区', dataIndex: 'region' },
            { title: '年度', dataIndex: 'year' },
            { title: '种类', dataIndex: 'kind' },
            { title: '版本', dataIndex: 'versions' },
            {
              title: '下载',
              key: 'dl',
              render: (_: unknown, d) => (
                <Space>
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

import type { ReactNode } from 'react';
import { Alert, App as AntApp, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, download } from '../../api/client';
import type { FixPreview } from '../../api/types';
import { useAuth } from '../../auth';
import { changedSpan, fixPlace } from '../../lib/fix';
import { SEVERITY_COLOR, SEVERITY_LABEL } from '../../lib/findings';
import { useApi } from '../../lib/use-api';

type Applied = FixPreview['applied'][number];
type Left = FixPreview['remaining'][number];

function Change({ a }: { a: Applied }) {
  const s = changedSpan(a.before, a.after);
  const line = (label: string, changed: ReactNode) => (
    <div className="fix-line">
      <span className="fix-label">{label}</span>
      <span className="fix-text">
        {s.prefix}
        {changed}
        {s.suffix}
      </span>
    </div>
  );
  return (
    <div className="fix-change">
      {line('修改前', <del>{s.removed}</del>)}
      {line('修改后', <ins>{s.added}</ins>)}
    </div>
  );
}

/**
 * 修正: what `juesuan fix` would change in the 情况说明 (before → after, where, which finding), what it cannot fix and
 * why, and the corrected DOCX. Tables and reasons are never changed; a person fixes those.
 */
export function FixTab({ id, version, name }: { id: number; version: number | undefined; name: string }) {
  const { me } = useAuth();
  const { message } = AntApp.useApp();
  const allowed = me.role === '编制人' || me.role === '审核人' || me.role === '管理员';
  const preview = useApi(async () => (allowed ? api.fix(id, version) : undefined), [id, version, allowed]);
  if (!allowed) {
    return (
      <Alert
        type="info"
        showIcon
        message="自动修正需要登录（编制人、审核人或管理员）"
        action={<Link to="/login">登录</Link>}
      />
    );
  }
  if (preview.error) return <Alert type="error" showIcon message={preview.error.message} />;
  if (!preview.data) return <Card loading />;
  const p = preview.data;
  const columns = [
    {
      title: '级别',
      dataIndex: 'severity',
      width: 70,
      render: (s: Left['severity']) => <Tag color={SEVERITY_COLOR[s]}>{SEVERITY_LABEL[s]}</Tag>,
    },
    { title: '位置', key: 'place', width: 260, render: (_: unknown, r: Left) => fixPlace(r.location) },
    { title: '问题', dataIndex: 'message' },
    { title: '不能自动修正的原因', dataIndex: 'reason', width: 320 },
  ];
  const onDownload = () => {
    const hide = message.loading('正在生成修正后的文档…', 0);
    download(api.fixDocxUrl(id, version), `${name}（修正）.docx`)
      .catch((e: Error) => message.error(e.message))
      .finally(hide);
  };
  return (
    <div className="fix-tab" data-testid="fix-tab">
      <div className="fix-head">
        <Space size={24} wrap>
          <span>
            可自动修正 <b data-testid="fix-count">{p.applied.length}</b> 处{p.passes > 1 ? `（${p.passes} 轮）` : ''}
          </span>
          <span>
            修正后仍有 <Tag color="red">错误 {p.summary.error}</Tag>
            <Tag color="gold">警告 {p.summary.warning}</Tag>
          </span>
        </Space>
        <Button type="primary" icon={<DownloadOutlined />} onClick={onDownload} disabled={p.applied.length === 0}>
          下载修正后的 Word（DOCX）
        </Button>
      </div>
      <Typography.Paragraph type="secondary" className="fix-note">
        只修改情况说明中能由报表唯一确定的文字（金额、比率、编号）；报表中的数和原因说明从不自动改动。
      </Typography.Paragraph>
      <Card size="small" title={`自动修正（${p.applied.length}）`} className="fix-card">
        {p.applied.length === 0 ? (
          <Empty description="没有可以自动修正的问题" />
        ) : (
          <ol className="fix-list">
            {p.applied.map((a, i) => (
              <li key={i} data-testid="fix-item">
                <div className="fix-where">{fixPlace(a.location)}</div>
                <Change a={a} />
                <div className="muted">
                  {a.message}（{a.ruleId}）
                </div>
              </li>
            ))}
          </ol>
        )}
      </Card>
      <Card size="small" title={`需人工处理（${p.remaining.length}）`} className="fix-card">
        <Table<Left>
          size="small"
          rowKey={(r, i) => r.fingerprint ?? String(i)}
          columns={columns}
          dataSource={[...p.remaining]}
          pagination={false}
          locale={{ emptyText: '修正后没有错误或警告' }}
        />
      </Card>
    </div>
  );
}

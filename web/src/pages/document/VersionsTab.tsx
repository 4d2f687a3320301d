import { useState } from 'react';
import { Alert, Button, Card, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import type { Finding, VersionInfo } from '../../api/types';
import { diffFigures, diffFindings, type FigureChange } from '../../lib/diff';
import { SEVERITY_COLOR, SEVERITY_LABEL } from '../../lib/findings';
import { useApi } from '../../lib/use-api';

function FindingLine({ f }: { f: Finding }) {
  return (
    <div className="diff-finding">
      <Tag color={SEVERITY_COLOR[f.severity]}>{SEVERITY_LABEL[f.severity]}</Tag>
      {f.message}
    </div>
  );
}

function Compare({ id, from, to }: { id: number; from: number; to: number }) {
  const data = useApi(async () => {
    const [a, b, da, db] = await Promise.all([
      api.findings(id, from),
      api.findings(id, to),
      api.document(id, from),
      api.document(id, to),
    ]);
    return { findings: diffFindings(a.findings, b.findings), figures: diffFigures(da, db) };
  }, [id, from, to]);
  if (data.error) return <Alert type="error" showIcon message={data.error.message} />;
  if (!data.data) return <Card loading />;
  const { findings, figures } = data.data;
  const serious = (l: readonly Finding[]) => l.filter((f) => f.messageId !== 'rounding');
  return (
    <div className="version-diff" data-testid="version-diff">
      <Space size={24} className="version-diff-summary">
        <span>
          新增问题 <b data-testid="diff-added">{findings.added.length}</b>
        </span>
        <span>
          已消失 <b data-testid="diff-removed">{findings.removed.length}</b>
        </span>
        <span>
          仍存在 <b data-testid="diff-kept">{findings.kept.length}</b>
        </span>
        <span>
          数字改动 <b data-testid="diff-figures">{figures.length}</b>
        </span>
      </Space>
      <div className="version-diff-cols">
        <Card size="small" title={`第 ${to} 版新增的问题`}>
          {serious(findings.added).length === 0 ? (
            <Empty description="无" />
          ) : (
            serious(findings.added).map((f, i) => <FindingLine key={i} f={f} />)
          )}
        </Card>
        <Card size="small" title={`第 ${from} 版有、第 ${to} 版已消失的问题`}>
          {serious(findings.removed).length === 0 ? (
            <Empty description="无" />
          ) : (
            serious(findings.removed).map((f, i) => <FindingLine key={i} f={f} />)
          )}
        </Card>
      </div>
      <Card size="small" title="数字改动（按单元格）">
        <Table<FigureChange>
          size="small"
          rowKey={(r) => `${r.table}/${r.row}/${r.column}`}
          dataSource={figures}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: '两个版本的报表数字相同' }}
          columns={[
            { title: '表', dataIndex: 'tableTitle' },
            { title: '行', dataIndex: 'row' },
            { title: '栏', dataIndex: 'column' },
            { title: `第 ${from} 版`, dataIndex: 'before', className: 'num' },
            { title: `第 ${to} 版`, dataIndex: 'after', className: 'num diff-after' },
          ]}
        />
      </Card>
    </div>
  );
}

/** The versions of a document, and what changed between two of them (findings by fingerprint, figures by cell). */
export function VersionsTab({
  id,
  versions,
  onOpen,
}: {
  id: number;
  versions: readonly VersionInfo[];
  onOpen: (version: number) => void;
}) {
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const [from, setFrom] = useState(numbers.length > 1 ? numbers[numbers.length - 2]! : numbers[0]!);
  const [to, setTo] = useState(numbers[numbers.length - 1]!);
  return (
    <div className="versions-tab">
      <Table<VersionInfo>
        size="small"
        rowKey="number"
        dataSource={[...versions].sort((a, b) => b.number - a.number)}
        pagination={false}
        columns={[
          { title: '版本', dataIndex: 'number', render: (n: number) => `第 ${n} 版` },
          { title: '文件', dataIndex: 'fileName' },
          { title: '上传人', dataIndex: 'createdBy', render: (u: string | null) => u ?? '（系统载入）' },
          { title: '时间', dataIndex: 'createdAt', render: (t: string) => dayjs(t).format('YYYY-MM-DD HH:mm') },
          {
            title: '问题',
            dataIndex: 'summary',
            render: (s: VersionInfo['summary']) => (
              <Space size={4}>
                <Tag color="red">错误 {s.error}</Tag>
                <Tag color="gold">警告 {s.warning}</Tag>
                <Tag color="blue">提示 {s.info}</Tag>
              </Space>
            ),
          },
          {
            title: 'sha256',
            dataIndex: 'sha256',
            render: (h: string) => <code className="muted">{h.slice(0, 12)}…</code>,
          },
          {
            title: '',
            key: 'open',
            render: (_: unknown, v) => (
              <Button size="small" onClick={() => onOpen(v.number)}>
                查看此版
              </Button>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        比较两个版本
      </Typography.Title>
      {numbers.length < 2 ? (
        <Alert type="info" showIcon message="只有一个版本。再次上传同一单位、年度、种类的文档即为新版本。" />
      ) : (
        <>
          <Space style={{ marginBottom: 12 }}>
            <Select
              aria-label="较早的版本"
              value={from}
              onChange={setFrom}
              options={numbers.map((n) => ({ value: n, label: `第 ${n} 版` }))}
            />
            →
            <Select
              aria-label="较新的版本"
              value={to}
              onChange={setTo}
              options={numbers.map((n) => ({ value: n, label: `第 ${n} 版` }))}
            />
          </Space>
          {from === to ? <Alert type="info" message="请选择两个不同的版本" /> : <Compare id={id} from={from} to={to} />}
        </>
      )}
    </div>
  );
}

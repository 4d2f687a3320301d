import { useState } from 'react';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  InputNumber,
  Progress,
  Select,
  Space,
  Spin,
  Steps,
  Tabs,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, download, uploadWithProgress } from '../api/client';
import type { CheckReport, Disclosure, TableSchemaInfo, UploadResult } from '../api/types';
import { useAuth } from '../auth';
import { useApi } from '../lib/use-api';
import { FindingsPanel } from './document/FindingsPanel';
import { NarrativeView } from './document/NarrativeView';
import { TablesView } from './document/TablesView';
import { findingsByCell } from '../lib/findings';

const OUTPUTS = [
  { to: 'docx', label: 'Word（DOCX）' },
  { to: 'xlsx', label: 'Excel（XLSX）' },
  { to: 'pdf', label: 'PDF' },
];

interface Composed {
  readonly upload: UploadResult;
  readonly doc: Disclosure;
  readonly report: CheckReport;
  readonly schemas: readonly TableSchemaInfo[];
}

/** The composed document as the writer wrote it, its check, and the files to download. */
function Result({ r }: { r: Composed }) {
  const { message } = AntApp.useApp();
  const [tab, setTab] = useState('narrative');
  const { id, version } = r.upload;
  const get = (to: string) => {
    const hide = message.loading('正在生成…', 0);
    download(api.renderUrl(id, to, version), `${r.doc.meta.name}.${to}`)
      .catch((e: Error) => message.error(e.message))
      .finally(hide);
  };
  const s = r.report.summary;
  return (
    <Card
      data-testid="write-result"
      title={`${r.doc.meta.name} ${r.doc.meta.fiscalYear} 年度：第 ${version} 版（草稿）`}
      extra={
        <Space wrap>
          {OUTPUTS.map((o) => (
            <Button key={o.to} icon={<DownloadOutlined />} onClick={() => get(o.to)}>
              {o.label}
            </Button>
          ))}
          <Link to={`/documents/${id}?v=${version}`}>在文档页审核、修正</Link>
        </Space>
      }
    >
      <Space className="write-summary" wrap>
        <span>审核结果：</span>
        <Tag color="red">错误 {s.error}</Tag>
        <Tag color="gold">警告 {s.warning}</Tag>
        <Tag color="blue">提示 {s.info}</Tag>
        <span className="muted">
          情况说明 {r.doc.narrative.length} 节，报表 {r.doc.tables.length}{' '}
          张。草稿只有本单位和审核人可见，在文档页发布。
        </span>
      </Space>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'narrative',
            label: '情况说明（由数字写出）',
            children: (
              <div className="write-pane">
                <NarrativeView doc={r.doc} findings={r.report.findings} active={undefined} onSelect={() => undefined} />
              </div>
            ),
          },
          {
            key: 'tables',
            label: `报表（${r.doc.tables.length}）`,
            children: (
              <div className="write-pane">
                <TablesView
                  tables={r.doc.tables}
                  schemas={r.schemas}
                  cellFindings={findingsByCell(r.report.findings)}
                  activeCells={new Set()}
                  onCellClick={() => undefined}
                />
              </div>
            ),
          },
          {
            key: 'findings',
            label: `审核（${r.report.findings.length}）`,
            children: (
              <div className="write-pane">
                <FindingsPanel
                  findings={r.report.findings}
                  tables={r.doc.tables}
                  reviews={new Map()}
                  activeKey={undefined}
                  canReview={false}
                  onSelect={() => undefined}
                  onReview={async () => undefined}
                />
              </div>
            ),
          },
        ]}
      />
    </Card>
  );
}

/**
 * 编写: download the fillable Excel template of a layout and year, upload it filled, and see the disclosure the
 * writer composes from the numbers (情况说明 written, every table and sentence checked), then download it.
 */
export default function WritePage() {
  const { canUpload, me } = useAuth();
  const { message } = AntApp.useApp();
  const templates = useApi(() => api.templates(), []);
  const [layout, setLayout] = useState<string>();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [file, setFile] = useState<File>();
  const [publish, setPublish] = useState(false);
  const [sending, setSending] = useState<number>();
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<Composed>();

  const chosen = templates.data?.find((t) => t.layout === layout) ?? templates.data?.[0];

  const getTemplate = () => {
    if (!chosen) return;
    const hide = message.loading('正在生成模板…', 0);
    download(api.templateUrl(chosen.layout, year), `${year}年度${chosen.name}模板.xlsx`)
      .catch((e: Error) => message.error(e.message))
      .finally(hide);
  };

  const send = async () => {
    if (!file) return;
    setError(undefined);
    setResult(undefined);
    const form = new FormData();
    form.append('file', file, file.name);
    if (publish) form.append('publish', 'true');
    setSending(0);
    try {
      const upload = await uploadWithProgress<UploadResult>('/api/documents', form, setSending);
      const [doc, report, schemas] = await Promise.all([
        api.document(upload.id, upload.version),
        api.findings(upload.id, upload.version),
        api.tableSchemas(),
      ]);
      setResult({ upload, doc, report, schemas });
      setFile(undefined);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSending(undefined);
    }
  };

  const step = result ? 2 : file ? 1 : 0;
  return (
    <div className="page write-page">
      <Card title="编写决算公开">
        <Steps
          size="small"
          current={step}
          className="write-steps"
          items={[{ title: '下载模板' }, { title: '填写后上传' }, { title: '查看、审核、下载' }]}
        />
        {!canUpload ? (
          <Alert
            type="warning"
            showIcon
            message={
              me.name ? `当前角色“${me.role}”不能上传，只能下载模板` : '上传需要登录（编制人或管理员）；模板可直接下载'
            }
            action={me.name ? null : <Link to="/login">登录</Link>}
            className="write-alert"
          />
        ) : null}
        <div className="write-grid">
          <section>
            <Typography.Title level={5}>1. 下载可填写的 Excel 模板</Typography.Title>
            {templates.error ? <Alert type="error" message={templates.error.message} /> : null}
            {!templates.data ? (
              <Spin />
            ) : (
              <>
                <Space wrap>
                  <Select
                    aria-label="版式"
                    value={chosen?.layout}
                    onChange={setLayout}
                    style={{ width: 180 }}
                    options={templates.data.map((t) => ({ value: t.layout, label: `${t.name}（${t.kind}）` }))}
                  />
                  <InputNumber
                    aria-label="年度"
                    min={2000}
                    max={2100}
                    value={year}
                    onChange={(v) => v && setYear(v)}
                    suffix="年度"
                    style={{ width: 140 }}
                  />
                  <Button type="primary" icon={<DownloadOutlined />} onClick={getTemplate}>
                    下载模板
                  </Button>
                </Space>
                <Typography.Paragraph type="secondary" className="write-hint">
                  {`模板含 ${chosen?.tables.length ?? 0} 张报表（${chosen?.tables.map((t) => t.title).join('、') ?? ''}），` +
                    '以及部门概况、上年数、年初预算、“三公”经费、原因说明、绩效自评等工作表。' +
                    '蓝色标签的工作表按报表填写；情况说明由系统根据数字写出。'}
                </Typography.Paragraph>
              </>
            )}
          </section>
          <section>
            <Typography.Title level={5}>2. 上传填好的模板</Typography.Title>
            <Upload.Dragger
              className="write-dragger"
              accept=".xlsx,.json"
              maxCount={1}
              disabled={!canUpload || sending !== undefined}
              fileList={file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done' as const }] : []}
              beforeUpload={(f) => {
                setFile(f);
                return false;
              }}
              onRemove={() => setFile(undefined)}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">把填好的模板（.xlsx）拖到这里，或点击选择</p>
              <p className="ant-upload-hint">也可以是编写输入的 JSON。保存为该单位该年度的新版本。</p>
            </Upload.Dragger>
            <Space className="write-send">
              <Button type="primary" disabled={!canUpload || !file} loading={sending !== undefined} onClick={send}>
                生成并审核
              </Button>
              <Checkbox checked={publish} onChange={(e) => setPublish(e.target.checked)} disabled={!canUpload}>
                同时发布（公众可见）
              </Checkbox>
              {sending !== undefined ? <Progress percent={sending} size="small" style={{ width: 160 }} /> : null}
            </Space>
            {error ? <Alert type="error" showIcon message={error} className="write-alert" /> : null}
          </section>
        </div>
      </Card>
      {result ? <Result r={result} /> : null}
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Checkbox, List, Progress, Space, Tag, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { api, uploadWithProgress } from '../api/client';
import type { Batch, BatchItem, UploadResult } from '../api/types';
import { useAuth } from '../auth';

const ACCEPT = '.pdf,.docx,.xlsx,.html,.htm,.txt,.json';

function status(item: BatchItem) {
  if (item.status === '完成') return <Tag color="green">完成</Tag>;
  if (item.status === '失败') return <Tag color="red">失败</Tag>;
  if (item.status === '处理中') return <Tag color="blue">处理中</Tag>;
  return <Tag>{item.status}</Tag>;
}

/** Upload one or many files: sent as a batch, then each file's progress from the job API, then its result. */
export default function UploadPage() {
  const { canUpload, me } = useAuth();
  const [files, setFiles] = useState<File[]>([]);
  const [sending, setSending] = useState<number>();
  const [batch, setBatch] = useState<Batch>();
  // Several files of ONE disclosure (情况说明 and 报表 published apart): the first is the document, the rest parts.
  const [asOne, setAsOne] = useState(false);
  const [single, setSingle] = useState<UploadResult>();
  const [error, setError] = useState<string>();
  const timer = useRef<number>(undefined);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const poll = (id: number) => {
    timer.current = window.setTimeout(async () => {
      try {
        const b = await api.batch(id);
        setBatch(b);
        if (b.done + b.failed < b.total) poll(id);
      } catch (e) {
        setError((e as Error).message);
      }
    }, 800);
  };

  const sendAsOne = async () => {
    const form = new FormData();
    const [first, ...rest] = files;
    if (!first) return;
    form.append('file', first, first.name);
    for (const f of rest) form.append('part', f, f.name);
    form.append('publish', 'true');
    setSending(0);
    try {
      setSingle(await uploadWithProgress<UploadResult>('/api/documents', form, setSending));
      setFiles([]);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSending(undefined);
    }
  };

  const send = async () => {
    setError(undefined);
    setBatch(undefined);
    setSingle(undefined);
    if (asOne && files.length > 1) return sendAsOne();
    const form = new FormData();
    for (const f of files) form.append('file', f, f.name);
    form.append('publish', 'true'); // versions are drafts unless published; the app publishes what it uploads
    setSending(0);
    try {
      const b = await uploadWithProgress<Batch>('/api/batches', form, setSending);
      setBatch(b);
      setFiles([]);
      if (b.done + b.failed < b.total) poll(b.id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSending(undefined);
    }
  };

  return (
    <div className="page upload-page">
      <Card title="上传文档">
        {!canUpload ? (
          <Alert
            type="warning"
            showIcon
            message={me.name ? `当前角色“${me.role}”不能上传` : '上传需要登录（编制人或管理员）'}
            action={me.name ? null : <Link to="/login">登录</Link>}
            style={{ marginBottom: 16 }}
          />
        ) : null}
        <Upload.Dragger
          multiple
          accept={ACCEPT}
          disabled={!canUpload || sending !== undefined}
          fileList={files.map((f, i) => ({
            uid: `${i}-${f.name}`,
            name: f.name,
            size: f.size,
            status: 'done' as const,
          }))}
          beforeUpload={(f) => {
            setFiles((old) => [...old, f]);
            return false; // sent together with the button below
          }}
          onRemove={(f) => setFiles((old) => old.filter((x, i) => `${i}-${x.name}` !== f.uid))}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">把文件拖到这里，或点击选择</p>
          <p className="ant-upload-hint">
            PDF、DOCX、XLSX、HTML、TXT、JSON；可一次多个。每个文件读取、审核后保存为新版本（同一单位、年度、种类再次上传即为新版本）。
          </p>
        </Upload.Dragger>
        <Checkbox
          style={{ marginTop: 12 }}
          checked={asOne}
          disabled={files.length < 2}
          onChange={(e) => setAsOne(e.target.checked)}
        >
          这些文件是同一份文档（如情况说明与报表分开发布）：按列出的顺序合并读取，第一个文件应含封面
        </Checkbox>
        <Space style={{ marginTop: 16, display: 'flex' }}>
          <Button
            type="primary"
            disabled={!canUpload || files.length === 0}
            loading={sending !== undefined}
            onClick={send}
          >
            上传并审核{files.length > 0 ? `（${files.length} 个文件）` : ''}
          </Button>
          {sending !== undefined ? <Progress percent={sending} size="small" style={{ width: 200 }} /> : null}
        </Space>
        {error ? <Alert type="error" showIcon message={error} style={{ marginTop: 16 }} /> : null}
      </Card>
      {single ? (
        <Card
          title={`已保存：${single.organisation} ${single.year} 年度${single.kind}（第 ${single.version} 版）`}
          style={{ marginTop: 16 }}
        >
          <Space direction="vertical">
            <Typography.Text data-testid="single-summary">
              错误 {single.summary.error} 个，警告 {single.summary.warning} 个，提示 {single.summary.info} 个
            </Typography.Text>
            <Link to={`/documents/${single.id}`}>查看审核结果</Link>
          </Space>
        </Card>
      ) : null}
      {batch ? (
        <Card
          title={`批次 ${batch.id}：${batch.done} 个完成，${batch.failed} 个失败，共 ${batch.total} 个`}
          style={{ marginTop: 16 }}
          extra={<Progress type="circle" size={36} percent={batch.progress} />}
        >
          <List
            dataSource={[...batch.items]}
            renderItem={(item) => (
              <List.Item
                data-testid="batch-item"
                actions={
                  item.document
                    ? [
                        <Link key="open" to={`/documents/${item.document}`}>
                          查看第 {item.version} 版的审核结果
                        </Link>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space>
                      {item.file}
                      {status(item)}
                    </Space>
                  }
                  description={
                    item.error ? (
                      <Typography.Text type="danger">{item.error}</Typography.Text>
                    ) : (
                      <Progress
                        percent={item.progress}
                        size="small"
                        status={item.status === '完成' ? 'success' : 'active'}
                      />
                    )
                  }
                />
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </div>
  );
}

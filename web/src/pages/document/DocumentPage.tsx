import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App as AntApp, Breadcrumb, Button, Dropdown, Select, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, download } from '../../api/client';
import type { Finding, FindingReview, ReviewState } from '../../api/types';
import { useAuth } from '../../auth';
import { activeTargets, findingKey, findingsByCell, scrollToActive } from '../../lib/findings';
import { useApi } from '../../lib/use-api';
import { FindingsPanel } from './FindingsPanel';
import { FixTab } from './FixTab';
import { PerformanceTab } from './PerformanceTab';
import { NarrativeView } from './NarrativeView';
import type { Highlight } from './PdfView';
import { TablesView } from './TablesView';
import { decodeText, TextView, type LineMark } from './TextView';
import { VersionsTab } from './VersionsTab';

const PdfView = lazy(() => import('./PdfView').then((m) => ({ default: m.PdfView })));
const ChartsTab = lazy(() => import('../charts/ChartsTab'));

function pdfHighlights(f: Finding | undefined): Highlight[] {
  if (!f) return [];
  const out: Highlight[] = [];
  for (const l of f.locations)
    if (l.source?.page && l.source.box)
      out.push({ page: l.source.page, box: l.source.box, kind: 'primary', label: f.message });
  for (const l of f.related ?? []) {
    if (l.source?.page && l.source.box) {
      out.push({
        page: l.source.page,
        box: l.source.box,
        kind: 'related',
        label: `${l.rowLabel ?? ''} ${l.columnLabel ?? ''}`,
      });
    }
  }
  return out;
}

function lineMarks(f: Finding | undefined): LineMark[] {
  if (!f) return [];
  const mark = (kind: LineMark['kind']) => (l: Finding['locations'][number]) =>
    l.source?.line ? [{ line: l.source.line, endLine: l.source.endLine ?? l.source.line, kind }] : [];
  return [...f.locations.flatMap(mark('primary')), ...(f.related ?? []).flatMap(mark('related'))];
}

/** How the uploaded file is shown: PDF pages, text lines, or the document as read (DOCX, XLSX, JSON). */
function sourceKindOf(fileName: string): 'pdf' | 'text' | 'model' {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'pdf' ? 'pdf' : ext === 'txt' ? 'text' : 'model';
}

export default function DocumentPage() {
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const version = params.get('v') ? Number(params.get('v')) : undefined;
  const tab = params.get('tab') ?? 'review';
  const { canReview, me } = useAuth();
  const { message } = AntApp.useApp();

  const versions = useApi(() => api.versions(id), [id]);
  const data = useApi(async () => {
    const [doc, report, schemas] = await Promise.all([
      api.document(id, version),
      api.findings(id, version),
      api.tableSchemas(),
    ]);
    return { doc, report, schemas };
  }, [id, version]);
  const reviewsLoaded = useApi(() => api.reviews(id, version), [id, version, me.name]);
  const [localReviews, setLocalReviews] = useState<ReadonlyMap<string, FindingReview>>(new Map());
  const reviews = useMemo(() => {
    const m = new Map<string, FindingReview>((reviewsLoaded.data?.findings ?? []).map((r) => [r.fingerprint, r]));
    for (const [k, v] of localReviews) m.set(k, v);
    return m;
  }, [reviewsLoaded.data, localReviews]);

  // What the left side shows depends on the file uploaded for this version, not on meta.sourceFormat: a canonical
  // JSON keeps the sourceFormat (and line numbers) of the document it was first read from.
  const shownNumber = version ?? versions.data?.document.latest.number;
  const uploaded = versions.data?.versions.find((v) => v.number === shownNumber)?.fileName;
  const sourceKind = uploaded === undefined ? undefined : sourceKindOf(uploaded);
  const isPdf = sourceKind === 'pdf';
  const isText = sourceKind === 'text';
  const source = useApi(
    async () => (isPdf || isText ? api.source(id, version) : undefined),
    [id, version, isPdf, isText],
  );

  const findings = data.data?.report.findings ?? [];
  const activeKey = params.get('f') ?? undefined;
  const active = findings.find((f, i) => findingKey(f, i) === activeKey);
  const cellFindings = useMemo(() => findingsByCell(findings), [findings]);
  const activeCells = useMemo(() => activeTargets(active), [active]);
  const highlights = useMemo(() => pdfHighlights(active), [active]);
  // DOCX / XLSX / JSON sources: bring the selected finding's sentence, cell or row into view.
  const modelView = useRef<HTMLDivElement>(null);
  useEffect(() => scrollToActive(modelView.current, active), [active]);
  const focus = highlights.find((h) => h.kind === 'primary') ?? highlights[0];
  const marks = useMemo(() => lineMarks(active), [active]);
  const text = useMemo(() => (isText && source.data ? decodeText(source.data) : undefined), [isText, source.data]);

  const set = useCallback(
    (changes: Record<string, string | undefined>) => {
      const next = new URLSearchParams(params);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined) next.delete(k);
        else next.set(k, v);
      }
      setParams(next, { replace: true });
    },
    [params, setParams],
  );

  const select = (f: Finding) => {
    const i = findings.indexOf(f);
    set({ f: findingKey(f, i), tab: 'review' });
  };

  const onReview = async (f: Finding, state: ReviewState, note: string) => {
    if (!f.fingerprint) return;
    try {
      const v = reviewsLoaded.data?.version ?? version;
      const r = await api.review(f.fingerprint, {
        document: id,
        ...(v ? { version: v } : {}),
        state,
        ...(note ? { note } : {}),
      });
      setLocalReviews((m) => {
        const next = new Map(m);
        const old = reviews.get(f.fingerprint!);
        next.set(f.fingerprint!, {
          fingerprint: f.fingerprint!,
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          state: r.state,
          note: r.note,
          reviewedBy: me.name,
          reviewedAt: new Date().toISOString(),
          carriedFrom: old?.carriedFrom ?? null,
        });
        return next;
      });
      message.success(`已标记为“${state}”`);
    } catch (e) {
      message.error((e as Error).message);
    }
  };

  if (data.error) {
    return (
      <div className="page">
        <Alert type="error" showIcon message={data.error.message} action={<Link to="/">回到总览</Link>} />
      </div>
    );
  }
  if (!data.data) return <Spin className="page-spin" size="large" />;
  const { doc, report, schemas } = data.data;
  const info = versions.data?.document;
  const current = version ?? info?.latest.number;
  const reviewed = [...reviews.values()].filter((r) => r.severity !== 'info');
  const done = reviewed.filter((r) => r.state !== '待处理').length;

  const tablesView = (
    <TablesView
      tables={doc.tables}
      schemas={schemas}
      cellFindings={cellFindings}
      activeCells={activeCells}
      onCellClick={select}
    />
  );
  let left;
  if (sourceKind === undefined) {
    left = versions.error ? <Alert type="error" message={versions.error.message} /> : <Spin className="page-spin" />;
  } else if (isPdf) {
    left = source.data ? (
      <Suspense fallback={<Spin className="page-spin" />}>
        <PdfView data={source.data} highlights={highlights} focus={focus} />
      </Suspense>
    ) : (
      <Spin className="page-spin" tip="正在下载原始文件…" />
    );
  } else if (isText) {
    left =
      text !== undefined ? <TextView text={text} marks={marks} focus={marks[0]} /> : <Spin className="page-spin" />;
  } else {
    // DOCX / XLSX / JSON: the document as read, tables and narrative, the finding's row or sentence highlighted.
    left = (
      <div className="model-view" ref={modelView}>
        <NarrativeView doc={doc} findings={findings} active={active} onSelect={select} />
        {tablesView}
      </div>
    );
  }

  const formats = [
    { key: 'docx', label: 'Word（DOCX）' },
    { key: 'xlsx', label: 'Excel（XLSX）' },
    { key: 'pdf', label: 'PDF' },
    { key: 'html', label: '网页（HTML）' },
    { key: 'json', label: '标准 JSON' },
  ];

  return (
    <div className="document-page">
      <div className="document-head">
        <div>
          <Breadcrumb items={[{ title: <Link to="/">总览</Link> }, { title: doc.meta.name }]} />
          <Typography.Title level={4} className="document-title">
            {doc.meta.name}
            <span className="document-subtitle">
              {doc.meta.title || `${doc.meta.fiscalYear} 年度部门${info?.kind ?? '决算'}`} ·{' '}
              {info?.scope ?? doc.meta.kind}
              {doc.meta.region ? ` · ${doc.meta.region}` : ''} · 单位：{doc.meta.unit}
            </span>
          </Typography.Title>
        </div>
        <Space wrap>
          <Tag color="red">错误 {report.summary.error}</Tag>
          <Tag color="gold">警告 {report.summary.warning}</Tag>
          <Tag color="blue">提示 {report.summary.info}</Tag>
          <Tag>
            已审核 {done}/{reviewed.length}
          </Tag>
          {versions.data ? (
            <Select
              aria-label="版本"
              size="small"
              value={current}
              style={{ width: 110 }}
              onChange={(v: number) => set({ v: v === info?.latest.number ? undefined : String(v), f: undefined })}
              options={versions.data.versions.map((v) => ({ value: v.number, label: `第 ${v.number} 版` }))}
            />
          ) : null}
          <Dropdown
            menu={{
              items: [...formats, { key: 'source', label: '原始文件' }],
              onClick: ({ key }) => {
                const path = key === 'source' ? api.sourceUrl(id, version) : api.renderUrl(id, key, version);
                const hide = message.loading('正在生成…', 0);
                download(path, `${doc.meta.name}.${key}`)
                  .catch((e: Error) => message.error(e.message))
                  .finally(hide);
              },
            }}
          >
            <Button size="small" icon={<DownloadOutlined />}>
              下载
            </Button>
          </Dropdown>
        </Space>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k === 'review' ? undefined : k })}
        className="document-tabs"
        items={[
          {
            key: 'review',
            label: `审核（${findings.length}）`,
            children: (
              <div className="split">
                <div className="split-left">
                  {source.error ? <Alert type="error" message={source.error.message} /> : left}
                </div>
                <div className="split-right">
                  <FindingsPanel
                    findings={findings}
                    tables={doc.tables}
                    reviews={reviews}
                    activeKey={activeKey}
                    canReview={canReview}
                    onSelect={(f, k) => set({ f: k })}
                    onReview={onReview}
                  />
                </div>
              </div>
            ),
          },
          {
            key: 'tables',
            label: `报表（${doc.tables.length}）`,
            children: <div className="tab-scroll">{tablesView}</div>,
          },
          {
            key: 'narrative',
            label: '情况说明',
            children: (
              <div className="tab-scroll">
                <NarrativeView doc={doc} findings={findings} active={active} onSelect={select} />
              </div>
            ),
          },
          {
            key: 'performance',
            label: `绩效（${doc.performance?.length ?? 0}）`,
            children: (
              <div className="tab-scroll">
                <PerformanceTab evaluations={doc.performance ?? []} findings={findings} onSelect={select} />
              </div>
            ),
          },
          {
            key: 'charts',
            label: '图表',
            children: (
              <div className="tab-scroll">
                <Suspense fallback={<Spin className="page-spin" />}>
                  <ChartsTab doc={doc} schemas={schemas} />
                </Suspense>
              </div>
            ),
          },
          {
            key: 'fix',
            label: '修正',
            children: (
              <div className="tab-scroll">
                <FixTab id={id} version={version} name={doc.meta.name} />
              </div>
            ),
          },
          {
            key: 'versions',
            label: `版本（${versions.data?.versions.length ?? '…'}）`,
            children: versions.data ? (
              <div className="tab-scroll">
                <VersionsTab
                  id={id}
                  versions={versions.data.versions}
                  onOpen={(n) => set({ v: String(n), tab: undefined, f: undefined })}
                />
              </div>
            ) : (
              <Spin />
            ),
          },
        ]}
      />
    </div>
  );
}

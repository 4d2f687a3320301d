import { useState } from 'react';
import { Button, Checkbox, Collapse, Empty, Input, Popover, Select, Space, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined, ToolOutlined } from '@ant-design/icons';
import type { Finding, FindingReview, ReviewState, Severity, Table } from '../../api/types';
import {
  computation,
  filterFindings,
  findingKey,
  formula,
  groupFindings,
  placeOf,
  ruleCounts,
  SEVERITY_COLOR,
  SEVERITY_LABEL,
} from '../../lib/findings';

const STATE_COLOR: Readonly<Record<ReviewState, string>> = {
  待处理: 'default',
  已确认: 'red',
  误报: 'default',
  已修正: 'green',
};

const where = (f: Finding): string => placeOf(f.locations[0]);

function ReviewButtons({
  review,
  onReview,
}: {
  review: FindingReview | undefined;
  onReview: (state: ReviewState, note: string) => Promise<void>;
}) {
  const [note, setNote] = useState(review?.note ?? '');
  const [busy, setBusy] = useState<ReviewState>();
  const act = (state: ReviewState) => async () => {
    setBusy(state);
    try {
      await onReview(state, note);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="review-buttons" onClick={(e) => e.stopPropagation()}>
      <Space size={4} wrap>
        <Button size="small" icon={<CheckOutlined />} loading={busy === '已确认'} onClick={act('已确认')}>
          确认
        </Button>
        <Button size="small" icon={<CloseOutlined />} loading={busy === '误报'} onClick={act('误报')}>
          误报
        </Button>
        <Button size="small" icon={<ToolOutlined />} loading={busy === '已修正'} onClick={act('已修正')}>
          已修正
        </Button>
        <Popover
          trigger="click"
          title="审核备注"
          content={
            <Input.TextArea
              aria-label="审核备注"
              value={note}
              maxLength={2000}
              rows={3}
              style={{ width: 280 }}
              onChange={(e) => setNote(e.target.value)}
              placeholder="写明理由，随状态一起保存"
            />
          }
        >
          <Button size="small" type={note ? 'link' : 'text'}>
            {note ? '备注 ✓' : '备注'}
          </Button>
        </Popover>
      </Space>
    </div>
  );
}

function FindingCard({
  f,
  id,
  active,
  review,
  canReview,
  onSelect,
  onReview,
}: {
  f: Finding;
  id: string;
  active: boolean;
  review: FindingReview | undefined;
  canReview: boolean;
  onSelect: () => void;
  onReview: (state: ReviewState, note: string) => Promise<void>;
}) {
  const calc = computation(f);
  const identity = formula(f);
  return (
    <div
      className={`finding finding-${f.severity}${active ? ' finding-active' : ''}`}
      data-testid="finding"
      data-fingerprint={id}
      role="button"
      tabIndex={0}
      aria-pressed={active}
      onClick={onSelect}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect();
        }
      }}
    >
      <div className="finding-head">
        <Tag color={SEVERITY_COLOR[f.severity]}>{SEVERITY_LABEL[f.severity]}</Tag>
        <span className="finding-where">{where(f)}</span>
        {review && review.state !== '待处理' ? (
          <Tag color={STATE_COLOR[review.state]} data-testid="review-state" className="finding-state">
            {review.state}
          </Tag>
        ) : null}
      </div>
      <div className="finding-message">{f.message}</div>
      {f.expected !== undefined || f.actual !== undefined ? (
        <div className="finding-values">
          <span>
            应为 <b>{f.expected ?? '—'}</b>
          </span>
          <span>
            实为 <b className="finding-actual">{f.actual ?? '—'}</b>
          </span>
        </div>
      ) : null}
      {calc ? <div className="finding-calc">计算：{calc}</div> : null}
      {identity ? <div className="finding-calc muted">恒等式：{identity}</div> : null}
      {review?.note ? (
        <div className="finding-note">
          备注：{review.note}
          {review.reviewedBy ? `（${review.reviewedBy}）` : ''}
        </div>
      ) : null}
      <div className="finding-foot muted">{f.ruleId}</div>
      {canReview && active && f.fingerprint ? <ReviewButtons review={review} onReview={onReview} /> : null}
    </div>
  );
}

export function FindingsPanel({
  findings,
  tables,
  reviews,
  activeKey,
  canReview,
  onSelect,
  onReview,
}: {
  findings: readonly Finding[];
  tables: readonly Pick<Table, 'id' | 'title'>[];
  reviews: ReadonlyMap<string, FindingReview>;
  activeKey: string | undefined;
  canReview: boolean;
  onSelect: (f: Finding, key: string) => void;
  onReview: (f: Finding, state: ReviewState, note: string) => Promise<void>;
}) {
  const [severities, setSeverities] = useState<Severity[]>(['error', 'warning', 'info']);
  const [rules, setRules] = useState<string[]>([]);
  const [unfolded, setUnfolded] = useState<ReadonlySet<string>>(new Set());
  const keyOf = new Map(findings.map((f, i) => [f, findingKey(f, i)]));
  const shown = filterFindings(findings, { severities, rules });
  const groups = groupFindings(shown, tables);
  const card = (f: Finding) => {
    const k = keyOf.get(f)!;
    return (
      <FindingCard
        key={k}
        f={f}
        id={k}
        active={k === activeKey}
        review={f.fingerprint ? reviews.get(f.fingerprint) : undefined}
        canReview={canReview}
        onSelect={() => onSelect(f, k)}
        onReview={(state, note) => onReview(f, state, note)}
      />
    );
  };
  return (
    <div className="findings-panel">
      <div className="findings-filter">
        <Checkbox.Group
          value={severities}
          onChange={(v) => setSeverities(v as Severity[])}
          options={(['error', 'warning', 'info'] as const).map((s) => ({
            value: s,
            label: `${SEVERITY_LABEL[s]} ${findings.filter((f) => f.severity === s).length}`,
          }))}
        />
        <Select
          mode="multiple"
          allowClear
          size="small"
          placeholder="按规则筛选"
          aria-label="按规则筛选"
          style={{ minWidth: 200, flex: 1 }}
          value={rules}
          onChange={setRules}
          options={ruleCounts(findings).map((r) => ({ value: r.ruleId, label: `${r.ruleId}（${r.count}）` }))}
          maxTagCount="responsive"
        />
      </div>
      {groups.length === 0 ? <Empty description="没有符合条件的问题" /> : null}
      {groups.map((g) => (
        <div key={g.key} className="finding-group">
          <Typography.Title level={5} className="finding-group-title">
            {g.title}
            <span className="muted finding-group-count">{g.findings.length + g.rounding.length} 条</span>
          </Typography.Title>
          {g.findings.map(card)}
          {g.rounding.length > 0 ? (
            <Collapse
              size="small"
              ghost
              className="rounding-fold"
              items={[
                {
                  key: 'r',
                  label: `尾数误差说明 ${g.rounding.length} 条（四舍五入可以解释，已折叠）`,
                  children: g.rounding.map(card),
                },
              ]}
              // Open when unfolded by hand, or when the selected finding is one of its notes (picked in the table).
              activeKey={unfolded.has(g.key) || g.rounding.some((f) => keyOf.get(f) === activeKey) ? ['r'] : []}
              onChange={(keys) =>
                setUnfolded((old) => {
                  const next = new Set(old);
                  if ((Array.isArray(keys) ? keys : [keys]).includes('r')) next.add(g.key);
                  else next.delete(g.key);
                  return next;
                })
              }
            />
          ) : null}
        </div>
      ))}
    </div>
  );
}

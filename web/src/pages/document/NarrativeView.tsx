import { Empty, Tooltip } from 'antd';
import type { Disclosure, Finding, Location, Section } from '../../api/types';
import { computation, SEVERITY_LABEL } from '../../lib/findings';
import { bearsNumber, sameSentence, splitSentences } from '../../lib/sentences';

function cellText(doc: Disclosure, l: Location): string {
  const t = doc.tables.find((x) => x.id === l.table);
  const r = t?.rows.find((x) => x.key === l.rowKey);
  const c = l.column ? r?.cells[l.column] : undefined;
  const where = `${t?.title ?? l.table}“${l.rowCode ? `${l.rowCode} ` : ''}${l.rowLabel ?? l.rowKey ?? ''}”行“${l.columnLabel ?? l.column ?? ''}”`;
  return c ? `${where}：${c.raw || '（空）'}` : where;
}

function SentenceTip({ doc, findings }: { doc: Disclosure; findings: readonly Finding[] }) {
  return (
    <div className="cell-tip">
      {findings.map((f, i) => (
        <div key={i} className="cell-tip-item">
          <b>{SEVERITY_LABEL[f.severity]}：</b>
          {f.message}
          {computation(f) ? <div className="cell-tip-formula">计算：{computation(f)}</div> : null}
          {(f.related ?? [])
            .filter((l) => l.table)
            .map((l, j) => (
              <div key={j} className="cell-tip-formula">
                对应单元格：{cellText(doc, l)}
              </div>
            ))}
        </div>
      ))}
    </div>
  );
}

function SectionView({
  doc,
  section,
  depth,
  findings,
  active,
  onSelect,
}: {
  doc: Disclosure;
  section: Section;
  depth: number;
  findings: readonly Finding[];
  active: Finding | undefined;
  onSelect?: (f: Finding) => void;
}) {
  const Heading = depth === 0 ? 'h4' : 'h5';
  return (
    <div className={`narrative-section depth-${depth}`}>
      <Heading>
        {section.numbering?.raw ?? ''}
        {section.title}
      </Heading>
      {section.paragraphs.map((p, i) => (
        <p key={i}>
          {splitSentences(p.text).map((s, j) => {
            const hits = findings.filter((f) => f.locations.some((l) => l.sentence && sameSentence(s, l.sentence)));
            const worst =
              hits.find((f) => f.severity === 'error') ?? hits.find((f) => f.severity === 'warning') ?? hits[0];
            const cls = [
              bearsNumber(s) ? 'sentence-number' : '',
              worst ? `sentence-${worst.severity}` : '',
              active && hits.includes(active) ? 'sentence-active' : '',
            ]
              .filter(Boolean)
              .join(' ');
            const span = (
              <span
                key={j}
                className={cls || undefined}
                data-sentence={hits.length > 0 ? 'finding' : undefined}
                tabIndex={hits.length > 0 ? 0 : undefined}
                onClick={worst && onSelect ? () => onSelect(worst) : undefined}
              >
                {s}
              </span>
            );
            return hits.length > 0 ? (
              <Tooltip key={j} title={<SentenceTip doc={doc} findings={hits} />} overlayStyle={{ maxWidth: 480 }}>
                {span}
              </Tooltip>
            ) : (
              span
            );
          })}
        </p>
      ))}
      {section.children.map((c, i) => (
        <SectionView
          key={i}
          doc={doc}
          section={c}
          depth={depth + 1}
          findings={findings}
          active={active}
          {...(onSelect ? { onSelect } : {})}
        />
      ))}
    </div>
  );
}

/** 情况说明 as read: number-bearing sentences underlined, sentences with findings marked (hover: the cell they cite). */
export function NarrativeView({
  doc,
  findings,
  active,
  onSelect,
}: {
  doc: Disclosure;
  findings: readonly Finding[];
  active?: Finding | undefined;
  onSelect?: (f: Finding) => void;
}) {
  if (doc.narrative.length === 0) return <Empty description="没有读到情况说明" />;
  return (
    <div className="narrative-view">
      <div className="muted narrative-legend">
        <span className="sentence-number">带下划线</span>的句子写有金额或比率；
        <span className="sentence-error">红色</span>为有错误的句子，悬停可见对应的单元格与计算。
      </div>
      {doc.narrative.map((s, i) => (
        <SectionView
          key={i}
          doc={doc}
          section={s}
          depth={0}
          findings={findings}
          active={active}
          {...(onSelect ? { onSelect } : {})}
        />
      ))}
    </div>
  );
}

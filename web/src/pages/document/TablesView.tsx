import { Fragment, type ReactNode } from 'react';
import { Empty, Tooltip, Typography } from 'antd';
import type { Finding, Row, Table, TableSchemaInfo } from '../../api/types';
import { computation, formula, SEVERITY_LABEL } from '../../lib/findings';
import { headerRows } from '../../lib/table-header';

type CellFindings = ReadonlyMap<string, readonly { finding: Finding; primary: boolean }[]>;

function cellClass(list: readonly { finding: Finding; primary: boolean }[] | undefined, active: boolean): string {
  if (!list || list.length === 0) return active ? 'cell cell-active' : 'cell';
  const primary = list.filter((x) => x.primary);
  const worst = primary.some((x) => x.finding.severity === 'error')
    ? 'error'
    : primary.some((x) => x.finding.severity === 'warning')
      ? 'warning'
      : primary.length > 0
        ? 'info'
        : 'related';
  return `cell cell-${worst}${active ? ' cell-active' : ''}`;
}

function FindingTip({ list }: { list: readonly { finding: Finding; primary: boolean }[] }) {
  return (
    <div className="cell-tip">
      {list.map(({ finding, primary }, i) => (
        <div key={i} className="cell-tip-item">
          <b>
            {SEVERITY_LABEL[finding.severity]}
            {primary ? '' : '（参与计算）'}：
          </b>
          {finding.message}
          {formula(finding) ? <div className="cell-tip-formula">恒等式：{formula(finding)}</div> : null}
          {computation(finding) ? <div className="cell-tip-formula">计算：{computation(finding)}</div> : null}
        </div>
      ))}
    </div>
  );
}

function rowLabel(r: Row | undefined): string {
  if (!r) return '';
  return `${r.numbering ?? ''}${r.label}`;
}

/** One table as printed: its header levels from the schema, its rows, cells with findings marked. */
export function TableView({
  table,
  schema,
  cellFindings,
  activeCells,
  onCellClick,
}: {
  table: Table;
  schema: TableSchemaInfo | undefined;
  cellFindings: CellFindings;
  activeCells?: ReadonlySet<string>;
  onCellClick?: (finding: Finding) => void;
}) {
  const used = new Set(table.rows.flatMap((r) => Object.keys(r.cells)));
  const columns = (schema?.columns ?? [...used].map((id) => ({ id, header: [id], money: true }))).filter(
    (c) => used.has(c.id) || schema !== undefined,
  );
  // The rows a selected finding is about ("t05/rowKey/*", see activeTargets): highlighted whole.
  const rowActive = (r: Row | undefined) => (r ? (activeCells?.has(`${table.id}/${r.key}/*`) ?? false) : false);
  const rowClass = (...rs: (Row | undefined)[]) =>
    [rs.some((r) => r?.kind === 'total') ? 'row-total' : '', rs.some(rowActive) ? 'row-active' : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const twoSided = table.rows.some((r) => r.side === 'expenditure') && table.rows.some((r) => r.side === 'income');
  const coded = schema?.rows === 'functional' || schema?.rows === 'economic' || table.rows.some((r) => r.code);

  // A two-sided table pairs an income line with an expenditure line: a total on one side is bold on that side only.
  const sideTotal = (r: Row | undefined) => (twoSided && r?.kind === 'total' ? ' side-total' : '');
  const cell = (r: Row | undefined, columnId: string): ReactNode => {
    if (!r) return <td key={columnId} className="cell" />;
    const c = r.cells[columnId];
    const key = `${table.id}/${r.key}/${columnId}`;
    const list = cellFindings.get(key);
    const td = (
      <td
        key={columnId}
        className={cellClass(list, activeCells?.has(key) ?? false) + sideTotal(r)}
        data-cell={key}
        tabIndex={list ? 0 : undefined}
        onClick={list && onCellClick ? () => onCellClick(list[0]!.finding) : undefined}
        onKeyDown={list && onCellClick ? (e) => e.key === 'Enter' && onCellClick(list[0]!.finding) : undefined}
      >
        {c?.raw ?? ''}
      </td>
    );
    return list ? (
      <Tooltip key={columnId} title={<FindingTip list={list} />} overlayStyle={{ maxWidth: 480 }}>
        {td}
      </Tooltip>
    ) : (
      td
    );
  };

  let body: ReactNode;
  let head: ReactNode;
  if (twoSided) {
    const inCols = columns.filter((c) => ('side' in c ? c.side === 'income' : c.id.startsWith('in.')));
    const outCols = columns.filter((c) => !inCols.includes(c));
    const strip = (h: readonly string[]) => (h.length > 1 ? h.slice(1) : h);
    const inHead = headerRows(inCols.map((c) => strip(c.header)));
    const outHead = headerRows(outCols.map((c) => strip(c.header)));
    const depth = Math.max(inHead.length, outHead.length);
    const income = table.rows.filter((r) => r.side === 'income');
    const spend = table.rows.filter((r) => r.side !== 'income');
    head = (
      <>
        <tr>
          <th colSpan={inCols.length + 1}>收入</th>
          <th colSpan={outCols.length + 1}>支出</th>
        </tr>
        {Array.from({ length: depth }, (_, level) => (
          <tr key={level}>
            {level === 0 ? <th rowSpan={depth}>项目</th> : null}
            {(inHead[level] ?? []).map((h, i) => (
              <th key={`i${i}`} colSpan={h.colSpan} rowSpan={h.rowSpan}>
                {h.label}
              </th>
            ))}
            {level === 0 ? <th rowSpan={depth}>项目</th> : null}
            {(outHead[level] ?? []).map((h, i) => (
              <th key={`o${i}`} colSpan={h.colSpan} rowSpan={h.rowSpan}>
                {h.label}
              </th>
            ))}
          </tr>
        ))}
      </>
    );
    body = Array.from({ length: Math.max(income.length, spend.length) }, (_, i) => {
      const a = income[i];
      const b = spend[i];
      return (
        <tr key={i} className={[a, b].some(rowActive) ? 'row-active' : undefined}>
          <td className={`label${sideTotal(a)}`}>{rowLabel(a)}</td>
          {inCols.map((c) => cell(a, c.id))}
          <td className={`label${sideTotal(b)}`}>{rowLabel(b)}</td>
          {outCols.map((c) => cell(b, c.id))}
        </tr>
      );
    });
  } else {
    const rows = headerRows(columns.map((c) => c.header));
    const labelCols = coded ? 2 : 1;
    head = rows.map((hr, level) => (
      <tr key={level}>
        {level === 0 ? (
          coded ? (
            <>
              <th rowSpan={rows.length}>科目编码</th>
              <th rowSpan={rows.length}>科目名称</th>
            </>
          ) : (
            <th rowSpan={rows.length}>项目</th>
          )
        ) : null}
        {hr.map((h, i) => (
          <th key={i} colSpan={h.colSpan} rowSpan={h.rowSpan}>
            {h.label}
          </th>
        ))}
      </tr>
    ));
    body = table.rows.map((r) => (
      <tr key={r.key} className={rowClass(r)}>
        {labelCols === 2 ? (
          <>
            <td className="code">{r.code ?? ''}</td>
            <td className="label" style={{ paddingLeft: 6 + Math.max(0, ((r.code?.length ?? 3) - 3) / 2) * 14 }}>
              {r.kind === 'total' && !r.code ? r.label : r.label}
            </td>
          </>
        ) : (
          <td className="label">{rowLabel(r)}</td>
        )}
        {columns.map((c) => cell(r, c.id))}
      </tr>
    ));
  }

  return (
    <section className="printed-table" id={`table-${table.id}`} data-table={table.id}>
      <Typography.Title level={5} className="printed-table-title">
        {table.number ? <span className="muted printed-table-number">{table.number}</span> : null}
        {table.title}
        <span className="printed-table-unit">单位：{table.unit}</span>
      </Typography.Title>
      {table.empty ? <div className="muted">本表无数据</div> : null}
      <div className="printed-table-scroll">
        <table>
          <thead>{head}</thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      {table.notes.map((n, i) => (
        <div key={i} className="muted printed-table-note">
          {n}
        </div>
      ))}
    </section>
  );
}

export function TablesView({
  tables,
  schemas,
  cellFindings,
  activeCells,
  onCellClick,
}: {
  tables: readonly Table[];
  schemas: readonly TableSchemaInfo[];
  cellFindings: CellFindings;
  activeCells?: ReadonlySet<string>;
  onCellClick?: (finding: Finding) => void;
}) {
  if (tables.length === 0) return <Empty description="没有读到报表" />;
  return (
    <div className="tables-view">
      {tables.map((t) => (
        <Fragment key={t.id}>
          <TableView
            table={t}
            schema={schemas.find((s) => s.id === t.schema)}
            cellFindings={cellFindings}
            {...(activeCells ? { activeCells } : {})}
            {...(onCellClick ? { onCellClick } : {})}
          />
        </Fragment>
      ))}
    </div>
  );
}

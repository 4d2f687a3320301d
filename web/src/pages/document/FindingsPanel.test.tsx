import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Finding, TableSchemaInfo } from '../../api/types';
import { activeTargets, findingsByCell, scrollToActive } from '../../lib/findings';
import { FindingsPanel } from './FindingsPanel';
import { TableView } from './TablesView';

const rate: Finding = {
  ruleId: 'narrative/execution-rate',
  messageId: 'mismatch',
  severity: 'error',
  message: '完成率写为 164.39%，但 143.08 ÷ 86.99 = 164.48%',
  locations: [
    { table: 't05', rowKey: '2080150', column: 'total', rowLabel: '事业运行', source: { page: 15, box: [1, 2, 3, 4] } },
  ],
  expected: '164.48%',
  actual: '164.39%',
  data: { actual: '143.08', budget: '86.99', computed: '164.48%' },
  fingerprint: '7f28d48731521081',
};
const note: Finding = {
  ruleId: 'sum/functional-hierarchy',
  messageId: 'rounding',
  severity: 'info',
  message: '相差 0.01，在尾数四舍五入误差范围内',
  locations: [{ table: 't05', rowKey: 'total', column: 'total' }],
  fingerprint: 'a0d373922a016cc2',
};
const tables = [{ id: 't05', title: '一般公共预算财政拨款支出决算表' }];

describe('the findings panel', () => {
  it('shows 应为/实为 and the computation, folds rounding notes, and selects on click', () => {
    const onSelect = vi.fn();
    render(
      <FindingsPanel
        findings={[rate, note]}
        tables={tables}
        reviews={new Map()}
        activeKey={undefined}
        canReview={false}
        onSelect={onSelect}
        onReview={vi.fn()}
      />,
    );
    const cards = screen.getAllByTestId('finding');
    expect(cards).toHaveLength(1); // the rounding note is folded away
    expect(cards[0]!.textContent).toContain('应为 164.48%');
    expect(cards[0]!.textContent).toContain('实为 164.39%');
    expect(cards[0]!.textContent).toContain('143.08 ÷ 86.99 = 164.48%');
    expect(screen.getByText(/尾数误差说明 1 条/)).toBeTruthy();
    fireEvent.click(cards[0]!);
    expect(onSelect).toHaveBeenCalledWith(rate, '7f28d48731521081');
    expect(screen.queryByText('误报')).toBeNull(); // the public cannot review
  });

  it('offers 确认/误报/已修正 with a note to a reviewer on the selected finding', async () => {
    const onReview = vi.fn(async () => undefined);
    render(
      <FindingsPanel
        findings={[rate, note]}
        tables={tables}
        reviews={new Map()}
        activeKey="7f28d48731521081"
        canReview
        onSelect={vi.fn()}
        onReview={onReview}
      />,
    );
    const card = screen.getAllByTestId('finding')[0]!;
    fireEvent.click(within(card).getByRole('button', { name: /误报/ }));
    expect(onReview).toHaveBeenCalledWith(rate, '误报', '');
  });
});

describe('a table as printed', () => {
  it('marks the cell a finding is about and explains it on hover', async () => {
    const schema: TableSchemaInfo = {
      id: 'shanghai/t05',
      table: 't05',
      layout: 'shanghai',
      title: '一般公共预算财政拨款支出决算表',
      rows: 'functional',
      columns: [
        { id: 'total', header: ['合计'], money: true },
        { id: 'basic', header: ['本年支出', '基本支出'], money: true },
      ],
    };
    const amount = (raw: string) => ({
      column: 'x',
      raw,
      value: { kind: 'amount' as const, amount: { minor: 1, scale: 2 } },
    });
    render(
      <TableView
        table={{
          id: 't05',
          schema: 'shanghai/t05',
          title: '一般公共预算财政拨款支出决算表',
          unit: '万元',
          notes: [],
          empty: false,
          rows: [
            {
              key: 'total',
              kind: 'total',
              label: '合计',
              cells: { total: amount('2,940.05'), basic: amount('2,336.91') },
            },
            {
              key: '2080150',
              kind: 'class',
              code: '2080150',
              label: '事业运行',
              cells: { total: amount('143.08'), basic: amount('143.08') },
            },
          ],
        }}
        schema={schema}
        cellFindings={findingsByCell([rate, note])}
        activeCells={activeTargets(rate)}
      />,
    );
    expect(screen.getByText('本年支出').getAttribute('colspan')).toBe('1');
    const marked = document.querySelector('[data-cell="t05/2080150/total"]')!;
    expect(marked.className).toContain('cell-error');
    expect(document.querySelector('[data-cell="t05/total/total"]')!.className).toContain('cell-info');
    expect(document.querySelector('[data-cell="t05/total/basic"]')!.className).toBe('cell');
    // The selected finding's cell and its whole row are highlighted, and brought into view.
    expect(marked.className).toContain('cell-active');
    expect(marked.closest('tr')!.className).toContain('row-active');
    expect(document.querySelector('[data-cell="t05/total/total"]')!.closest('tr')!.className).not.toContain(
      'row-active',
    );
    const scrolled = vi.fn();
    Element.prototype.scrollIntoView = scrolled;
    scrollToActive(document.body, rate);
    expect(scrolled.mock.contexts[0]).toBe(marked);
    fireEvent.mouseEnter(marked);
    expect(await screen.findByText(/计算：143.08 ÷ 86.99 = 164.48%/)).toBeTruthy();
  });
});

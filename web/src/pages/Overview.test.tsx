import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentInfo } from '../api/types';
import { overviewArrival, prefetchOverview } from '../lib/overview-data';
import { documentInfo } from '../test-documents';
import { OverviewPage } from './Overview';

const doc = (
  id: number,
  organisation: string,
  region: string,
  year: number,
  kind: string,
  error: number,
  warning = 2,
) => documentInfo({ id, organisation, region, year, kind }, { error, warning, info: 10 });

// As the server lists the seed, the Putuo 决算 and its 2025 预算.
const DOCS = [
  doc(1, '海东市人力资源和社会保障局', '海东市', 2024, '决算', 13),
  doc(2, '上海市普陀区财政局', '上海市普陀区', 2024, '决算', 3),
  doc(3, '上海市普陀区财政局', '上海市普陀区', 2025, '预算', 0, 0),
];

function serve(docs: DocumentInfo[]) {
  const fetch = vi.fn(async (url: string) => {
    const u = new URL(url, 'http://localhost');
    const body =
      u.pathname === '/api/documents'
        ? { total: docs.length, page: 1, pageSize: 200, items: docs }
        : (u.searchParams.get('documents') ?? '')
            .split(',')
            .map((id) => ({ document: Number(id), version: 1, total: 4, reviewed: Number(id) === 2 ? 1 : 0 }));
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('the overview (drawn without antd)', () => {
  it('shows organisations × year and kind with their counts, links each cell to its 文档页, and filters', async () => {
    serve(DOCS);
    render(
      <MemoryRouter>
        <OverviewPage />
      </MemoryRouter>,
    );
    const putuo = await screen.findByRole('link', { name: '上海市普陀区财政局 2024 年决算' });
    expect(putuo.getAttribute('href')).toBe('/documents/2');
    expect(within(putuo).getByText('错 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: '上海市普陀区财政局 2025 年预算' }).textContent).toContain('无问题');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '单位',
      '2025 年预算',
      '2024 年决算',
    ]);
    expect(screen.getByRole('link', { name: '比较各年' }).getAttribute('href')).toBe('/compare?ids=2,3');
    // Review progress arrives after the list: 1 of 4 reviewed for document 2.
    await screen.findByTitle('已审核 1 / 4');

    fireEvent.change(screen.getByLabelText('地区'), { target: { value: '海东市' } });
    expect(screen.queryByText('上海市普陀区财政局')).toBeNull();
    expect(screen.getByText('海东市人力资源和社会保障局')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('地区'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('按单位名称搜索'), { target: { value: '财政' } });
    expect(screen.queryByText('海东市人力资源和社会保障局')).toBeNull();
    fireEvent.change(screen.getByLabelText('按单位名称搜索'), { target: { value: '没有这个单位' } });
    expect(screen.getByText('没有符合条件的文档')).toBeTruthy();
  });

  it('draws the grid on its first render when the list requested before React has arrived, and only once', async () => {
    const fetch = serve(DOCS);
    prefetchOverview();
    await overviewArrival(5000);
    const view = () => (
      <MemoryRouter>
        <OverviewPage />
      </MemoryRouter>
    );
    const { unmount } = render(view());
    // No await: the rows are there at once.
    expect(screen.getByText('海东市人力资源和社会保障局')).toBeTruthy();
    await screen.findByTitle('已审核 1 / 4');
    const lists = () => fetch.mock.calls.filter(([url]) => String(url).startsWith('/api/documents')).length;
    expect(lists()).toBe(1);
    unmount();
    // Shown again later: the list is loaded afresh, not taken from the early request.
    await act(async () => {
      render(view());
    });
    await screen.findByText('海东市人力资源和社会保障局');
    expect(lists()).toBe(2);
  });

  it('pages at 50 organisations', async () => {
    serve(
      Array.from({ length: 120 }, (_, i) => doc(i + 1, `单位${String(i).padStart(3, '0')}`, '某市', 2024, '决算', 1)),
    );
    render(
      <MemoryRouter>
        <OverviewPage />
      </MemoryRouter>,
    );
    await screen.findByText('单位000');
    expect(screen.getAllByRole('row')).toHaveLength(51); // the header and 50
    expect(screen.getByText('第 1 / 3 页（120 个单位）')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getByText('单位119')).toBeTruthy();
    expect(screen.getAllByRole('row')).toHaveLength(21);
    expect((screen.getByRole('button', { name: '下一页' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

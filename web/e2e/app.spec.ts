import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';

const SAMPLES = join(import.meta.dirname, '../../samples');
const SHOTS = process.env.E2E_SCREENSHOTS; // a directory: save a screenshot of each page there
const seedText = readFileSync(join(SAMPLES, 'haidong-rsj-2024.txt'), 'utf8');

interface ApiFinding {
  ruleId: string;
  severity: string;
  fingerprint?: string;
  locations: { source?: { page?: number; box?: number[] } }[];
}

async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: '用户名' }).fill('管理员甲');
  await page.locator('input[type=password]').first().fill('e2e-口令-1');
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(page.getByText('管理员甲')).toBeVisible();
}

async function upload(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.goto('/upload');
  await page.locator('input[type=file]').setInputFiles(files);
  await page.getByRole('button', { name: /上传并审核/ }).click();
  const items = page.getByTestId('batch-item');
  await expect(items).toHaveCount(files.length);
  for (const f of files) {
    await expect(items.filter({ hasText: f.name }).getByText('完成'), `${f.name} 处理完成`).toBeVisible({
      timeout: 180_000,
    });
  }
}

test.describe.configure({ mode: 'serial' });

test('the public sees the overview and is asked to sign in to upload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('总览：单位 × 年度 × 种类')).toBeVisible();
  await page.getByRole('link', { name: '上传' }).click();
  await expect(page.getByText('上传需要登录（编制人或管理员）')).toBeVisible();
});

test('upload the seed and a Putuo PDF, see the findings on the page, review one, keep it, compare, download', async ({
  page,
  request,
}) => {
  await signIn(page);
  await upload(page, [
    { name: 'haidong-rsj-2024.txt', mimeType: 'text/plain', buffer: Buffer.from(seedText) },
    {
      name: 'putuo-czj-2024.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(join(SAMPLES, 'putuo-czj-2024.pdf')),
    },
  ]);
  await shot(page, 'upload');

  // The overview lists both, with their error counts.
  await page.getByRole('link', { name: '总览' }).click();
  await expect(page.getByText('上海市普陀区财政局')).toBeVisible();
  await expect(page.getByText('海东市人力资源和社会保障局')).toBeVisible();
  await shot(page, 'overview');

  // The Putuo PDF: its findings beside its pages.
  await page.getByRole('link', { name: /上海市普陀区财政局 2024 年决算/ }).click();
  await expect(page.getByTestId('finding').first()).toBeVisible();
  const id = Number(/documents\/(\d+)/.exec(page.url())![1]);
  const report = (await (await request.get(`/api/documents/${id}/findings`)).json()) as { findings: ApiFinding[] };
  const target = report.findings.find((f) => f.severity === 'error' && f.locations[0]?.source?.box && f.fingerprint)!;
  expect(target, 'an error with a page and a box').toBeTruthy();
  const pageNo = target.locations[0]!.source!.page!;

  // Clicking it outlines its box on its page, scrolled into view.
  await page.locator(`[data-testid=finding][data-fingerprint="${target.fingerprint}"]`).click();
  const box = page.getByTestId('highlight');
  await expect(box).toHaveCount(1);
  await expect(box).toHaveAttribute('data-page', String(pageNo));
  await expect(box).toBeInViewport();
  const pageBox = (await page.locator(`.pdf-page[data-page="${pageNo}"]`).boundingBox())!;
  const hl = (await box.boundingBox())!;
  expect(hl.y).toBeGreaterThan(pageBox.y);
  expect(hl.y + hl.height).toBeLessThan(pageBox.y + pageBox.height);
  expect(hl.x).toBeGreaterThanOrEqual(pageBox.x - 4);
  // The page under the outline has been drawn (the canvas is not blank).
  await expect(page.locator(`.pdf-page[data-page="${pageNo}"] .pdf-page-spin`)).toHaveCount(0, { timeout: 90_000 });
  await expect
    .poll(() =>
      page.evaluate((n) => {
        const c = document.querySelector<HTMLCanvasElement>(`.pdf-page[data-page="${n}"] canvas`);
        if (!c || c.width === 0) return 0;
        const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        let ink = 0;
        for (let i = 0; i < d.length; i += 4 * 97) if (d[i]! < 128) ink++;
        return ink;
      }, pageNo),
    )
    .toBeGreaterThan(10);
  await page.waitForTimeout(2600); // let the outline's pulse settle before the picture
  await shot(page, 'document');

  // Review it: 误报, with a note; the state survives a reload.
  const card = page.locator(`[data-testid=finding][data-fingerprint="${target.fingerprint}"]`);
  await card.getByRole('button', { name: '备注' }).click();
  await page.getByLabel('审核备注').fill('端到端测试：尾数口径不同');
  await card.getByRole('button', { name: /误报/ }).click();
  await expect(card.getByTestId('review-state')).toHaveText('误报');
  await page.reload();
  const again = page.locator(`[data-testid=finding][data-fingerprint="${target.fingerprint}"]`);
  await expect(again.getByTestId('review-state')).toHaveText('误报');
  await expect(again).toContainText('端到端测试：尾数口径不同');

  // The other tabs.
  await page.getByRole('tab', { name: /报表/ }).click();
  await expect(page.locator('td.cell-error, td.cell-info').first()).toBeVisible();
  await shot(page, 'tables');
  await page.getByRole('tab', { name: '情况说明' }).click();
  await expect(page.locator('.sentence-error').first()).toBeVisible();
  await shot(page, 'narrative');
  await page.getByRole('tab', { name: '图表' }).click();
  await expect(page.locator('.charts-grid canvas').first()).toBeVisible();
  await page.waitForTimeout(1000);
  await shot(page, 'charts');

  // Download the DOCX.
  await page.getByRole('tab', { name: /审核/ }).click();
  await page.getByRole('button', { name: /下载/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByText('Word（DOCX）').click()]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const saved = join(import.meta.dirname, '../../.tmp/e2e-results', download.suggestedFilename());
  await download.saveAs(saved);
  const bytes = readFileSync(saved);
  expect(statSync(saved).size).toBeGreaterThan(5000);
  expect(bytes.subarray(0, 2).toString()).toBe('PK'); // a DOCX is a zip
});

test('a second version of the seed: the versions tab shows what changed', async ({ page, request }) => {
  await signIn(page);
  // The department corrects one rate in its narrative (the checker found 164.39% where 143.08 ÷ 86.99 = 164.48%).
  expect(seedText).toContain('164.39%');
  const corrected = seedText.replace('164.39%', '164.48%');
  await upload(page, [{ name: 'haidong-rsj-2024.txt', mimeType: 'text/plain', buffer: Buffer.from(corrected) }]);
  const list = (await (await request.get('/api/documents?organisation=海东市人力资源和社会保障局')).json()) as {
    items: { id: number; versions: number }[];
  };
  expect(list.items[0]!.versions).toBe(2);
  await page.goto(`/documents/${list.items[0]!.id}?tab=versions`);
  await expect(page.getByTestId('version-diff')).toBeVisible();
  await expect(page.getByTestId('diff-removed')).not.toHaveText('0');
  await expect(page.getByTestId('version-diff')).toContainText('完成率写为 164.39%');
  await shot(page, 'versions');

  // The text source: clicking a finding highlights its line.
  await page.getByRole('tab', { name: /审核/ }).click();
  await page.getByTestId('finding').first().click();
  await expect(page.getByTestId('highlight').first()).toBeInViewport();
  await shot(page, 'document-text');

  // Two organisations of one year side by side.
  const all = (await (await request.get('/api/documents')).json()) as { items: { id: number }[] };
  await page.goto(`/compare?ids=${all.items.map((d) => d.id).join(',')}`);
  await expect(page.getByText('收入支出决算总表（').first()).toBeVisible();
  await expect(page.locator('tr.compare-differs').first()).toBeVisible();
  await shot(page, 'compare');
});

test('a disclosure published as two files is uploaded as one: the narrative first, its tables as a part', async ({
  page,
  request,
}) => {
  await signIn(page);
  await page.goto('/upload');
  const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: readFileSync(join(SAMPLES, name)) });
  await page
    .locator('input[type=file]')
    .setInputFiles([pdf('jiangsu-swbgt-2017-budget-narrative.pdf'), pdf('jiangsu-swbgt-2017-budget-tables.pdf')]);
  await page.getByRole('checkbox', { name: /这些文件是同一份文档/ }).check();
  await page.getByRole('button', { name: /上传并审核/ }).click();
  await expect(page.getByText(/已保存：.* 2017 年度预算（第 \d+ 版）/)).toBeVisible({ timeout: 180_000 });
  await page.getByRole('link', { name: '查看审核结果' }).click();
  const id = Number(/documents\/(\d+)/.exec(page.url())![1]);
  const versions = (await (await request.get(`/api/documents/${id}/versions`)).json()) as {
    versions: { fileName: string; parts: { fileName: string }[] }[];
  };
  const latest = versions.versions.at(-1)!;
  expect(latest.fileName).toBe('jiangsu-swbgt-2017-budget-narrative.pdf');
  expect(latest.parts.map((p) => p.fileName)).toEqual(['jiangsu-swbgt-2017-budget-tables.pdf']);
});

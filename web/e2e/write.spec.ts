import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

const SAMPLES = join(import.meta.dirname, '../../samples');
const RESULTS = join(import.meta.dirname, '../../.tmp/e2e-results');
const SHOTS = process.env.E2E_SCREENSHOTS;
const ADMIN = { name: '管理员甲', password: 'e2e-口令-1' };

async function signIn(page: Page) {
  await page.goto('/login');
  await page.getByRole('textbox', { name: '用户名' }).fill(ADMIN.name);
  await page.locator('input[type=password]').first().fill(ADMIN.password);
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  await expect(page.getByText(ADMIN.name)).toBeVisible();
}

async function token(request: APIRequestContext): Promise<string> {
  return ((await (await request.post('/api/tokens', { data: ADMIN })).json()) as { token: string }).token;
}

async function saved(download: import('@playwright/test').Download): Promise<Buffer> {
  const path = join(RESULTS, download.suggestedFilename());
  await download.saveAs(path);
  return readFileSync(path);
}

test.describe.configure({ mode: 'serial' });

test('修正: the preview of the seed’s fixes, before → after, and the corrected DOCX', async ({ page, request }) => {
  const res = await request.post('/api/documents', {
    headers: { authorization: `Bearer ${await token(request)}` },
    multipart: {
      publish: 'true', // the public sees it, and is asked to sign in for the fixes
      file: {
        name: 'haidong-rsj-2024.txt',
        mimeType: 'text/plain',
        buffer: readFileSync(join(SAMPLES, 'haidong-rsj-2024.txt')),
      },
    },
  });
  expect(res.status()).toBe(201);
  const { id } = (await res.json()) as { id: number };

  // The public is asked to sign in.
  await page.goto(`/documents/${id}?tab=fix`);
  await expect(page.getByText('自动修正需要登录')).toBeVisible();

  await signIn(page);
  await page.goto(`/documents/${id}?tab=fix`);
  const items = page.getByTestId('fix-item');
  await expect(items.first()).toBeVisible();
  const preview = (await (
    await request.get(`/api/documents/${id}/fix`, { headers: { authorization: `Bearer ${await token(request)}` } })
  ).json()) as { applied: unknown[] };
  await expect(items).toHaveCount(preview.applied.length);
  // The seed's 26.17 万元 becomes 26.18: the changed digit is marked on both sides.
  const slip = items.filter({ hasText: '26.18 万元' });
  await expect(slip.locator('del')).toHaveText('7');
  await expect(slip.locator('ins')).toHaveText('8');
  await expect(page.getByText('不能自动修正的原因')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'fix.png') });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /下载修正后的 Word/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('haidong-rsj-2024（修正）.docx');
  expect((await saved(download)).subarray(0, 2).toString()).toBe('PK');
});

test('编写: download the template, upload it filled, see the composed 情况说明 and its check, download', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: '编写' }).click();
  const [template] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /下载模板/ }).click(),
  ]);
  expect(template.suggestedFilename()).toMatch(/^\d{4}年度青海版式模板\.xlsx$/);
  expect((await saved(template)).subarray(0, 2).toString()).toBe('PK');

  // The department fills it in (here: with the seed's figures, written by the test fixture).
  const filled = join(RESULTS, '海东2024-已填.xlsx');
  execFileSync(process.execPath, ['--import', 'tsx', 'test/fixtures/filled-template.ts', filled], {
    cwd: join(import.meta.dirname, '../..'),
  });
  await page.locator('input[type=file]').setInputFiles(filled);
  await page.getByRole('button', { name: /生成并审核/ }).click();
  const result = page.getByTestId('write-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  await expect(result).toContainText('海东市人力资源和社会保障局 2024 年度');
  await expect(result).toContainText('错误 0');
  // The 情况说明 the writer composed from the numbers.
  await expect(result.getByText('机关运行经费支出情况说明')).toBeVisible();
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'write.png') });

  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    result.getByRole('button', { name: /Word（DOCX）/ }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  expect((await saved(docx)).subarray(0, 2).toString()).toBe('PK');
});

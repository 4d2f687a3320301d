import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

// A machine installed without optional dependencies has no playwright-core: PDF output must say so in Chinese.
vi.mock('playwright-core', () => {
  throw new Error("Cannot find package 'playwright-core'");
});

describe('PDF output without playwright-core', () => {
  it.skipIf(!existsSync('/usr/bin/chromium'))('refuses with a Chinese message that says what to install', async () => {
    const { htmlToPdf, PdfUnavailableError } = await import('./index.js');
    const e = await htmlToPdf('<p>测试</p>', { executablePath: '/usr/bin/chromium' }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(PdfUnavailableError);
    expect((e as Error).message).toContain('没有安装可选依赖 playwright-core');
  });
});

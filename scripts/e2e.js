// The web app's end-to-end tests (Playwright driving Chromium against a real server; web/e2e/).
// Builds what is missing first. Without a Chromium they are skipped with a note, except in CI (CI=1), where
// .ci/run installs one and a missing browser is a failure.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const msg = `找不到 Chromium（${chromium}；可用 CHROMIUM_PATH 指定），跳过网页应用的端到端测试`;
  if (process.env.CI) {
    process.stderr.write(`juesuan：${msg}\n`);
    process.exit(1);
  }
  process.stderr.write(`juesuan：${msg}。\n`);
  process.exit(0);
}
execFileSync(process.execPath, ['scripts/ensure-build.js'], { stdio: 'inherit' });
try {
  execFileSync(
    process.execPath,
    [
      'node_modules/@playwright/test/cli.js',
      'test',
      '--config',
      'web/e2e/playwright.config.ts',
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
} catch {
  process.exit(1);
}

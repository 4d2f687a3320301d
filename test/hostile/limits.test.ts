import { mkdtempSync, truncateSync, writeFileSync, closeSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.js';
import { runCli } from '../cli.js';
import { importForTest } from '../import.js';
import { officeBomb } from './zip.js';

/**
 * Issue 11's hostile inputs: each refused with a clear Chinese message, quickly, without first spending the memory
 * the file would take (sizes are judged before reading, zip bombs from the central directory).
 */
const dir = mkdtempSync(join(tmpdir(), 'juesuan-limits-'));

async function refusal(bytes: Uint8Array, file: string): Promise<{ message: string; ms: number }> {
  const started = performance.now();
  const e: unknown = await importForTest({ bytes, file }).then(
    () => undefined,
    (err: unknown) => err,
  );
  const ms = performance.now() - started;
  expect(e, `${file} must be refused`).toBeInstanceOf(IngestError);
  return { message: (e as Error).message, ms };
}

describe('import limits', () => {
  it('a 200 MB .txt is refused from its size, before it is read', async () => {
    const path = join(dir, 'huge.txt');
    closeSync(openSync(path, 'w'));
    truncateSync(path, 200 * 1024 * 1024); // sparse: costs no disk and no memory
    const before = process.memoryUsage().rss;
    const r = await runCli('parse', path);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('juesuan：huge.txt：文件过大（200 MB），超过上限 50.0 MB\n');
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it('the size limit is configurable from the command line and the configuration file', async () => {
    const small = join(dir, 'small.txt');
    writeFileSync(small, 'x'.repeat(4096));
    const cli = await runCli('parse', small, '--limit', 'maxBytes=2KB');
    expect(cli.stderr).toBe('juesuan：small.txt：文件过大（4 KB），超过上限 2 KB\n');
    const config = join(dir, 'limits.yaml');
    writeFileSync(config, 'limits:\n  maxBytes: 1KB\n');
    const fromConfig = await runCli('check', small, '--config', config);
    expect(fromConfig.stderr).toBe('juesuan：small.txt：文件过大（4 KB），超过上限 1 KB\n');
    const bad = await runCli('parse', small, '--limit', 'maxBytes=lots');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--limit maxBytes 的取值“lots”无效');
  });

  it('a text of a million short lines is refused by its line count, before decoding', async () => {
    const { message } = await refusal(new Uint8Array(1_000_000).fill(0x0a), 'lines.txt');
    expect(message).toBe('lines.txt：行数超过上限 200000 行，不像是一份部门决算公开文档');
  });

  it('an .xlsx zip bomb is refused from its central directory within a second', async () => {
    const { message, ms } = await refusal(officeBomb('xl/worksheets/sheet1.xml', 1024), 'bomb.xlsx');
    expect(message).toMatch(/^bomb\.xlsx：Excel 工作簿的压缩内容异常：解压后共 1024 MB，超过上限 200 MB/);
    expect(message).toContain('压缩炸弹');
    expect(ms).toBeLessThan(5_000);
  });

  it('a .docx zip bomb whose directory lies about its size is caught while inflating with a cap', async () => {
    const { message, ms } = await refusal(officeBomb('word/document.xml', 300, true), 'bomb.docx');
    expect(message).toMatch(/^bomb\.docx：Word 文档的压缩内容异常：“word\/document\.xml”解压后超过其声明的大小 1 KB/);
    expect(ms).toBeLessThan(5_000);
  });

  it('a small zip with a huge ratio is refused by the ratio limit', async () => {
    const { message } = await refusal(officeBomb('word/document.xml', 150), 'ratio.docx');
    expect(message).toMatch(/压缩比 \d+ 倍，超过上限 200 倍/);
  });

  it('an upload (bytes in memory) over the size limit is refused before any importer runs', async () => {
    const { message } = await refusal(new Uint8Array(51 * 1024 * 1024), 'big.json');
    expect(message).toBe('big.json：文件过大（51.0 MB），超过上限 50.0 MB');
  });
});

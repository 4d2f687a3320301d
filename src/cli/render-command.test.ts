import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { SEED_PATH } from '../../test/seed.js';
import { validateDisclosure } from '../ingest/json/index.js';
import { seedWriterInput } from '../../test/fixtures/haidong.js';
import { correctedSeed, withCell } from '../../test/fixtures/seed-edits.js';

const dir = mkdtempSync(join(tmpdir(), 'juesuan-render-'));
/** The seed with its real errors corrected: renders without --allow-errors. */
const CLEAN = join(dir, 'clean.json');
writeFileSync(CLEAN, JSON.stringify(correctedSeed()));

/** The seed's error count as `juesuan check` reports it: render must refuse with the same count. */
async function seedErrors(): Promise<number> {
  const r = await runCli('check', SEED_PATH, '--format', 'json', '--fail-on', 'never');
  return (JSON.parse(r.stdout) as { summary: { error: number } }).summary.error;
}

describe('juesuan render checks what it is about to write', () => {
  it('writes nothing when the checker finds errors, exit 1 with the report', async () => {
    const out = join(dir, 'refused.docx');
    const errors = await seedErrors();
    expect(errors).toBeGreaterThanOrEqual(11); // the seed's 11 known errors, and any real one found since
    const r = await runCli('render', SEED_PATH, '--to', 'docx', '-o', out);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(r.stderr).toContain(`共 ${errors} 个错误`);
    expect(r.stderr).toMatch(
      new RegExp(
        `juesuan：审核发现 ${errors} 个错误，未生成 .*refused\\.docx。请先改正；确需生成时加 --allow-errors\\n$`,
      ),
    );
  });

  it('with --allow-errors writes it, prints the report, and still exits 1', async () => {
    const out = join(dir, 'allowed.docx');
    const errors = await seedErrors();
    const r = await runCli('render', SEED_PATH, '--to', 'docx', '-o', out, '--allow-errors');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`共 ${errors} 个错误`);
    expect(r.stderr).toMatch(new RegExp(`已生成 .*allowed\\.docx（docx，\\d+ KB，含 ${errors} 个审核错误）`));
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a negative expenditure and a duplicated table (JSON), naming them', async () => {
    const negative = join(dir, 'negative.json');
    writeFileSync(negative, JSON.stringify(withCell(correctedSeed(), 't05', 'total', 'basic', '-430.76')));
    const r = await runCli('render', negative, '--to', 'html', '-o', join(dir, 'negative.html'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('“合计”的“本年支出/基本支出”为 -430.76 万元：此栏金额不应为负数');
    expect(existsSync(join(dir, 'negative.html'))).toBe(false);

    const twice = correctedSeed();
    const dup = join(dir, 'dup.json');
    writeFileSync(dup, JSON.stringify({ ...twice, tables: [...twice.tables, twice.tables[0]] }));
    const d = await runCli('render', dup, '--to', 'html', '-o', join(dir, 'dup.html'));
    expect(d.code).toBe(1);
    expect(d.stderr).toContain('“收入支出决算总表”（t01）出现了 2 次');
    const c = await runCli('check', dup);
    expect(c.code).toBe(1);
    expect(c.stdout).toContain('出现了 2 次');
  });

  it('refuses to overwrite its input, which stays as it was', async () => {
    const copy = join(dir, 'input-copy.json');
    writeFileSync(copy, readFileSync(CLEAN));
    const before = readFileSync(copy, 'utf8');
    const r = await runCli('render', copy, '--to', 'json', '-o', copy);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('就是输入文件，写入会覆盖原文件');
    expect(readFileSync(copy, 'utf8')).toBe(before);
  });

  it('writes through a temporary file renamed into place: no temporary file is left behind', async () => {
    const sub = mkdtempSync(join(tmpdir(), 'juesuan-atomic-'));
    const out = join(sub, 'out.html');
    writeFileSync(out, 'old');
    expect((await runCli('render', CLEAN, '-o', out)).code).toBe(0);
    expect(readdirSync(sub)).toEqual(['out.html']);
    expect(readFileSync(out, 'utf8')).toContain('<h1 class="cover-name">');
    // A refused render leaves the old file untouched.
    writeFileSync(out, 'old');
    expect((await runCli('render', SEED_PATH, '-o', out)).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });
});

describe('juesuan render', () => {
  it('writes the seed as a Word document that `juesuan parse` reads back', async () => {
    const out = join(dir, 'seed.docx');
    const r = await runCli('render', CLEAN, '--to', 'docx', '-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^juesuan：已生成 .*seed\.docx（docx，\d+ KB）\n$/);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const csv = await runCli('parse', out, '--format', 'csv');
    expect(csv.stdout).toContain('t05,2080199,其他人力资源和社会保障管理事务支出,本年支出/小计,268.89');
  });

  it('infers the format from the output name and writes HTML', async () => {
    const out = join(dir, 'seed.html');
    const r = await runCli('render', CLEAN, '-o', out);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h1 class="cover-name">海东市人力资源和社会保障局</h1>');
  });

  it('prints canonical JSON to stdout; a rendered JSON renders again to the same document', async () => {
    const r = await runCli('render', CLEAN, '--to', 'json');
    expect(r.code).toBe(0);
    const doc = validateDisclosure(JSON.parse(r.stdout), 'stdout');
    expect(doc.tables).toHaveLength(11);
    const path = join(dir, 'seed.json');
    writeFileSync(path, r.stdout);
    const again = await runCli('render', path, '--to', 'json');
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(r.stdout));
    const html = await runCli('render', path, '--to', 'html');
    expect(html.stdout).toContain('1,477.46');
  });

  it('reads a JSON document round trip from DOCX to the same figures as the seed', async () => {
    const docx = join(dir, 'rt.docx');
    await runCli('render', CLEAN, '--to', 'docx', '-o', docx);
    const r = await runCli('render', docx, '--to', 'json');
    const doc = validateDisclosure(JSON.parse(r.stdout), 'stdout');
    const figures = (d: typeof doc) =>
      d.tables.flatMap((t) =>
        t.rows.flatMap((row) => Object.values(row.cells).map((c) => `${t.id}/${row.key}/${c.column}=${c.raw}`)),
      );
    expect(figures(doc)).toEqual(figures(correctedSeed()));
  });

  it('renders to Excel and from Excel: the workbook reads back to a Word document with the same figures', async () => {
    const xlsx = join(dir, 'seed.xlsx');
    expect((await runCli('render', CLEAN, '--to', 'xlsx', '-o', xlsx)).code).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const docx = join(dir, 'from-xlsx.docx');
    const r = await runCli('render', xlsx, '--to', 'docx', '-o', docx);
    expect(r.code).toBe(0);
    const csv = await runCli('parse', docx, '--format', 'csv');
    expect(csv.stdout).toContain('t01,,一般公共预算财政拨款收入,收入/金额,1477.46');
    expect(csv.stdout).toContain('t06,30108,机关事业单位基本养老保险缴费,决算数,80.18');
  });

  it("composes the writer's input JSON into the whole document, 情况说明 written from the numbers", async () => {
    const input = join(dir, 'input.json');
    writeFileSync(input, JSON.stringify(seedWriterInput()));
    const docx = join(dir, 'written.docx');
    expect((await runCli('render', input, '--to', 'docx', '-o', docx)).code).toBe(0);
    const json = await runCli('parse', docx, '--format', 'json');
    const doc = validateDisclosure(JSON.parse(json.stdout), 'stdout');
    const first = doc.narrative[0]?.paragraphs[0]?.text ?? '';
    // t01 总计 1,551.86; the seed's sentence says the same.
    expect(first).toContain('1551.86 万元');
    // The Word document the writer's numbers produce passes the checker: no errors, no warnings.
    const check = await runCli('check', docx);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/共 0 个错误、0 个警告/);
  });

  it('fails with Chinese messages and exit code 2 on bad usage or input', async () => {
    const noOut = await runCli('render', SEED_PATH, '--to', 'docx');
    expect(noOut).toMatchObject({ code: 2, stdout: '' });
    expect(noOut.stderr).toBe('juesuan：--to docx 需要用 -o 指定输出文件\n');

    const noFormat = await runCli('render', SEED_PATH);
    expect(noFormat.code).toBe(2);
    expect(noFormat.stderr).toContain('请用 --to 指定输出格式');

    const missing = await runCli('render', join(dir, 'nope.json'), '--to', 'html');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('juesuan：nope.json：文件不存在\n');

    const badDir = await runCli('render', CLEAN, '--to', 'html', '-o', join(dir, 'no', 'such', 'x.html'));
    expect(badDir.code).toBe(2);
    expect(badDir.stderr).toContain('所在文件夹不存在');
  });

  it('says clearly when Chromium is missing for PDF output (exit 2), and writes nothing', async () => {
    const saved = process.env.JUESUAN_CHROMIUM;
    process.env.JUESUAN_CHROMIUM = join(dir, 'no-chromium');
    try {
      const out = join(dir, 'seed.pdf');
      const r = await runCli('render', CLEAN, '--to', 'pdf', '-o', out);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('无法生成 PDF：找不到 Chromium 浏览器');
      expect(existsSync(out)).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.JUESUAN_CHROMIUM;
      else process.env.JUESUAN_CHROMIUM = saved;
    }
  });
});

import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { check, importDocument, inProcessPdfEngine, nodeFiles } from '../app/index.js';
import { annotatedNames, progressOf } from './batch-command.js';

const SEED = 'samples/haidong-rsj-2024.txt';
const TEMPLATE = 'samples/shanghai-template-2024.pdf';

interface Report {
  documents: { file: string; status: string; skipped: boolean; reason?: string; summary?: object }[];
}

/** The box annotations (one per finding that points at a page) in an annotated PDF. */
async function squares(path: string): Promise<number> {
  const pdf = await PDFDocument.load(readFileSync(path));
  return pdf
    .getPages()
    .flatMap((p) => p.node.Annots()?.asArray() ?? [])
    .filter((a) => pdf.context.lookup(a)?.toString().includes(PDFName.of('Square').toString())).length;
}

describe('juesuan batch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-batch-'));
  const broken = join(dir, 'broken.pdf');
  writeFileSync(broken, readFileSync(TEMPLATE).subarray(0, 3000));
  const out = join(dir, 'report.json');
  const run = (...extra: string[]) =>
    runCli('batch', SEED, TEMPLATE, broken, '--jobs', '2', '--out', out, '--annotate', join(dir, 'marked'), ...extra);
  const report = () => JSON.parse(readFileSync(out, 'utf8')) as Report;

  it('checks every file in the pool with the same findings as `check`, lists failures with their reasons, resumes', async () => {
    const first = await run();
    expect(first.code).toBe(2); // one file could not be read
    const docs = report().documents;
    expect(docs.map((d) => [d.file, d.status, d.skipped])).toEqual([
      [SEED, 'ok', false],
      [TEMPLATE, 'ok', false],
      [broken, 'failed', false],
    ]);
    for (const file of [SEED, TEMPLATE]) {
      const doc = await importDocument({ path: file }, { files: nodeFiles, pdf: inProcessPdfEngine });
      expect(docs.find((d) => d.file === file)?.summary).toEqual(check(doc).summary);
    }
    expect(docs[2]?.reason).toMatch(/broken\.pdf.*(损坏|无效|无法)/);
    expect(first.stdout).toContain('失败的文件：');
    expect(first.stderr).toMatch(/［3\/3］/); // progress, on stderr
    expect(first.stdout).toMatch(/共 3 个文件：完成 2 个（其中跳过 0 个），失败 1 个/);

    // The annotated template: the original pages, one box annotation per finding that points at a page.
    const marked = await PDFDocument.load(readFileSync(join(dir, 'marked', 'shanghai-template-2024.标注.pdf')));
    const original = await PDFDocument.load(readFileSync(TEMPLATE));
    expect(marked.getPageCount()).toBe(original.getPageCount());
    expect(await squares(join(dir, 'marked', 'shanghai-template-2024.标注.pdf'))).toBeGreaterThan(10);

    // Again: the two checked files are skipped by content, the broken one is tried again.
    const second = await run();
    expect(report().documents.map((d) => d.skipped)).toEqual([true, true, false]);
    expect(report().documents.map((d) => d.summary)).toEqual(docs.map((d) => d.summary));
    expect(second.stdout).toMatch(/共 3 个文件：完成 2 个（其中跳过 2 个），失败 1 个/);
    const forced = await run('--force');
    expect(forced.code).toBe(2);
    expect(report().documents.map((d) => d.skipped)).toEqual([false, false, false]);
  }, 240_000);

  it('refuses a report it could not write before it checks anything', async () => {
    const badKind = await runCli('batch', SEED, '--out', join(dir, 'report.docx'));
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('报告文件的扩展名应为 .xlsx、.csv、.json');
    const noFolder = join(dir, 'missing', 'report.json');
    const missing = await runCli('batch', SEED, '--out', noFolder);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`${noFolder}：所在文件夹不存在`);
    const notFolder = await runCli('batch', SEED, '--out', join(dir, 'r2.json'), '--annotate', SEED);
    expect(notFolder.code).toBe(2);
    expect(notFolder.stderr).toContain(`${SEED}：路径中有同名的文件，不是文件夹`);
    for (const r of [badKind, missing, notFolder]) expect(r.stdout).not.toContain('共 1 个文件');
    expect(existsSync(join(dir, 'report.docx.state.json'))).toBe(false);
  });

  it('annotates files of the same name into files of their own, and files an earlier run checked', async () => {
    const region = mkdtempSync(join(tmpdir(), 'juesuan-region-'));
    for (const unit of ['甲单位', '乙单位']) {
      mkdirSync(join(region, unit));
      copyFileSync(TEMPLATE, join(region, unit, '2024年部门决算.pdf'));
    }
    const out = join(region, 'report.json');
    const first = await runCli('batch', region, '--out', out, '--annotate', join(region, '标注'));
    expect(first.code).toBe(1); // the template's real errors
    expect(readdirSync(join(region, '标注')).sort()).toEqual([
      '乙单位-2024年部门决算.标注.pdf',
      '甲单位-2024年部门决算.标注.pdf',
    ]);
    // Both skipped by content now; their copies are drawn from the findings the first run kept.
    const again = await runCli('batch', region, '--out', out, '--annotate', join(region, '再标注'));
    expect(again.stdout).toMatch(/共 2 个文件：完成 2 个（其中跳过 2 个）/);
    const boxes = await squares(join(region, '标注', '甲单位-2024年部门决算.标注.pdf'));
    expect(boxes).toBeGreaterThan(10);
    expect(await squares(join(region, '再标注', '甲单位-2024年部门决算.标注.pdf'))).toBe(boxes);
  }, 240_000);
});

describe('files a batch cannot read', () => {
  it('are counted by type in the summary and listed in the report, not passed over in silence; the rest in order', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'juesuan-mixed-'));
    copyFileSync(SEED, join(folder, '海东10.txt'));
    copyFileSync(SEED, join(folder, '海东2.txt'));
    writeFileSync(join(folder, '旧版决算.doc'), 'old word');
    writeFileSync(join(folder, '附件.zip'), 'zip');
    writeFileSync(join(folder, '.DS_Store'), 'finder');
    symlinkSync(join(folder, 'gone.pdf'), join(folder, '链接.pdf')); // a link to nothing: one failure, not the batch's
    const out = join(folder, 'report.json');
    const r = await runCli('batch', folder, '--out', out);
    expect(r.stdout).toContain('另有 2 个文件未审核：类型不支持（.doc 1 个、.zip 1 个）');
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      documents: { file: string; status: string; reason?: string }[];
      unsupported: string[];
    };
    // In a file manager's order: 2 before 10 (and 海 before 链, by pinyin).
    expect(report.documents.map((d) => [basename(d.file), d.status, d.reason])).toEqual([
      ['海东2.txt', 'ok', undefined],
      ['海东10.txt', 'ok', undefined],
      ['链接.pdf', 'failed', '无法读取文件'],
    ]);
    expect(report.unsupported.map((f) => basename(f)).sort()).toEqual(['旧版决算.doc', '附件.zip']);
    const xlsx = join(folder, 'report.xlsx');
    await runCli('batch', folder, '--out', xlsx);
    const { default: ExcelJS } = await import('exceljs');
    const book = await new ExcelJS.Workbook().xlsx.readFile(xlsx);
    const left = book.getWorksheet('未审核的文件');
    expect(left?.getRow(2).getCell(2).text).toMatch(/^文件类型不支持（\.(doc|zip)）$/);
    expect(left?.rowCount).toBe(3);

    const only = mkdtempSync(join(tmpdir(), 'juesuan-doc-'));
    writeFileSync(join(only, '决算.doc'), 'old word');
    const none = await runCli('batch', only);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('没有可审核的文件：找到的 1 个文件类型都不支持（.doc 1 个）');
  }, 120_000);
});

describe('progressOf', () => {
  it('counts finished files and, once three are checked, says how long the rest will take at their rate', () => {
    let t = 0;
    const progress = progressOf(10, () => t);
    t = 1000;
    expect(progress(false)).toBe('［1/10］'); // skipped: no time
    t = 2000;
    expect(progress(true)).toBe('［2/10］');
    expect(progress(true)).toBe('［3/10］');
    t = 3000;
    expect(progress(true)).toBe('［4/10，约剩 6 秒］'); // 3 s for 3 checked files, 6 files left
    t = 63000;
    expect(progress(true)).toBe('［5/10，约剩 1 分 19 秒］');
  });
});

describe('annotatedNames', () => {
  it('keeps a unique name, puts the folder in front of a shared one, then a number; PDFs only', () => {
    const names = annotatedNames(['a/x.pdf', 'b/x.PDF', 'c/y.pdf', 'p/a/z.pdf', 'q/a/z.pdf', 'd/notes.txt']);
    expect([...names.values()]).toEqual([
      'a-x.标注.pdf',
      'b-x.标注.pdf',
      'y.标注.pdf',
      'a-z.标注.pdf',
      'a-z-2.标注.pdf',
    ]);
    expect(names.has('d/notes.txt')).toBe(false);
  });
});

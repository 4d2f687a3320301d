import { describe, expect, it } from 'vitest';
import { publishedHtml } from '../../../test/fixtures/published-html.js';
import { encodeGb18030 } from '../../../test/gb18030.js';
import { importForTest } from '../../../test/import.js';
import { parsedSeed } from '../../../test/seed.js';
import { IngestError } from '../errors.js';
import { htmlText } from './html-text.js';
import { parseHtml } from './index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('an HTML page as the text importer reads it', () => {
  it('puts a cell spanning columns as its text then empty cells, and a cell under a rowspan as an empty cell', () => {
    const { lines } = htmlText(`<table>
      <thead><tr><th rowspan="2">项目</th><th colspan="2">本年支出</th></tr>
      <tr><th>基本支出</th><th>项目支出</th></tr></thead>
      <tbody><tr><td>合计</td><td>1,478.86</td><td rowspan="2">--</td></tr>
      <tr><td>行政运行</td><td>9.00</td></tr></tbody></table>`);
    expect(lines).toEqual(['项目\t本年支出\t', '\t基本支出\t项目支出', '合计\t1,478.86\t--', '行政运行\t9.00\t']);
  });

  it('reads a page frame of layout tables (and a one-cell box) as blocks, skips what a reader never sees', () => {
    const page = `<html><head><title>标题</title><script>var a = "<p>脚本</p>";</script><style>p{}</style></head>
      <body><table><tr><td><a href="/">首页</a></td></tr><tr><td>
      <p>一、部门职责</p><div hidden>隐藏</div><span style="display: none">也隐藏</span>
      <table><tr><td>注：本表为空表。</td></tr></table>
      </td></tr></table><noscript>请启用脚本</noscript></body></html>`;
    expect(htmlText(page).lines).toEqual(['首页', '一、部门职责', '注：本表为空表。']);
    // In a table of figures a row of one cell is still a row.
    expect(htmlText('<table><tr><td>项目</td><td>金额</td></tr><tr><td>注：无</td></tr></table>').lines).toEqual([
      '项目\t金额',
      '注：无\t',
    ]);
  });

  it('joins Chinese wrapped in the source without a space, keeps other spaces, splits lines at <br> and blocks', () => {
    const { lines, places } = htmlText(
      '<p>&nbsp;&nbsp;收入支出\n决算总计\t1,478.86 万元，\n比上年增加。<br>二、收入决算情况</p>\n<h3>三、支出</h3>',
    );
    expect(lines).toEqual(['收入支出决算总计 1,478.86 万元，比上年增加。', '二、收入决算情况', '三、支出']);
    expect(places).toEqual([{ line: 1 }, { line: 3 }, { line: 4 }]);
  });

  it('reads the layout and region Juesuan declares in the head', () => {
    const { meta } = htmlText(
      '<head><meta name="juesuan-layout" content="shanghai"><meta name="Juesuan-Region" content="上海市普陀区"></head>',
    );
    expect(meta).toEqual({ 'juesuan-layout': 'shanghai', 'juesuan-region': '上海市普陀区' });
  });
});

describe('parseHtml', () => {
  it('reads a page declared as GB2312 and names the encoding it read', () => {
    const doc = parseHtml(encodeGb18030(publishedHtml(parsedSeed())), { file: '决算.htm' });
    expect(doc.meta).toMatchObject({ name: '海东市人力资源和社会保障局', fiscalYear: 2024, sourceFormat: 'html' });
    expect(doc.diagnostics.find((d) => d.ruleId === 'import/encoding')?.message).toBe(
      '决算.htm：按 GB18030/GBK 编码读取',
    );
  });

  it('points a finding at the line of the HTML file', async () => {
    const html = publishedHtml(parsedSeed());
    const doc = parseHtml(utf8(html), { file: '决算.html' });
    const t05 = doc.tables.find((t) => t.id === 't05');
    const row = t05?.rows.find((r) => r.code === '2080101');
    const line = row?.source?.line ?? 0;
    expect(row?.source?.file).toBe('决算.html');
    expect(html.split('\n')[line - 1]).toContain('2080101');
  });

  it('says in Chinese what is wrong: not HTML, no text, not a disclosure (naming the line), too large, too long', async () => {
    const fail = (bytes: Uint8Array, limits = {}) => {
      try {
        parseHtml(bytes, { file: 'a.html', ...limits });
      } catch (e) {
        expect(e).toBeInstanceOf(IngestError);
        return (e as Error).message;
      }
      throw new Error('no error');
    };
    expect(fail(utf8('就是一段文字'))).toBe('a.html：不是网页文件（找不到网页标记）');
    expect(fail(utf8('<html><body><script>x</script></body></html>'))).toBe('a.html：网页中没有文字');
    expect(fail(utf8('<html><body>\n<p>通知</p>\n<p>第二部分 报表</p></body></html>'))).toMatch(
      /^a\.html，第 2 行：不是部门决算公开文档/,
    );
    expect(fail(utf8('<p>x</p>'.repeat(100)), { maxBytes: 100 })).toMatch(/^a\.html：文件过大/);
    expect(fail(utf8('<p>x</p>'.repeat(100)), { maxRows: 50 })).toBe(
      'a.html：网页有 100 个段落和表格行，超过上限 50 个',
    );
  });

  it('is chosen by the .html and .htm extensions', async () => {
    const doc = await importForTest({ bytes: utf8(publishedHtml(parsedSeed())), file: 'x.HTM' });
    expect(doc.meta.sourceFormat).toBe('html');
  });
});

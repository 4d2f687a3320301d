import { describe, expect, it } from 'vitest';
import { cloneDoc, parsedSeed } from '../../../test/seed.js';
import { renderHtml } from './index.js';

const html = renderHtml(parsedSeed());

/** The text of each <tr> of the table that follows a title. */
function tableRows(title: string): string[] {
  const at = html.indexOf(`>${title}</h2>`);
  expect(at, title).toBeGreaterThan(0);
  const table = html.slice(html.indexOf('<table>', at), html.indexOf('</table>', at));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1]).join('|'),
  );
}

describe('renderHtml on the parsed seed', () => {
  it('is one self-contained page: no external stylesheet, script, image or font', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<link\b|<script\b|<img\b|@import|url\(/);
    expect(html).toContain('<title>海东市人力资源和社会保障局2024 年度部门决算</title>');
  });

  it('has print rules: A4 pages, landscape pages for wide tables, page breaks, repeated header rows, page numbers', () => {
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
    expect(html).toMatch(/@page landscape \{ size: A4 landscape;/);
    expect(html).toContain('section.table.landscape { page: landscape; }');
    expect(html).toContain('h1.part { break-before: page; }');
    expect(html).toContain('thead { display: table-header-group; }');
    expect(html).toContain('counter(page)');
    expect(html).toMatch(/<section class="table landscape">\n<h2 class="table-title" id="s\d+">收入支出决算总表<\/h2>/);
    expect(html).toMatch(
      /<section class="table">\n<h2 class="table-title" id="s\d+">一般公共预算财政拨款支出决算表<\/h2>/,
    );
  });

  it('prints the tables as the seed prints them, merged header cells as colspan/rowspan', () => {
    expect(html).toContain('<th colspan="3">收入</th><th colspan="3">支出</th>');
    const t01 = tableRows('收入支出决算总表');
    expect(t01).toContain('一、一般公共预算财政拨款收入|1|1,477.46|一、一般公共服务支出|32|114.58');
    expect(t01).toContain('总计|31|1,551.86|总计|62|1,551.86');
    const t05 = tableRows('一般公共预算财政拨款支出决算表');
    expect(t05[0]).toBe('项目|本年支出');
    expect(t05).toContain('合计|1,550.46|937.03|613.42');
    expect(t05).toContain('2080104|综合业务管理|26.18||26.18');
    expect(html).toContain(
      '<td colspan="2" class="center strong">人员经费合计</td><td class="right strong">890.15</td>',
    );
  });

  it('links the 目录 to the parts and tables', () => {
    const id = /<h2 class="table-title" id="(s\d+)">收入决算表<\/h2>/.exec(html)?.[1];
    expect(html).toContain(`<li class="toc-1"><a href="#${id}">二、收入决算表</a></li>`);
    const part = /<h1 class="part" id="(s\d+)">第四部分 名词解释<\/h1>/.exec(html)?.[1];
    expect(html).toContain(`<a href="#${part}">第四部分 名词解释</a>`);
  });

  it('escapes text, so a name with markup characters prints as text', () => {
    const doc = cloneDoc(parsedSeed());
    (doc.meta as { name: string }).name = '<b>某局</b> & "单位"';
    const out = renderHtml(doc);
    expect(out).toContain('&lt;b&gt;某局&lt;/b&gt; &amp; &quot;单位&quot;');
    expect(out).not.toContain('<b>某局');
  });
});

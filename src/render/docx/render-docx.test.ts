import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsedSeed } from '../../../test/seed.js';
import { documentText } from '../../ingest/docx/document-text.js';
import { renderDocx } from './index.js';

let zip: JSZip;
let documentXml: string;
let lines: readonly string[];

beforeAll(async () => {
  zip = await JSZip.loadAsync(await renderDocx(parsedSeed()));
  documentXml = await part('word/document.xml');
  lines = documentText(documentXml).lines;
});

async function part(name: string): Promise<string> {
  const f = zip.file(name);
  if (!f) throw new Error(`missing ${name}`);
  return f.async('string');
}

/** The page settings of the section a piece of text is in: the next sectPr after it closes its section. */
function sectionOf(text: string): string {
  const at = documentXml.indexOf(`>${text}</w:t>`);
  expect(at, text).toBeGreaterThan(0);
  const sect = documentXml.indexOf('<w:sectPr', at);
  return documentXml.slice(sect, documentXml.indexOf('</w:sectPr>', sect));
}

describe('renderDocx on the parsed seed', () => {
  it('opens with the cover, then 目录, then the four parts in order', () => {
    expect(lines.slice(0, 3)).toEqual(['海东市人力资源和社会保障局', '2024 年度部门决算', '目录']);
    const parts = lines.filter((l) => /^第[一二三四]部分/.test(l));
    // Each part is listed in the 目录 and heads its part of the body.
    expect(parts).toEqual([
      '第一部分 部门概况',
      '第二部分 2024 年度部门决算公开报表',
      '第三部分 2024 年度部门决算情况说明',
      '第四部分 名词解释',
      '第一部分 部门概况',
      '第二部分 2024 年度部门决算报表', // the body's heading as printed (the 目录 says …公开报表)
      '第三部分 2024 年度部门决算情况说明',
      '第四部分 名词解释',
    ]);
  });

  it('prints the tables with their printed headers, merged cells and figures as the seed prints them', () => {
    // 公开01表: 收入 and 支出 each span 项目/行次/金额; 行次 and 金额 as printed.
    expect(lines).toContain('收入\t\t\t支出\t\t');
    expect(lines).toContain('一、一般公共预算财政拨款收入\t1\t1,477.46\t一、一般公共服务支出\t32\t114.58');
    expect(lines).toContain('八、其他收入\t8\t1.4\t八、社会保障和就业支出\t39\t1,313.63');
    expect(lines).toContain('\t9\t\t九、卫生健康支出\t40\t72.97');
    expect(lines).toContain('总计\t31\t1,551.86\t总计\t62\t1,551.86');
    // 公开05表: 本年支出 over 小计/基本支出/项目支出.
    expect(lines).toContain('项目\t\t本年支出\t\t');
    expect(lines).toContain('2080199\t其他人力资源和社会保障管理事务支出\t268.89\t\t268.89');
    // 公开06表 in three blocks, the totals line as printed.
    expect(lines).toContain('30101\t基本工资\t309.92\t30201\t办公费\t4.21\t30701\t国内债务付息\t');
    expect(lines).toContain('人员经费合计\t\t890.15\t公用经费合计\t\t\t\t\t46.89');
    // 公开09表: 预算数 6.8 = 5 + 1.8, 决算数 5.2 = 5 + 0.2, counts below.
    expect(lines).toContain('6.8\t\t5\t\t5\t1.8\t5.2\t\t5\t\t5\t0.2');
    expect(lines).toContain('国内公务接待批次(个)\t2\t国内公务接待人次(人)\t18');
    expect(lines).toContain('其中：授予小微企业合同金额\t6\t108.22');
  });

  it('puts wide tables on landscape pages and narrow ones on portrait pages', () => {
    for (const wide of ['收入支出决算总表', '财政拨款收入支出决算总表', '财政拨款“三公”经费支出决算表']) {
      expect(sectionOf(wide), wide).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    }
    for (const narrow of ['一般公共预算财政拨款支出决算表', '机关运行经费支出情况表', '政府采购支出情况表']) {
      expect(sectionOf(narrow), narrow).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/);
    }
  });

  it('repeats header rows across pages and keeps rows whole', () => {
    const tables = documentXml.split('<w:tbl>').slice(1);
    // 11 public tables, the 三公 counts block, 13 绩效自评表.
    expect(tables).toHaveLength(25);
    const t01 = tables[0] ?? '';
    const rows = t01.split('<w:tr>').slice(1);
    const header = rows.filter((r) => /<w:tblHeader\/>|<w:tblHeader w:val="(true|on|1)"\/>/.test(r));
    expect(header).toHaveLength(3);
    expect(rows.every((r) => r.includes('<w:cantSplit/>'))).toBe(true);
    // 收入 spans 项目, 行次, 金额.
    expect(rows[0]).toMatch(/<w:gridSpan w:val="3"\/>.*?>收入</);
  });

  it('names the official fonts with Chinese fallbacks in the font table', async () => {
    const styles = await part('word/styles.xml');
    expect(styles).toMatch(/<w:docDefaults>.*w:eastAsia="仿宋_GB2312"/);
    expect(styles).toMatch(/<w:docDefaults>.*<w:lang w:val="zh-CN" w:eastAsia="zh-CN"\/>/);
    const heading1 = /<w:style w:type="paragraph" w:styleId="Heading1".*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(heading1).toContain('w:eastAsia="黑体"');
    const fonts = await part('word/fontTable.xml');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toMatch(/<w:font w:name="黑体">.*?<w:charset w:val="86"\/>/);
  });

  it('numbers pages from the first body page, not on the cover or 目录', async () => {
    const sects = documentXml.match(/<w:sectPr>.*?<\/w:sectPr>|<w:sectPr .*?<\/w:sectPr>/g) ?? [];
    expect(sects[0]).not.toContain('footerReference');
    expect(sects[1]).not.toContain('footerReference');
    expect(sects[2]).toContain('<w:pgNumType w:start="1"/>');
    const footerIds = [...documentXml.matchAll(/<w:footerReference w:type="default" r:id="(rId\d+)"\/>/g)];
    expect(footerIds.length).toBe(sects.length - 2);
    const rels = await part('word/_rels/document.xml.rels');
    const target = new RegExp(`Id="${footerIds[0]?.[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    expect(await part(`word/${target}`)).toMatch(/PAGE/);
  });

  it('uses heading styles for parts and numbered sections, so Word lists them in its navigation pane', () => {
    // The last occurrence: the body's heading, after its 目录 entry.
    const styled = (text: string) => {
      const at = documentXml.lastIndexOf(`>${text}</w:t>`);
      const p = documentXml.lastIndexOf('<w:p>', at);
      return /<w:pStyle w:val="(\w+)"\/>/.exec(documentXml.slice(p, at))?.[1];
    };
    expect(styled('第三部分 2024 年度部门决算情况说明')).toBe('Heading1');
    expect(styled('一、收入支出决算总体情况说明')).toBe('Heading2');
    expect(styled('（一）一般公共预算财政拨款支出总体情况')).toBe('Heading3');
    expect(styled('1. 一般公共服务支出（类）')).toBe('Heading4');
  });
});

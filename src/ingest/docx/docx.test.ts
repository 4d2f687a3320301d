import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table as WordTable,
  TableCell,
  TableRow,
  VerticalMergeType,
} from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';
import { cloneDoc, parsedSeed } from '../../../test/seed.js';
import type { Disclosure } from '../../model/disclosure.js';
import { getCell, getTable } from '../../model/query.js';
import { renderDocx } from '../../render/docx/index.js';
import { isIngestError } from '../errors.js';
import { composeDisclosure } from '../../narrative/index.js';
import { seedWriterInput } from '../../../test/fixtures/haidong.js';
import { putuoCzjWriterInput } from '../../../test/fixtures/putuo-czj.js';
import { parseDocx } from './index.js';

/** The model without what legitimately differs between formats: positions, import notes, the input format. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'source' || k === 'diagnostics' || k === 'sourceFormat' || k === 'sourceFile') continue;
      out[k] = comparable(v);
    }
    return out;
  }
  return value;
}

let seedDocx: Uint8Array;
let back: Disclosure;

beforeAll(async () => {
  seedDocx = await renderDocx(parsedSeed());
  back = await parseDocx(seedDocx, { file: 'seed.docx' });
});

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('DOCX import', () => {
  it('reads a rendered disclosure back to the same model (render → import round trip)', () => {
    expect(comparable(back)).toEqual(comparable(parsedSeed()));
    expect(back.meta.sourceFormat).toBe('docx');
    expect(back.tables).toHaveLength(11);
    expect(back.performance).toHaveLength(13);
  });

  it('reads the figures a person reads in the document', () => {
    const t05 = getTable(back, 't05');
    expect(getCell(t05, 'total', 'total')?.raw).toBe('1,550.46');
    expect(getCell(t05, '2080199', 'project')?.raw).toBe('268.89');
    expect(getCell(getTable(back, 't09'), 'main', 'actual.reception')?.raw).toBe('0.2');
    expect(getCell(getTable(back, 't06'), 'personnel', 'amount')?.raw).toBe('890.15');
    const first = back.performance[0];
    expect(first?.projectName).toBe('劳动维权工作经费');
    expect(first?.total.score).toEqual({ kind: 'number', value: '91' });
    expect(first?.funds.total?.executed).toEqual({ kind: 'amount', amount: { minor: 696, scale: 2 } });
  });

  it('points sources at the paragraph or table row of the Word document, not at a line of text', () => {
    const row = getTable(back, 't05')?.rows.find((r) => r.key === '2080101');
    expect(row?.source).toMatchObject({ file: 'seed.docx', tableNo: 5 });
    expect(row?.source?.line).toBeUndefined();
    expect(row?.source?.rowNo).toBeGreaterThan(3);
    const section = back.narrative[0];
    expect(section?.source?.paragraph).toBeGreaterThan(0);
    expect(section?.source?.line).toBeUndefined();
  });

  it('keeps an edited figure: a changed amount in the model comes back changed', async () => {
    const edited = cloneDoc(parsedSeed());
    const t05 = edited.tables.find((t) => t.id === 't05');
    const cell = t05?.rows.find((r) => r.key === '2080104')?.cells.project as { raw: string; value: unknown };
    cell.raw = '26.17';
    cell.value = { kind: 'amount', amount: { minor: 2617, scale: 2 } };
    const again = await parseDocx(await renderDocx(edited), { file: 'edited.docx' });
    expect(getCell(getTable(again, 't05'), '2080104', 'project')?.raw).toBe('26.17');
    expect(comparable(again)).toEqual(comparable(edited));
  });

  it('reads back the documents the narrative writer composes, in the Qinghai and the Shanghai layout', async () => {
    // A composed document does not record the body's part headings; the DOCX prints the standard ones.
    const withoutPartHeadings = (d: Disclosure) => ({ ...d, partHeadings: undefined });
    for (const input of [seedWriterInput(), putuoCzjWriterInput()]) {
      const written = composeDisclosure(input);
      const read = await parseDocx(await renderDocx(written), { file: 'written.docx' });
      expect(read.meta.layout).toBe(written.meta.layout);
      expect(comparable(withoutPartHeadings(read))).toEqual(comparable(withoutPartHeadings(written)));
    }
  });

  it('gives the Shanghai 三公 table its columns back by printed position (预算数 and 决算数 interleaved)', async () => {
    const written = composeDisclosure(putuoCzjWriterInput());
    const read = await parseDocx(await renderDocx(written), { file: 'putuo.docx' });
    const t09 = getTable(read, 't09');
    expect(t09?.schema).toBe('shanghai/t09');
    for (const column of ['budget.total', 'actual.total', 'budget.reception', 'actual.reception']) {
      expect(getCell(t09, 'main', column)?.raw, column).toBe(getCell(getTable(written, 't09'), 'main', column)?.raw);
    }
    expect(read.diagnostics.filter((d) => d.ruleId === 'import/header-mismatch')).toEqual([]);
  });

  it('reads a draft typed in Word: automatic heading numbers, merged cells, a table as Word writes it', async () => {
    // Each part restarts its list (a new instance of the same numbering), as Word shows 一、 again.
    const numbered = (text: string, level: number, instance = 1) =>
      new Paragraph({ text, numbering: { reference: 'headings', level, instance } });
    const row = (...cells: string[]) =>
      new TableRow({ children: cells.map((t) => new TableCell({ children: [new Paragraph(t)] })) });
    const draft = new Document({
      numbering: {
        config: [
          {
            reference: 'headings',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('某某市某某局'),
            new Paragraph('2024 年度部门决算'),
            new Paragraph('第一部分 部门概况'),
            numbered('部门职责', 0),
            numbered('负责某某工作。', 1),
            numbered('机构设置情况', 0),
            new Paragraph('纳入 2024 年度决算编制范围的预算单位共计 1 个。'),
            new Paragraph('第二部分 2024 年度部门决算报表'),
            new Paragraph('政府采购支出情况表'),
            new Paragraph('公开 11 表'),
            new Paragraph('单位：万元'),
            new WordTable({
              rows: [
                row('政府采购支出信息', '行次', '金额'),
                row('(一) 政府采购支出合计', '1', '12.5'),
                row('1. 政府采购货物支出', '2', '12.5'),
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('2. 政府采购工程支出')] }),
                    new TableCell({ children: [new Paragraph('3')], verticalMerge: VerticalMergeType.RESTART }),
                    new TableCell({ children: [new Paragraph('')] }),
                  ],
                }),
              ],
            }),
            new Paragraph('第三部分 2024 年度部门决算情况说明'),
            numbered('收入支出决算总体情况说明', 0, 2),
            new Paragraph('2024 年度收入、支出总计 12.50 万元。'),
            numbered('政府采购支出情况说明', 0, 2),
            numbered('政府采购总体情况', 1, 2),
            new Paragraph('2024 年度政府采购支出总额 12.50 万元。'),
          ],
        },
      ],
    });
    const doc = await parseDocx(new Uint8Array(await Packer.toBuffer(draft)), { file: 'draft.docx' });
    expect(doc.meta.name).toBe('某某市某某局');
    expect(doc.overview.duties.map((d) => `${d.numbering}${d.text}`)).toEqual(['（一）负责某某工作']);
    expect(doc.overview.unitCount).toBe(1);
    expect(doc.narrative.map((s) => `${s.numbering?.raw}${s.title}`)).toEqual([
      '一、收入支出决算总体情况说明',
      '二、政府采购支出情况说明',
    ]);
    expect(doc.narrative[1]?.children[0]?.numbering?.raw).toBe('（一）');
    const t11 = getTable(doc, 't11');
    expect(getCell(t11, 'total', 'amount')?.raw).toBe('12.5');
    expect(getCell(t11, 'works', 'amount')?.value.kind).toBe('blank');
  });

  it('rejects what is not a Word document with a Chinese message naming the file', async () => {
    const text = await rejection(parseDocx(new TextEncoder().encode('not a zip'), { file: 'a.docx' }));
    expect(isIngestError(text)).toBe(true);
    expect(text.message).toBe('a.docx：不是有效的 Word 文档（.docx）');

    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await rejection(parseDocx(ole, { file: 'old.docx' }))).message).toContain('另存为 .docx');

    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const noBody = await zip.generateAsync({ type: 'uint8array' });
    expect((await rejection(parseDocx(noBody, { file: 'b.docx' }))).message).toBe(
      'b.docx：不是 Word 文档：缺少正文部分 word/document.xml',
    );
  });

  it('reports an unreadable table at its row in the Word document', async () => {
    const zip = await JSZip.loadAsync(seedDocx);
    const xml = await zip.file('word/document.xml')?.async('string');
    // A money cell of 公开05表 holding text.
    zip.file('word/document.xml', (xml ?? '').replace('>268.89<', '>约二百<'));
    const broken = await zip.generateAsync({ type: 'uint8array' });
    const e = await rejection(parseDocx(broken, { file: 'draft.docx' }));
    expect(isIngestError(e)).toBe(true);
    expect(e.message).toMatch(/^draft\.docx，第 3 个表格第 \d+ 行：/);
    expect(e.message).toContain('实际为“约二百”');
  });

  it('lets `juesuan parse` read a .docx', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'juesuan-docx-'));
    const path = join(dir, 'seed.docx');
    writeFileSync(path, seedDocx);
    const r = await runCli('parse', path);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('海东市人力资源和社会保障局');
    expect(r.stdout).toContain('项目支出绩效自评表 13 张');
  });
});

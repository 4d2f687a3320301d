import type { IStylesOptions } from 'docx';

/**
 * The official look (GB/T 9704 党政机关公文格式): 仿宋_GB2312 body, 黑体 headings, 楷体_GB2312 second-level
 * headings, 宋体 in tables; Latin text and figures in Times New Roman. Sizes in half-points.
 */
export const FONT = {
  body: '仿宋_GB2312',
  heading: '黑体',
  heading2: '楷体_GB2312',
  table: '宋体',
  latin: 'Times New Roman',
} as const;

/**
 * Fonts a reader may lack (仿宋_GB2312 and 楷体_GB2312 ship with older Windows only), with the font each falls back
 * to, written into the font table so Word, WPS and LibreOffice substitute a Chinese face, not a Latin one.
 */
export const FONT_FALLBACKS: Readonly<Record<string, string>> = {
  仿宋_GB2312: '仿宋',
  楷体_GB2312: '楷体',
  黑体: 'SimHei',
  宋体: 'SimSun',
};

export const SIZE = {
  cover: 52, // 一号
  coverTitle: 44, // 二号
  part: 44, // 二号
  body: 32, // 三号
  tableTitle: 36, // 小二
  tableMeta: 24, // 小四
  table: 18, // 小五
  note: 24,
  footer: 28, // 四号
} as const;

export function runFont(eastAsia: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia, cs: FONT.latin };
}

/** Line pitch of the body text: fixed 28 pt, as official documents print 22 lines a page. */
const BODY_LINE = 560;

function heading(font: string, bold: boolean) {
  return {
    run: { font: runFont(font), size: SIZE.body, bold, color: '000000' },
    paragraph: {
      spacing: { before: 0, after: 0, line: BODY_LINE, lineRule: 'exact' as const },
      indent: { firstLine: 640 },
    },
  };
}

export const STYLES: IStylesOptions = {
  default: {
    document: {
      // Chinese as the East Asian language: Word and WPS apply Chinese line-breaking rules (no 。 at a line start).
      run: { font: runFont(FONT.body), size: SIZE.body, language: { value: 'zh-CN', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: BODY_LINE, lineRule: 'exact' } },
    },
    title: {
      run: { font: runFont(FONT.heading), size: SIZE.cover },
      paragraph: { alignment: 'center', spacing: { before: 0, after: 0, line: 900, lineRule: 'auto' } },
    },
    // Heading 1: the parts (第一部分 …); 2: 一、; 3: （一）; 4: 1.; 5: (1) — the levels of 情况说明.
    heading1: {
      run: { font: runFont(FONT.heading), size: SIZE.part, bold: false, color: '000000' },
      paragraph: { alignment: 'center', spacing: { before: 200, after: 400, line: 720, lineRule: 'auto' } },
    },
    heading2: heading(FONT.heading, false),
    heading3: heading(FONT.heading2, false),
    heading4: heading(FONT.body, true),
    heading5: heading(FONT.body, false),
  },
  paragraphStyles: [
    {
      id: 'TableText',
      name: 'Table Text',
      basedOn: 'Normal',
      run: { font: runFont(FONT.table), size: SIZE.table },
      // Exact 10.5 pt lines: a 9 pt row is as low as print allows, so 公开01表 fits one landscape page.
      paragraph: { spacing: { line: 210, lineRule: 'exact', before: 0, after: 0 } },
    },
  ],
};

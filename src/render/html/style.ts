/**
 * Fonts with TrueType outlines (AR PL UMing, WenQuanYi Micro Hei) come before Noto CJK: Chromium embeds TrueType
 * faces in a PDF as real CID fonts but CFF-outline faces (Noto CJK) and synthesised bold as Type 3 glyph drawings,
 * which text extraction and accessibility tools read poorly. For the same reason print never synthesises bold:
 * emphasis in print is the 黑体 face, as in official documents.
 *
 * The page's stylesheet: official fonts with the faces common systems have as fallbacks, A4 pages with margins as
 * in print, wide tables on landscape pages, page numbers "— n —" in the page margin from the first body page on (the cover and 目录 pages do not count), each part and table on a new
 * page, table header rows repeated on every printed page.
 */
const BODY =
  '"仿宋_GB2312", "FangSong_GB2312", "仿宋", FangSong, STFangsong, "AR PL UMing CN", "Noto Serif CJK SC", "Source Han Serif SC", serif';
const HEADING = '"黑体", SimHei, STHeiti, "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif';
const KAI = '"楷体_GB2312", "楷体", KaiTi, STKaiti, "AR PL UKai CN", "AR PL UMing CN", "Noto Serif CJK SC", serif';
const TABLE = '"宋体", SimSun, STSong, "AR PL UMing CN", "Noto Serif CJK SC", "Source Han Serif SC", serif';

export const STYLE = `
:root { color: #000; background: #fff; }
body { margin: 0 auto; max-width: 60em; padding: 1em 2em; font-family: "Times New Roman", ${BODY}; font-size: 16pt; line-height: 1.75; }
h1, h2, h3, h4, h5 { font-weight: normal; margin: 0; }
.cover { min-height: 80vh; display: flex; flex-direction: column; justify-content: center; align-items: center; text-align: center; }
.cover-name { font-family: ${HEADING}; font-size: 26pt; margin-bottom: 2em; }
.cover-title { font-family: ${HEADING}; font-size: 22pt; }
.toc h2 { font-family: ${HEADING}; font-size: 18pt; text-align: center; margin: 1em 0; }
.toc ul { list-style: none; padding: 0; }
.toc .toc-0 { font-family: ${HEADING}; }
.toc .toc-1 { padding-left: 2em; }
.toc a { color: inherit; text-decoration: none; }
.toc a:hover { text-decoration: underline; }
h1.part { font-family: ${HEADING}; font-size: 22pt; text-align: center; margin: 1.5em 0 1em; }
h2 { font-family: ${HEADING}; font-size: 16pt; text-indent: 2em; }
h3 { font-family: ${KAI}; font-size: 16pt; text-indent: 2em; }
h4 { font-family: "Times New Roman", ${BODY}; font-weight: bold; font-size: 16pt; text-indent: 2em; }
h5 { font-family: "Times New Roman", ${BODY}; font-size: 16pt; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.note { text-indent: 0; text-align: center; font-size: 12pt; }
section.table { margin: 2em 0; }
h2.table-title { font-size: 18pt; text-align: center; text-indent: 0; margin-bottom: .3em; }
.table-meta { display: flex; flex-direction: column; align-items: flex-end; font-size: 12pt; line-height: 1.5; }
.table-note { font-size: 12pt; text-indent: 0; margin: .4em 0; line-height: 1.5; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; font-family: "Times New Roman", ${TABLE}; font-size: 9pt; line-height: 1.35; }
th, td { border: 1px solid #000; padding: 2px 4px; vertical-align: middle; overflow-wrap: anywhere; }
th { font-weight: bold; background: #f2f2f2; text-align: center; }
th.left { text-align: left; }
th.right, td.right { text-align: right; }
td.right { text-align: right; font-variant-numeric: tabular-nums; }
td.center { text-align: center; }
.strong { font-weight: bold; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
section.performance { margin: 1em 0 2em; }
.performance-title { font-family: ${HEADING}; text-align: center; text-indent: 0; }
.performance-year { text-align: center; text-indent: 0; font-size: 12pt; }
@media screen {
  section.table.landscape { width: min(96vw, 80em); margin-left: calc(50% - min(48vw, 40em)); }
  .cover, .toc { border-bottom: 1px solid #ccc; padding-bottom: 2em; margin-bottom: 2em; }
}
@page { size: A4 portrait; margin: 37mm 26mm 35mm 28mm;
  @bottom-center { content: "— " counter(page) " —"; font-family: ${TABLE}; font-size: 14pt; } }
@page landscape { size: A4 landscape; margin: 22mm 23mm; }
@page cover { counter-increment: page 0; @bottom-center { content: none; } }
@media print {
  body { max-width: none; padding: 0; }
  * { font-synthesis: none; }
  th, .strong, h4 { font-family: ${HEADING}; font-weight: normal; }
  .cover { min-height: 0; height: 220mm; page: cover; }
  .toc { page: cover; break-before: page; }
  h1.part { break-before: page; }
  section.table { break-before: page; margin: 0; }
  h1.part + p.note + section.table { break-before: auto; }
  section.table.landscape { page: landscape; }
  .performance-title, .performance-year { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;

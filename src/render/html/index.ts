import type { Disclosure } from '../../model/disclosure.js';
import { printDocument, type Block } from '../printed/document.js';
import type { Grid, GridCell } from '../printed/grid.js';
import { STYLE } from './style.js';
import { escapeHtml } from '../../formats/html-escape.js';

/**
 * The disclosure as one self-contained HTML page for screen and print: cover, 目录 with links, the four parts,
 * tables with their printed headers (repeated on each printed page), wide tables on landscape pages.
 */
export function renderHtml(doc: Disclosure): string {
  const printed = printDocument(doc);
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Juesuan">',
    // Read back by src/ingest/html, so the page is read with its own layout's schemas (as DOCX's properties).
    `<meta name="juesuan-layout" content="${escapeHtml(doc.meta.layout)}">`,
    ...(doc.meta.region ? [`<meta name="juesuan-region" content="${escapeHtml(doc.meta.region)}">`] : []),
    `<title>${escapeHtml(printed.name)}${escapeHtml(printed.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<section class="cover">',
    `<h1 class="cover-name">${escapeHtml(printed.name)}</h1>`,
    `<p class="cover-title">${escapeHtml(printed.title)}</p>`,
    '</section>',
  );
  const ids = new Map<string, string>();
  let n = 0;
  for (const b of printed.blocks) {
    if (b.kind === 'part' || b.kind === 'table' || (b.kind === 'heading' && b.level === 1)) {
      const key = b.kind === 'table' ? b.table.title : b.text;
      if (!ids.has(key)) ids.set(key, `s${++n}`);
    }
  }
  out.push('<nav class="toc">', '<h2>目录</h2>', '<ul>');
  for (const e of printed.toc) {
    const target = ids.get(e.text) ?? ids.get(e.text.replace(/^[一二三四五六七八九十]+、/, ''));
    const label = escapeHtml(e.text);
    out.push(`<li class="toc-${e.level}">${target ? `<a href="#${target}">${label}</a>` : label}</li>`);
  }
  out.push('</ul>', '</nav>', '<main>');
  const used = new Set<string>();
  const idFor = (key: string) => {
    const id = ids.get(key);
    if (!id || used.has(id)) return '';
    used.add(id);
    return ` id="${id}"`;
  };
  for (const b of printed.blocks) out.push(blockHtml(b, idFor));
  out.push('</main>', '</body>', '</html>', '');
  return out.join('\n');
}

function blockHtml(b: Block, idFor: (key: string) => string): string {
  switch (b.kind) {
    case 'part':
      return `<h1 class="part"${idFor(b.text)}>${escapeHtml(b.text)}</h1>`;
    case 'heading':
      return `<h${b.level + 1}${b.level === 1 ? idFor(b.text) : ''}>${escapeHtml(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}</p>`;
    case 'note':
      return `<p class="note">${escapeHtml(b.text)}</p>`;
    case 'table': {
      const t = b.table;
      const parts = [
        `<section class="table${t.landscape ? ' landscape' : ''}">`,
        `<h2 class="table-title"${idFor(t.title)}>${escapeHtml(t.title)}</h2>`,
        '<div class="table-meta">',
        t.number ? `<span class="table-number">${escapeHtml(t.number)}</span>` : '',
        `<span class="table-unit">单位：${escapeHtml(t.unit)}</span>`,
        '</div>',
      ];
      for (const item of t.items) {
        parts.push(item.kind === 'grid' ? gridHtml(item.grid) : `<p class="table-note">${escapeHtml(item.text)}</p>`);
      }
      parts.push('</section>');
      return parts.filter((p) => p !== '').join('\n');
    }
    case 'performance':
      return [
        '<section class="performance">',
        `<h5 class="performance-title">${escapeHtml(b.title)}</h5>`,
        `<p class="performance-year">${escapeHtml(b.subtitle)}</p>`,
        gridHtml(b.grid),
        '</section>',
      ].join('\n');
  }
}

function gridHtml(grid: Grid): string {
  const total = grid.widths.reduce((a, b) => a + b, 0);
  const cols = grid.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const rows = (list: Grid['header'], head: boolean) =>
    list.map((r) => `<tr>${r.cells.map((c) => cellHtml(c, head)).join('')}</tr>`).join('\n');
  return [
    '<table>',
    `<colgroup>${cols}</colgroup>`,
    grid.header.length > 0 ? `<thead>\n${rows(grid.header, true)}\n</thead>` : '',
    `<tbody>\n${rows(grid.body, false)}\n</tbody>`,
    '</table>',
  ]
    .filter((p) => p !== '')
    .join('\n');
}

function cellHtml(c: GridCell, inHead: boolean): string {
  const tag = inHead || c.head ? 'th' : 'td';
  const attrs: string[] = [];
  if (c.colSpan > 1) attrs.push(`colspan="${c.colSpan}"`);
  if (c.rowSpan > 1) attrs.push(`rowspan="${c.rowSpan}"`);
  // Header cells are centred and table cells left-aligned by the stylesheet; only other alignments get a class.
  const align = c.align === (tag === 'th' ? 'center' : 'left') ? '' : c.align;
  const cls = [align, c.strong ? 'strong' : ''].filter((x) => x !== '').join(' ');
  if (cls !== '') attrs.push(`class="${cls}"`);
  return `<${tag}${attrs.length > 0 ? ' ' + attrs.join(' ') : ''}>${escapeHtml(c.text)}</${tag}>`;
}

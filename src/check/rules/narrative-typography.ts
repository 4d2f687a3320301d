import type { Fix, Location } from '../../model/finding.js';
import { paragraphFix } from '../fix/locate.js';
import type { Report, Rule } from '../types.js';
import { textPieces, type TextPiece } from './text-scan.js';

/** The same mark twice ("。。", "，，"); an ellipsis (……) or dash (——) is one mark of two characters. */
const DOUBLED = /([，。；：、！？,;:])\1+/g;
/** Two different sentence marks in a row ("，。", "；，"): one of them is stray, which one is open. */
const CLASH = /[，。；、,;][，。；、,;]/g;
/** Full-width digits or a full-width point inside a number written with ASCII digits, or the other way round. */
const NUMBER = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
/** A lowercase Latin word between Chinese characters or marks ("职能 and 职责"). */
const LATIN = /(?<=[\p{Script=Han}，。、；：（）\s])[a-z]{2,}(?:\s+[a-z]{2,})*(?=\s*[\p{Script=Han}，。、；：（）])/gu;
/** Units and file names written in Latin letters in Chinese text are not stray words. */
const LATIN_OK = new Set(['km', 'kg', 'kw', 'kwh', 'mm', 'cm', 'ml', 'mg', 'kv', 'mw', 'mb', 'gb', 'tb', 'mu']);
const PAIRS: ReadonlyArray<readonly [string, string, string]> = [
  ['（(', '）)', '括号'],
  ['“', '”', '引号'],
  ['《', '》', '书名号'],
  ['「', '」', '引号'],
  ['【', '】', '方括号'],
];
/**
 * Each pair's opening and closing marks as a global character class, built once: counted with `match`, which runs
 * in the regular-expression engine (a loop or a spread over the characters cost more, on every paragraph).
 */
const PAIR_MARKS = PAIRS.map(([open, close, name]) => {
  const anyOf = (marks: string) => new RegExp(`[${marks.replace(/[\\\]^-]/g, '\\$&')}]`, 'g');
  return { open, close, name, opening: anyOf(open), closing: anyOf(close) };
});
const countOf = (text: string, marks: RegExp) => text.match(marks)?.length ?? 0;

/** Enumerations such as "1）" or "a)" open no bracket. */
const ENUM = /(?:^|[\s，。；：、])(?:\d{1,2}|[a-z一二三四五六七八九十])[)）]/g;
const SENTENCE_END = /[。！？；：…”’」》）)!?;:]$/;

const toHalf = (s: string) =>
  s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');

/** Punctuation and writing slips: doubled marks, unmatched brackets, mixed-width numbers, stray Latin words. */
export const narrativeTypography: Rule = {
  meta: {
    id: 'narrative/typography',
    category: 'narrative',
    title: '标点与书写规范',
    description:
      '封面、目录、标题、情况说明、部门概况和名词解释中：同一标点连写（“。。”“，，”）报错并可自动改为一个；两个不同标点连写、括号或引号不成对、段落末尾缺少句号、中文中夹杂英文单词为警告；一个数字中混用全角和半角字符报错并可自动改为半角。',
    example: '“完成年初预算的 87.27%。。”：句号重复',
    defaultSeverity: 'warning',
    fixable: true,
    subject: ['kind'],
    messages: {
      doubled: '标点“{{mark}}”重复：“{{context}}”',
      clash: '标点“{{marks}}”连用，其中一个多余：“{{context}}”',
      unmatched: '{{name}}不成对（{{open}} {{opens}} 个、{{close}} {{closes}} 个）：“{{context}}”',
      mixedWidth: '数字“{{number}}”中混用了全角和半角字符，应为“{{fixed}}”',
      noFullStop: '段落末尾缺少句号：“{{context}}”',
      latin: '中文中夹有英文单词“{{word}}”：“{{context}}”',
    },
  },
  run({ doc }) {
    const out: Report[] = [];
    for (const piece of textPieces(doc, { tables: false })) out.push(...check(piece));
    return out;
  },
};

const around = (text: string, at: number, len: number) => text.slice(Math.max(0, at - 12), at + len + 12).trim();

function check(piece: TextPiece): Report[] {
  const out: Report[] = [];
  const { text, location } = piece;
  const at = (_kind: string): Location => location;
  const fixOf = (start: number, end: number, to: string): { fix?: Fix } => {
    const fix = piece.paragraph ? paragraphFix(piece.paragraph, start, end, to) : undefined;
    return fix ? { fix } : {};
  };
  for (const m of text.matchAll(DOUBLED)) {
    const mark = m[1] ?? '';
    out.push({
      messageId: 'doubled',
      data: { mark, context: around(text, m.index, m[0].length), kind: 'doubled' },
      locations: [at('doubled')],
      expected: mark,
      actual: m[0],
      ...fixOf(m.index + mark.length, m.index + m[0].length, ''),
    });
  }
  for (const m of text.matchAll(CLASH)) {
    if (m[0].charAt(0) === m[0].charAt(1)) continue;
    out.push({
      messageId: 'clash',
      certainty: 'suspicious',
      data: { marks: m[0], context: around(text, m.index, 2), kind: 'clash' },
      locations: [at('clash')],
      actual: m[0],
    });
  }
  const plain = text.replace(ENUM, (s) => s.slice(0, -1));
  for (const { open, close, name, opening, closing } of PAIR_MARKS) {
    const opens = countOf(plain, opening);
    const closes = countOf(plain, closing);
    if (opens === closes) continue;
    const first = [...text].findIndex((c) => open.includes(c) || close.includes(c));
    out.push({
      messageId: 'unmatched',
      certainty: 'suspicious',
      data: {
        name,
        open: open.charAt(0),
        close: close.charAt(0),
        opens,
        closes,
        context: around(text, Math.max(0, first), 1),
        kind: 'unmatched',
      },
      locations: [at('unmatched')],
    });
  }
  // How a number is written is read from the paragraph as printed: an importer reads full-width figures as
  // half-width in `text` (same length, so the offsets hold), which would hide "１2.34".
  const printed = piece.printed ?? text;
  for (const m of printed.matchAll(NUMBER)) {
    const n = m[0];
    const full = /[０-９．]/.test(n);
    const half = /[0-9.]/.test(n);
    if (!full || !half) continue;
    // "4．2025年部门…预算表" (a 目录 entry): the item's number, then a year — two numbers, not one.
    if (printed.slice(0, m.index).trim() === '' && /^[0-9０-９]{1,2}[.．][0-9０-９]{4}$/.test(n)) continue;
    const fixed = toHalf(n);
    // The fix edits `text`; where that already reads the number half-width there is nothing left to change in it.
    const edits = text.slice(m.index, m.index + n.length) !== fixed;
    out.push({
      messageId: 'mixedWidth',
      data: { number: n, fixed, kind: 'mixedWidth' },
      locations: [at('mixedWidth')],
      expected: fixed,
      actual: n,
      ...(edits ? fixOf(m.index, m.index + n.length, fixed) : {}),
    });
  }
  for (const m of text.matchAll(LATIN)) {
    if (LATIN_OK.has(m[0])) continue;
    const before = text.charAt(m.index - 1);
    if (/[./:@\w-]/.test(before) || /[./@]/.test(text.charAt(m.index + m[0].length))) continue; // a URL or address
    out.push({
      messageId: 'latin',
      certainty: 'suspicious',
      data: { word: m[0], context: around(text, m.index, m[0].length), kind: 'latin' },
      locations: [at('latin')],
      actual: m[0],
    });
  }
  // A paragraph of the 情况说明 that is a sentence (long enough, not a heading-like line) ends with a mark.
  const trimmed = text.trim();
  if (piece.where === 'paragraph' && trimmed.length >= 20 && /[，。]/.test(trimmed) && !SENTENCE_END.test(trimmed)) {
    out.push({
      messageId: 'noFullStop',
      certainty: 'suspicious',
      data: { context: trimmed.slice(-20), kind: 'noFullStop' },
      locations: [at('noFullStop')],
    });
  }
  return out;
}

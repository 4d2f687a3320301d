import type { Numbering } from '../../model/narrative.js';
import { parseChineseNumeral } from '../../model/concepts/numerals.js';

/** A numbered line of a Chinese official document: its numbering and the text after it. */
export interface NumberedLine {
  readonly numbering: Numbering;
  readonly text: string;
}

const PART = /^第([一二三四五六七八九十]+)部分\s*(.*)$/;
const CHINESE = /^([一二三四五六七八九十]+)\s*[、．.]\s*(.*)$/;
const PAREN_CHINESE = /^[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*[、.]?\s*(.*)$/;
const ARABIC = /^(\d{1,2})\s*[.、．](?!\d)\s*(.*)$/;
const PAREN_ARABIC = /^[（(]\s*(\d{1,2})\s*[）)]\s*[、.]?\s*(.*)$/;

/**
 * Recognises the numbering of a heading or list item: 第一部分 / 一、 / （一） / 1. 1、 / (1) （1）.
 * Returns undefined for ordinary text ("2024 年度…", "(2024 年度)").
 */
export function parseNumbering(line: string): NumberedLine | undefined {
  const s = line.trim().replace(/^[-•·]\s+/, '');
  let m = PART.exec(s);
  if (m) return make('part', parseChineseNumeral(m[1] ?? ''), s.slice(0, s.length - (m[2] ?? '').length).trim(), m[2]);
  m = CHINESE.exec(s);
  if (m) return make('chinese', parseChineseNumeral(m[1] ?? ''), rawOf(s, m[2]), m[2]);
  m = PAREN_CHINESE.exec(s);
  if (m) return make('paren-chinese', parseChineseNumeral(m[1] ?? ''), rawOf(s, m[2]), m[2]);
  m = PAREN_ARABIC.exec(s);
  if (m) return make('paren-arabic', Number(m[1]), rawOf(s, m[2]), m[2]);
  m = ARABIC.exec(s);
  if (m) return make('arabic', Number(m[1]), rawOf(s, m[2]), m[2]);
  return undefined;
}

function rawOf(s: string, rest: string | undefined): string {
  return s.slice(0, s.length - (rest ?? '').length).trim();
}

function make(
  style: Numbering['style'],
  ordinal: number | undefined,
  raw: string,
  rest: string | undefined,
): NumberedLine | undefined {
  if (ordinal === undefined || ordinal < 1) return undefined;
  return { numbering: { style, ordinal, raw }, text: (rest ?? '').trim() };
}

/** Nesting depth of a numbering style in 情况说明 (smaller = outer). */
export const STYLE_DEPTH: Readonly<Record<Numbering['style'], number>> = {
  part: 0,
  chinese: 1,
  'paren-chinese': 2,
  arabic: 3,
  'paren-arabic': 4,
};

import type { DocumentKind } from '../../model/identity.js';
import { squash } from '../../model/concepts/text.js';

/**
 * What a disclosure says about itself: the organisation, its region, the fiscal year, 决算 or 预算, 部门 or 单位.
 * Read from the cover first (its lines joined, since a title may be printed over several lines with the name
 * split anywhere), then the 目录 and the tables' titles, so that a file without a cover (the tables of a
 * disclosure published as two files) is still recognised.
 */
export interface Recognition {
  readonly name: string;
  readonly region?: string;
  readonly year: number;
  readonly documentKind: DocumentKind;
  readonly scope: '部门' | '单位';
  /** The cover's title from the year on ("2024年度部门决算"), or what stood for it. */
  readonly title: string;
  /** Where the year and the kind were read: the cover, or the 目录 and tables' titles. */
  readonly from: 'cover' | 'titles';
}

/** What the importer has read so far, as printed lines (any spacing). */
export interface RecognitionEvidence {
  /** The cover's lines, top to bottom, up to the 目录. */
  readonly cover: readonly string[];
  /** Lines of the 目录 and the tables' titles (or the whole text when the parts cannot be told apart yet). */
  readonly titles: readonly string[];
}

export type RecognitionResult =
  { readonly ok: true; readonly recognition: Recognition } | { readonly ok: false; readonly reason: string };

/** Punctuation of running text: a line with it is prose, not a cover or a title. */
const SENTENCE = /[，。；！？]/;
const YEAR = String.raw`((?:19|20)\d{2})\s*年度?`;
const KIND = String.raw`(部门|单位)?(决算|预算)`;
/** Year, at most a few words (a level "区级", an organisation), then 部门决算 / 单位预算 …. */
const COVER_TITLE = new RegExp(`${YEAR}(.{0,40}?)${KIND}`);
/** A name given with its label: "预算主管部门：…", "部门：…", "编制单位：…" (up to a following label). */
const LABELLED_NAME =
  /(?:(?:预算|决算)?主管部门|(?:编制|填报|预算|决算)?(?:部门|单位)(?:名称)?)[:：](.+?)(?=(?:金额)?单位[:：]|$)/;
/** Level words printed between the year and the kind ("2025年区级部门预算"): not a name. */
const LEVEL = /^(?:[省市区县乡镇]级|本级|区级|市级|省级)$/;
/** The party-organisation prefix a name may carry ("中共上海市普陀区委…"): not part of the region. */
const PARTY_PREFIX = /^(?:中国共产党|中共)/;
const REGION = /^(.+?(?:自治区|省|市|自治州|州|盟|地区))(?:([^区县旗市省委]{1,4}(?:区|县|旗|市)))?/;

/**
 * Recognises a disclosure from its cover and titles; `ok: false` with the Chinese reason when nothing fits.
 * Rules rather than samples: the year is the 4-digit year printed with 年/年度 before the kind word; the name is
 * labelled ("主管部门：…") or printed before the year or between the year and the kind word.
 */
export function recognize(evidence: RecognitionEvidence): RecognitionResult {
  const coverLines = coverBlock(evidence.cover);
  const cover = coverLines.join('');
  const labelled = labelledName(coverLines);
  const m = COVER_TITLE.exec(cover) ?? undefined;
  const fromTitles = m ? undefined : kindFromTitles(evidence.titles);
  if (!m && !fromTitles) {
    return { ok: false, reason: '封面、目录和表名中都找不到“XXXX 年度部门决算”或“XXXX 年部门预算”字样' };
  }
  let name = labelled ?? '';
  let title: string;
  let year: number;
  let documentKind: DocumentKind;
  let scope: '部门' | '单位';
  let regionHint: string | undefined;
  if (m) {
    year = Number(m[1]);
    documentKind = m[4] === '预算' ? '预算' : '决算';
    scope = m[3] === '单位' ? '单位' : '部门';
    const before = stripNoise(cover.slice(0, m.index));
    const between = stripNoise(m[2] ?? '');
    title = cover.slice(m.index, m.index + m[0].length) + trailingWord(cover.slice(m.index + m[0].length));
    if (!name) name = before || (LEVEL.test(between) ? '' : between);
    else regionHint = before || undefined;
    if (!labelled && !before && between && !LEVEL.test(between)) title = title.replace(between, '');
  } else {
    const t = fromTitles as NonNullable<typeof fromTitles>;
    year = t.year;
    documentKind = t.kind;
    scope = '部门';
    title = `${year}年度部门${documentKind}`;
  }
  if (!year) return { ok: false, reason: '封面、目录和表名中都找不到年度' };
  if (name === '') return { ok: false, reason: '封面缺少部门（单位）名称' };
  const region = regionOf(name) ?? (regionHint ? regionOf(regionHint) : undefined);
  return {
    ok: true,
    recognition: {
      name,
      ...(region ? { region } : {}),
      year,
      documentKind,
      scope,
      title,
      from: m ? 'cover' : 'titles',
    },
  };
}

/**
 * The cover's title block: its first short lines, up to the first sentence (a page of prose is no cover, and a
 * sentence naming "2024年度部门决算" is no title).
 */
function coverBlock(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const l = squash(raw);
    if (l === '') continue;
    if (SENTENCE.test(l) || l.length > 60 || out.length >= 10) break;
    out.push(l);
  }
  return out;
}

/** The region a name begins with: 上海市普陀区…局 → 上海市普陀区; 中共江苏省委办公厅 → 江苏省. */
export function regionOf(name: string): string | undefined {
  const bare = name.replace(PARTY_PREFIX, '');
  const m = REGION.exec(bare);
  if (!m) return undefined;
  const region = (m[1] ?? '') + (m[2] ?? '');
  return region.length < bare.length || m[2] ? region : undefined;
}

function labelledName(lines: readonly string[]): string | undefined {
  for (const l of lines) {
    const m = LABELLED_NAME.exec(l);
    const name = m?.[1]?.trim();
    if (name && name.length >= 2 && !/^[\d.,，]+$/.test(name)) return name;
  }
  return undefined;
}

/** Removes what a cover prints around the name: "附件2：", brackets, separators. */
function stripNoise(s: string): string {
  return s
    .replace(/^附件\s*\d*\s*[:：]?/, '')
    .replace(/^[\s:：,，、.。\-—()（）《》]+|[\s:：,，、\-—()（）《》]+$/g, '')
    .trim();
}

/** "…部门预算公开": the title keeps a trailing 公开 / 报告 / 表. */
function trailingWord(rest: string): string {
  return /^(公开|报告|情况)/.exec(rest)?.[0] ?? '';
}

/**
 * The year and kind most titles of the 目录 and the tables state ("2017年政府采购预算表", "一、收入决算表"):
 * each line ending in 决算表/预算表 (or naming 部门决算/部门预算) votes for its kind; the year is the most
 * frequent 4-digit year printed with 年 on those lines.
 */
function kindFromTitles(lines: readonly string[]): { year: number; kind: DocumentKind } | undefined {
  const votes = { 决算: 0, 预算: 0 };
  const years = new Map<number, number>();
  for (const raw of lines) {
    const l = squash(raw);
    if (SENTENCE.test(l) || l.length > 60) continue;
    const k = /(决算|预算)(?:总?表|公开)$|(?:部门|单位)(决算|预算)/.exec(l);
    if (!k) continue;
    const kind = (k[1] ?? k[2]) as DocumentKind;
    votes[kind]++;
    for (const y of l.matchAll(/((?:19|20)\d{2})年/g)) years.set(Number(y[1]), (years.get(Number(y[1])) ?? 0) + 1);
  }
  const kind: DocumentKind | undefined =
    votes.决算 + votes.预算 === 0 ? undefined : votes.预算 > votes.决算 ? '预算' : '决算';
  const year = [...years].sort((a, b) => b[1] - a[1])[0]?.[0];
  return kind && year ? { year, kind } : undefined;
}

import type { Disclosure } from '../../model/disclosure.js';
import type { Section } from '../../model/narrative.js';
import type { Row, Table } from '../../model/table.js';
import { fmt, parseFigure, type Figure } from '../figures.js';
import { cellFigure } from '../locate.js';
import type { Disclosure as Doc } from '../../model/disclosure.js';
import {
  allHits,
  CHANGE_LEAD,
  exactHit,
  lastHitIn,
  lexiconFor,
  resolveEntry,
  type Lexicon,
  type LexiconEntry,
  type LexiconHit,
} from './lexicon.js';
import type {
  AmountClaim,
  CellRef,
  ChangeClaim,
  Claim,
  ClaimSite,
  CountClaim,
  ExecutionClaim,
  ShareClaim,
} from './types.js';
import { foldForMatching, squash, unifyBracketsAndQuotes } from '../../model/concepts/text.js';

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const AMOUNT_RE = new RegExp(`(?<![\\d.])(${NUM})\\s*(亿元|万元|元)`, 'g');
const SHARE_RE = new RegExp(`占\\s*(?:([^，,。；;\\d%％]{1,40}?)的)?\\s*(${NUM})(?![\\d.])\\s*([%％])?`, 'g');
const EXEC_RE = new RegExp(
  `预算(?:数)?为?\\s*(${NUM})\\s*万元\\s*[，,]\\s*(?:支出决算|实际支出|决算)(?:数)?为?\\s*(${NUM})\\s*万元` +
    `(?:\\s*[，,]\\s*结转\\s*(?:${NUM})\\s*万元)?(?:\\s*[，,。]\\s*完成(?:年初|年度)?预算的\\s*(${NUM})(?![\\d.])\\s*([%％])?)?`,
  'g',
);
const COMPARE_RE = /(年初预算数?|预算数?|决算数?)\s*(大于|小于|等于|高于|低于)\s*(年初预算数?|预算数?|决算数?)/g;
const CHANGE_RE = new RegExp(
  `(${CHANGE_LEAD})([^，,。；;\\d]{0,30}?)(增加|减少|基本持平|持平|一致(?!相比|的)|增长|下降|上升|降低)了?\\s*(?:(${NUM})(?![\\d.])\\s*(亿元|万元|元|[%％])?)?` +
    `(?:\\s*[，,]\\s*(增长|下降|减少|增加|上升|降低)了?\\s*(${NUM})(?![\\d.])\\s*([%％])?)?`,
  'g',
);
const COUNTS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [new RegExp(`(?:保有量为?|共有车辆)\\s*(${NUM})\\s*辆`, 'g'), 'count.carHeld', '公务用车保有量'],
  [new RegExp(`购置(?:数为?)?\\s*(${NUM})\\s*辆`, 'g'), 'count.carPurchased', '公务用车购置数'],
  [new RegExp(`接待\\s*(${NUM})\\s*批次`, 'g'), 'count.receptionBatches', '国内公务接待批次'],
  [new RegExp(`接待\\s*(${NUM})\\s*人次`, 'g'), 'count.receptionPeople', '国内公务接待人次'],
  [new RegExp(`团组(?:数为?)?\\s*(${NUM})\\s*个`, 'g'), 'count.abroadGroups', '因公出国（境）团组数'],
  [new RegExp(`出国（境）\\s*(${NUM})\\s*人次`, 'g'), 'count.abroadPeople', '因公出国（境）人次数'],
];
const PROJECT_COUNT_RE = new RegExp(`(${NUM})\\s*个项目[^。；]*?自评(?:[^。；]*?涉及资金\\s*(${NUM})\\s*万元)?`, 'g');
/** A previous figure stated before a change ("2022年当年预算执行数为1.48万元", "上年预算数为 X 万元"). */
const STATED_PREVIOUS_RE = new RegExp(
  `(?:上一?年度?|\\d{4}\\s*年度?)[^，,。；;\\d]{0,12}?(?:执行数|预算数|决算数)为?\\s*(${NUM})\\s*(亿元|万元|元)`,
  'g',
);
/** "“一般公共服务支出（类）财政事务（款）行政运行（项）”" before an amount: the t05 item it names. */
const ITEM_TRIPLE_RE = /([^“"、，,：:；;。（）]+?)（类）([^（）]+?)（款）([^（）]+?)（项）[”"]?\s*$/;
/** "款名（款）项名（项）支出" closing a clause: the item of the section's heading. */
const ITEM_PAIR_RE = /（款）[^（）]*（项）\s*(?:支出)?\s*$/;
/** A clause that only says "(支出)决算为 / 预算为": its subject is the sentence's. */
const PREDICATE_ONLY =
  /^(?:其中)?\s*(?:(\d{4})\s*年度?)?\s*(?:支出)?(?:决算|预算|年初预算|实际支出)?(?:数|安排)?为?\s*$/;
/** A purpose clause: from 用于 to the end of its sentence. */
const PURPOSE_RE = /用于[^。；;]*/g;
const CHANGE_WORDS = new RegExp(`${CHANGE_LEAD}|增加|减少|增长|下降|结转`);

/** "预算为", "2023年预算安排" (the document's own year; another year's figure is not the line's). */
function isPredicateOfThisYear(clause: string, year: number): boolean {
  const m = PREDICATE_ONLY.exec(clause.trim());
  return m !== null && (m[1] === undefined || Number(m[1]) === year);
}

function fig(text: string | undefined): Figure | undefined {
  return text === undefined ? undefined : parseFigure(text);
}

/** The figure's cells and offsets within one paragraph. */
interface Mention {
  readonly start: number;
  readonly end: number;
  readonly claim: AmountClaim;
}

interface SectionCtx {
  readonly path: readonly string[];
  /** 类 name from an enclosing "X（类）" heading. */
  readonly className?: string;
  readonly inPerformance: boolean;
  /** The 功能分类 table the section's items are read in: t05, or f05 in a 财政拨款支出 section (Jiangsu 预算). */
  readonly functional: Table | undefined;
}

const clean = foldForMatching;

const cleanLabels = new WeakMap<Table, ReadonlyArray<readonly [Row, string]>>();

/** Class rows with their normalised labels, once per table. */
function labelled(table: Table): ReadonlyArray<readonly [Row, string]> {
  let l = cleanLabels.get(table);
  if (!l) cleanLabels.set(table, (l = table.rows.filter((r) => r.code).map((r) => [r, clean(r.label)] as const)));
  return l;
}

function findByLabel(table: Table | undefined, codeLen: number, prefix: string, label: string): Row | undefined {
  if (!table) return undefined;
  const want = clean(label);
  return labelled(table).find(([r, l]) => r.code?.length === codeLen && r.code.startsWith(prefix) && l === want)?.[0];
}

/** The t05 row of "款名（款）项名（项）" under the 类 named by the heading above. */
function itemRow(t05: Table | undefined, className: string | undefined, text: string): CellRef | undefined {
  if (!t05 || !text.includes('款')) return undefined;
  const m = /([^。，,：:；;]*?)（款）([^。，,：:；;]*?)（项）/.exec(unifyBracketsAndQuotes(text));
  if (!m) return undefined;
  const cls = className ? findByLabel(t05, 3, '', className) : undefined;
  const kuanName = (m[1] ?? '').replace(/^.*（类）/, '').replace(/^[（(]?\d+[）)]/, '');
  const kuan = findByLabel(t05, 5, cls?.code ?? '', kuanName);
  if (!kuan?.code) return undefined;
  const xiang = findByLabel(t05, 7, kuan.code, m[2] ?? '');
  return xiang ? { table: t05.id, rowKey: xiang.key, column: 'total' } : undefined;
}

/** The t05 row of “类名（类）款名（款）项名（项）” said in full. */
function tripleRow(t05: Table | undefined, cls: string, kuan: string, xiang: string): CellRef | undefined {
  const c = findByLabel(t05, 3, '', cls.replace(/^[“"\d.、\s]+/, ''));
  const k = c?.code ? findByLabel(t05, 5, c.code, kuan) : undefined;
  const x = k?.code ? findByLabel(t05, 7, k.code, xiang) : undefined;
  return x && t05 ? { table: t05.id, rowKey: x.key, column: 'total' } : undefined;
}

/** The item a section is about, from its title or first line, whether or not the tables hold it. */
interface SectionItem {
  readonly cell?: CellRef;
  readonly subject?: string;
}

/** "款名（款）项名（项）" → the subject key of that item (the 类 is left out: a heading may or may not repeat it). */
function itemSubject(text: string): string | undefined {
  const m = /([^。，,：:；;]*?)（款）([^。，,：:；;]*?)（项）/.exec(unifyBracketsAndQuotes(text));
  return m ? itemKey(m[1] ?? '', m[2] ?? '') : undefined;
}

function itemKey(kuan: string, xiang: string): string {
  return `item:${clean(kuan.replace(/^.*（类）/, '').replace(/^[“"\d.、\s]*[（(]?\d*[）)]?/, ''))}/${clean(xiang)}`;
}

/** The subject key of a cell: what two claims bound to it both speak of. */
export function cellKey(ref: CellRef): string {
  return `cell:${ref.table}/${ref.rowKey}/${ref.column}`;
}

function classRow(t05: Table | undefined, name: string): CellRef | undefined {
  const row = findByLabel(t05, 3, '', name);
  return row && t05 ? { table: t05.id, rowKey: row.key, column: 'total' } : undefined;
}

/** Sentence bounds (split at 。；) around an offset. */
const SENTENCE_END = /[。；;]/g;

/** Sentence bounds (split at 。；) around an offset, from the paragraph's precomputed sentence ends. */
function sentenceBounds(ends: readonly number[], length: number, at: number): [number, number] {
  let start = 0;
  for (const e of ends) {
    if (e >= at) return [start, e + 1];
    start = e + 1;
  }
  return [start, length];
}

/** Start of the clause (after the last ，：) that ends at `at`, not counting thousands separators. */
function clauseStart(text: string, from: number, at: number): number {
  const digit = (c: string) => c >= '0' && c <= '9';
  for (let i = at - 1; i >= from; i--) {
    const c = text.charAt(i);
    if (c === '，' || c === '：' || c === ':') return i + 1;
    if (c === ',' && !(digit(text.charAt(i - 1)) && digit(text.charAt(i + 1)))) return i + 1;
  }
  return from;
}

/**
 * Extracts every number-bearing claim of the 情况说明 and binds each to the table cell it talks about.
 * Pure: reads the tree, returns plain data.
 */
export function extractClaims(doc: Disclosure): Claim[] {
  const out: Claim[] = [];
  const t05 = doc.tables.find((t) => t.id === 't05');
  const f05 = doc.tables.find((t) => t.id === 'f05');
  const lexicon = lexiconFor(doc);

  const visit = (sec: Section, parent: SectionCtx) => {
    const heading = `${sec.numbering?.raw ?? ''}${sec.title}`;
    const title = unifyBracketsAndQuotes(sec.title);
    const cls = /^(.*?)（类）$/.exec(squash(title));
    const ctx: SectionCtx = {
      path: [...parent.path, heading],
      className: cls ? cls[1] : parent.className,
      inPerformance: parent.inPerformance || /绩效/.test(title),
      functional: (parent.path.length === 0 && /财政拨款支出/.test(title) && f05) || parent.functional,
    };
    const project = ctx.inPerformance ? /^(.+?)(?:项目)?绩效自评情况$/.exec(squash(title)) : null;
    const itemCell =
      itemRow(ctx.functional, ctx.className, sec.title) ??
      itemRow(ctx.functional, ctx.className, sec.paragraphs[0]?.text ?? '');
    const itemName = itemSubject(sec.title) ?? itemSubject(sec.paragraphs[0]?.text ?? '');
    const item: SectionItem = { ...(itemCell ? { cell: itemCell } : {}), ...(itemName ? { subject: itemName } : {}) };
    for (const p of sec.paragraphs) {
      const site = (start: number, end: number): ClaimSite => ({
        sectionPath: ctx.path,
        sentence: p.text.slice(start, end).trim(),
        ...(p.printed ? { printed: p.printed.slice(start, end).trim() } : {}),
        ...(p.source ? { source: p.source } : {}),
      });
      if (!/\d/.test(p.text)) continue; // no figure, no claim
      const text = unifyBracketsAndQuotes(p.text);
      if (project) {
        out.push(projectClaim(project[1] ?? '', text, site(0, p.text.length)));
        continue;
      }
      extractParagraph(doc, text, site, item, ctx.functional, lexicon, ctx.inPerformance, out);
    }
    for (const c of sec.children) visit(c, ctx);
  };
  for (const s of doc.narrative) visit(s, { path: [], inPerformance: false, functional: t05 });
  return out;
}

function projectClaim(name: string, text: string, site: ClaimSite): Claim {
  const get = (re: RegExp) => re.exec(text);
  const score = get(new RegExp(`自评得分\\s*(${NUM})\\s*分`));
  const budget = get(new RegExp(`全年预算数?为?\\s*(${NUM})\\s*万元`));
  const executed = get(new RegExp(`实际支出\\s*(${NUM})\\s*万元`));
  const rate = get(new RegExp(`完成年度预算的\\s*(${NUM})(?![\\d.])\\s*([%％])?`));
  return {
    kind: 'project',
    site,
    name,
    ...(score ? { score: fig(score[1]) } : {}),
    ...(budget ? { budget: fig(budget[1]) } : {}),
    ...(executed ? { executed: fig(executed[1]) } : {}),
    ...(rate ? { rate: fig(rate[1]) } : {}),
    rateHasSign: Boolean(rate?.[2]),
  };
}

function extractParagraph(
  doc: Doc,
  text: string,
  site: (start: number, end: number) => ClaimSite,
  item: SectionItem,
  t05: Table | undefined,
  lexicon: Lexicon,
  inPerformance: boolean,
  out: Claim[],
): void {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
  const bounds = (at: number) => sentenceBounds(ends, text.length, at);
  // Shares first: names inside "占…的" are wholes, never subjects of the figures around them.
  const shareSpans: Array<[number, number, RegExpMatchArray]> = [];
  for (const m of text.matchAll(SHARE_RE)) shareSpans.push([m.index, m.index + m[0].length, m]);
  const inShare = (a: number, b: number) => shareSpans.some(([s, e]) => a >= s && b <= e);
  const hits = allHits(text, lexicon);
  const purposes = [...text.matchAll(PURPOSE_RE)].map((m) => [m.index, m.index + m[0].length] as const);
  const inPurpose = (at: number) => purposes.some(([s, e]) => at >= s && at < e);
  /** The name nearest before `to` (from `from` on), not inside a "占…的" phrase. */
  const hitOutsideShares = (from: number, to: number) => lastHitIn(hits, from, to, (h) => inShare(h.start, h.end));

  // Amounts bound to the line their clause names.
  const mentions: Mention[] = [];
  let sentenceSubject: { sentence: number; entry?: LexiconEntry; cell?: CellRef; subject?: string } | undefined;
  for (const m of text.matchAll(AMOUNT_RE)) {
    const unit = m[2] ?? '万元';
    const start = m.index;
    const [ss, se] = bounds(start);
    const cs = clauseStart(text, ss, start);
    const clause = text.slice(cs, start);
    if (CHANGE_WORDS.test(clause) || inPerformance) {
      if (!inPerformance) continue;
    }
    const figure = fig(m[1]);
    if (!figure) continue;
    let cell: CellRef | undefined;
    let subject: string | undefined;
    const hit = hitOutsideShares(cs, start);
    const clsMatch = /([^、，,：:；;。]+?)（类）\s*$/.exec(clause);
    const triple = ITEM_TRIPLE_RE.exec(clause);
    if (triple) {
      cell = tripleRow(t05, triple[1] ?? '', triple[2] ?? '', triple[3] ?? '');
      subject = itemKey(triple[2] ?? '', triple[3] ?? '');
      sentenceSubject = { sentence: ss, subject, ...(cell ? { cell } : {}) };
    } else if (clsMatch && (!hit || cs + (clsMatch.index ?? 0) >= hit.end - 1)) {
      cell = classRow(t05, (clsMatch[1] ?? '').trim());
      subject = `class:${clean(clsMatch[1] ?? '')}`;
      sentenceSubject = { sentence: ss, subject, ...(cell ? { cell } : {}) };
    } else if (hit) {
      cell = resolveEntry(hit.entry, text.slice(hit.end, start), lexicon);
      sentenceSubject = { sentence: ss, entry: hit.entry };
      if (cell) subject = cellKey(cell);
    } else if ((item.cell || item.subject) && ITEM_PAIR_RE.test(clause) && !inPerformance) {
      // "法院（款）行政运行（项）支出" in the section of that item: the item's figure.
      cell = item.cell;
      subject = item.subject;
      sentenceSubject = { sentence: ss, ...(cell ? { cell } : {}), ...(subject ? { subject } : {}) };
    } else if (isPredicateOfThisYear(clause, doc.meta.fiscalYear) && !inPerformance) {
      const words = clause;
      const budgetWords = !lexicon.budget && /预算/.test(words) && !/决算/.test(words);
      if (sentenceSubject?.sentence === ss && sentenceSubject.entry) {
        cell = resolveEntry(sentenceSubject.entry, words, lexicon);
        if (cell) subject = cellKey(cell);
      } else if (sentenceSubject?.sentence === ss && (sentenceSubject.cell || sentenceSubject.subject)) {
        cell = budgetWords ? undefined : sentenceSubject.cell;
        subject = budgetWords ? undefined : sentenceSubject.subject;
      } else if (!budgetWords) {
        cell = item.cell;
        subject = item.subject;
      }
    }
    if (inPerformance && !cell) continue;
    const claim: AmountClaim = {
      kind: 'amount',
      site: site(ss, se),
      label: clause.trim(),
      figure,
      unit,
      ...(cell ? { cell } : {}),
      ...(subject ? { subject } : {}),
    };
    mentions.push({ start, end: start + m[0].length, claim });
    out.push(claim);
  }

  let firstSubject: LexiconHit | undefined | null = null; // computed on the first share without a whole
  for (const [start, , m] of shareSpans) {
    const percent = fig(m[2]);
    if (!percent) continue;
    const [ss, se] = bounds(start);
    const part = [...mentions].reverse().find((x) => x.end <= start && x.start >= ss - 200);
    let wholeCell: CellRef | undefined;
    const wholeLabel = m[1]?.trim();
    if (wholeLabel) {
      const e = exactHit(wholeLabel, lexicon);
      wholeCell = e ? resolveEntry(e, wholeLabel, lexicon) : undefined;
    } else {
      if (firstSubject === null) firstSubject = [...hits].sort((a, b) => a.start - b.start || b.end - a.end)[0];
      if (firstSubject && firstSubject.start < start) {
        wholeCell = resolveEntry(firstSubject.entry, text.slice(firstSubject.end, firstSubject.end + 6), lexicon);
      }
    }
    if (wholeCell && part?.claim.cell && sameCell(wholeCell, part.claim.cell)) wholeCell = undefined;
    const claim: ShareClaim = {
      kind: 'share',
      site: site(ss, se),
      percent,
      hasSign: Boolean(m[3]),
      ...(part ? { part: part.claim.figure, unit: part.claim.unit } : {}),
      ...(part?.claim.cell ? { partCell: part.claim.cell } : {}),
      ...(wholeLabel ? { wholeLabel } : {}),
      ...(wholeCell ? { wholeCell } : {}),
    };
    out.push(claim);
  }

  if (inPerformance) {
    extractProjectCounts(text, site, out);
    return;
  }

  const executions: Array<{ end: number; claim: ExecutionClaim }> = [];
  for (const m of text.matchAll(EXEC_RE)) {
    const budget = fig(m[1]);
    const actual = fig(m[2]);
    if (!budget || !actual) continue;
    const [ss] = bounds(m.index);
    const [, se] = bounds(m.index + m[0].length - 1);
    const actualAt = m.index + m[0].indexOf(m[2] ?? '', m[0].indexOf('万元'));
    const mention = mentions.find((x) => x.start === actualAt);
    const rate = fig(m[3]);
    const claim: ExecutionClaim = {
      kind: 'execution',
      site: site(ss, se),
      budget,
      actual,
      ...(rate ? { rate } : {}),
      rateHasSign: Boolean(m[4]),
      ...(mention?.claim.cell ? { cell: mention.claim.cell } : {}),
    };
    executions.push({ end: m.index + m[0].length, claim });
    out.push(claim);
  }

  const seen = new Set<string>();
  for (const m of text.matchAll(COMPARE_RE)) {
    // "决算数大于预算数的主要原因是…导致决算数大于预算数": one statement, said twice.
    const said = `${m[1]?.slice(0, 2)}${m[2]}${m[3]?.slice(0, 2)}`;
    if (seen.has(said)) continue;
    seen.add(said);
    const side = (w: string | undefined) => (w?.startsWith('决算') ? 'actual' : 'budget');
    const word = m[2] === '高于' ? '大于' : m[2] === '低于' ? '小于' : (m[2] as '大于' | '小于' | '等于');
    const exec = [...executions].reverse().find((x) => x.end <= m.index);
    const [ss, se] = bounds(m.index);
    out.push({
      kind: 'comparison',
      site: site(ss, se),
      word,
      left: side(m[1]),
      right: side(m[3]),
      ...(exec ? { execution: exec.claim } : {}),
    });
  }

  for (const m of text.matchAll(CHANGE_RE)) {
    const [, lead = '', words = '', word = '', first, firstUnit, secondWord, second, secondSign] = m;
    // "与上年统计口径一致相比": a remark on how figures are counted, not a change.
    // "与上年不一致": a negated comparison says nothing of the amount's direction.
    if (/口径|[不未]$/.test(words)) continue;
    const start = m.index;
    const [ss, se] = bounds(start);
    const firstIsRate = firstUnit === '%' || firstUnit === '％';
    const lastAmount = [...mentions].reverse().find((x) => x.end <= start);
    // Names in a purpose clause ("主要用于…的基本支出和项目支出") say what the money is for, not what changed.
    const hit = lastHitIn(hits, 0, start, (h) => inShare(h.start, h.end) || inPurpose(h.start));
    let current: Figure | undefined;
    let currentCell: CellRef | undefined;
    let subject: string | undefined;
    if (lastAmount && (!hit || lastAmount.end >= hit.end)) {
      current = lastAmount.claim.figure;
      currentCell = lastAmount.claim.cell;
      // What changed is named in the change's own sentence, or it is not known for sure.
      if (lastAmount.start >= ss) subject = lastAmount.claim.subject;
    } else if (hit) {
      currentCell = resolveEntry(hit.entry, text.slice(hit.end, start), lexicon);
      if (currentCell && hit.start >= ss) subject = cellKey(currentCell);
    }
    // "与2023年度相比，一般公共预算财政拨款支出减少…": the name between the lead and the word is what changed.
    const ws = start + lead.length;
    const named = lastHitIn(hits, ws, ws + words.length);
    const namedCell = named ? resolveEntry(named.entry, text.slice(named.end, ws + words.length), lexicon) : undefined;
    if (namedCell) subject = cellKey(namedCell);
    const stated = [...text.slice(ss, start).matchAll(STATED_PREVIOUS_RE)].at(-1);
    const amount = firstIsRate ? undefined : fig(first);
    const rate = firstIsRate ? fig(first) : fig(second);
    const unit = lastAmount?.claim.unit ?? (firstUnit && !firstIsRate ? firstUnit : undefined);
    const x = current ?? (currentCell ? cellFigure(doc, currentCell, unit) : undefined);
    const direction = changeDirection(word, firstIsRate ? undefined : secondWord);
    const previous =
      x && amount && direction !== 'conflict'
        ? fmt(
            direction === 'up'
              ? x.value.minus(amount.value)
              : direction === 'down'
                ? x.value.plus(amount.value)
                : x.value,
          )
        : undefined;
    const claim: ChangeClaim = {
      kind: 'change',
      site: site(ss, se),
      word,
      basis: changeBasis(lead, doc),
      ...(current ? { current } : {}),
      ...(currentCell ? { currentCell } : {}),
      ...(subject ? { subject } : {}),
      ...(amount ? { amount } : {}),
      ...(firstIsRate ? { rateWord: word } : secondWord ? { rateWord: secondWord } : {}),
      ...(rate ? { rate } : {}),
      rateHasSign: firstIsRate ? true : Boolean(secondSign),
      ...(previous ? { previous } : {}),
      ...(stated?.[1] && fig(stated[1]) ? { statedPrevious: fig(stated[1]) } : {}),
      ...(unit ? { unit } : {}),
    };
    out.push(claim);
  }

  for (const [re, rowKey, label] of COUNTS) {
    for (const m of text.matchAll(re)) {
      const figure = fig(m[1]);
      if (!figure) continue;
      const [ss, se] = bounds(m.index);
      const claim: CountClaim = {
        kind: 'count',
        site: site(ss, se),
        label,
        figure,
        cell: { table: 't09', rowKey, column: 'count' },
      };
      out.push(claim);
    }
  }
}

function extractProjectCounts(text: string, site: (s: number, e: number) => ClaimSite, out: Claim[]): void {
  const ends = [...text.matchAll(SENTENCE_END)].map((m) => m.index);
  for (const m of text.matchAll(PROJECT_COUNT_RE)) {
    const count = fig(m[1]);
    if (!count) continue;
    const [ss, se] = sentenceBounds(ends, text.length, m.index);
    const funds = fig(m[2]);
    out.push({ kind: 'project-count', site: site(ss, se), count, ...(funds ? { funds } : {}) });
  }
}

/**
 * What a change is measured against, normalised so that two sentences about the same comparison read the same:
 * "比上年" and "与2023年度相比，" in a 2024 决算 → "2023年决算"; "比2022年预算执行数" → "2022年执行". A lead that
 * names no kind of figure means the document's own kind in a 决算 (上年决算); in a 预算 it stays open ("2022年"),
 * since "上年" there may be last year's 预算 or its execution.
 */
export function changeBasis(lead: string, doc: Doc): string {
  const year = doc.meta.fiscalYear;
  let t = lead.replace(/\s+/g, '');
  if (t === '同比') t = '上年';
  t = t
    .replace(/^(?:比|较|与|同|相比|对比)/, '')
    .replace(/(?:相比较?|比较|对比)?[，,]?$/, '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/^(?:上一?年度?|去年)/, `${year - 1}年`)
    .replace(/^(\d{4})年度?/, '$1年')
    .replace(/当年|年初/g, '')
    .replace(/预算执行数?|执行数|实际数/, '执行')
    .replace(/(预算|决算)数/, '$1');
  return /\d{4}年$/.test(t) && (doc.meta.documentKind ?? '决算') === '决算' ? `${t}决算` : t;
}

export function sameCell(a: CellRef, b: CellRef): boolean {
  return a.table === b.table && a.rowKey === b.rowKey && a.column === b.column;
}

/** What the words of a change say: up (增加/增长), down (减少/下降), flat (持平), or both at once. */
export function changeDirection(word: string, rateWord: string | undefined): 'up' | 'down' | 'flat' | 'conflict' {
  const dir = (w: string) => (/增加|增长|上升/.test(w) ? 'up' : /减少|下降|降低/.test(w) ? 'down' : 'flat');
  const a = dir(word);
  if (rateWord === undefined) return a;
  const b = dir(rateWord);
  return a === b ? a : 'conflict';
}

import type { Disclosure } from '../../model/disclosure.js';
import type { Location } from '../../model/finding.js';
import type { ShareClaim } from '../claims/types.js';
import { amountInterval, fmt, parseFigure, percentInterval, type Figure } from '../figures.js';
import { certainlyBelow, exact, sum, type Interval } from '../interval.js';
import { paragraphsOf } from '../fix/locate.js';
import { siteLocation } from '../locate.js';
import type { Certainty, Report, Rule } from '../types.js';

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;
const re = (s: string) => new RegExp(s.replace('NUM', NUM));
/**
 * 政府采购 figures of the narrative: the total, its three kinds, and the contracts awarded (决算) or reserved (预算)
 * for SMEs. A 预算 names them "政府采购预算 117.00 万元，其中：政府采购货物预算 17.00 万元…", "拟购买货物 525.4 万元",
 * "预留给小型和微型企业的政府采购项目预算为 232.40 万元".
 */
const PROCUREMENT = {
  total: re(String.raw`政府采购(?:支出|预算)?(?:总额|总金额|金额|合计|预算)?(?:[（(][^）)]*[）)])?为?\s*NUM\s*万元`),
  goods: re(String.raw`货物(?:采购)?(?:支出|预算)?(?:金额)?为?\s*NUM\s*万元`),
  works: re(String.raw`工程(?:采购)?(?:支出|预算)?(?:金额)?为?\s*NUM\s*万元`),
  services: re(String.raw`服务(?:采购)?(?:支出|预算)?(?:金额)?为?\s*NUM\s*万元`),
  sme: re(String.raw`授予中小企业(?:合同)?(?:金额)?为?\s*NUM\s*万元`),
  small: re(String.raw`授予小微企业(?:合同)?(?:金额)?为?\s*NUM\s*万元`),
  smeReserved: re(String.raw`(?:面向|预留给)中小(?:微)?企业(?:的)?(?:预留)?[^。；，]*?(?:金额|预算)为?\s*NUM\s*万元`),
  smallReserved: re(
    String.raw`(?:面向|预留给)(?:小微|小型和微型|小型、微型)企业(?:的)?(?:预留)?[^。；，]*?(?:金额|预算)为?\s*NUM\s*万元`,
  ),
} as const;

/**
 * "编报绩效目标的项目共4个，涉及项目预算资金598.46万元。其中：中介机构服务费418.80万元，财政业务费10.00万元，……": the
 * count, the total and the list after 其中 (up to the sentence's end).
 */
const PROJECTS = new RegExp(
  String.raw`(?:项目[^。；;，,\d]{0,6}?(\d+)\s*个|(\d+)\s*个[^。；;，,\d]{0,6}?项目)[^。；;]*?涉及[^。；;\d]{0,12}?${NUM}\s*万元[。；，,]?\s*其中[：:]?([^。]+)`,
  'g',
);
/** One item of the list: a name and its amount, nothing after; a change or a share is no item. */
const NOT_AN_ITEM = /[增减比较占%％]/;
const LIST_ITEM = new RegExp(String.raw`^\s*[^\d\s][^\d]*?${NUM}\s*万元\s*$`);

/** Parts stated in the narrative cannot exceed their whole: 政府采购 kinds and SME awards, shares of one whole. */
export const narrativePartsVsWhole: Rule = {
  meta: {
    id: 'narrative/parts-vs-whole',
    category: 'narrative',
    title: '情况说明中部分不大于整体',
    description:
      '情况说明中列出的部分不能超过整体：政府采购的货物、工程、服务之和不能超过政府采购总额（三项都写出而合计小于总额时警告），授予中小企业合同金额不能超过总额，其中授予小微企业的不能超过授予中小企业的；预算中面向中小企业预留的金额同理（不超过政府采购预算，预留给小型和微型企业的不超过面向中小企业预留的）；同一段中对同一整体所写的各项占比之和不能超过 100%；“项目共 N 个，涉及资金 X 万元。其中：甲 A 万元，乙 B 万元……”所列项目金额之和不能超过 X，列全 N 个项目时应等于 X（不等时警告）。按四舍五入区间判断。',
    example:
      '“政府采购支出总额 108.22 万元，其中：货物 100.00 万元、工程 10.00 万元、服务 0 万元”：三项之和 110.00 万元超过总额',
    defaultSeverity: 'error',
    noFixReason: '无法确定是整体还是哪一部分写错，请人工核对',
    subject: ['what'],
    messages: {
      exceeds: '{{what}}：{{parts}} 为 {{partSum}} 万元，超过{{whole}} {{wholeValue}} 万元',
      short: '{{what}}：{{parts}} 为 {{partSum}} 万元，小于{{whole}} {{wholeValue}} 万元，三项之和应等于总额',
      sharesOver: '同一段中对“{{whole}}”所写的占比 {{shares}} 相加为 {{total}}，超过 100%',
      shortList:
        '{{what}}：已逐一列出全部 {{count}} 个项目，其金额之和 {{partSum}} 万元小于{{whole}} {{wholeValue}} 万元，应相等',
    },
  },
  run({ doc, claims }) {
    const out: Report[] = [];
    for (const p of paragraphsOf(doc)) {
      const sectionText = p.owner.paragraphs.map((x) => x.text).join('');
      if (p.paragraph !== 0 || !sectionText.includes('采购')) continue;
      const loc: Location = p.para.source ? { source: p.para.source } : {};
      const get = (k: keyof typeof PROCUREMENT) => fig(PROCUREMENT[k].exec(sectionText)?.[1]);
      const total = get('total');
      const kinds = [get('goods'), get('works'), get('services')];
      const stated = kinds.filter((k): k is Figure => k !== undefined);
      if (total && stated.length > 0) {
        const s = sum(stated.map(amountInterval));
        const w = amountInterval(total);
        const data = {
          what: '政府采购',
          parts: stated.length === 3 ? '货物、工程、服务之和' : '所列各类采购之和',
          partSum: fmt(stated.reduce((a, k) => a.plus(k.value), exact(0).lo)),
          whole: '政府采购总额',
          wholeValue: total.text,
        };
        if (certainlyBelow(w, s)) out.push(make('exceeds', 'certain', data, loc));
        else if (stated.length === 3 && certainlyBelow(s, w)) out.push(make('short', 'suspicious', data, loc));
      }
      const pairs: ReadonlyArray<readonly [Figure | undefined, Figure | undefined, string, string]> = [
        [get('sme'), total, '授予中小企业合同金额', '政府采购总额'],
        [get('smeReserved'), total, '面向中小企业预留金额', '政府采购总额'],
        [get('small'), get('sme'), '授予小微企业合同金额', '授予中小企业合同金额'],
        [get('smallReserved'), get('smeReserved'), '面向小微企业预留金额', '面向中小企业预留金额'],
      ];
      for (const [part, whole, partName, wholeName] of pairs) {
        if (!part || !whole || !certainlyBelow(amountInterval(whole), amountInterval(part))) continue;
        out.push(
          make(
            'exceeds',
            'certain',
            { what: '政府采购', parts: partName, partSum: part.text, whole: wholeName, wholeValue: whole.text },
            loc,
          ),
        );
      }
    }
    out.push(...projectLists(doc));
    out.push(...sharesOver(claims.filter((c): c is ShareClaim => c.kind === 'share' && c.hasSign)));
    return out;
  },
};

/**
 * A count of projects with their total and, after 其中, each project's amount: the amounts cannot add to more than
 * the total; when the list names as many projects as the count, they should add to it (warning). A list whose pieces
 * are not all "name amount" is not read.
 */
function projectLists(doc: Disclosure): Report[] {
  const out: Report[] = [];
  for (const p of paragraphsOf(doc)) {
    for (const m of p.para.text.matchAll(PROJECTS)) {
      const total = fig(m[3]);
      const pieces = (m[4] ?? '').split(/[，,；;]/).filter((x) => x.trim() !== '');
      if (pieces.some((x) => NOT_AN_ITEM.test(x))) continue;
      const items = pieces.map((x) => fig(LIST_ITEM.exec(x)?.[1]));
      if (!total || items.length < 2 || items.some((x) => x === undefined)) continue;
      const parts = items as Figure[];
      const s = sum(parts.map(amountInterval));
      const w = amountInterval(total);
      const count = Number(m[1] ?? m[2]);
      const loc: Location = {
        sectionPath: p.path,
        sentence: m[0],
        ...(p.para.source ? { source: p.para.source } : {}),
      };
      const data = {
        what: '项目清单',
        parts: `所列 ${parts.length} 个项目之和`,
        partSum: fmt(parts.reduce((a, k) => a.plus(k.value), exact(0).lo)),
        whole: '涉及资金',
        wholeValue: total.text,
        count: String(count),
      };
      if (certainlyBelow(w, s)) out.push(make('exceeds', 'certain', data, loc));
      else if (parts.length === count && certainlyBelow(s, w)) out.push(make('shortList', 'suspicious', data, loc));
    }
  }
  return out;
}

function fig(text: string | undefined): Figure | undefined {
  return text === undefined ? undefined : parseFigure(text);
}

function make(messageId: string, certainty: Certainty, data: Record<string, string>, loc: Location): Report {
  return { messageId, certainty, data, locations: [loc], actual: data.partSum, expected: `≤ ${data.wholeValue}` };
}

/** Shares of one named whole within one paragraph: their sum cannot exceed 100 % beyond rounding. */
function sharesOver(shares: readonly ShareClaim[]): Report[] {
  const groups = new Map<string, ShareClaim[]>();
  for (const c of shares) {
    const whole = c.wholeCell ? `${c.wholeCell.table}[${c.wholeCell.rowKey}].${c.wholeCell.column}` : c.wholeLabel;
    if (!whole) continue; // the whole is not named: shares of different wholes may stand side by side
    const src = c.site.source;
    const key = `${c.site.sectionPath.join('›')}#${src?.line ?? ''}:${src?.page ?? ''}:${src?.paragraph ?? ''}#${whole}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Report[] = [];
  for (const list of groups.values()) {
    const distinct = [...new Map(list.map((c) => [`${c.site.sentence}|${c.percent.text}`, c])).values()];
    // When every share names its part and whole, narrative/share judges each one: a sum above 100 % is then
    // already a wrong share there (one cause, one finding).
    if (distinct.length < 2 || distinct.every((c) => c.part && c.wholeCell)) continue;
    const total: Interval = sum(distinct.map((c) => percentInterval(c.percent)));
    if (!certainlyBelow(exact(1), total)) continue;
    const first = distinct[0] as ShareClaim;
    out.push({
      messageId: 'sharesOver',
      data: {
        whole: first.wholeLabel ?? '同一整体',
        shares: distinct.map((c) => `${c.percent.text}%`).join(' + '),
        total: `${fmt(distinct.reduce((a, c) => a.plus(c.percent.value), exact(0).lo))}%`,
        what: 'shares',
      },
      locations: [siteLocation(first.site)],
      expected: '≤ 100%',
    });
  }
  return out;
}

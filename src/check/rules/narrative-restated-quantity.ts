import { foldForMatching } from '../../model/concepts/text.js';
import type { Disclosure } from '../../model/disclosure.js';
import { isAmountUnit, unitExponent } from '../../model/money.js';
import { cellKey, changeDirection } from '../claims/extract.js';
import type { AmountClaim, ChangeClaim, ClaimSite } from '../claims/types.js';
import { amountInterval, percentInterval, type Figure } from '../figures.js';
import { overlaps, scale, type Interval } from '../interval.js';
import { cellFigure, describeCell, siteLocation, tableOf } from '../locate.js';
import type { Report, Rule } from '../types.js';

/**
 * The same quantity stated twice must be stated alike: two amounts of one item or table line (its first line and
 * "2023年预算安排 X 万元" later, or two sections naming one total), and two changes of one figure against one
 * basis ("与上年相比持平" here, "比上年减少 63.14 万元" there).
 */
export const narrativeRestatedQuantity: Rule = {
  meta: {
    id: 'narrative/restated-quantity',
    category: 'narrative',
    title: '同一数额前后说法一致',
    description:
      '情况说明中同一个数额说了两次，两处必须一致：同一项目在首句和后文（“预算安排 X 万元”“支出 X 万元”）写的金额，不同部分写同一报表数的金额；同一数额与同一比较基数（上年、上年预算、上年执行数）相比的增减方向和增减额。报表中有该数时，金额与报表的差异由 narrative/amount-vs-table 报告，本规则不重复；报表中没有（未读到或未公开）时由本规则比较两处说法。比较基数不同（比上年预算、比上年执行数）的两处变动不比较。',
    example:
      '“（16）……机关事业单位职业年金缴费支出（项）220.63 万元”，后文“2023 年预算安排 441.25 万元”；一处写“与上年相比持平”，另一处写“比上年减少 63.14 万元”',
    defaultSeverity: 'error',
    noFixReason: '两处说法中哪一处正确只能由编制人判断，请核对后修改',
    subject: ['subject'],
    messages: {
      amountTwice: '{{subject}}在此写为 {{stated}}，但{{where}}写为 {{other}}，同一数额前后不一致',
      directionTwice: '{{subject}}与{{basis}}相比，此处写“{{stated}}”，但{{where}}写“{{other}}”，增减方向前后矛盾',
      changeTwice: '{{subject}}与{{basis}}相比，此处写“{{stated}}”，但{{where}}写“{{other}}”，增减幅度前后不一致',
    },
  },
  run({ doc, claims }) {
    const out: Report[] = [];
    const amounts = new Map<string, AmountClaim[]>();
    const changes = new Map<string, ChangeClaim[]>();
    for (const c of claims) {
      if (c.kind === 'amount') {
        const key = amountKey(doc, c);
        if (key) amounts.set(key, [...(amounts.get(key) ?? []), c]);
      } else if (c.kind === 'change') {
        const key = changeKey(c);
        if (key) changes.set(key, [...(changes.get(key) ?? []), c]);
      }
    }
    for (const list of amounts.values()) out.push(...restatedAmounts(doc, list));
    for (const list of changes.values()) out.push(...restatedChanges(doc, list));
    return out;
  },
};

/**
 * What an amount is of, when only the narrative can judge it: a cell the tables hold is judged against the table
 * by narrative/amount-vs-table (one cause, one finding). An item is compared within its own section only: the
 * same item may be stated for all funds in one section and for 财政拨款 in another.
 */
function amountKey(doc: Disclosure, c: AmountClaim): string | undefined {
  // A table line's name may end a longer name ("财政专户管理资金收入预算总计" ends in "收入预算总计"): two
  // statements of one line are compared only when they name it in the same words.
  if (c.cell) return cellFigure(doc, c.cell) === undefined ? `${cellKey(c.cell)}|${labelWords(c.label)}` : undefined;
  return c.subject?.startsWith('item:') ? `${c.subject}@${c.site.sectionPath.join('/')}` : undefined;
}

/** A label without its numbering, organisation and year ("（一）江苏省高级人民法院2017年度收入预算总计" → "收入预算总计"). */
function labelWords(label: string): string {
  return foldForMatching(
    label.replace(/^.*\d{4}\s*年度?/, '').replace(/^[（(]?[一二三四五六七八九十\d]+[）)．.、]?/, ''),
  ).replace(/为$/, '');
}

function changeKey(c: ChangeClaim): string | undefined {
  // Only a change whose sentence names what changed (the extractor leaves `subject` out otherwise).
  const subject = c.subject;
  if (!subject || c.basis === undefined) return undefined;
  const where = subject.startsWith('item:') ? `@${c.site.sectionPath.join('/')}` : '';
  return `${subject}${where}|${c.basis}`;
}

/** The values a printed amount stands for, in 元, so that 万元 and 元 statements compare. */
function inYuan(f: Figure, unit: string | undefined): Interval {
  const u = isAmountUnit(unit) ? unit : '万元';
  return scale(amountInterval(f), `1e${unitExponent(u)}`);
}

function restatedAmounts(doc: Disclosure, list: readonly AmountClaim[]): Report[] {
  const first = list[0];
  if (!first) return [];
  const out: Report[] = [];
  const base = inYuan(first.figure, first.unit);
  for (const c of list.slice(1)) {
    if (overlaps(base, inYuan(c.figure, c.unit))) continue;
    out.push({
      messageId: 'amountTwice',
      data: {
        subject: subjectName(doc, first),
        stated: `${c.figure.text} ${c.unit ?? '万元'}`,
        other: `${first.figure.text} ${first.unit ?? '万元'}`,
        where: where(first.site, c.site),
      },
      locations: [siteLocation(c.site)],
      related: [siteLocation(first.site)],
      expected: first.figure.text,
      actual: c.figure.text,
    });
  }
  return out;
}

function restatedChanges(doc: Disclosure, list: readonly ChangeClaim[]): Report[] {
  const out: Report[] = [];
  const said = (c: ChangeClaim) =>
    [c.word, c.amount ? `${c.amount.text} ${c.unit ?? '万元'}` : '', c.rate && c.rateHasSign ? `${c.rate.text}%` : '']
      .filter(Boolean)
      .join(' ');
  // Each change against the first one of its kind that can be judged (a conflict of its own words is
  // narrative/direction-word's).
  const judged = list.filter((c) => changeDirection(c.word, c.rateWord) !== 'conflict');
  const first = judged[0];
  if (!first) return [];
  const dir = changeDirection(first.word, first.rateWord);
  for (const c of judged.slice(1)) {
    // Two different current figures are two quantities (or an amount stated twice: amountTwice's).
    if (first.current && c.current && !overlaps(inYuan(first.current, first.unit), inYuan(c.current, c.unit))) continue;
    const d = changeDirection(c.word, c.rateWord);
    const data = {
      subject: changeSubject(doc, first),
      basis: first.basis ?? '',
      stated: said(c),
      other: said(first),
      where: where(first.site, c.site),
    };
    const report = (messageId: string): Report => ({
      messageId,
      data,
      locations: [siteLocation(c.site)],
      related: [siteLocation(first.site)],
      expected: said(first),
      actual: said(c),
    });
    if (d !== dir) {
      // "持平" beside a change of 0.00 says the same thing.
      const zero = (x: ChangeClaim) => x.amount?.value.isZero() === true;
      if ((d === 'flat' && zero(first)) || (dir === 'flat' && zero(c))) continue;
      out.push(report('directionTwice'));
      continue;
    }
    const amountsDiffer =
      first.amount && c.amount && !overlaps(inYuan(first.amount, first.unit), inYuan(c.amount, c.unit));
    const ratesDiffer =
      first.rate &&
      c.rate &&
      first.rateHasSign &&
      c.rateHasSign &&
      !overlaps(percentInterval(first.rate), percentInterval(c.rate));
    if (amountsDiffer || ratesDiffer) out.push(report('changeTwice'));
  }
  return out;
}

/** "前文“一、收入支出预算总体情况”" — where the other statement is, from this one's point of view. */
function where(other: ClaimSite, here: ClaimSite): string {
  const a = other.sectionPath.join('/');
  if (a === here.sectionPath.join('/')) return '同一部分前文';
  return `“${other.sectionPath.at(-1) ?? ''}”`;
}

function subjectName(doc: Disclosure, c: AmountClaim): string {
  if (c.cell && tableOf(doc, c.cell.table)) return describeCell(doc, c.cell);
  if (c.subject?.startsWith('item:')) return itemName(c.subject);
  return `“${c.label.replace(/为$/, '')}”`;
}

function changeSubject(doc: Disclosure, c: ChangeClaim): string {
  if (c.currentCell && tableOf(doc, c.currentCell.table)) return describeCell(doc, c.currentCell);
  if (c.subject?.startsWith('item:')) return itemName(c.subject);
  const lead = c.site.sentence.split(/[，,]/)[0] ?? c.site.sentence;
  return `“${lead.slice(0, 30)}”`;
}

function itemName(subject: string): string {
  const [kuan, xiang] = subject.slice('item:'.length).split('/');
  return `“${kuan ?? ''}（款）${xiang ?? ''}（项）”`;
}

/**
 * How disclosures state a change against an earlier figure, as RegExp sources (no capturing groups) the layout
 * definitions compose into their `phrasing.changeLeadPattern`. The claim extractor reads the union of every
 * layout's lead, so a sentence is read whichever layout the document was detected as.
 *
 * What a change is measured against: 上年 / 上年度 / 上一年度 / 2023年(度), optionally the figure's kind —
 * 预算 (a 预算 against last year's 预算), 预算执行数 / 执行数 (against last year's execution), 决算(数).
 */
export const CHANGE_BASIS = String.raw`(?:上一?年度?|去年|\d{4}\s*年度?)(?:\s*[（(][^）)]{0,12}[）)])?(?:当年)?(?:年初)?(?:预算执行数|预算执行|执行数|预算数?|决算数?|实际数)?`;

/**
 * The leads: "比上年", "较2024年预算", "与2023年度相比，", "与2024年预算", "同比", "相比上年", "对比上年".
 * "与…" needs no 相比 ("与2024年预算持平").
 */
export const CHANGE_LEADS: readonly string[] = [
  String.raw`(?:比|较)\s*${CHANGE_BASIS}`,
  String.raw`(?:与|同)\s*${CHANGE_BASIS}\s*(?:相比较?|比较|对比)?\s*[，,]?`,
  String.raw`(?:相比|对比)\s*${CHANGE_BASIS}\s*[，,]?`,
  String.raw`同比`,
];

/** Every lead as one alternation (a RegExp source without capturing groups). */
export const ANY_CHANGE_LEAD = CHANGE_LEADS.map((p) => `(?:${p})`).join('|');

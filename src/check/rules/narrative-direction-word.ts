import type { Disclosure } from '../../model/disclosure.js';
import { changeDirection } from '../claims/extract.js';
import type { ChangeClaim } from '../claims/types.js';
import { fmt, fmtPercent, roundsToPercent } from '../figures.js';
import { sentenceFix } from '../fix/locate.js';
import { cellLocation, siteLocation } from '../locate.js';
import type { Report, Rule } from '../types.js';
import { currentOf } from './narrative-growth-rate.js';

/** 增加/减少 and 增长/下降 of one change agree; 持平 only when nothing changed. */
export const narrativeDirectionWord: Rule = {
  meta: {
    id: 'narrative/direction-word',
    category: 'narrative',
    title: '增减方向用词一致',
    description:
      '“比上年增加/减少 Y 万元，增长/下降 Z%”中前后两个方向词必须一致（增加—增长，减少—下降）；“持平”时变动额应为 0。报告时给出两种理解下的上年数和增减率，便于判断哪个词写错。',
    example: '“机关运行经费支出 46.89 万元，比上年减少 5.44 万元，增长 13.12%”：“减少”与“增长”矛盾',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      conflict: '“{{word}} {{amount}} 万元”与“{{rateWord}} {{rate}}”方向相反。{{readings}}',
      flatButChanged: '写“持平”，但变动额为 {{amount}} 万元',
    },
  },
  run({ doc, claims }) {
    return claims.flatMap((c) => (c.kind === 'change' ? check(doc, c) : []));
  },
};

function check(doc: Disclosure, c: ChangeClaim): Report[] {
  const dir = changeDirection(c.word, c.rateWord);
  const related = c.currentCell ? [cellLocation(doc, c.currentCell)] : [];
  if (dir === 'flat' && c.amount && !c.amount.value.isZero()) {
    return [
      { messageId: 'flatButChanged', data: { amount: c.amount.text }, locations: [siteLocation(c.site)], related },
    ];
  }
  if (dir !== 'conflict') return [];
  const x = currentOf(doc, c);
  let readings = '';
  let fix: ReturnType<typeof sentenceFix>;
  const extra: Record<string, string> = {};
  if (x && c.amount) {
    const upPrev = x.value.minus(c.amount.value);
    const downPrev = x.value.plus(c.amount.value);
    const upRate = upPrev.isZero() ? undefined : c.amount.value.div(upPrev);
    const downRate = c.amount.value.div(downPrev);
    readings =
      `按增加理解：上年 ${fmt(upPrev)} 万元，增长 ${upRate ? fmtPercent(upRate) : '—'}；` +
      `按减少理解：上年 ${fmt(downPrev)} 万元，下降 ${fmtPercent(downRate)}。`;
    extra.previousIfIncrease = fmt(upPrev);
    extra.previousIfDecrease = fmt(downPrev);
    if (upRate) extra.rateIfIncrease = fmtPercent(upRate);
    extra.rateIfDecrease = fmtPercent(downRate);
    // The stated rate decides which word is wrong, when it fits exactly one reading.
    const upFits = Boolean(c.rate && c.rateHasSign && upRate && roundsToPercent(c.rate, upRate));
    const downFits = Boolean(c.rate && c.rateHasSign && roundsToPercent(c.rate, downRate));
    if (upFits !== downFits) {
      const [wrongWord, wrongRate] = upFits ? (['减少', '下降'] as const) : (['增加', '增长'] as const);
      const [word, rateWord] = upFits ? (['增加', '增长'] as const) : (['减少', '下降'] as const);
      if (c.word === wrongWord) fix = sentenceFix(doc, c.site, { before: wrongWord, text: word });
      else if (c.rateWord === wrongRate) fix = sentenceFix(doc, c.site, { before: wrongRate, text: rateWord });
    }
  }
  return [
    {
      messageId: 'conflict',
      data: {
        word: c.word,
        amount: c.amount?.text ?? '',
        rateWord: c.rateWord ?? '',
        rate: c.rate ? `${c.rate.text}%` : '',
        readings,
      },
      locations: [siteLocation(c.site)],
      related,
      expected: `${c.word}…${c.word === '增加' ? '增长' : '下降'} 或 ${c.rateWord === '增长' ? '增加' : '减少'}…${c.rateWord}`,
      actual: `${c.word}…${c.rateWord ?? ''}`,
      extra,
      ...(fix ? { fix } : {}),
    },
  ];
}

/**
 * Whether a page's text layer can be trusted. A PDF whose fonts map their glyphs to the wrong characters (a
 * missing or wrong ToUnicode map) shows the right text on screen but yields private-use characters, U+FFFD,
 * control characters, Kangxi radicals, Latin letter soup, or valid but random ideographs when extracted. Read as
 * it is, such a page gives dozens of false findings; it is reported as unreadable instead.
 */

/** Characters no real text layer of a Chinese document is made of. */
function unreadable(c: string): boolean {
  const cp = c.codePointAt(0) ?? 0;
  return (
    (cp < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') ||
    (cp >= 0x7f && cp <= 0x9f) ||
    (cp >= 0x2e80 && cp <= 0x2fdf) || // radicals, which a broken map gives for the ideographs sharing their glyphs
    (cp >= 0xe000 && cp <= 0xf8ff) ||
    cp === 0xfffd ||
    cp >= 0xf0000
  );
}
const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/gu;
const LATIN = /[A-Za-z]/g;
/**
 * The characters every page of Chinese government prose or tables is full of: in a real text layer they make up a
 * large share of the ideographs (a third or more); ideographs mapped at random almost never are these.
 */
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面' +
    '而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性' +
    '好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第' +
    '向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管' +
    '特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处' +
    '队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清美再采转更单风' +
    '切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许' +
    '步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列' +
    '习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派' +
    '层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严预拨款额财费项用款支出收入决算经费',
);

export interface PageTextVerdict {
  readonly page: number;
  /** Why the page's text cannot be trusted (Chinese, for the message); undefined when it can. */
  readonly reason?: string;
}

/** Judges one page's extracted text; pages with too little text to judge pass. */
export function judgeTextLayer(page: number, text: string): PageTextVerdict {
  const chars = [...text.replace(/\s+/g, '')];
  if (chars.length < 20) return { page };
  const share = (re: RegExp) => (text.match(re)?.length ?? 0) / chars.length;
  const bad = chars.filter(unreadable).length / chars.length;
  if (bad >= 0.1) return { page, reason: `${percent(bad)} 的字符是私用区字符、替换符（�）、控制字符或部首` };
  const cjk = text.match(CJK) ?? [];
  if (cjk.length < chars.length * 0.05 && share(LATIN) >= 0.5 && !readsAsWords(text)) {
    return { page, reason: '几乎没有汉字，大多是无意义的拉丁字母' };
  }
  if (cjk.length >= 60) {
    const common = commonShare(cjk);
    if (common < 0.15) return { page, reason: `汉字分布异常：常用字只占 ${percent(common)}，像是被映射到了错误的字` };
  }
  return { page };
}

/**
 * Letter pairs that make up about half of the pairs in English prose, and many in French, German or Spanish; out of
 * the 676 pairs, letters a broken map gives at random hit them a few times in a hundred.
 */
const COMMON_PAIRS = new Set(
  'th he in er an re on at en nd ti es or te of ed is it al ar st to nt ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce'.split(
    ' ',
  ),
);

/**
 * Whether Latin letters read as words of a language (a document in English, say: not a disclosure, but not a
 * broken text layer either) rather than letter soup.
 */
function readsAsWords(text: string): boolean {
  let pairs = 0;
  let common = 0;
  for (const run of text.toLowerCase().match(/[a-z]{2,}/g) ?? []) {
    for (let i = 0; i + 1 < run.length; i++) {
      pairs++;
      if (COMMON_PAIRS.has(run.slice(i, i + 2))) common++;
    }
  }
  return pairs >= 40 && common / pairs >= 0.25;
}

/** The share of the most common characters among ideographs. */
export function commonShare(ideographs: readonly string[]): number {
  return ideographs.length === 0 ? 1 : ideographs.filter((c) => COMMON.has(c)).length / ideographs.length;
}

/** Pages whose text layer is garbled, in order. */
export function garbledPages(pages: readonly { page: number; text: string }[]): PageTextVerdict[] {
  return pages.map((p) => judgeTextLayer(p.page, p.text)).filter((v) => v.reason !== undefined);
}

/** "第 3、5–9 页" */
export function pageList(pages: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < pages.length;) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === (pages[j] ?? 0) + 1) j++;
    runs.push(j > i + 1 ? `${pages[i]}–${pages[j]}` : j === i + 1 ? `${pages[i]}、${pages[j]}` : `${pages[i]}`);
    i = j + 1;
  }
  return `第 ${runs.join('、')} 页`;
}

function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

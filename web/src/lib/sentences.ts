/** A paragraph cut into sentences at 。；！？ (kept with their sentence), as the checker reads 情况说明. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (const ch of text) {
    cur += ch;
    if ('。；！？;'.includes(ch)) {
      out.push(cur);
      cur = '';
    }
  }
  if (cur.trim()) out.push(cur);
  return out;
}

/** A sentence that states an amount or a rate (万元, 元, %, 个百分点): the ones the checker compares with the tables. */
export function bearsNumber(sentence: string): boolean {
  return /\d[\d,，.]*\s*(万元|亿元|元|%|％|个百分点)/.test(sentence);
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Whether a finding's quoted sentence is (part of) this sentence, ignoring the spaces extraction puts in. */
export function sameSentence(printed: string, quoted: string): boolean {
  const a = squash(printed);
  const b = squash(quoted);
  return a.length > 0 && b.length > 0 && (a.includes(b) || b.includes(a));
}

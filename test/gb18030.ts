/**
 * Text encoded as GB18030 (a superset of GB2312/GBK), for tests of documents published in it: Node encodes only
 * UTF-8, so the table is built from TextDecoder's GB18030 mapping of every two-byte code.
 */
export function encodeGb18030(text: string): Uint8Array {
  const table = new Map<string, [number, number]>();
  const decoder = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([a, b]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [a, b]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no two-byte GB18030 code for ${ch}`);
      out.push(...pair);
    }
  }
  return new Uint8Array(out);
}

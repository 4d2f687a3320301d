/** Joining the pieces of a line that an extraction wrapped (the text folding itself: model/concepts/text.ts). */

/** Joins two pieces of a wrapped Chinese line: no space, except between two Latin letters or digits. */
export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

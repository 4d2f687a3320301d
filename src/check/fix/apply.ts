import type { Disclosure } from '../../model/disclosure.js';
import type { Finding, Fix, Location } from '../../model/finding.js';
import type { Section } from '../../model/narrative.js';
import { reasonSpans, sectionAt } from './locate.js';

/** One change made by a fix, for the list `juesuan fix` prints. */
export interface AppliedFix {
  readonly ruleId: string;
  readonly message: string;
  readonly location?: Location;
  /** The changed piece with some context, before and after. */
  readonly before: string;
  readonly after: string;
}

/** A fix that was not applied, and why (overlaps another, stale, would touch a reason). */
export interface SkippedFix {
  readonly finding: Finding;
  readonly reason: string;
}

export interface FixPass {
  readonly doc: Disclosure;
  readonly applied: readonly AppliedFix[];
  readonly skipped: readonly SkippedFix[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const CONTEXT = 8;

function keyOf(fix: Fix): string {
  return fix.kind === 'text' ? `${fix.section.join('.')}#${fix.paragraph}` : `${fix.section.join('.')}#numbering`;
}

function snippet(text: string, from: number, to: number, insert?: string): string {
  const a = Math.max(0, from - CONTEXT);
  const b = Math.min(text.length, to + CONTEXT);
  const mid = insert ?? text.slice(from, to);
  return `${a > 0 ? '…' : ''}${text.slice(a, from)}${mid}${text.slice(to, b)}${b < text.length ? '…' : ''}`;
}

/**
 * Applies the fixes of a check's findings to a copy of the document, as ESLint's fix pass does: per paragraph
 * in order of position, a fix that overlaps one already taken waits for the next pass; a stale fix (its text
 * changed) or one touching a reason (原因) is refused. Tables are never changed: a fix addresses the narrative.
 */
export function applyFixes(doc: Disclosure, findings: readonly Finding[]): FixPass {
  const copy = JSON.parse(JSON.stringify(doc)) as Disclosure;
  const applied: AppliedFix[] = [];
  const skipped: SkippedFix[] = [];
  const byTarget = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    const k = keyOf(f.fix);
    byTarget.set(k, [...(byTarget.get(k) ?? []), f]);
  }
  for (const list of byTarget.values()) {
    const first = list[0]?.fix;
    if (!first) continue;
    const section = sectionAt(copy, first.section) as Mutable<Section> | undefined;
    if (!section) {
      for (const finding of list) skipped.push({ finding, reason: '找不到要修改的段落' });
      continue;
    }
    if (first.kind === 'numbering') {
      const [taken, ...rest] = list;
      const n = section.numbering;
      if (taken?.fix?.kind !== 'numbering' || !n || n.raw !== taken.fix.before) {
        for (const finding of list) skipped.push({ finding, reason: '编号已改变，未修改' });
        continue;
      }
      section.numbering = { ...n, raw: taken.fix.text, ordinal: taken.fix.ordinal };
      applied.push(
        change(taken, n.raw + section.title.slice(0, CONTEXT), taken.fix.text + section.title.slice(0, CONTEXT)),
      );
      for (const finding of rest) skipped.push({ finding, reason: '与另一处修改重叠，留待下一轮' });
      continue;
    }
    const fixes = list
      .map((finding) => ({ finding, fix: finding.fix as Extract<Fix, { kind: 'text' }> }))
      .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
    const para = section.paragraphs[first.paragraph] as Mutable<Section['paragraphs'][number]> | undefined;
    if (!para) {
      for (const finding of list) skipped.push({ finding, reason: '找不到要修改的段落' });
      continue;
    }
    const original = para.text;
    const reasons = reasonSpans(original);
    const taken: typeof fixes = [];
    let end = -1;
    for (const x of fixes) {
      const [a, b] = x.fix.range;
      if (original.slice(a, b) !== x.fix.before) skipped.push({ finding: x.finding, reason: '原文已改变，未修改' });
      else if (reasons.some(([ra, rb]) => a < rb && b > ra))
        skipped.push({ finding: x.finding, reason: '会改动原因说明，未修改' });
      else if (a < end || (a === end && a === b && taken.at(-1)?.fix.range[1] === a))
        skipped.push({ finding: x.finding, reason: '与另一处修改重叠，留待下一轮' });
      else {
        taken.push(x);
        end = b;
      }
    }
    let text = original;
    for (const x of [...taken].reverse()) {
      const [a, b] = x.fix.range;
      text = text.slice(0, a) + x.fix.text + text.slice(b);
    }
    para.text = text;
    for (const x of taken) {
      const [a, b] = x.fix.range;
      applied.push(change(x.finding, snippet(original, a, b), snippet(original, a, b, x.fix.text)));
    }
  }
  return { doc: copy, applied, skipped };
}

function change(f: Finding, before: string, after: string): AppliedFix {
  const location = f.locations[0];
  return { ruleId: f.ruleId, message: f.message, ...(location ? { location } : {}), before, after };
}

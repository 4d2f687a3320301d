import { describe, expect, it } from 'vitest';
import type { Disclosure } from '../src/model/disclosure.js';
import type { TableId } from '../src/model/table.js';
import { extractClaims } from '../src/check/claims/extract.js';
import { interpolate } from '../src/check/engine.js';
import type { Certainty, Report, Rule } from '../src/check/types.js';
import { deepFreeze } from './seed.js';

/** What an invalid case expects of one report; only the fields given are compared. */
export interface ExpectedReport {
  readonly messageId: string;
  readonly certainty?: Certainty;
  /** Printed line of the first location (or of its related cell with `relatedLine`). */
  readonly line?: number;
  readonly table?: TableId;
  readonly rowKey?: string;
  readonly column?: string;
  /** The related table cell of a narrative finding. */
  readonly related?: { readonly table: TableId; readonly rowKey?: string; readonly column?: string };
  readonly expected?: string;
  readonly actual?: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Words the final message must contain. */
  readonly messageIncludes?: readonly string[];
  readonly extra?: Readonly<Record<string, string | number | boolean>>;
  /** The report's fix (ESLint's `output`): the text it replaces and the replacement; `null`: no fix. */
  readonly fix?: { readonly before: string; readonly text: string } | null;
}

export interface ValidCase {
  readonly name: string;
  readonly doc: Disclosure;
  readonly options?: unknown;
  /** Reports of certainty `rounding` (info at most) are allowed in a valid case unless this is false. */
  readonly ignoreRounding?: boolean;
}

export interface InvalidCase extends ValidCase {
  readonly reports: readonly ExpectedReport[];
}

function runRule(rule: Rule, c: ValidCase): readonly Report[] {
  const doc = deepFreeze(c.doc);
  const options = deepFreeze(c.options);
  const before = JSON.stringify(doc);
  const reports = rule.run({ doc, claims: extractClaims(doc), options });
  expect(JSON.stringify(doc), 'the rule must not change the document').toBe(before);
  for (const r of reports) {
    const template = rule.meta.messages[r.messageId];
    expect(template, `messageId “${r.messageId}” must be declared in meta.messages`).toBeDefined();
    const text = interpolate(template ?? '', r.data);
    expect(text, `every placeholder of “${r.messageId}” must be filled`).not.toMatch(/\{\{/);
  }
  return c.ignoreRounding === false ? reports : reports.filter((r) => r.certainty !== 'rounding');
}

/**
 * ESLint's RuleTester for Juesuan rules: each case is a (frozen) document; a valid case yields no report (above
 * info), an invalid case yields exactly the listed reports, in order, with their message ids and locations.
 */
export function ruleTester(rule: Rule, cases: { valid: readonly ValidCase[]; invalid: readonly InvalidCase[] }): void {
  const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
  describe(rule.meta.id, () => {
    it('has Chinese metadata and no duplicate case', () => {
      expect(rule.meta.title).toMatch(/\p{Script=Han}/u);
      expect(rule.meta.description).toMatch(/\p{Script=Han}/u);
      for (const m of Object.values(rule.meta.messages)) expect(m).toMatch(/\p{Script=Han}/u);
      expect(new Set(names).size).toBe(names.length);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const reports = runRule(rule, c);
        expect(reports.map((r) => interpolate(rule.meta.messages[r.messageId] ?? '', r.data))).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const reports = runRule(rule, c);
        const texts = reports.map(
          (r) => `${r.messageId}: ${interpolate(rule.meta.messages[r.messageId] ?? '', r.data)}`,
        );
        expect(reports.length, texts.join('\n')).toBe(c.reports.length);
        c.reports.forEach((want, i) => {
          const got = reports[i] as Report;
          const loc = got.locations[0];
          expect(got.messageId).toBe(want.messageId);
          if (want.certainty) expect(got.certainty ?? 'certain').toBe(want.certainty);
          if (want.line !== undefined) expect(loc?.source?.line).toBe(want.line);
          if (want.table) expect(loc?.table).toBe(want.table);
          if (want.rowKey) expect(loc?.rowKey).toBe(want.rowKey);
          if (want.column) expect(loc?.column).toBe(want.column);
          if (want.related) expect(got.related?.[0]).toMatchObject(want.related);
          if (want.expected !== undefined) expect(got.expected).toBe(want.expected);
          if (want.actual !== undefined) expect(got.actual).toBe(want.actual);
          if (want.data) expect(got.data).toMatchObject(want.data);
          if (want.extra) expect(got.extra).toMatchObject(want.extra);
          if (want.fix === null) expect(got.fix, 'no fix expected').toBeUndefined();
          else if (want.fix) expect(got.fix).toMatchObject(want.fix);
          const text = interpolate(rule.meta.messages[got.messageId] ?? '', got.data);
          for (const w of want.messageIncludes ?? []) expect(text).toContain(w);
        });
      });
    }
  });
}

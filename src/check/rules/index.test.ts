import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderRulesDoc } from '../rules-doc.js';
import { RULES, ruleFile } from './index.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

describe('rule registry', () => {
  it('every rule has a unique id, its module and a test file', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(existsSync(here(`./${ruleFile(id)}.ts`)), `${id}: module rules/${ruleFile(id)}.ts`).toBe(true);
      expect(existsSync(here(`./${ruleFile(id)}.test.ts`)), `${id}: test rules/${ruleFile(id)}.test.ts`).toBe(true);
    }
  });

  it('is frozen', () => {
    expect(Object.isFrozen(RULES)).toBe(true);
  });

  it('docs/rules.md is generated from the current metadata (run npx tsx scripts/gen-rules-doc.ts)', () => {
    const doc = readFileSync(here('../../../docs/rules.md'), 'utf8');
    expect(doc).toBe(renderRulesDoc(RULES));
    for (const r of RULES) expect(doc).toContain(`## ${r.meta.id}`);
  });
});

// Writes docs/rules.md from the rules' metadata: `npx tsx scripts/gen-rules-doc.ts`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RULES } from '../src/check/rules/index.js';
import { renderRulesDoc } from '../src/check/rules-doc.js';

const target = fileURLToPath(new URL('../docs/rules.md', import.meta.url));
writeFileSync(target, renderRulesDoc(RULES));
process.stdout.write(`已写入 ${target}（${RULES.length} 条规则）\n`);

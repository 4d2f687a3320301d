import { readFileSync } from 'node:fs';
import { parsePdf } from '../src/ingest/pdf/index.js';
async function main() {
  for (const f of process.argv.slice(2)) {
    const d = await parsePdf(readFileSync(`samples/${f}`), { file: f });
    const { name, region, fiscalYear, unit, kind, documentKind, layout, title } = d.meta;
    console.log(f, JSON.stringify({ name, region, fiscalYear, unit, kind, documentKind, layout, title }), d.tables.map((t) => `${t.id}:${t.unit}`).join(' '));
  }
}
main();

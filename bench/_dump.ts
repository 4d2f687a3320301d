import { readFileSync } from 'node:fs';
import { openDocument } from '../src/ingest/pdf/pdfjs.js';
import { readPage } from '../src/ingest/pdf/extract.js';
import { layoutPage } from '../src/ingest/pdf/layout.js';
async function main() {
  const [file, from, to] = process.argv.slice(2);
  const doc = await openDocument(new Uint8Array(readFileSync(file!)));
  for (let n = Number(from); n <= Number(to); n++) {
    const c = await readPage(await doc.getPage(n));
    const l = layoutPage(c);
    console.log(`=== page ${n} rules h=${c.rules.filter(r=>r.dir==='h').length} v=${c.rules.filter(r=>r.dir==='v').length}`);
    for (const it of l.items) {
      if (it.kind === 'line') console.log('L', it.line.text);
      else {
        console.log(`G ${it.grid.method} cols=${it.grid.xs.length - 1} box=${it.grid.box.map(Math.round)}`);
        for (const r of it.grid.rows) console.log('  | ' + r.map((c) => c.text).join(' | '));
      }
    }
  }
  await doc.destroy();
}
main();

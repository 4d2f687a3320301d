import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { importDocument, inProcessPdfEngine, nodeFiles } from '../../src/app/index.js';
import { isJuesuanError } from '../../src/app/errors.js';
import { render } from '../../src/app/render.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { SAMPLES, SEED_PATH } from '../seed.js';

/**
 * Property-based fuzzing of every importer (issue 11): bytes made from the samples by mutations (flipped, cut,
 * duplicated, inserted bytes) or made up from nothing. The property: an import either gives a document or throws
 * a JuesuanError (a Chinese message) — never a crash, never an untyped error, never a hang. Shared by the short
 * run in the test suite (test/fuzz/importers.test.ts) and the long one in bench/fuzz.ts.
 */

export type Target = 'text' | 'json' | 'xlsx' | 'docx' | 'html' | 'pdf';

/** What went wrong with one generated input. */
export interface Failure {
  readonly target: Target;
  readonly kind: 'untyped error' | 'hang';
  readonly detail: string;
}

/** Time one import may take before it counts as a hang (the importers' own limits are well below). */
const HANG_MS = 20_000;

async function outcome(bytes: Uint8Array, file: string): Promise<'ok' | 'refused' | 'hang' | Error> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<'hang'>((resolve) => {
    timer = setTimeout(() => resolve('hang'), HANG_MS);
  });
  try {
    const r = await Promise.race([
      importDocument({ bytes, file }, { files: nodeFiles, pdf: inProcessPdfEngine }, { timeoutMs: 15_000 }).then(
        () => 'ok' as const,
      ),
      hang,
    ]);
    return r;
  } catch (e) {
    return isJuesuanError(e) ? 'refused' : e instanceof Error ? e : new Error(String(e));
  } finally {
    clearTimeout(timer);
  }
}

/** A mutation of some bytes: flip, cut, insert or repeat a slice. */
function mutated(seed: Uint8Array, maxEdits: number): fc.Arbitrary<Uint8Array> {
  const edit = fc.record({
    op: fc.constantFrom('flip', 'cut', 'insert', 'repeat', 'truncate'),
    at: fc.nat(),
    len: fc.integer({ min: 1, max: 64 }),
    byte: fc.integer({ min: 0, max: 255 }),
  });
  return fc.array(edit, { minLength: 1, maxLength: maxEdits }).map((edits) => {
    let b = Uint8Array.from(seed);
    for (const e of edits) {
      const at = b.length === 0 ? 0 : e.at % b.length;
      if (e.op === 'flip') {
        b = Uint8Array.from(b);
        for (let i = at; i < Math.min(b.length, at + e.len); i++) b[i] = (b[i] ?? 0) ^ (e.byte || 0xff);
      } else if (e.op === 'cut') b = Uint8Array.from([...b.subarray(0, at), ...b.subarray(at + e.len)]);
      else if (e.op === 'insert')
        b = Uint8Array.from([...b.subarray(0, at), ...new Array<number>(e.len).fill(e.byte), ...b.subarray(at)]);
      else if (e.op === 'repeat') b = Uint8Array.from([...b.subarray(0, at + e.len), ...b.subarray(at)]);
      else b = b.subarray(0, at);
    }
    return b;
  });
}

/** Text edits on the seed (lines dropped, swapped, digits changed, junk inserted): still text, often half-valid. */
function mutatedText(text: string): fc.Arbitrary<Uint8Array> {
  const lines = text.split('\n');
  return fc
    .array(
      fc.record({
        op: fc.constantFrom('drop', 'dup', 'digits', 'junk', 'tabs'),
        at: fc.nat(),
        junk: fc.string({ unit: 'grapheme', maxLength: 20 }),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((edits) => {
      const out = [...lines];
      for (const e of edits) {
        const i = e.at % Math.max(out.length, 1);
        const line = out[i] ?? '';
        if (e.op === 'drop') out.splice(i, 1);
        else if (e.op === 'dup') out.splice(i, 0, line);
        else if (e.op === 'digits') out[i] = line.replace(/\d/g, (d) => String((Number(d) * 7 + 3) % 10));
        else if (e.op === 'junk') out[i] = line + e.junk;
        else out[i] = line.replace(/\t/g, '');
      }
      return new TextEncoder().encode(out.join('\n'));
    });
}

/** Edits of the canonical JSON's values (numbers out of range, strings, nulls, dropped keys). */
function mutatedJson(doc: Disclosure): fc.Arbitrary<Uint8Array> {
  const text = JSON.stringify(doc);
  const wild = fc.oneof(
    fc.constantFrom('1e400', '-1', '1.5', 'null', '"x"', '[]', '{}', '9007199254740993', '"1e20"', 'true'),
    fc.json(),
  );
  return fc.array(fc.record({ at: fc.nat(), value: wild }), { minLength: 1, maxLength: 6 }).map((edits) => {
    let s = text;
    for (const e of edits) {
      // Replace the n-th value after a colon.
      const colons = [...s.matchAll(/:(-?\d[\d.e+-]*|"[^"]*"|true|false|null)/g)];
      const m = colons[e.at % Math.max(colons.length, 1)];
      if (m?.index !== undefined) s = s.slice(0, m.index + 1) + e.value + s.slice(m.index + m[0].length);
    }
    return new TextEncoder().encode(s);
  });
}

export interface Corpus {
  readonly arbitraries: Readonly<Record<Target, fc.Arbitrary<Uint8Array>>>;
}

/** The seeds the mutations start from: the samples and Juesuan's own renderings of the seed. */
export async function corpus(): Promise<Corpus> {
  const seedText = readFileSync(SEED_PATH, 'utf8');
  const doc = await importDocument({ path: SEED_PATH }, { files: nodeFiles, pdf: inProcessPdfEngine });
  const noBrowser = { browser: { open: () => Promise.reject(new Error('no browser')) } };
  const xlsx = (await render(doc, 'xlsx', noBrowser)) as Uint8Array;
  const docx = (await render(doc, 'docx', noBrowser)) as Uint8Array;
  const html = String(await render(doc, 'html', noBrowser));
  const pdf = new Uint8Array(readFileSync(`${SAMPLES}putuo-czj-2024.pdf`));
  const anyBytes = fc.uint8Array({ maxLength: 4096 });
  return {
    arbitraries: {
      text: fc.oneof(
        mutatedText(seedText),
        anyBytes,
        fc.string({ unit: 'grapheme' }).map((s) => new TextEncoder().encode(s)),
      ),
      json: fc.oneof(
        mutatedJson(doc),
        fc.json().map((s) => new TextEncoder().encode(s)),
        anyBytes,
      ),
      xlsx: fc.oneof(mutated(xlsx, 4), anyBytes),
      docx: fc.oneof(mutated(docx, 4), anyBytes),
      // The rendered page with its lines edited (tags dropped or doubled, digits changed), its bytes mutated, and
      // made-up markup (unclosed, deeply nested, huge spans).
      html: fc.oneof(
        mutatedText(html),
        mutated(new TextEncoder().encode(html), 4),
        fc
          .array(
            fc.constantFrom(
              '<table>',
              '<tr>',
              '<td colspan="99999">',
              '<td rowspan="0">',
              '</td>',
              '<p>',
              '<h2>',
              '<b>',
              '</table>',
              '<!--',
              '<script>',
              '收入支出决算总表',
              '1,477.46',
              '&#x4e00;',
              '&nbsp;',
              '<meta charset="gbk">',
            ),
            { maxLength: 200 },
          )
          .map((parts) => new TextEncoder().encode(parts.join(''))),
        anyBytes,
      ),
      pdf: fc.oneof(mutated(pdf, 3), anyBytes),
    },
  };
}

const EXTENSION: Readonly<Record<Target, string>> = {
  text: 'txt',
  json: 'json',
  xlsx: 'xlsx',
  docx: 'docx',
  html: 'html',
  pdf: 'pdf',
};

/** Runs `runs` generated inputs against one importer; every broken property is collected, not thrown. */
export async function fuzz(
  target: Target,
  arbitrary: fc.Arbitrary<Uint8Array>,
  runs: number,
  seed?: number,
): Promise<{ runs: number; refused: number; accepted: number; failures: Failure[] }> {
  const failures: Failure[] = [];
  let refused = 0;
  let accepted = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, async (bytes) => {
      const r = await outcome(bytes, `fuzz.${EXTENSION[target]}`);
      if (r === 'ok') accepted++;
      else if (r === 'refused') refused++;
      else if (r === 'hang') failures.push({ target, kind: 'hang', detail: `${bytes.length} bytes` });
      else failures.push({ target, kind: 'untyped error', detail: `${r.name}: ${r.message}`.slice(0, 200) });
      return true;
    }),
    { numRuns: runs, ...(seed !== undefined ? { seed } : {}) },
  );
  return { runs, refused, accepted, failures };
}

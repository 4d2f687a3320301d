import type { Disclosure, Section } from '../src/model/index.js';
import { composeDisclosure } from '../src/narrative/index.js';
import { putuoCzjWriterInput } from './fixtures/putuo-czj.js';
import { cloneDoc, deepFreeze } from './seed.js';

let cached: Disclosure | undefined;

/**
 * A Shanghai-layout document (普陀区财政局 2024: nine tables, 经济分类 t06 in two blocks, no t10/t11): the
 * writer's text over the figures of samples/putuo-czj-2024.pdf. Deep-frozen; rule tests edit copies.
 */
export function shanghaiDoc(): Disclosure {
  cached ??= deepFreeze(composeDisclosure(putuoCzjWriterInput()));
  return cached;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function allSections(list: readonly Section[]): Section[] {
  return list.flatMap((s) => [s, ...allSections(s.children)]);
}

/** A copy whose first paragraph containing `from` has it replaced by `to` (the writer's text has no line numbers). */
export function withPhrase(doc: Disclosure, from: string, to: string): Disclosure {
  const copy = cloneDoc(doc);
  const para = allSections(copy.narrative)
    .flatMap((s) => s.paragraphs)
    .find((p) => p.text.includes(from));
  if (!para) throw new Error(`no paragraph containing “${from}”`);
  (para as Mutable<typeof para>).text = para.text.replace(from, to);
  return copy;
}

/** A copy without the table `id`. */
export function withoutTable(doc: Disclosure, id: string): Disclosure {
  return { ...cloneDoc(doc), tables: doc.tables.filter((t) => t.id !== id) };
}

import { JuesuanError } from '../errors.js';
import { GENERIC } from './generic.js';
import { JIANGSU_BUDGET } from './jiangsu-budget.js';
import { QINGHAI } from './qinghai.js';
import { SHANGHAI } from './shanghai.js';
import { SHANGHAI_BUDGET } from './shanghai-budget.js';
import type { LayoutDefinition, LayoutId } from './types.js';
import { msg } from '../messages/index.js';

export type * from './types.js';
export { GENERIC } from './generic.js';

/**
 * Every layout Juesuan knows, frozen. A new layout is one file (its definition, with its table schemas) plus its
 * line here; the generic layout comes last and is what detection falls back to.
 */
export const LAYOUTS: readonly LayoutDefinition[] = Object.freeze(
  [QINGHAI, SHANGHAI, SHANGHAI_BUDGET, JIANGSU_BUDGET, GENERIC].map(deepFreeze),
);

/** Ids written by earlier versions, read as today's ("unknown" was the generic layout's id). */
const FORMER_IDS: Readonly<Record<string, LayoutId>> = Object.freeze({ unknown: GENERIC.id });

const BY_ID: ReadonlyMap<LayoutId, LayoutDefinition> = new Map(LAYOUTS.map((l) => [l.id, l]));

/** An id the registry does not hold (a workbook, JSON file or command line naming a layout Juesuan lacks). */
export class UnknownLayoutError extends JuesuanError {
  readonly layoutId: string;

  constructor(layoutId: string) {
    super(
      'unknown-layout',
      msg('model.unknownLayout', { layout: layoutId, known: LAYOUTS.map((l) => `${l.id}（${l.name}）`).join('、') }),
    );
    this.name = 'UnknownLayoutError';
    this.layoutId = layoutId;
  }
}

export function isLayoutId(id: string | undefined): id is LayoutId {
  return id !== undefined && (BY_ID.has(id) || id in FORMER_IDS);
}

/** The layout with this id; throws UnknownLayoutError (Chinese) for an id the registry does not hold. */
export function getLayout(id: LayoutId): LayoutDefinition {
  const layout = BY_ID.get(FORMER_IDS[id] ?? id);
  if (!layout) throw new UnknownLayoutError(id);
  return layout;
}

/** Ids of the registered layouts, in registry order. */
export function layoutIds(): LayoutId[] {
  return LAYOUTS.map((l) => l.id);
}

/** Layouts a document can be written in (they have a narrative writer): the template's and compose's choices. */
export function writableLayouts(): LayoutDefinition[] {
  return LAYOUTS.filter((l) => l.writer !== undefined);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !(value instanceof RegExp)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

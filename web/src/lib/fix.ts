import type { Location } from '../api/types';
import { placeOf } from './findings';

/** A change split into what stayed and what changed, to mark only the changed characters. */
export interface ChangedSpan {
  readonly prefix: string;
  readonly removed: string;
  readonly added: string;
  readonly suffix: string;
}

/** The longest common prefix and suffix of before and after; the rest is what the fix changed. */
export function changedSpan(before: string, after: string): ChangedSpan {
  const a = [...before];
  const b = [...after];
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  return {
    prefix: a.slice(0, p).join(''),
    removed: a.slice(p, a.length - s).join(''),
    added: b.slice(p, b.length - s).join(''),
    suffix: a.slice(a.length - s).join(''),
  };
}

/** Where a fix is: the whole heading path of its section ("五、… › （二）…"), or the cell, and the line or page. */
export function fixPlace(l: Location | undefined): string {
  if (!l) return '文档';
  if (l.sectionPath && l.sectionPath.length > 0) {
    const at = l.source?.page ? ` · 第 ${l.source.page} 页` : l.source?.line ? ` · 第 ${l.source.line} 行` : '';
    return `${l.sectionPath.join(' › ')}${at}`;
  }
  return placeOf(l) || '文档';
}

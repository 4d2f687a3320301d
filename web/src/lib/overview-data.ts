import { api } from '../api/client';
import type { DocumentInfo } from '../api/types';

/** Every stored document the caller may see (the API pages at 200). */
export async function allDocuments(): Promise<DocumentInfo[]> {
  const out: DocumentInfo[] = [];
  for (let page = 1; page < 50; page++) {
    const r = await api.documents({ page, pageSize: 200 });
    out.push(...r.items);
    if (out.length >= r.total || r.items.length === 0) break;
  }
  return out;
}

let early: Promise<DocumentInfo[]> | undefined;
let arrived: DocumentInfo[] | undefined;

/**
 * Starts loading the overview's documents before React and the page's scripts are evaluated (main.tsx imports this
 * first), so the list is there when the grid is first drawn.
 */
export function prefetchOverview(): void {
  if (early) return;
  early = allDocuments();
  early.then(
    (docs) => (arrived = docs),
    () => undefined, // reported when the page asks for it
  );
}

/** Waits (at most `ms`) for the early request, so that the first render can draw the grid rather than a spinner. */
export function overviewArrival(ms: number): Promise<void> {
  if (!early) return Promise.resolve();
  return Promise.race([
    early.then(
      () => undefined,
      () => undefined,
    ),
    new Promise<void>((resolve) => setTimeout(resolve, ms)),
  ]);
}

/** The early request's documents if they have arrived (taken once: a later visit loads them afresh). */
export function takeArrived(): DocumentInfo[] | undefined {
  const docs = arrived;
  if (docs) {
    arrived = undefined;
    early = undefined;
  }
  return docs;
}

/** The overview's documents: the early request once, then a fresh one each time the page is shown. */
export function overviewDocuments(): Promise<DocumentInfo[]> {
  const p = early ?? allDocuments();
  early = undefined;
  return p;
}

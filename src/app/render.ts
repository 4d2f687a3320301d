import type { Disclosure } from '../model/disclosure.js';
import type { writeTemplate } from '../render/xlsx/index.js';
import type { Browser } from './ports.js';
import { RENDERERS, type RenderFormat } from './registries.js';

export interface RenderDeps {
  /** The browser that prints PDF output; only started for `pdf`. */
  readonly browser: Browser;
}

/** The disclosure in one output format: bytes for docx/xlsx/pdf, text for html/json/csv. */
export function render(doc: Disclosure, format: RenderFormat, deps: RenderDeps): Promise<Uint8Array | string> {
  return RENDERERS[format].render(doc, deps);
}

export function isBinaryFormat(format: RenderFormat): boolean {
  return RENDERERS[format].binary;
}

/** The fillable Excel template of a layout and year, optionally filled with the writer's input. */
export async function renderTemplate(options: Parameters<typeof writeTemplate>[0]): Promise<Uint8Array> {
  const xlsx = await import('../render/xlsx/index.js');
  return xlsx.writeTemplate(options);
}

/** A short Chinese overview of what was read (`juesuan parse`'s default output). */
export async function summaryOf(doc: Disclosure): Promise<string> {
  return (await import('../render/summary.js')).renderSummary(doc);
}

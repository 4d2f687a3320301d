import { formatHtml } from './html.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';
import type { Formatter } from './types.js';

export type { FileReport, FormatOptions, Formatter } from './types.js';

/** The output formats of `juesuan check --format`. */
export const FORMATTERS: Readonly<Record<'text' | 'json' | 'sarif' | 'html', Formatter>> = Object.freeze({
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  html: formatHtml,
});

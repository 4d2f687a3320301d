import type { Formatter } from './types.js';

/** One object per file ({file, document, findings, summary}); several files → an array of them. */
export const formatJson: Formatter = (reports) =>
  JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n';

export { applyFixes, type AppliedFix, type FixPass, type SkippedFix } from './apply.js';
export {
  paragraphFix,
  paragraphOfSite,
  paragraphsOf,
  reasonSpans,
  sectionAt,
  sentenceFix,
  type PlacedParagraph,
  type SentenceEdit,
} from './locate.js';
export { formatFixSummary, type FixSummary } from './report.js';
export { whyNotFixed } from './unfixable.js';

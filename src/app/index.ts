/**
 * The application core: import, compose, check and render, as functions over the model with their I/O injected.
 * The CLI is a thin shell over it; the server and the job workers call the same functions.
 */
export { importDocument, importerFor, supportedExtensions, type DocumentSource, type ImportDeps } from './import.js';
export { compose } from './compose.js';
export {
  check,
  checkWith,
  relatedDocuments,
  fileReport,
  formatReports,
  FORMATTERS,
  type FileReport,
  type OtherDocument,
  type ReportFormat,
} from './check.js';
export {
  fixDocument,
  fixPreview,
  fixReport,
  MAX_FIX_PASSES,
  type FixChange,
  type FixLeft,
  type FixPreview,
  type FixResult,
} from './fix.js';
export { render, renderTemplate, isBinaryFormat, summaryOf, type RenderDeps } from './render.js';
export { IMPORTERS, RENDERERS, RENDER_FORMATS, type RenderFormat } from './registries.js';
export type { Browser, Clock, FileReader, PdfEngine, PdfParseOptions, PdfPrinter } from './ports.js';
export { adoptPdfEngine, compiledPdfEngine, inProcessPdfEngine, workerPdfEngine } from './pdf-engine.js';
export { nodeDeps, nodeFiles, systemClock, chromiumBrowser, type NodeDeps } from './node.js';
export { IngestError, isIngestError, PdfUnavailableError } from './errors.js';
export {
  loadCheckConfig,
  ConfigError,
  type CheckConfig,
  type CheckResult,
  type RelatedSummary,
} from '../check/index.js';
export { exportDataPackage, zipPackage, type ExportItem, type PackageFiles } from './export.js';
export { findRelated, crossCheckReport, listedUnits, type CrossReportResult } from './related.js';
export type { RelatedLookup, StoredDocument } from './ports.js';
export {
  compareDisclosures,
  rankDisclosures,
  comparisonXlsx,
  rankingsXlsx,
  RANKING_FIGURES,
  RANKING_TITLES,
  type PairComparison,
  type Rankings,
  type RankingFigure,
} from './compare.js';

/** Annotated copies of checked PDFs (`juesuan batch --annotate`): see src/render/annotate. */
export { annotatePdf, type PageMark } from '../render/annotate/index.js';

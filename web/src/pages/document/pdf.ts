import type { PDFDocumentProxy } from 'pdfjs-dist';

/** pdf.js, loaded on first use (it is large); its worker is a separate file from our origin (CSP worker-src). */
export async function openPdf(data: ArrayBuffer): Promise<PDFDocumentProxy> {
  const pdfjs = await import('pdfjs-dist');
  if (!pdfjs.GlobalWorkerOptions.workerSrc) {
    pdfjs.GlobalWorkerOptions.workerSrc = new URL('pdfjs-dist/build/pdf.worker.min.mjs', import.meta.url).toString();
  }
  return pdfjs.getDocument({
    data: new Uint8Array(data),
    isEvalSupported: false, // no 'unsafe-eval' in the CSP
    cMapUrl: '/pdfjs/cmaps/',
    cMapPacked: true,
    standardFontDataUrl: '/pdfjs/standard_fonts/',
  }).promise;
}

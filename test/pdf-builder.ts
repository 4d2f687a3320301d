/** One page of a hand-made PDF: its content stream, extra page-dictionary entries and resources. */
export interface PageSpec {
  readonly content: string;
  /** Extra entries of the page dictionary, e.g. "/Rotate 90 /CropBox [50 50 545 792]". */
  readonly extra?: string;
}

/**
 * Builds a small valid PDF (A4 pages, Helvetica as /F1, a form XObject /X1 drawing `form` when given), for tests
 * that need exact, known geometry.
 */
export function buildPdf(pages: readonly PageSpec[], form?: string): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  const kids = pages.map((_, i) => `${4 + (form === undefined ? 0 : 1) + i * 2} 0 R`);
  add(`<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  if (form !== undefined) {
    add(`<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Length ${form.length} >>\nstream\n${form}\nendstream`);
  }
  const xobjects = form === undefined ? '' : ' /XObject << /X1 4 0 R >>';
  for (const p of pages) {
    const self = objects.length + 1;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${p.extra ?? ''} /Contents ${self + 1} 0 R ` +
        `/Resources << /Font << /F1 3 0 R >>${xobjects} >> >>`,
    );
    add(`<< /Length ${p.content.length} >>\nstream\n${p.content}\nendstream`);
  }
  return writePdf(objects);
}

/** Serialises numbered objects (1 is the catalog) with their cross-reference table; extra trailer entries optional. */
export function writePdf(objects: readonly string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Alert, Spin } from 'antd';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import type { Box } from '../../api/types';
import { boxToRect, fitScale, scrollTopFor } from '../../lib/geometry';
import { openPdf } from './pdf';

export interface Highlight {
  readonly page: number;
  readonly box: Box;
  /** primary: the cell or sentence the finding is about; related: the cells its computation uses. */
  readonly kind: 'primary' | 'related';
  readonly label?: string;
}

const GAP = 12;

function PdfPage({
  pdf,
  number,
  scale,
  size,
  visible,
  highlights,
}: {
  pdf: PDFDocumentProxy;
  number: number;
  scale: number;
  size: { width: number; height: number };
  visible: boolean;
  highlights: readonly Highlight[];
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [drawn, setDrawn] = useState<number | null>(null);
  useEffect(() => {
    if (!visible || drawn === scale || !canvas.current) return;
    let task: RenderTask | undefined;
    let live = true;
    void pdf.getPage(number).then((page) => {
      if (!live || !canvas.current) return;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      const c = canvas.current;
      c.width = Math.floor(viewport.width);
      c.height = Math.floor(viewport.height);
      task = page.render({ canvas: c, viewport });
      task.promise.then(
        () => live && setDrawn(scale),
        () => undefined, // cancelled
      );
    });
    return () => {
      live = false;
      task?.cancel();
    };
  }, [pdf, number, scale, visible, drawn]);
  return (
    <div
      className="pdf-page"
      data-page={number}
      style={{ width: size.width * scale, height: size.height * scale, marginBottom: GAP }}
    >
      <canvas ref={canvas} style={{ width: '100%', height: '100%' }} aria-label={`第 ${number} 页`} />
      {drawn === null ? <Spin className="pdf-page-spin" /> : null}
      {highlights.map((h, i) => {
        const r = boxToRect(h.box, scale, h.kind === 'primary' ? 3 : 1);
        return (
          <div
            key={i}
            className={`pdf-highlight pdf-highlight-${h.kind}`}
            data-testid={h.kind === 'primary' ? 'highlight' : 'highlight-related'}
            data-page={number}
            title={h.label}
            style={{ left: r.left, top: r.top, width: r.width, height: r.height }}
          />
        );
      })}
      <div className="pdf-page-number">第 {number} 页</div>
    </div>
  );
}

/** The PDF as published, every page drawn by pdf.js when it scrolls into view, findings outlined on their pages. */
export function PdfView({
  data,
  highlights,
  focus,
}: {
  data: ArrayBuffer;
  highlights: readonly Highlight[];
  /** The highlight to scroll to (changes when a finding is clicked). */
  focus: Highlight | undefined;
}) {
  const [pdf, setPdf] = useState<PDFDocumentProxy>();
  const [sizes, setSizes] = useState<{ width: number; height: number }[]>([]);
  const [error, setError] = useState<string>();
  const [width, setWidth] = useState(0);
  const [visible, setVisible] = useState<ReadonlySet<number>>(new Set([1, 2]));
  const scroller = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let live = true;
    let doc: PDFDocumentProxy | undefined;
    openPdf(data.slice(0))
      .then(async (d) => {
        doc = d;
        const s = await Promise.all(
          Array.from({ length: d.numPages }, async (_, i) => {
            const v = (await d.getPage(i + 1)).getViewport({ scale: 1 });
            return { width: v.width, height: v.height };
          }),
        );
        if (live) {
          setSizes(s);
          setPdf(d);
        }
      })
      .catch((e: Error) => live && setError(`无法显示 PDF：${e.message}`));
    return () => {
      live = false;
      void doc?.destroy();
    };
  }, [data]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    setWidth(el.clientWidth);
    return () => ro.disconnect();
  }, []);

  const maxWidth = Math.max(1, ...sizes.map((s) => s.width));
  const scale = fitScale(maxWidth, width - 32);
  const tops: number[] = [];
  sizes.reduce((top, s) => {
    tops.push(top);
    return top + s.height * scale + GAP;
  }, 16);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const from = el.scrollTop - el.clientHeight;
    const to = el.scrollTop + 2 * el.clientHeight;
    const next = new Set<number>();
    tops.forEach((t, i) => {
      const h = sizes[i]!.height * scale;
      if (t + h >= from && t <= to) next.add(i + 1);
    });
    setVisible((old) => (old.size === next.size && [...next].every((n) => old.has(n)) ? old : next));
  };

  useEffect(() => {
    const el = scroller.current;
    if (!el || !focus || sizes.length === 0) return;
    el.scrollTo({
      top: scrollTopFor(tops, focus.page, boxToRect(focus.box, scale), el.clientHeight),
      behavior: 'smooth',
    });
    // Recompute visible pages after jumping (the scroll event follows, but mark the target at once).
    setVisible((old) => new Set([...old, focus.page]));
  }, [focus, sizes, scale]);

  useEffect(onScroll, [sizes, scale]);

  return (
    <div className="pdf-view" ref={scroller} onScroll={onScroll} data-testid="pdf-view">
      {error ? <Alert type="error" showIcon message={error} /> : null}
      {!pdf && !error ? <Spin className="page-spin" tip="正在打开 PDF…" /> : null}
      {pdf
        ? sizes.map((s, i) => (
            <PdfPage
              key={i}
              pdf={pdf}
              number={i + 1}
              scale={scale}
              size={s}
              visible={visible.has(i + 1)}
              highlights={highlights.filter((h) => h.page === i + 1)}
            />
          ))
        : null}
    </div>
  );
}

import { useEffect, useMemo, useRef } from 'react';

export interface LineMark {
  readonly line: number;
  readonly endLine: number;
  readonly kind: 'primary' | 'related';
}

/** Text the way it was uploaded (UTF-8, else GB18030 as Chinese Windows tools write it). */
export function decodeText(bytes: ArrayBuffer): string {
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  if (!utf8.includes('\ufffd')) return utf8;
  try {
    return new TextDecoder('gb18030').decode(bytes);
  } catch {
    return utf8;
  }
}

/** A text source with line numbers, the finding's lines highlighted and scrolled to. */
export function TextView({
  text,
  marks,
  focus,
}: {
  text: string;
  marks: readonly LineMark[];
  focus: LineMark | undefined;
}) {
  const lines = useMemo(() => text.split(/\r?\n/), [text]);
  const box = useRef<HTMLDivElement>(null);
  const kindOf = useMemo(() => {
    const m = new Map<number, 'primary' | 'related'>();
    for (const k of marks) {
      for (let l = k.line; l <= k.endLine; l++) if (m.get(l) !== 'primary') m.set(l, k.kind);
    }
    return m;
  }, [marks]);
  useEffect(() => {
    if (!focus || !box.current) return;
    const el = box.current.querySelector<HTMLElement>(`[data-line="${focus.line}"]`);
    if (el) box.current.scrollTo({ top: el.offsetTop - box.current.clientHeight / 3, behavior: 'smooth' });
  }, [focus]);
  return (
    <div className="text-view" ref={box} data-testid="text-view">
      {lines.map((l, i) => {
        const kind = kindOf.get(i + 1);
        return (
          <div
            key={i}
            data-line={i + 1}
            className={`text-line${kind ? ` text-line-${kind}` : ''}`}
            data-testid={kind === 'primary' ? 'highlight' : undefined}
          >
            <span className="text-line-no">{i + 1}</span>
            <span className="text-line-text">{l.replace(/\t/g, '   ') || ' '}</span>
          </div>
        );
      })}
    </div>
  );
}

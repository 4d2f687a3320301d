import { lazy, type ComponentType } from 'react';

const antRoot = () => import('./antd-root');

/**
 * A page loaded when first visited, inside antd's root (locale, theme, messages): the first page (总览) is drawn
 * without antd, so antd arrives with the first page that uses it.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>) {
  return lazy(async () => {
    const [{ default: AntRoot }, { default: Page }] = await Promise.all([antRoot(), load()]);
    return {
      default: function AntPage() {
        return (
          <AntRoot>
            <Page />
          </AntRoot>
        );
      },
    };
  });
}

/** Fetches antd and the 文档页 in the background once the first page is shown, so the next click is quick. */
export function warmUp(): void {
  const go = () => void Promise.all([antRoot(), import('./pages/document/DocumentPage')]).catch(() => undefined);
  if ('requestIdleCallback' in window) window.requestIdleCallback(go, { timeout: 3000 });
  else setTimeout(go, 1000);
}

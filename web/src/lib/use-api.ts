import { useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: Error | undefined;
  readonly loading: boolean;
  reload(): void;
}

/**
 * Loads something from the API when `deps` change; the last request wins. `initial`: data already loaded (the
 * overview's list, fetched before React started), shown on the first render instead of loading it again.
 */
export function useApi<T>(load: () => Promise<T>, deps: readonly unknown[], initial?: T): Loaded<T> {
  const [state, setState] = useState<{ data: T | undefined; error: Error | undefined; loading: boolean }>({
    data: initial,
    error: undefined,
    loading: initial === undefined,
  });
  const [tick, setTick] = useState(0);
  const given = useRef(initial !== undefined);
  useEffect(() => {
    if (given.current) {
      given.current = false;
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    load().then(
      (data) => live && setState({ data, error: undefined, loading: false }),
      (error: Error) => live && setState({ data: undefined, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}

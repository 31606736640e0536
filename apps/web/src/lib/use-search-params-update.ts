import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The URL's search params and a function that changes them. react-router's functional
 * setSearchParams hands over the params of its own render, not those of a navigation still in
 * flight, so a change made right after another (a reset, then typed text applying after its pause)
 * could undo the first on a slow machine. Changes here build on the latest params, like setState.
 */
export function useSearchParamsUpdate(): [URLSearchParams, (change: (current: URLSearchParams) => URLSearchParams) => void] {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (change: (current: URLSearchParams) => URLSearchParams) => {
      latest.current = change(latest.current);
      setParams(latest.current, { replace: true });
    },
    [setParams],
  );
  return [params, update];
}

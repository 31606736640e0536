import { useEffect, useState } from 'react';

/**
 * A text field whose value applies after a pause in typing, so a list does not refetch on every
 * key: the field shows each key at once and `apply` runs `ms` after the last one. The field
 * follows outside changes of `value` (a reset, the back button).
 */
export function useDebouncedText(value: string, apply: (text: string) => void, ms = 300): [string, (text: string) => void] {
  const [text, setText] = useState(value);
  // An outside change of `value` resets the field during render (React's "adjusting state when a
  // prop changes"), not in an effect that would render twice.
  const [followed, setFollowed] = useState(value);
  if (value !== followed) {
    setFollowed(value);
    setText(value);
  }
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => apply(text), ms);
    return () => clearTimeout(timer);
  }, [text, value, apply, ms]);
  return [text, setText];
}

import { RefObject, useEffect, useRef } from 'react';

/**
 * Moves the focus to `ref` each time `key` becomes a new defined value: after an action the focus
 * goes to its result, instead of staying on a button that was disabled meanwhile (and fell to the page).
 * The same result shown again (the earlier one, kept after Avbryt) is not new: the focus stays where
 * the answer left it.
 */
export function useFocusWhen<T extends HTMLElement>(key: unknown): RefObject<T> {
  const ref = useRef<T>(null);
  const focused = useRef<unknown>(undefined);
  useEffect(() => {
    if (key === undefined || key === focused.current) return;
    focused.current = key;
    ref.current?.focus();
  }, [key]);
  return ref;
}

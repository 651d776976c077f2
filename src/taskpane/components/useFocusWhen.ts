import { RefObject, useEffect, useRef } from 'react';

/**
 * Moves the focus to `ref` each time `key` becomes a new defined value: after an action the focus
 * goes to its result, instead of staying on a button that was disabled meanwhile (and fell to the page).
 */
export function useFocusWhen<T extends HTMLElement>(key: unknown): RefObject<T> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key !== undefined) ref.current?.focus();
  }, [key]);
  return ref;
}

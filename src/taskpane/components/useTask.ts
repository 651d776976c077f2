import { useCallback, useRef, useState } from 'react';
import { Message, Result } from '../../domain';

/** One task's state: a result and an error can never both be shown. */
export type Task<T> =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
  | { readonly state: 'done'; readonly value: T }
  | { readonly state: 'failed'; readonly error: Message };

/**
 * Runs one async step that returns a Result, at most once at a time (a double click runs it once).
 *
 * @example const [task, run] = useTask<Verification>(); run(() => services.verifyWorkbook({}));
 */
export function useTask<T>(): [Task<T>, (work: () => Promise<Result<T>>) => Promise<void>] {
  const [task, setTask] = useState<Task<T>>({ state: 'idle' });
  const busy = useRef(false);
  const run = useCallback(async (work: () => Promise<Result<T>>) => {
    if (busy.current) return;
    busy.current = true;
    setTask({ state: 'running' });
    try {
      const result = await work();
      setTask(result.ok ? { state: 'done', value: result.value } : { state: 'failed', error: result.error.message });
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      setTask({ state: 'failed', error: { sv: `Något gick fel: ${detail}.`, en: `Something went wrong: ${detail}.` } });
    } finally {
      busy.current = false;
    }
  }, []);
  return [task, run];
}

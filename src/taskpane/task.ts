import { useCallback, useRef, useState } from 'react';
import { AvgiftError, Result } from '../domain';

/**
 * One step's work as one value: nothing yet, under way, a result, or an error — never a result and
 * an error at once, and nothing to reset by hand before the next run.
 *
 * @example
 * const t: Task<number> = { state: 'done', value: 42 };
 * valueOf(t); // 42
 */
export type Task<T> =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
  | { readonly state: 'done'; readonly value: T }
  | { readonly state: 'failed'; readonly error: AvgiftError };

export const IDLE: Task<never> = { state: 'idle' };

/** The result of a task that is done; undefined otherwise. `valueOf({ state: 'running' })` → undefined. */
export const valueOf = <T>(task: Task<T>): T | undefined => (task.state === 'done' ? task.value : undefined);

/** The error of a task that failed; undefined otherwise. */
export const errorOf = (task: Task<unknown>): AvgiftError | undefined =>
  task.state === 'failed' ? task.error : undefined;

/** A failure nobody foresaw (a thrown error), in the same words as the rest, with what to do next. */
export function unexpected(e: unknown): AvgiftError {
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: 'unexpected',
    message: {
      sv: `Något gick fel (${detail}). Försök igen; om felet kvarstår, ladda om tillägget.`,
      en: `Something went wrong (${detail}). Try again; if it persists, reload the add-in.`,
    },
    retry: true,
  };
}

export interface TaskHandle<T> {
  readonly task: Task<T>;
  /**
   * Runs `work` unless a run is under way (a double click runs once). An error that says it was
   * cancelled, or `undefined` from `work` (the officer answered Avbryt), leaves the step as it was
   * before the run: the earlier result or error stays, never replaced by nothing.
   */
  readonly run: (work: (signal: AbortSignal) => Promise<Result<T> | undefined>) => Promise<void>;
  /** Ends the run under way through its AbortSignal. */
  readonly cancel: () => void;
  /** Back to nothing (when what it was computed for has changed). */
  readonly reset: () => void;
  /** The last run was cancelled by the officer: said politely, not as an error. */
  readonly cancelled: boolean;
}

/** A step's task state with a guard against a second run: the guard is a ref, set at once on a click. */
export function useTask<T>(): TaskHandle<T> {
  const [task, setTask] = useState<Task<T>>(IDLE);
  const [cancelled, setCancelled] = useState(false);
  const running = useRef<AbortController>();
  // The last result or error: what a run given up (Avbryt) or cancelled goes back to, not nothing.
  const settled = useRef<Task<T>>(IDLE);
  const settle = (next: Task<T>) => {
    settled.current = next;
    setTask(next);
  };
  const run = useCallback(async (work: (signal: AbortSignal) => Promise<Result<T> | undefined>) => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setTask({ state: 'running' });
    setCancelled(false);
    try {
      const result = await work(controller.signal);
      if (!result || (!result.ok && result.error.cancelled)) {
        setTask(settled.current);
        setCancelled(result !== undefined);
      } else settle(result.ok ? { state: 'done', value: result.value } : { state: 'failed', error: result.error });
    } catch (e) {
      settle({ state: 'failed', error: unexpected(e) });
    } finally {
      running.current = undefined;
    }
  }, []);
  const cancel = useCallback(() => running.current?.abort(), []);
  const reset = useCallback(() => {
    settle(IDLE);
    setCancelled(false);
  }, []);
  return { task, run, cancel, reset, cancelled };
}

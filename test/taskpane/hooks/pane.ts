import { act, renderHook, waitFor } from '@testing-library/react';
import { SheetAnswer } from '../../../src/taskpane/components/SheetQuestion';
import { PaneState, usePane } from '../../../src/taskpane/hooks/usePane';
import { SourceKind } from '../../../src/taskpane/hooks/usePopulation';
import type { SheetQuestionState } from '../../../src/taskpane/hooks/useSheetQuestion';
import { createServices, ServiceOptions } from '../../../src/taskpane/services';
import { errorOf, Task, valueOf } from '../../../src/taskpane/task';

/**
 * The pane's hooks as the App composes them (usePane), driven without rendering a page: what an
 * officer's clicks do, step by step, with the state each step shows.
 */
export function paneHooks(options: ServiceOptions) {
  const hook = renderHook(() => usePane(createServices(options)));
  const pane = (): PaneState => hook.result.current;
  /** Runs a step's action to its end, React's updates included. */
  const run = async (action: (p: PaneState) => unknown) => {
    await act(async () => {
      await action(pane());
    });
  };
  /** Starts an action that will stop at a question; the function returned waits for its end, React's updates included. */
  const start = (action: (p: PaneState) => Promise<void>): (() => Promise<void>) => {
    let end: Promise<void> = Promise.resolve();
    act(() => {
      end = action(pane());
    });
    return () =>
      act(async () => {
        await end;
      });
  };
  /** Waits until `question` asks, then answers. */
  const answer = async (question: (p: PaneState) => SheetQuestionState, with_: SheetAnswer) => {
    await waitFor(() => expect(question(pane()).asking).toBeDefined(), { timeout: 10_000 });
    await act(async () => question(pane()).answer(with_));
  };
  /** Fetches the population from `source` for the fee year shown. */
  const fetchFrom = async (source: SourceKind) => {
    await run((p) => p.population.setSource(source));
    await run((p) => p.population.fetch());
  };
  /** Fetches from `source` and writes the chosen sheets (the first write: nothing in the way). */
  const written = async (source: SourceKind) => {
    await fetchFrom(source);
    expect(errorOf(pane().population.task)).toBeUndefined();
    await run((p) => p.write.write());
    expect(valueOf(pane().write.task)?.kind).toBe('written');
  };
  return { pane, run, start, answer, fetchFrom, written, unmount: hook.unmount };
}

/** The Swedish words of a task's failure, or '' when it did not fail. */
export const failure = (task: Task<unknown>): string => errorOf(task)?.message.sv ?? '';

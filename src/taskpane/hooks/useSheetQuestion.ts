import { useRef, useState } from 'react';
import { Message, optional } from '../../domain';
import { SheetAnswer } from '../components/SheetQuestion';

export interface SheetQuestionState {
  /** The add-in's own sheets in the way, while the officer is asked. */
  readonly asking?: readonly string[];
  /** While asking about a fastställd year: when, by whom and on which decision (only revision or cancel are offered). */
  readonly locked?: Message;
  readonly answer: (answer: SheetAnswer) => void;
  /**
   * Asks when the add-in's own sheets are in the way (as `services.beforeWrite` read them); 'version'
   * when none is. `beforeAsking` runs only when something is in the way (the SCB revision check: no
   * extra round trip on a first write). `await question.replaceOrVersion(['Avgift 2026'])` → 'replace' | 'version' | 'cancel'.
   * With `locked` (a fastställd year) the answers are 'revision' | 'cancel' only.
   */
  readonly replaceOrVersion: (
    inTheWay: readonly string[],
    beforeAsking?: () => Promise<void>,
    locked?: Message,
  ) => Promise<SheetAnswer>;
}

/** "Bladen finns redan": one question at a time, answered by the officer in the step that asked. */
export function useSheetQuestion(): SheetQuestionState {
  const [asking, setAsking] = useState<readonly string[]>();
  const [locked, setLocked] = useState<Message>();
  const pending = useRef<(a: SheetAnswer) => void>();
  return {
    ...optional({ asking }),
    ...(asking && locked ? { locked } : {}),
    answer: (a) => pending.current?.(a),
    replaceOrVersion: async (inTheWay, beforeAsking, lockedBy) => {
      if (!inTheWay.length) return 'version';
      await beforeAsking?.();
      const choice = await new Promise<SheetAnswer>((resolve) => {
        pending.current = resolve;
        setLocked(lockedBy);
        setAsking(inTheWay);
      });
      pending.current = undefined;
      setAsking(undefined);
      setLocked(undefined);
      return choice;
    },
  };
}

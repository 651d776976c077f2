import { useRef, useState } from 'react';
import type { WorkbookPlan } from '../../workbook/plan';
import { SheetAnswer } from '../components/SheetQuestion';
import { Services } from '../services';
import { Result, ok } from '../../domain';

export interface SheetQuestionState {
  /** The add-in's own sheets in the way, while the officer is asked. */
  readonly asking?: readonly string[];
  readonly answer: (answer: SheetAnswer) => void;
  /**
   * Asks when the add-in's own sheets are in the way of the plan; 'version' when nothing is.
   * `beforeAsking` runs only when something is in the way (the SCB revision check: no extra round
   * trip on a first write). `await question.replaceOrVersion(plan)` → ok('replace' | 'version' | 'cancel').
   */
  readonly replaceOrVersion: (plan: WorkbookPlan, beforeAsking?: () => Promise<void>) => Promise<Result<SheetAnswer>>;
}

/** "Bladen finns redan": one question at a time, answered by the officer in the step that asked. */
export function useSheetQuestion(services: Services): SheetQuestionState {
  const [asking, setAsking] = useState<readonly string[]>();
  const pending = useRef<(a: SheetAnswer) => void>();
  return {
    ...(asking ? { asking } : {}),
    answer: (a) => pending.current?.(a),
    replaceOrVersion: async (plan, beforeAsking) => {
      const inTheWay = await services.ownSheetsInTheWay(plan);
      if (!inTheWay.ok) return inTheWay;
      if (!inTheWay.value.length) return ok('version');
      await beforeAsking?.();
      const choice = await new Promise<SheetAnswer>((resolve) => {
        pending.current = resolve;
        setAsking(inTheWay.value);
      });
      pending.current = undefined;
      setAsking(undefined);
      return ok(choice);
    },
  };
}

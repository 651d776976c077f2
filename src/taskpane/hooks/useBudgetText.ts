import { useEffect, useState } from 'react';
import type { BudgetText } from '../../domain';
import { Result } from '../../domain';
import { Fees, feesForBudget } from '../../jobs/fees';
import type { BudgetResult } from './useBudgetCheck';
import { Services } from '../services';
import { Task, useTask } from '../task';

export interface BudgetTextState {
  /** The Budgettext of the fee year (undefined until there are fees), or why there is none. */
  readonly text?: Result<BudgetText>;
  /** It is written from the budget the officer checked (else from the Budgetmall's lines). */
  readonly fromBudget: boolean;
  /** Puts it on the clipboard, as HTML with a real table and as plain text. */
  readonly copy: (lang: 'sv' | 'en') => Promise<void>;
  readonly copyTask: Task<null>;
}

/**
 * "Kopiera budgettext": the section Budget of the plan for the fee year, from the decided or
 * forecast fees (never a what-if) and the budget checked for that year, made by the same job as
 * `avgift budget-text` (jobs/budgetText, a chunk loaded once there are fees).
 *
 * @example const t = useBudgetText(services, 2026, fees, budgetResult); await t.copy('sv'); // the clipboard has the table
 */
export function useBudgetText(
  services: Services,
  feeYear: number,
  shown: Fees | undefined,
  budget: BudgetResult | undefined,
): BudgetTextState {
  const [text, setText] = useState<Result<BudgetText>>();
  const copyHandle = useTask<null>();
  const checked = budget && budget.feeYear === feeYear && budget.compared ? budget : undefined;
  useEffect(() => {
    const fees = feesForBudget(shown);
    if (!fees || fees.allocation.feeYear !== feeYear) return setText(undefined);
    let live = true;
    void import(/* webpackChunkName: "budget-text" */ '../../jobs/budgetText').then(({ budgetTextOfYear }) => {
      if (live)
        setText(
          budgetTextOfYear({ fees, ...(checked ? { budget: { check: checked.check, notes: checked.notes } } : {}) }),
        );
    });
    return () => {
      live = false;
    };
  }, [shown, feeYear, checked]);
  const copy = (lang: 'sv' | 'en') =>
    copyHandle.run(async () => {
      if (!text?.ok) return undefined;
      const { budgetTextAs } = await import(/* webpackChunkName: "budget-text" */ '../../jobs/budgetText');
      return services.copy(budgetTextAs(text.value, 'html', lang), budgetTextAs(text.value, 'text', lang));
    });
  return { ...(text ? { text } : {}), fromBudget: checked !== undefined, copy, copyTask: copyHandle.task };
}

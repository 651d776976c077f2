import { useMemo, useState } from 'react';
import { BUDGET_SHEETS, DEFAULT_SHEETS } from '../../jobs/sheets';
import { feesForBudget } from '../../jobs/fees';
import { Services } from '../services';
import { latestDecidableYear, PaneTask, taskInSeason } from '../tasks';
import { useApprove } from './useApprove';
import { useBudgetCheck } from './useBudgetCheck';
import { useFeeYear } from './useFeeYear';
import { usePopulation } from './usePopulation';
import { useRule } from './useRule';
import { useVerify } from './useVerify';
import { useWorkbookWrite } from './useWorkbookWrite';
import { useBudgetText } from './useBudgetText';
import { valueOf } from '../task';

/**
 * The pane as one composition of its hooks, each step's state whole: the task page shown, the fee
 * year and the population, the rule and the fees it gives, the two writes (the year's sheets, and
 * the budget page's Budgetmall with the decided or forecast fees), the budget check, Fastställ and
 * Kontrollera. The App renders it; tests drive it with `renderHook` without rendering a page.
 *
 * @example const pane = usePane(services); await pane.population.fetch(); pane.fees?.allocation.totalOre // 210_250_000
 */
export function usePane(services: Services) {
  const year = useFeeYear(services.now);
  const [task, setTask] = useState<PaneTask>(() => taskInSeason(services.now()));
  const population = usePopulation(services, year.feeYear, year.forecast);
  const rule = useRule(year.feeYear, population.current);
  const fees = rule.fees?.ok ? rule.fees.value : undefined;
  const write = useWorkbookWrite(services, fees, population.current, DEFAULT_SHEETS, task === 'invoices');
  // The Budgetmall is for the decided fees or their forecast, never for a what-if on the invoice page.
  const budgetFees = useMemo(() => (fees?.kind === 'scenario' ? feesForBudget(fees) : fees), [fees]);
  const budgetWrite = useWorkbookWrite(services, budgetFees, population.current, BUDGET_SHEETS, task === 'budget');
  const budget = useBudgetCheck(services, year.feeYear, fees, population.fetch);
  const budgetText = useBudgetText(services, year.feeYear, fees, valueOf(budget.task));
  const approve = useApprove(services, year.feeYear);
  const check = useVerify(services, year.feeYear);
  /** Another task page, with its year unless the officer typed one: next year's budget, else the latest decidable year. */
  const chooseTask = (next: PaneTask) => {
    setTask(next);
    const latest = latestDecidableYear(services.now());
    year.suggest(next === 'budget' ? latest + 1 : latest);
  };
  return { task, chooseTask, year, population, rule, fees, write, budgetWrite, budget, budgetText, approve, check };
}

export type PaneState = ReturnType<typeof usePane>;

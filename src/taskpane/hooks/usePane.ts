import { Services } from '../services';
import { useApprove } from './useApprove';
import { useBudgetCheck } from './useBudgetCheck';
import { useFeeYear } from './useFeeYear';
import { usePopulation } from './usePopulation';
import { useRule } from './useRule';
import { useVerify } from './useVerify';
import { useWorkbookWrite } from './useWorkbookWrite';

/**
 * The pane's steps as one composition of their hooks, each step's state whole: the fee year and the
 * population, the rule and the fees it gives, the write, the budget check, Fastställ and Kontrollera.
 * The App renders it; tests drive it with `renderHook` without rendering a page.
 *
 * @example const pane = usePane(services); await pane.population.fetch(); pane.fees?.allocation.totalOre // 210_250_000
 */
export function usePane(services: Services) {
  const year = useFeeYear(services.now);
  const population = usePopulation(services, year.feeYear, year.forecast);
  const rule = useRule(year.feeYear, population.current);
  const fees = rule.fees?.ok ? rule.fees.value : undefined;
  const write = useWorkbookWrite(services, fees, population.current);
  const budget = useBudgetCheck(services, year.feeYear, fees, population.fetch);
  const approve = useApprove(services, year.feeYear);
  const check = useVerify(services, year.feeYear);
  return { year, population, rule, fees, write, budget, approve, check };
}

export type PaneState = ReturnType<typeof usePane>;

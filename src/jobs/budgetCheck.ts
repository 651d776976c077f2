import { BudgetCheck, BudgetCheckOptions, comparedFeesFor, Message, statedPopulationYear, optional } from '../domain';
import { Fees, feesForBudget } from './fees';

/**
 * What a budget is checked against, for the pane and `avgift budget-check` alike: the fee year, the
 * year's decided fees or their forecast (never a scenario: a what-if on screen gives the decided fees
 * beside it) with the population year the budget's text should state, and the amount column when the
 * officer named one.
 *
 * @example budgetCheckOptions(2026, decided2026) // → { feeYear: 2026, fees: { kind: 'decided', expectedOre: 210_250_000, … }, populationYear: 2025 }
 */
export function budgetCheckOptions(
  feeYear: number,
  shown: Fees | undefined,
  column?: string,
): Omit<BudgetCheckOptions, 'origin'> {
  const fees = feesForBudget(shown);
  const a = fees?.allocation;
  return {
    feeYear,
    ...(a && fees ? { fees: comparedFeesFor(a, fees.kind), ...statedPopulationYear(a) } : {}),
    ...optional({ column }),
  };
}

/**
 * A check made without the fees (they could not be computed): the same check, with a warning that
 * says why the fee line was not compared.
 *
 * @example withoutFees(check, 2027, notPublished).findings.at(-1)?.code // → 'expected-unavailable'
 */
export function withoutFees(check: BudgetCheck, feeYear: number, why: Message): BudgetCheck {
  const finding = {
    severity: 'warning' as const,
    code: 'expected-unavailable',
    message: {
      sv: `Avgifterna för ${feeYear} kan inte räknas fram: ${why.sv}`,
      en: `The fees for ${feeYear} cannot be computed: ${why.en}`,
    },
  };
  return { ...check, findings: [...check.findings, finding] };
}

import type { Allocation } from './allocate';
import { isScenario, ruleForFeeYear } from './feeYearRule';
import { FeeRule, populationYearsFor } from './rules';

/** What fees are: the decided ones (invoiced), a forecast (prognos) or a what-if (scenario). */
export type FeesKind = 'decided' | 'forecast' | 'scenario';

/**
 * The one answer to "what kind of fees": a scenario is named first (it is never the year's fees, even
 * when forecast), then a forecast; only decided fees are invoiced, fastställda and verified.
 *
 * @example
 * feesKind({ scenario: false, forecast: { populationDate: '2025-12-31', … } }) // → 'forecast'
 * feesKind({ scenario: true, forecast: undefined })                         // → 'scenario'
 */
export const feesKind = (a: Pick<Allocation, 'scenario' | 'forecast'>): FeesKind =>
  a.scenario ? 'scenario' : a.forecast ? 'forecast' : 'decided';

/**
 * The year-ends the fees of `feeYear` under `rule` stand on, with those of the decided rule beside a
 * scenario (which is shown against the decided fees): the one answer to "which year-ends to fetch".
 *
 * @example
 * yearsForFees(perCapitaRule(), 2026)    // → [2025]
 * yearsForFees(perCapitaRule(450), 2026) // → [2025] (the decided 4 kr stands on the same year-end)
 * yearsForFees(perCapitaRule(), 2012)    // → [2009, 2011] (a scenario beside § 8 exact)
 */
export function yearsForFees(rule: FeeRule, feeYear: number): number[] {
  const decided = isScenario(rule, feeYear) ? ruleForFeeYear(feeYear) : undefined;
  const years = [
    ...populationYearsFor(rule, feeYear),
    ...(decided?.ok ? populationYearsFor(decided.value, feeYear) : []),
  ];
  return [...new Set(years)].sort((a, b) => a - b);
}

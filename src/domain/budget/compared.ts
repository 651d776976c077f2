import type { Allocation } from '../allocate';
import { ComparedFees } from './types';

/**
 * The fees a budget's fee line is compared with, from the allocation computed for the fee year and
 * what it is (decided, prognos or scenario): its total, the date and total of the folkmängd, its rule.
 * The CLI's and the pane's budget checks both build them here.
 *
 * @example
 * comparedFeesFor(allocation2027Forecast, 'forecast')
 * // → { kind: 'forecast', expectedOre: 210250000, populationDate: '2025-12-31', populationTotal: 525625, basis: {…} }
 */
export function comparedFeesFor(
  a: Pick<Allocation, 'totalOre' | 'populationDate' | 'totalPopulation' | 'ruleDescription'>,
  kind: ComparedFees['kind'],
): ComparedFees {
  return {
    kind,
    expectedOre: a.totalOre,
    populationDate: a.populationDate,
    populationTotal: a.totalPopulation,
    basis: a.ruleDescription,
  };
}

/**
 * The year-end a budget's text should state its population for: the fee year's own year-end, but a
 * forecast stands on an earlier figure (31 December 2025 for 2027), and a monthly figure is no
 * year-end at all. The CLI's and the pane's budget checks both ask this.
 *
 * @example
 * statedPopulationYear({ populationYear: 2026, populationDate: '2025-12-31', forecast: {…} }) // → { populationYear: 2025 }
 * statedPopulationYear({ populationYear: 2026, populationDate: '2026-09-30', forecast: {…} }) // → {}
 */
export function statedPopulationYear(a: Pick<Allocation, 'populationYear' | 'populationDate' | 'forecast'>): {
  populationYear?: number;
} {
  if (!a.forecast) return { populationYear: a.populationYear };
  return a.populationDate.endsWith('-12-31') ? { populationYear: Number(a.populationDate.slice(0, 4)) } : {};
}

import { Member } from './members';
import { Ore } from './money';
import { populationDate, PopulationSeries, PopulationSource, validatePopulation } from './population';
import { Message, ok, Result } from './result';
import { isScenario } from './feeYearRule';
import { PopulationEstimate, Forecast, seriesWithEstimate } from './forecast';
import {
  checkRule,
  describeRule,
  FeeComputation,
  FeeRule,
  populationYearsFor,
  ruleKindOf,
  rulePopulationYear,
} from './rules';
import { optional } from './optional';

export interface MemberFee {
  readonly member: Member;
  /** Folkmängd on the allocation's population date. */
  readonly population: number;
  readonly feeOre: Ore;
  /** What the amount is built from, as the invoice states it. */
  readonly basis: Message;
  /** §8: the member's folkmängd 31 December of the base year − 1 (2009). */
  readonly basePopulation?: number;
  /** §8 chained: folkmängd at the year-end before the population date. */
  readonly previousPopulation?: number;
  /** §8 chained: last year's rounded fee. */
  readonly previousFeeOre?: Ore;
}

export interface Allocation {
  readonly feeYear: number;
  readonly populationYear: number;
  readonly populationDate: string;
  readonly rule: FeeRule;
  readonly ruleDescription: Message;
  readonly members: readonly MemberFee[];
  readonly totalPopulation: number;
  readonly totalOre: Ore;
  /** §8: the fee is paid by 15 March of the fee year. */
  readonly dueDate: string;
  readonly source: PopulationSource;
  /** §8: total folkmängd of the members 31 December of the base year − 1. */
  readonly baseTotalPopulation?: number;
  /** Present when the population is an estimate (Prognos): never an invoice. */
  readonly forecast?: Forecast;
  /** A rate or rule other than the year's decided one (what-if): never an invoice. */
  readonly scenario: boolean;
}

export interface AllocationRequest {
  readonly feeYear: number;
  readonly rule: FeeRule;
  readonly members: readonly Member[];
  readonly population: PopulationSeries;
  /**
   * A forecast: folkmängd on an earlier date stands in for 31 December of the population year, which
   * SCB has not published yet. The allocation then carries `forecast` and its `populationDate`.
   */
  readonly estimate?: PopulationEstimate;
}

export const dueDateFor = (feeYear: number): string => `${feeYear}-03-15`;

/**
 * Computes every member's fee for one fee year under one rule, exactly.
 *
 * @example
 * allocate({ feeYear: 2026, rule: perCapitaRule(), members: SODERTORN_MEMBERS, population: snapshotPopulation() })
 * // → ok({ totalOre: 210_250_000 (2 102 500 kr), populationDate: '2025-12-31', scenario: false, … })
 * allocate({ feeYear: 2027, rule: perCapitaRule(), members, population, estimate: latestYearEndEstimate(snapshot, members, 2026) })
 * // → ok({ totalOre: 210_250_000, populationDate: '2025-12-31', forecast: { basis: 'year-end', … }, … })
 */
export function allocate(request: AllocationRequest): Result<Allocation> {
  const { feeYear, rule, members, estimate } = request;
  const checkedRule = checkRule(rule, feeYear);
  if (!checkedRule.ok) return checkedRule;
  const populationYear = rulePopulationYear(rule, feeYear);
  const population = estimate ? seriesWithEstimate(request.population, estimate, populationYear) : request.population;
  const years = populationYearsFor(rule, feeYear);
  const valid = validatePopulation(population, members, years);
  if (!valid.ok) return valid;
  const lookup = valid.value;
  const pop = (m: Member, y: number) => lookup(m.code, y)!;
  const dateOf: FeeComputation['dateOf'] = (y) =>
    estimate && y === populationYear ? estimate.populationDate : populationDate(y);

  const kind = ruleKindOf(rule);
  const computation = { feeYear, members, pop, dateOf };
  const fees = kind.fees(rule, computation);
  const totalPopulation = members.reduce((s, m) => s + pop(m, populationYear), 0);
  const allocation: Allocation = {
    feeYear,
    populationYear,
    populationDate: dateOf(populationYear),
    rule,
    ruleDescription: describeRule(rule, feeYear, dateOf(populationYear)),
    members: fees,
    totalPopulation,
    totalOre: fees.reduce((s, f) => s + f.feeOre, 0),
    dueDate: dueDateFor(feeYear),
    source: population.source,
    scenario: isScenario(rule, feeYear),
    ...(estimate
      ? {
          forecast: {
            populationDate: estimate.populationDate,
            basis: estimate.basis,
            ...optional({ note: estimate.note }),
          },
        }
      : {}),
    ...kind.extra?.(rule, computation),
  };
  return ok(allocation);
}

import {
  allocate,
  Allocation,
  changeAgainstLastYear,
  compareScenario,
  FeeRule,
  FeesKind,
  feesKind,
  Member,
  MemberChange,
  ok,
  PopulationEstimate,
  PopulationSeries,
  Result,
  ruleForFeeYear,
  ScenarioComparison,
  optional,
} from '../domain';

/** The fees of a year as both shells show and write them. */
export interface Fees {
  readonly allocation: Allocation;
  readonly kind: FeesKind;
  /** A scenario beside the decided fees of the same year, where those can be computed. */
  readonly comparison?: ScenarioComparison;
  /** Decided fees: the change against last year per member, where the population reaches back far enough. */
  readonly changes?: readonly MemberChange[];
}

export interface FeesRequest {
  readonly feeYear: number;
  readonly rule: FeeRule;
  readonly members: readonly Member[];
  /** The year-ends `yearsForFees(rule, feeYear)` names, or more. */
  readonly population: PopulationSeries;
  /** A forecast: the figure it stands on when the fee year's own year-end is not published. */
  readonly estimate?: PopulationEstimate;
}

/**
 * The job "the fees of a year", for the pane and the `avgift allocate` command alike: decided fees
 * with their change against last year, a forecast, or a scenario with the decided fees beside it.
 *
 * @example
 * feesOfYear({ feeYear: 2026, rule: perCapitaRule(), members: SODERTORN_MEMBERS, population })
 * // → ok({ kind: 'decided', allocation: { totalOre: 210_250_000, … }, changes: [{ member: Botkyrka, … }, …] })
 * feesOfYear({ feeYear: 2026, rule: perCapitaRule(450), members, population }).value.comparison.totalDifferenceOre
 * // → 26_281_250 (4,50 kr against the decided 4 kr)
 */
export function feesOfYear({ feeYear, rule, members, population, estimate }: FeesRequest): Result<Fees> {
  const request = { feeYear, members, population, ...optional({ estimate }) };
  const allocation = allocate({ ...request, rule });
  if (!allocation.ok) return allocation;
  const kind = feesKind(allocation.value);
  if (kind === 'decided') {
    const changes = changeAgainstLastYear({ allocation: allocation.value, members, population });
    return ok({ allocation: allocation.value, kind, ...(changes.ok ? { changes: changes.value } : {}) });
  }
  if (kind === 'forecast') return ok({ allocation: allocation.value, kind });
  const inForce = ruleForFeeYear(feeYear);
  const decided = inForce.ok ? allocate({ ...request, rule: inForce.value }) : inForce;
  const comparison = decided.ok ? compareScenario(decided.value, allocation.value) : undefined;
  return ok({ allocation: allocation.value, kind, ...(comparison?.ok ? { comparison: comparison.value } : {}) });
}

/**
 * The fees a budget is checked against: the year's decided fees, or their forecast; never a what-if.
 * A scenario on screen gives the decided fees it stands beside (undefined when they cannot be computed).
 *
 * @example feesForBudget(scenario450) // → { kind: 'decided', allocation: { totalOre: 210_250_000, … } } (the decided 4 kr, not 4,50 kr)
 */
export function feesForBudget(fees: Fees | undefined): BudgetFees | undefined {
  if (!fees) return undefined;
  const allocation = fees.kind === 'scenario' ? fees.comparison?.decided : fees.allocation;
  if (!allocation) return undefined;
  const kind = feesKind(allocation);
  return kind === 'scenario' ? undefined : { allocation, kind };
}

/** Fees a budget may be judged against: decided, or their forecast. */
export interface BudgetFees {
  readonly allocation: Allocation;
  readonly kind: 'decided' | 'forecast';
}

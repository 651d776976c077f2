import { allocate, Allocation } from './allocate';
import { Member } from './members';
import { Ore } from './money';
import { PopulationSeries } from './population';
import { fail, ok, Result } from './result';
import { FeeRule, populationYearsFor, ruleOneYearBack } from './rules';
import { ruleForFeeYear } from './feeYearRule';

/**
 * Every krona of a member's fee explained against last year:
 *
 *   previousFee + populationEffect + ruleEffect = fee   (exactly, in öre)
 *
 * where X is the fee year's rule applied to the population of the year-end before (rounded as the
 * rule invoices it), populationEffect = fee − X and ruleEffect = X − previousFee. The rule effect is
 * the change of rate or rule; it is 0 when neither changed.
 */
export interface MemberChange {
  readonly member: Member;
  readonly previousFeeOre: Ore;
  readonly populationEffectOre: Ore;
  readonly ruleEffectOre: Ore;
  readonly feeOre: Ore;
}

export interface ChangeRequest {
  /** This year's allocation (the fee year's rule, possibly a what-if rate). */
  readonly allocation: Allocation;
  readonly members: readonly Member[];
  readonly population: PopulationSeries;
  /** The rule last year was invoiced under; by default the rule in force that year (SPEC.md). */
  readonly previousRule?: FeeRule;
}

const lastYearsRule = (feeYear: number, given?: FeeRule): Result<FeeRule> =>
  given ? ok(given) : ruleForFeeYear(feeYear - 1);

/**
 * The year-ends the change against last year needs, besides those of the fee itself (what to fetch).
 *
 * @example changePopulationYears(perCapitaRule(), 2026) // [2024, 2025]
 * @example changePopulationYears(perCapitaRule(), 2017) // [2009, 2015, 2016] (2016 was §8 exact)
 */
export function changePopulationYears(rule: FeeRule, feeYear: number, previousRule?: FeeRule): number[] {
  const previous = lastYearsRule(feeYear, previousRule);
  const years = [
    ...populationYearsFor(rule, feeYear),
    ...populationYearsFor(ruleOneYearBack(rule), feeYear - 1),
    ...(previous.ok ? populationYearsFor(previous.value, feeYear - 1) : []),
  ];
  return [...new Set(years)].sort((a, b) => a - b);
}

/**
 * The change of each member's fee against last year, split into population and rule.
 *
 * @example
 * // 2026, 4 kr per invånare; Botkyrka 95 905 (2024) → 96 750 (2025):
 * // previousFee 383 620 + populationEffect 3 380 + ruleEffect 0 = fee 387 000 kr.
 * // 2017 (4 kr replaced § 8): X = 4 kr × folkmängd 2015; ruleEffect = X − the § 8 fee of 2016.
 */
export function changeAgainstLastYear(request: ChangeRequest): Result<MemberChange[]> {
  const { allocation, members, population } = request;
  const lastYear = allocation.feeYear - 1;
  const previousRule = lastYearsRule(allocation.feeYear, request.previousRule);
  if (!previousRule.ok) {
    return fail(
      'change-no-previous-year',
      `Det finns ingen avgift ${lastYear} att jämföra ${allocation.feeYear} med.`,
      `There is no fee for ${lastYear} to compare ${allocation.feeYear} with.`,
    );
  }
  const previous = allocate({ feeYear: lastYear, rule: previousRule.value, members, population });
  if (!previous.ok) return previous;
  const sameRuleLastYear = allocate({ feeYear: lastYear, rule: ruleOneYearBack(allocation.rule), members, population });
  if (!sameRuleLastYear.ok) return sameRuleLastYear;
  const feeOf = (a: Allocation) => new Map(a.members.map((m) => [m.member.code, m.feeOre]));
  const before = feeOf(previous.value);
  const x = feeOf(sameRuleLastYear.value);
  return ok(
    allocation.members.map((m) => {
      const previousFeeOre = before.get(m.member.code)!;
      const xOre = x.get(m.member.code)!;
      return {
        member: m.member,
        previousFeeOre,
        populationEffectOre: m.feeOre - xOre,
        ruleEffectOre: xOre - previousFeeOre,
        feeOre: m.feeOre,
      };
    }),
  );
}

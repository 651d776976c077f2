import { Message, fail, ok, Result } from './result';
import { AGREEMENT_BASE_YEAR, FeeRule, IndexedReading, indexedRule, perCapitaRule, ruleKindOf } from './rules';

/** From fee year 2017 the committee's decision of 2017-02-02 (4 kr per invånare) replaced §8. */
export const PER_CAPITA_FROM_YEAR = 2017;

/**
 * The rule in force for a fee year, used wherever no rule is chosen (CLI, pane, budget check and
 * template): §8 indexation 2010–2016 (exact reading unless told), 4 kr per invånare from 2017.
 * There is no fee before the agreement (2010).
 *
 * @example
 * ruleForFeeYear(2012) // → ok({ kind: 'indexed', reading: 'exact', baseYear: 2010, baseAmountOre: 86_000_000 })
 * ruleForFeeYear(2026) // → ok({ kind: 'per-capita', rateOre: 400, decision: '2017-02-02' })
 * ruleForFeeYear(2009) // → fail('before-agreement', 'Samarbetsavtalet gäller från 1 januari 2010; …')
 */
export function ruleForFeeYear(feeYear: number, reading: IndexedReading = 'exact'): Result<FeeRule> {
  if (feeYear < AGREEMENT_BASE_YEAR) {
    return fail(
      'before-agreement',
      `Samarbetsavtalet gäller från 1 januari ${AGREEMENT_BASE_YEAR}; det finns ingen avgift för ${feeYear}.`,
      `The agreement applies from 1 January ${AGREEMENT_BASE_YEAR}; there is no fee for ${feeYear}.`,
    );
  }
  return ok(feeYear < PER_CAPITA_FROM_YEAR ? indexedRule(reading) : perCapitaRule());
}

/**
 * Whether a rule is a scenario (what-if) for a fee year: a rate other than the decided one, or a rule
 * other than the one in force. Either reading of §8 is the year's rule for 2010–2016 (the agreement
 * offers both). A fixed amount split (§7 projects, §10 dissolution) is a charge of its own, not the
 * yearly fee, so it is never a scenario.
 *
 * @example
 * isScenario(perCapitaRule(450), 2026) // → true  (4,50 kr is not the decided 4 kr)
 * isScenario(perCapitaRule(), 2026)    // → false
 * isScenario(perCapitaRule(), 2012)    // → true  (2012 was §8)
 * isScenario(indexedRule('chained'), 2012) // → false
 */
export function isScenario(rule: FeeRule, feeYear: number): boolean {
  const inForce = ruleForFeeYear(feeYear);
  return ruleKindOf(rule).isScenario(rule, inForce.ok ? inForce.value : { kind: 'none' });
}

/**
 * How a scenario is named, on its sheet and in the pane: the fee year and what differs.
 *
 * @example
 * scenarioName(perCapitaRule(450), 2026).sv // → 'Scenario 2026 4,50 kr'
 * scenarioName(indexedRule(), 2026).sv      // → 'Scenario 2026 § 8 exakt'
 * scenarioName(perCapitaRule(), 2012).sv    // → 'Scenario 2012 4 kr'
 */
export function scenarioName(rule: FeeRule, feeYear: number): Message {
  const part = ruleKindOf(rule).scenarioPart(rule);
  return { sv: `Scenario ${feeYear} ${part.sv}`, en: `Scenario ${feeYear} ${part.en}` };
}

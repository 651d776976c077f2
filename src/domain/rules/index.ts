import { populationDate } from '../population';
import { fail, Message, ok, Result } from '../result';
import type { Ore } from '../money';
import { indexed, IndexedReading, IndexedRule, indexedRule as indexedOf } from './indexed';
import { RuleKind } from './kind';
import { perCapita, PerCapitaRule, perCapitaRule as perCapitaOf } from './perCapita';
import { split, SplitRule, splitRule as splitOf } from './split';

/*
 * The fee rules, registered in one place. A rule kind is one module (how it computes, its words, its
 * formula and check in the sheet, its code in the Logg and how verify reads it back, its change against
 * last year, how it is chosen in the pane and on the command line); adding one is that module and its
 * line in the two lists below.
 */
export type FeeRule = PerCapitaRule | IndexedRule | SplitRule;

const KINDS: { readonly [K in FeeRule['kind']]: RuleKind<Extract<FeeRule, { kind: K }>> } = {
  'per-capita': perCapita,
  indexed,
  split,
};

/** Every rule kind, in the order the pane offers them. */
export const RULE_KINDS = Object.values(KINDS) as readonly RuleKind<FeeRule>[];

/** The module of a rule's kind. `ruleKindOf(perCapitaRule()).name(perCapitaRule()).sv` → 'Per invånare'. */
export const ruleKindOf = <R extends FeeRule>(rule: R): RuleKind<R> => KINDS[rule.kind] as unknown as RuleKind<R>;

export { AGREEMENT_BASE_AMOUNT_ORE, AGREEMENT_BASE_YEAR } from './indexed';
export type { IndexedReading, IndexedRule } from './indexed';
export { DECIDED_RATE_ORE, RATE_DECISION_DATE } from './perCapita';
export type { PerCapitaRule } from './perCapita';
export type { SplitRule } from './split';

/** The rules as values of the one type every job takes (the constructors' examples are in their modules). */
export const perCapitaRule: (rateOre?: Ore) => FeeRule = perCapitaOf;
export const indexedRule: (reading?: IndexedReading) => FeeRule = indexedOf;
export const splitRule: (amountOre: Ore, populationYear?: number, purpose?: string) => FeeRule = splitOf;
export { canonicalKronor } from './kind';
export type {
  FeeComputation,
  RuleCheck,
  RuleFormField,
  RuleKind,
  RuleOption,
  RuleOptions,
  SheetGeometry,
  SheetParameter,
} from './kind';
export { populationText } from './text';

/**
 * The year-end whose population the rule uses for fee year `feeYear`.
 *
 * @example rulePopulationYear(perCapitaRule(), 2026) // → 2025
 * @example rulePopulationYear(splitRule(100_00, 2009), 2026) // → 2009
 */
export const rulePopulationYear = (rule: FeeRule, feeYear: number): number =>
  ruleKindOf(rule).populationYear(rule, feeYear);

/**
 * The year-ends whose population a rule needs for a fee year (what to fetch from SCB).
 *
 * @example populationYearsFor(indexedRule('exact'), 2012) // → [2009, 2011]
 */
export const populationYearsFor = (rule: FeeRule, feeYear: number): number[] =>
  ruleKindOf(rule).populationYears(rule, feeYear);

/**
 * A one-line description of the rule, as it is written on every sheet. `date` is the population
 * date used when it is not the rule's year-end (a forecast from an earlier figure).
 *
 * @example
 * describeRule(perCapitaRule(), 2026).sv // → '4 kr per invånare, beslut i samarbetskommittén 2017-02-02; folkmängd 31 december 2025'
 */
export const describeRule = (
  rule: FeeRule,
  feeYear: number,
  date = populationDate(rulePopulationYear(rule, feeYear)),
): Message => ruleKindOf(rule).describe(rule, feeYear, date);

/** Short name of the rule for tables and option lists: `ruleName(indexedRule()).sv` → '§ 8 indexering (exakt)'. */
export const ruleName = (rule: FeeRule): Message => ruleKindOf(rule).name(rule);

/** The rule as it stood one fee year earlier (only a split pinned to a year-end moves it back). */
export const ruleOneYearBack = (rule: FeeRule): FeeRule => ruleKindOf(rule).oneYearBack(rule);

/**
 * A rule that cannot compute for the fee year, as a failure naming why.
 *
 * @example checkRule(perCapitaRule(0), 2026) // → fail('rate-invalid', 'Avgiften per invånare måste vara större än 0 kr …')
 */
export function checkRule(rule: FeeRule, feeYear: number): Result<FeeRule> {
  if (!Number.isInteger(feeYear) || feeYear < 1900 || feeYear > 2200) {
    return fail(
      'fee-year-invalid',
      `Avgiftsåret ${feeYear} är inte ett giltigt år.`,
      `Fee year ${feeYear} is not a valid year.`,
    );
  }
  return ruleKindOf(rule).check(rule, feeYear);
}

/**
 * The rule as a short, exact, machine-readable code; written to the Logg sheet and read back by verify.
 *
 * @example ruleCode(perCapitaRule())        // "per-capita;rate=4.00"
 * @example ruleCode(indexedRule('exact'))   // "indexed;reading=exact;base-year=2010;base-amount=860000.00"
 * @example ruleCode(splitRule(86000000, 2009)) // "split;amount=860000.00;population-year=2009"
 */
export const ruleCode = (rule: FeeRule): string =>
  [
    rule.kind,
    ...ruleKindOf(rule)
      .codeFields(rule)
      .map(([k, v]) => `${k}=${v}`),
  ].join(';');

/**
 * Reads a rule code back (the inverse of `ruleCode`). The decision date of the per-capita rule is not
 * part of the code: 4,00 kr is the decided rate (2017-02-02), any other rate a what-if.
 *
 * @example parseRuleCode("per-capita;rate=4.50") // ok({ kind: 'per-capita', rateOre: 450 })
 */
export function parseRuleCode(code: string): Result<FeeRule> {
  const [kind, ...pairs] = code.trim().split(';');
  const fields = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const));
  const module = RULE_KINDS.find((k) => k.kind === kind);
  const rule = module?.fromCodeFields(fields);
  return rule
    ? ok(rule)
    : fail('rule-code-invalid', `Regelkoden ”${code}” kan inte läsas.`, `The rule code "${code}" cannot be read.`);
}

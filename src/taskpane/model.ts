import {
  AGREEMENT_BASE_YEAR,
  FeeRule,
  lookupPopulation,
  Member,
  PopulationEstimate,
  PopulationSeries,
  Result,
  RULE_KINDS,
  ruleForFeeYear,
  optional,
} from '../domain';
import { Fees, feesOfYear } from '../jobs/fees';

/** What the officer has typed or chosen for the rule, as text until it is checked: every rule kind's fields. */
export interface RuleForm {
  readonly kind: FeeRule['kind'];
  /** By field key (`rate`, `reading`, `amount`, `splitYear`, …); kept when the officer switches kinds. */
  readonly values: Readonly<Record<string, string>>;
}

/** The form as it starts: every registered rule's fields at their initial text. */
export const DEFAULT_RULE_FORM: RuleForm = {
  kind: 'per-capita',
  values: Object.fromEntries(RULE_KINDS.flatMap((kind) => kind.form.fields.map((f) => [f.key, f.initial]))),
};

/**
 * The form for the rule in force in a fee year, used until the officer chooses another.
 *
 * @example
 * ruleFormForYear(2012).kind // → 'indexed' (§ 8, 2010–2016)
 * ruleFormForYear(2027).kind // → 'per-capita' (4 kr, decided 2017-02-02)
 */
export function ruleFormForYear(feeYear: number): RuleForm {
  const inForce = ruleForFeeYear(feeYear);
  return { ...DEFAULT_RULE_FORM, kind: inForce.ok ? inForce.value.kind : DEFAULT_RULE_FORM.kind };
}

/**
 * The rule typed in the pane, read by its kind's module; a failure names its field.
 *
 * @example ruleFromForm({ kind: 'per-capita', values: { rate: '4,50' } }, 2026) // → ok({ kind: 'per-capita', rateOre: 450 })
 */
export function ruleFromForm(form: RuleForm, feeYear: number): Result<FeeRule> {
  const kind = RULE_KINDS.find((k) => k.kind === form.kind) ?? RULE_KINDS[0]!;
  return kind.form.fromForm(form.values, feeYear);
}

/** The year-ends to fetch: 31 December 2009 (for § 8) up to the year before the fee year. */
export function yearsToFetch(feeYear: number): number[] {
  const first = Math.min(AGREEMENT_BASE_YEAR - 1, feeYear - 2);
  return Array.from({ length: feeYear - first }, (_, i) => first + i);
}

export interface PopulationRow {
  readonly member: Member;
  readonly population?: number;
  /** Change against the year-end before, where both are known. */
  readonly change?: number;
}

/**
 * The rows of a forecast: each member's figure on the estimate's date, and its change since the
 * year-end before that date's year. For an estimate on 31 December 2025: 2025 figures, change since 2024.
 */
export function estimateRows(
  series: PopulationSeries,
  members: readonly Member[],
  estimate: PopulationEstimate,
): PopulationRow[] {
  const pop = lookupPopulation(series);
  const before = Number(estimate.populationDate.slice(0, 4)) - 1;
  const figure = new Map(estimate.figures.map((f) => [f.code, f.population]));
  return members.map((member) => {
    const population = figure.get(member.code);
    const earlier = pop(member.code, before);
    return {
      member,
      ...optional({ population }),
      ...(population !== undefined && earlier !== undefined ? { change: population - earlier } : {}),
    };
  });
}

export function populationRows(series: PopulationSeries, members: readonly Member[], year: number): PopulationRow[] {
  const pop = lookupPopulation(series);
  return members.map((member) => {
    const population = pop(member.code, year);
    const before = pop(member.code, year - 1);
    return {
      member,
      ...optional({ population }),
      ...(population !== undefined && before !== undefined ? { change: population - before } : {}),
    };
  });
}

/**
 * The fees of the rule typed in the pane on the population fetched: the form read, then the job.
 *
 * @example computeFees(2026, DEFAULT_RULE_FORM, population) // → ok({ kind: 'decided', allocation: { totalOre: 210_250_000, … }, … })
 */
export function computeFees(
  feeYear: number,
  form: RuleForm,
  population: PopulationSeries & { readonly members: readonly Member[]; readonly estimate?: PopulationEstimate },
): Result<Fees> {
  const rule = ruleFromForm(form, feeYear);
  if (!rule.ok) return rule;
  const { members, estimate } = population;
  return feesOfYear({ feeYear, rule: rule.value, members, population, ...optional({ estimate }) });
}

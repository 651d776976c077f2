import {
  AGREEMENT_BASE_YEAR,
  fail,
  FeeRule,
  indexedRule,
  IndexedReading,
  lookupPopulation,
  Member,
  ok,
  parseAmount,
  PER_CAPITA_FROM_YEAR,
  perCapitaRule,
  PopulationEstimate,
  PopulationSeries,
  Result,
  splitRule,
  yearEndFor,
} from '../domain';
import { Fees, feesOfYear } from '../jobs/fees';

/** What the officer has typed or chosen for the rule, as text until it is checked. */
export interface RuleForm {
  readonly kind: 'per-capita' | 'indexed' | 'split';
  readonly rate: string;
  readonly reading: IndexedReading;
  readonly amount: string;
  readonly splitYear: string;
}

export const DEFAULT_RULE_FORM: RuleForm = { kind: 'per-capita', rate: '4,00', reading: 'exact', amount: '', splitYear: '' };

/**
 * The form for the rule in force in a fee year, used until the officer chooses another.
 *
 * @example
 * ruleFormForYear(2012).kind // → 'indexed' (§ 8, 2010–2016)
 * ruleFormForYear(2027).kind // → 'per-capita' (4 kr, decided 2017-02-02)
 */
export function ruleFormForYear(feeYear: number): RuleForm {
  return { ...DEFAULT_RULE_FORM, kind: feeYear < PER_CAPITA_FROM_YEAR ? 'indexed' : 'per-capita' };
}

export type RuleField = 'rate' | 'amount' | 'splitYear';

/** Reads a krona amount typed in the pane with the project's one amount parser; an error names its field. */
function kronor(text: string, what: { sv: string; en: string }, field: RuleField): Result<number> {
  const reading = parseAmount(text);
  if (reading.kind === 'amount') return ok(reading.ore);
  if (reading.kind === 'empty') return fail('input-empty', `Ange ${what.sv}.`, `Enter ${what.en}.`, { field });
  return fail('input-amount', reading.reason.sv, reading.reason.en, { field });
}

export function ruleFromForm(form: RuleForm, feeYear: number): Result<FeeRule> {
  switch (form.kind) {
    case 'per-capita': {
      const rate = kronor(form.rate, { sv: 'avgiften per invånare', en: 'the fee per inhabitant' }, 'rate');
      return rate.ok ? ok(perCapitaRule(rate.value)) : rate;
    }
    case 'indexed':
      return ok(indexedRule(form.reading));
    case 'split': {
      const amount = kronor(form.amount, { sv: 'beloppet att fördela', en: 'the amount to split' }, 'amount');
      if (!amount.ok) return amount;
      const year = form.splitYear.trim();
      if (year && !/^\d{4}$/.test(year)) return fail('input-year', `”${year}” är inget årtal.`, `"${year}" is not a year.`, { field: 'splitYear' });
      return ok(splitRule(amount.value, year ? Number(year) : yearEndFor(feeYear)));
    }
  }
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
export function estimateRows(series: PopulationSeries, members: readonly Member[], estimate: PopulationEstimate): PopulationRow[] {
  const pop = lookupPopulation(series);
  const before = Number(estimate.populationDate.slice(0, 4)) - 1;
  const figure = new Map(estimate.figures.map((f) => [f.code, f.population]));
  return members.map((member) => {
    const population = figure.get(member.code);
    const earlier = pop(member.code, before);
    return { member, ...(population !== undefined ? { population } : {}), ...(population !== undefined && earlier !== undefined ? { change: population - earlier } : {}) };
  });
}

export function populationRows(series: PopulationSeries, members: readonly Member[], year: number): PopulationRow[] {
  const pop = lookupPopulation(series);
  return members.map((member) => {
    const population = pop(member.code, year);
    const before = pop(member.code, year - 1);
    return { member, ...(population !== undefined ? { population } : {}), ...(population !== undefined && before !== undefined ? { change: population - before } : {}) };
  });
}

/**
 * The fees of the rule typed in the pane on the population fetched: the form read, then the job.
 *
 * @example computeFees(2026, DEFAULT_RULE_FORM, population) // → ok({ kind: 'decided', allocation: { totalOre: 210_250_000, … }, … })
 */
export function computeFees(feeYear: number, form: RuleForm, population: PopulationSeries & { readonly members: readonly Member[]; readonly estimate?: PopulationEstimate }): Result<Fees> {
  const rule = ruleFromForm(form, feeYear);
  if (!rule.ok) return rule;
  const { members, estimate } = population;
  return feesOfYear({ feeYear, rule: rule.value, members, population, ...(estimate ? { estimate } : {}) });
}

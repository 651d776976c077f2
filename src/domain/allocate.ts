import { apportionLargestRemainder } from './apportion';
import { formatDateEn, formatDateSv, formatInteger, formatIntegerEn, formatKronor, formatKronorEn } from './format';
import { Member } from './members';
import { isWholeKronor, Ore, oreToRational, roundToWholeKronor } from './money';
import {
  PopulationLookup,
  populationDate,
  PopulationSeries,
  PopulationSource,
  validatePopulation,
} from './population';
import { mul, rational } from './rational';
import { fail, Message, ok, Result } from './result';
import { isScenario } from './feeYearRule';
import { PopulationEstimate, Forecast, seriesWithEstimate } from './forecast';
import { describeRule, FeeRule, populationText, rulePopulationYear } from './rules';

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
  const dateOf: DateOf = (y) => (estimate && y === populationYear ? estimate.populationDate : populationDate(y));

  const fees = computeFees(rule, feeYear, members, lookup, dateOf);
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
    ...(estimate ? { forecast: { populationDate: estimate.populationDate, basis: estimate.basis, ...(estimate.note ? { note: estimate.note } : {}) } } : {}),
    ...(rule.kind === 'indexed'
      ? { baseTotalPopulation: members.reduce((s, m) => s + pop(m, rule.baseYear - 1), 0) }
      : {}),
  };
  return ok(allocation);
}

function checkRule(rule: FeeRule, feeYear: number): Result<FeeRule> {
  if (!Number.isInteger(feeYear) || feeYear < 1900 || feeYear > 2200) {
    return fail('fee-year-invalid', `Avgiftsåret ${feeYear} är inte ett giltigt år.`, `Fee year ${feeYear} is not a valid year.`);
  }
  switch (rule.kind) {
    case 'per-capita':
      if (!Number.isInteger(rule.rateOre) || rule.rateOre <= 0) {
        return fail(
          'rate-invalid',
          'Avgiften per invånare måste vara större än 0 kr och anges i hela ören (högst två decimaler).',
          'The rate per inhabitant must be above 0 kr, in whole öre (two decimals at most).',
        );
      }
      return ok(rule);
    case 'indexed':
      if (feeYear < rule.baseYear) {
        return fail(
          'indexed-before-base',
          `§ 8 gäller från ${rule.baseYear}; avgiftsår ${feeYear} ligger före avtalet.`,
          `§8 applies from ${rule.baseYear}; fee year ${feeYear} is before the agreement.`,
        );
      }
      if (!Number.isInteger(rule.baseAmountOre) || rule.baseAmountOre <= 0) {
        return fail('base-amount-invalid', 'Grundbeloppet för § 8 måste vara större än 0 kr.', 'The §8 base amount must be above 0 kr.');
      }
      return ok(rule);
    case 'split':
      if (!Number.isInteger(rule.amountOre)) {
        return fail('amount-invalid', 'Beloppet ska anges i kronor med högst två decimaler.', 'The amount must be in kronor with at most two decimals.');
      }
      return ok(rule);
  }
}

/** The year-ends whose population a rule needs for a fee year (what to fetch from SCB). */
export function populationYearsFor(rule: FeeRule, feeYear: number): number[] {
  if (rule.kind !== 'indexed') return [rulePopulationYear(rule, feeYear)];
  const from = rule.baseYear - 1;
  if (rule.reading === 'exact') return [...new Set([from, feeYear - 1])];
  return range(from, feeYear - 1);
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

function computeFees(rule: FeeRule, feeYear: number, members: readonly Member[], lookup: PopulationLookup, dateOf: DateOf): MemberFee[] {
  const pop = (m: Member, y: number) => lookup(m.code, y)!;
  switch (rule.kind) {
    case 'per-capita': {
      const year = feeYear - 1;
      const rate = formatKronor(rule.rateOre);
      const decision = rule.decision ? `, beslut ${rule.decision}` : ' (scenario)';
      const rateEn = formatKronorEn(rule.rateOre);
      const decisionEn = rule.decision ? `, decision ${rule.decision}` : ' (what-if)';
      return members.map((member) => {
        const population = pop(member, year);
        return {
          member,
          population,
          feeOre: rule.rateOre * population,
          basis: {
            sv: `${populationText(population, dateOf(year))} × ${rate}${decision}`,
            en: `${formatIntegerEn(population)} inhabitants on ${formatDateEn(dateOf(year), true)} × ${rateEn}${decisionEn}`,
          },
        };
      });
    }
    case 'split': {
      const year = rulePopulationYear(rule, feeYear);
      const total = members.reduce((s, m) => s + pop(m, year), 0);
      return splitByPopulation(rule.amountOre, members, (m) => pop(m, year)).map(({ member, feeOre }) => {
        const population = pop(member, year);
        return {
          member,
          population,
          feeOre,
          basis: {
            sv: `${formatInteger(population)} av ${formatInteger(total)} invånare ${formatDateSv(dateOf(year), true)} av ${formatKronor(rule.amountOre)}`,
            en: `${formatIntegerEn(population)} of ${formatIntegerEn(total)} inhabitants on ${formatDateEn(dateOf(year), true)} of ${formatKronorEn(rule.amountOre)}`,
          },
        };
      });
    }
    case 'indexed':
      return rule.reading === 'exact'
        ? indexedExact(rule.baseYear, rule.baseAmountOre, feeYear, members, pop, dateOf)
        : indexedChained(rule.baseYear, rule.baseAmountOre, feeYear, members, pop, dateOf);
  }
}

/**
 * Splits an amount by population so the parts sum exactly to it: whole kronor when the amount is
 * whole kronor, whole öre otherwise (largest remainder; see apportion.ts for the tie rule).
 */
export function splitByPopulation(
  amountOre: Ore,
  members: readonly Member[],
  populationOf: (m: Member) => number,
): { member: Member; feeOre: Ore }[] {
  const unit = isWholeKronor(amountOre) ? 100 : 1;
  const parts = apportionLargestRemainder(
    BigInt(amountOre / unit),
    members.map((m) => ({ key: m.code, weight: BigInt(populationOf(m)) })),
  );
  return members.map((member) => ({ member, feeOre: Number(parts.get(member.code)!) * unit }));
}

type Pop = (m: Member, year: number) => number;
/** The date of the figure used for a year-end: the year-end itself, or a forecast's earlier date. */
type DateOf = (year: number) => string;

/** The 2010 invoices: the base amount split by 31 December 2009 so it sums exactly. */
function baseYearFees(baseYear: number, baseAmountOre: Ore, members: readonly Member[], pop: Pop): MemberFee[] {
  const year = baseYear - 1;
  const total = members.reduce((s, m) => s + pop(m, year), 0);
  return splitByPopulation(baseAmountOre, members, (m) => pop(m, year)).map(({ member, feeOre }) => ({
    member,
    population: pop(member, year),
    feeOre,
    basePopulation: pop(member, year),
    basis: {
      sv: `§ 8: ${formatKronor(baseAmountOre)} × ${formatInteger(pop(member, year))} / ${formatInteger(total)} invånare ${formatDateSv(populationDate(year), true)}`,
      en: `§8: ${formatKronorEn(baseAmountOre)} × ${formatIntegerEn(pop(member, year))} / ${formatIntegerEn(total)} inhabitants on ${formatDateEn(populationDate(year), true)}`,
    },
  }));
}

function indexedExact(baseYear: number, baseAmountOre: Ore, feeYear: number, members: readonly Member[], pop: Pop, dateOf: DateOf): MemberFee[] {
  if (feeYear === baseYear) return baseYearFees(baseYear, baseAmountOre, members, pop);
  const baseYearEnd = baseYear - 1;
  const year = feeYear - 1;
  const baseTotal = members.reduce((s, m) => s + pop(m, baseYearEnd), 0);
  // share(2010) × pop(Y−1) / pop(2009) = base × pop(2009)/total(2009) × pop(Y−1)/pop(2009)
  //                                     = base × pop(Y−1) / total(2009)
  return members.map((member) => {
    const population = pop(member, year);
    const exact = mul(oreToRational(baseAmountOre), rational(population, baseTotal));
    return {
      member,
      population,
      feeOre: roundToWholeKronor(exact),
      basePopulation: pop(member, baseYearEnd),
      basis: {
        sv: `§ 8: ${formatKronor(baseAmountOre)} × ${formatInteger(population)} invånare ${formatDateSv(dateOf(year), true)} / ${formatInteger(baseTotal)} invånare totalt ${formatDateSv(populationDate(baseYearEnd), true)}`,
        en: `§8: ${formatKronorEn(baseAmountOre)} × ${formatIntegerEn(population)} inhabitants on ${formatDateEn(dateOf(year), true)} / ${formatIntegerEn(baseTotal)} total inhabitants on ${formatDateEn(populationDate(baseYearEnd), true)}`,
      },
    };
  });
}

function indexedChained(baseYear: number, baseAmountOre: Ore, feeYear: number, members: readonly Member[], pop: Pop, dateOf: DateOf): MemberFee[] {
  let fees = baseYearFees(baseYear, baseAmountOre, members, pop);
  for (let y = baseYear + 1; y <= feeYear; y++) {
    const previous = new Map(fees.map((f) => [f.member.code, f.feeOre]));
    const year = y - 1;
    fees = members.map((member) => {
      const previousFeeOre = previous.get(member.code)!;
      const population = pop(member, year);
      const previousPopulation = pop(member, year - 1);
      const exact = mul(oreToRational(previousFeeOre), rational(population, previousPopulation));
      return {
        member,
        population,
        feeOre: roundToWholeKronor(exact),
        basePopulation: pop(member, baseYear - 1),
        previousPopulation,
        previousFeeOre,
        basis: {
          sv: `§ 8: avgift ${y - 1} ${formatKronor(previousFeeOre)} × ${formatInteger(population)} / ${formatInteger(previousPopulation)} invånare (${formatDateSv(dateOf(year), true)} / ${formatDateSv(populationDate(year - 1), true)})`,
          en: `§8: fee ${y - 1} ${formatKronorEn(previousFeeOre)} × ${formatIntegerEn(population)} / ${formatIntegerEn(previousPopulation)} inhabitants (${formatDateEn(dateOf(year), true)} / ${formatDateEn(populationDate(year - 1), true)})`,
        },
      };
    });
  }
  return fees;
}

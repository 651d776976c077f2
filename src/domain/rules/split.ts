import { splitByPopulation } from '../apportion';
import { yearEndFor } from '../calendar';
import { formatDateEn, formatDateSv, formatInteger, formatIntegerEn, formatKronor, formatKronorEn } from '../format';
import { Ore, oreToKronor } from '../money';
import { optional } from '../optional';
import { fail, ok } from '../result';
import { canonicalKronor, canonicalOre, formAmount, RuleKind } from './kind';

export interface SplitRule {
  readonly kind: 'split';
  readonly amountOre: Ore;
  /** Which year-end's population to split by; default the fee year − 1. */
  readonly populationYear?: number;
  /** What the amount is for, e.g. "§ 7 särskilt projekt". */
  readonly purpose?: string;
}

/**
 * A fixed amount split by folkmängd (§ 7 projects, § 10 dissolution), summing exactly.
 *
 * @example splitRule(86_000_000, 2009) // → { kind: 'split', amountOre: 86_000_000, populationYear: 2009 }
 */
export const splitRule = (amountOre: Ore, populationYear?: number, purpose?: string): SplitRule => ({
  kind: 'split',
  amountOre,
  ...optional({ populationYear, purpose }),
});

const yearOf = (rule: SplitRule, feeYear: number): number => rule.populationYear ?? yearEndFor(feeYear);

/** A fixed amount split by folkmängd with the largest remainder, summing to the krona. */
export const split: RuleKind<SplitRule> = {
  kind: 'split',
  check: (rule) =>
    Number.isInteger(rule.amountOre)
      ? ok(rule)
      : fail(
          'amount-invalid',
          'Beloppet ska anges i kronor med högst två decimaler.',
          'The amount must be in kronor with at most two decimals.',
        ),
  populationYear: yearOf,
  populationYears: (rule, feeYear) => [yearOf(rule, feeYear)],
  fees: (rule, { feeYear, members, pop, dateOf }) => {
    const year = yearOf(rule, feeYear);
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
  },
  describe: (rule, _feeYear, date) => {
    const purpose = rule.purpose ? `${rule.purpose}: ` : '';
    return {
      sv: `${purpose}${formatKronor(rule.amountOre)} fördelat efter folkmängd ${formatDateSv(date)} (största-rest-metoden, summan stämmer på kronan)`,
      en: `${purpose}${formatKronorEn(rule.amountOre)} split by population on ${formatDateEn(date)} (largest-remainder method, sums exactly)`,
    };
  },
  name: () => ({ sv: 'Fast belopp efter folkmängd', en: 'Fixed amount by population' }),
  scenarioPart: () => ({ sv: 'fast belopp', en: 'fixed amount' }),
  // A fixed amount split (§ 7 projects, § 10 dissolution) is a charge of its own, not the yearly fee.
  isScenario: () => false,
  // Pinned to an explicit year-end, that year-end moves back with the fee year.
  oneYearBack: (rule) =>
    rule.populationYear !== undefined ? { ...rule, populationYear: rule.populationYear - 1 } : rule,
  codeFields: (rule) => [
    ['amount', canonicalKronor(rule.amountOre)],
    ...(rule.populationYear !== undefined ? [['population-year', String(rule.populationYear)] as const] : []),
  ],
  fromCodeFields: (fields) => {
    const amountOre = canonicalOre(fields.get('amount'));
    const year = fields.get('population-year');
    if (amountOre === undefined || (year !== undefined && !/^\d{4}$/.test(year))) return undefined;
    return splitRule(amountOre, year === undefined ? undefined : Number(year));
  },
  json: (rule) => ({
    amount: oreToKronor(rule.amountOre),
    ...optional({ populationYear: rule.populationYear }),
    ...(rule.purpose ? { purpose: rule.purpose } : {}),
  }),
  sheet: {
    parameters: (rule, a) => [
      {
        label: 'Belopp att fördela',
        value: oreToKronor(rule.amountOre),
        format: 'fee',
        name: {
          key: `amount-${a.feeYear}`,
          excelName: `Belopp_${a.feeYear}`,
          comment: 'Belopp som fördelas efter folkmängd',
        },
      },
    ],
    // Apportioned: each fee is a constant (the largest remainder is no formula).
    feeFormula: () => undefined,
    previousColumns: () => false,
    check: (rule, _a, [amount]) => ({
      formula: amount!,
      kronor: oreToKronor(rule.amountOre),
      tolerance: '0',
      allowed: 0,
      explanation: 'Summa avgift − belopp att fördela (ska vara 0)',
    }),
    fromParameter: (label, ore) => (label.startsWith('Belopp att fördela') ? splitRule(ore) : undefined),
    parameterOre: (rule) => rule.amountOre,
  },
  cli: {
    names: ['split'],
    options: ['amount', 'population-year'],
    fromOptions: (_name, { amountOre, populationYear }) =>
      amountOre === undefined
        ? fail(
            'split-amount-missing',
            '--rule split behöver --amount, beloppet som ska fördelas.',
            '--rule split needs --amount, the amount to split.',
          )
        : ok(splitRule(amountOre, populationYear)),
  },
  form: {
    label: { sv: 'Fast belopp fördelat efter folkmängd (§ 7, § 10)', en: 'Fixed amount split by population (§7, §10)' },
    fields: [
      {
        key: 'amount',
        label: { sv: 'Belopp att fördela (kr)', en: 'Amount to split (kr)' },
        input: 'amount',
        initial: '',
      },
      {
        key: 'splitYear',
        label: { sv: 'Folkmängd 31 december år', en: 'Population on 31 December of year' },
        hint: (feeYear) => ({
          sv: `Lämna tomt för 31 december ${yearEndFor(feeYear)}.`,
          en: `Leave empty for 31 December ${yearEndFor(feeYear)}.`,
        }),
        input: 'year',
        initial: '',
      },
    ],
    fromForm: (values, feeYear) => {
      const amount = formAmount(
        values.amount ?? '',
        { sv: 'beloppet att fördela', en: 'the amount to split' },
        'amount',
      );
      if (!amount.ok) return amount;
      const year = (values.splitYear ?? '').trim();
      if (year && !/^\d{4}$/.test(year))
        return fail('input-year', `”${year}” är inget årtal.`, `"${year}" is not a year.`, { field: 'splitYear' });
      return ok(splitRule(amount.value, year ? Number(year) : yearEndFor(feeYear)));
    },
  },
};

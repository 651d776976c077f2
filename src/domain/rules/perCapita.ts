import { formatDateEn, formatDateSv, formatIntegerEn, formatKronor, formatKronorEn } from '../format';
import { Ore, oreToKronor } from '../money';
import { yearEndFor } from '../calendar';
import { fail, ok } from '../result';
import { canonicalKronor, canonicalOre, formAmount, RuleKind } from './kind';
import { populationText } from './text';

/** The committee's decision of 2017-02-02: 4 kr per invånare. */
export const DECIDED_RATE_ORE: Ore = 400;
export const RATE_DECISION_DATE = '2017-02-02';

export interface PerCapitaRule {
  readonly kind: 'per-capita';
  readonly rateOre: Ore;
  /** Date of the committee decision behind the rate; absent for a what-if rate. */
  readonly decision?: string;
}

/**
 * The fee per invånare: the decided 4 kr (2017-02-02) unless another rate is given (a what-if).
 *
 * @example perCapitaRule()    // → { kind: 'per-capita', rateOre: 400, decision: '2017-02-02' }
 * @example perCapitaRule(450) // → { kind: 'per-capita', rateOre: 450 }
 */
export const perCapitaRule = (rateOre: Ore = DECIDED_RATE_ORE): PerCapitaRule =>
  rateOre === DECIDED_RATE_ORE
    ? { kind: 'per-capita', rateOre, decision: RATE_DECISION_DATE }
    : { kind: 'per-capita', rateOre };

/** 4 kr per invånare on 31 December before the fee year, as decided 2017-02-02 (or a what-if rate). */
export const perCapita: RuleKind<PerCapitaRule> = {
  kind: 'per-capita',
  check: (rule) =>
    Number.isInteger(rule.rateOre) && rule.rateOre > 0
      ? ok(rule)
      : fail(
          'rate-invalid',
          'Avgiften per invånare måste vara större än 0 kr och anges i hela ören (högst två decimaler).',
          'The rate per inhabitant must be above 0 kr, in whole öre (two decimals at most).',
        ),
  populationYear: (_rule, feeYear) => yearEndFor(feeYear),
  populationYears: (_rule, feeYear) => [yearEndFor(feeYear)],
  fees: (rule, { feeYear, members, pop, dateOf }) => {
    const year = yearEndFor(feeYear);
    const decision = rule.decision
      ? { sv: `, beslut ${rule.decision}`, en: `, decision ${rule.decision}` }
      : { sv: ' (scenario)', en: ' (what-if)' };
    return members.map((member) => {
      const population = pop(member, year);
      return {
        member,
        population,
        feeOre: rule.rateOre * population,
        basis: {
          sv: `${populationText(population, dateOf(year))} × ${formatKronor(rule.rateOre)}${decision.sv}`,
          en: `${formatIntegerEn(population)} inhabitants on ${formatDateEn(dateOf(year), true)} × ${formatKronorEn(rule.rateOre)}${decision.en}`,
        },
      };
    });
  },
  describe: (rule, _feeYear, date) =>
    rule.decision
      ? {
          sv: `${formatKronor(rule.rateOre)} per invånare, beslut i samarbetskommittén ${rule.decision}; folkmängd ${formatDateSv(date)}`,
          en: `${formatKronorEn(rule.rateOre)} per inhabitant, committee decision ${rule.decision}; population on ${formatDateEn(date)}`,
        }
      : {
          sv: `${formatKronor(rule.rateOre)} per invånare (scenario, inte beslutad taxa); folkmängd ${formatDateSv(date)}`,
          en: `${formatKronorEn(rule.rateOre)} per inhabitant (what-if, not a decided rate); population on ${formatDateEn(date)}`,
        },
  name: () => ({ sv: 'Per invånare', en: 'Per inhabitant' }),
  scenarioPart: (rule) => {
    const rate = formatKronor(rule.rateOre).replace(/\u00a0/g, ' ');
    return { sv: rate, en: rate };
  },
  isScenario: (rule, inForce) => inForce.kind !== 'per-capita' || rule.rateOre !== DECIDED_RATE_ORE,
  oneYearBack: (rule) => rule,
  codeFields: (rule) => [['rate', canonicalKronor(rule.rateOre)]],
  fromCodeFields: (fields) => {
    const rateOre = canonicalOre(fields.get('rate'));
    return rateOre === undefined ? undefined : perCapitaRule(rateOre);
  },
  json: (rule) => ({ rate: oreToKronor(rule.rateOre), ...(rule.decision ? { decision: rule.decision } : {}) }),
  sheet: {
    parameters: (rule, a) => [
      {
        label: 'Avgift per invånare',
        value: oreToKronor(rule.rateOre),
        format: 'rate',
        name: { key: `rate-${a.feeYear}`, excelName: `Sats_${a.feeYear}`, comment: 'Avgift per invånare' },
      },
    ],
    feeFormula:
      (_rule, _feeYear, [rate], g) =>
      (row) =>
        `=${g.population}${row}*${rate}`,
    previousColumns: () => false,
    check: (rule, a, [rate], g) => ({
      formula: `${rate}*${g.population}${g.total}`,
      kronor: oreToKronor(rule.rateOre * a.totalPopulation),
      tolerance: '0',
      allowed: 0,
      explanation: 'Summa avgift − avgift per invånare × total folkmängd (ska vara 0)',
    }),
    fromParameter: (label, ore) => (label === 'Avgift per invånare' ? perCapitaRule(ore) : undefined),
    parameterOre: (rule) => rule.rateOre,
  },
  cli: {
    names: ['per-capita'],
    options: ['rate'],
    fromOptions: (_name, { rateOre }) => ok(perCapitaRule(rateOre)),
  },
  form: {
    label: { sv: 'Per invånare', en: 'Per inhabitant' },
    fields: [
      {
        key: 'rate',
        label: { sv: 'Avgift per invånare (kr)', en: 'Fee per inhabitant (kr)' },
        hint: () => ({
          sv: `Beslut i samarbetskommittén ${RATE_DECISION_DATE}: 4 kr.`,
          en: `Committee decision ${RATE_DECISION_DATE}: 4 kr.`,
        }),
        input: 'amount',
        initial: '4,00',
      },
    ],
    fromForm: (values) => {
      const rate = formAmount(values.rate ?? '', { sv: 'avgiften per invånare', en: 'the fee per inhabitant' }, 'rate');
      return rate.ok ? ok(perCapitaRule(rate.value)) : rate;
    },
  },
};

import { splitByPopulation } from '../apportion';
import { yearEndFor } from '../calendar';
import { formatDateEn, formatDateSv, formatInteger, formatIntegerEn, formatKronor, formatKronorEn } from '../format';
import type { MemberFee } from '../allocate';
import type { Member } from '../members';
import { Ore, oreToKronor, oreToRational, roundToWholeKronor } from '../money';
import { populationDate } from '../population';
import { mul, rational } from '../rational';
import { fail, ok } from '../result';
import { canonicalKronor, canonicalOre, FeeComputation, RuleKind } from './kind';

/** §8 of the agreement: 860 000 kr for 2010, split by folkmängd 31 December 2009. */
export const AGREEMENT_BASE_YEAR = 2010;
export const AGREEMENT_BASE_AMOUNT_ORE: Ore = 860_000_00;

/**
 * How §8 "Avgiften omräknas … med samma procentsats som resp kommuns invånarantal förändrats" is read:
 * - exact: fee(Y) = exact 2010 share × pop(Y−1) / pop(2009), rounded only on the invoice;
 * - chained: fee(Y) = last year's rounded invoice × pop(Y−1) / pop(Y−2), rounded again.
 */
export type IndexedReading = 'exact' | 'chained';

export interface IndexedRule {
  readonly kind: 'indexed';
  readonly reading: IndexedReading;
  readonly baseYear: number;
  readonly baseAmountOre: Ore;
}

/**
 * § 8 of the agreement, read exactly (the default) or chained.
 *
 * @example indexedRule() // → { kind: 'indexed', reading: 'exact', baseYear: 2010, baseAmountOre: 86_000_000 }
 */
export const indexedRule = (reading: IndexedReading = 'exact'): IndexedRule => ({
  kind: 'indexed',
  reading,
  baseYear: AGREEMENT_BASE_YEAR,
  baseAmountOre: AGREEMENT_BASE_AMOUNT_ORE,
});

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The base year (2010) splits the base amount itself, so it sums exactly: no formula, no rounding. */
const apportioned = (rule: IndexedRule, feeYear: number): boolean => feeYear === rule.baseYear;

type Pop = FeeComputation['pop'];

/** The 2010 invoices: the base amount split by 31 December 2009 so it sums exactly. */
function baseYearFees(rule: IndexedRule, members: readonly Member[], pop: Pop): MemberFee[] {
  const year = rule.baseYear - 1;
  const total = members.reduce((s, m) => s + pop(m, year), 0);
  return splitByPopulation(rule.baseAmountOre, members, (m) => pop(m, year)).map(({ member, feeOre }) => ({
    member,
    population: pop(member, year),
    feeOre,
    basePopulation: pop(member, year),
    basis: {
      sv: `§ 8: ${formatKronor(rule.baseAmountOre)} × ${formatInteger(pop(member, year))} / ${formatInteger(total)} invånare ${formatDateSv(populationDate(year), true)}`,
      en: `§8: ${formatKronorEn(rule.baseAmountOre)} × ${formatIntegerEn(pop(member, year))} / ${formatIntegerEn(total)} inhabitants on ${formatDateEn(populationDate(year), true)}`,
    },
  }));
}

function exactFees(rule: IndexedRule, { feeYear, members, pop, dateOf }: FeeComputation): MemberFee[] {
  if (apportioned(rule, feeYear)) return baseYearFees(rule, members, pop);
  const baseYearEnd = rule.baseYear - 1;
  const year = yearEndFor(feeYear);
  const baseTotal = members.reduce((s, m) => s + pop(m, baseYearEnd), 0);
  // share(2010) × pop(Y−1) / pop(2009) = base × pop(2009)/total(2009) × pop(Y−1)/pop(2009) = base × pop(Y−1) / total(2009)
  return members.map((member) => {
    const population = pop(member, year);
    const exact = mul(oreToRational(rule.baseAmountOre), rational(population, baseTotal));
    return {
      member,
      population,
      feeOre: roundToWholeKronor(exact),
      basePopulation: pop(member, baseYearEnd),
      basis: {
        sv: `§ 8: ${formatKronor(rule.baseAmountOre)} × ${formatInteger(population)} invånare ${formatDateSv(dateOf(year), true)} / ${formatInteger(baseTotal)} invånare totalt ${formatDateSv(populationDate(baseYearEnd), true)}`,
        en: `§8: ${formatKronorEn(rule.baseAmountOre)} × ${formatIntegerEn(population)} inhabitants on ${formatDateEn(dateOf(year), true)} / ${formatIntegerEn(baseTotal)} total inhabitants on ${formatDateEn(populationDate(baseYearEnd), true)}`,
      },
    };
  });
}

function chainedFees(rule: IndexedRule, { feeYear, members, pop, dateOf }: FeeComputation): MemberFee[] {
  let fees = baseYearFees(rule, members, pop);
  for (let y = rule.baseYear + 1; y <= feeYear; y++) {
    const previous = new Map(fees.map((f) => [f.member.code, f.feeOre]));
    const year = yearEndFor(y);
    fees = members.map((member) => {
      const previousFeeOre = previous.get(member.code)!;
      const population = pop(member, year);
      const previousPopulation = pop(member, year - 1);
      const exact = mul(oreToRational(previousFeeOre), rational(population, previousPopulation));
      return {
        member,
        population,
        feeOre: roundToWholeKronor(exact),
        basePopulation: pop(member, rule.baseYear - 1),
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

const READINGS = {
  exact: {
    sv: 'exakt läsning: 2010 års andel × folkmängdens förändring sedan 31 december 2009',
    en: 'exact reading: 2010 share × population change since 31 December 2009',
  },
  chained: {
    sv: 'kedjad läsning: förra årets avrundade avgift × förra årets folkmängdsförändring',
    en: 'chained reading: last year’s rounded fee × last year’s population change',
  },
};

/** § 8 of the agreement (2010–2016): 860 000 kr for 2010 by folkmängd 31 December 2009, then indexed by each member's change. */
export const indexed: RuleKind<IndexedRule> = {
  kind: 'indexed',
  check: (rule, feeYear) => {
    if (feeYear < rule.baseYear) {
      return fail(
        'indexed-before-base',
        `§ 8 gäller från ${rule.baseYear}; avgiftsår ${feeYear} ligger före avtalet.`,
        `§8 applies from ${rule.baseYear}; fee year ${feeYear} is before the agreement.`,
      );
    }
    if (!Number.isInteger(rule.baseAmountOre) || rule.baseAmountOre <= 0)
      return fail(
        'base-amount-invalid',
        'Grundbeloppet för § 8 måste vara större än 0 kr.',
        'The §8 base amount must be above 0 kr.',
      );
    return ok(rule);
  },
  populationYear: (_rule, feeYear) => yearEndFor(feeYear),
  populationYears: (rule, feeYear) =>
    rule.reading === 'exact'
      ? [...new Set([rule.baseYear - 1, yearEndFor(feeYear)])]
      : range(rule.baseYear - 1, yearEndFor(feeYear)),
  fees: (rule, c) => (rule.reading === 'exact' ? exactFees(rule, c) : chainedFees(rule, c)),
  extra: (rule, { members, pop }) => ({
    baseTotalPopulation: members.reduce((s, m) => s + pop(m, rule.baseYear - 1), 0),
  }),
  describe: (rule) => ({
    sv: `§ 8 samarbetsavtalet: ${formatKronor(rule.baseAmountOre)} för ${rule.baseYear} fördelat efter folkmängd 31 december ${rule.baseYear - 1}, omräknat med varje kommuns folkmängdsförändring (${READINGS[rule.reading].sv})`,
    en: `§8 of the agreement: ${formatKronorEn(rule.baseAmountOre)} for ${rule.baseYear} split by population on 31 December ${rule.baseYear - 1}, indexed by each member’s population change (${READINGS[rule.reading].en})`,
  }),
  name: (rule) =>
    rule.reading === 'exact'
      ? { sv: '§ 8 indexering (exakt)', en: '§8 indexation (exact)' }
      : { sv: '§ 8 indexering (kedjad)', en: '§8 indexation (chained)' },
  scenarioPart: (rule) =>
    rule.reading === 'exact' ? { sv: '§ 8 exakt', en: '§8 exact' } : { sv: '§ 8 kedjad', en: '§8 chained' },
  // Either reading of § 8 is the year's rule for 2010–2016: the agreement offers both.
  isScenario: (_rule, inForce) => inForce.kind !== 'indexed',
  oneYearBack: (rule) => rule,
  codeFields: (rule) => [
    ['reading', rule.reading],
    ['base-year', String(rule.baseYear)],
    ['base-amount', canonicalKronor(rule.baseAmountOre)],
  ],
  fromCodeFields: (fields) => {
    const reading = fields.get('reading');
    const baseYear = Number(fields.get('base-year'));
    const baseAmountOre = canonicalOre(fields.get('base-amount'));
    if ((reading !== 'exact' && reading !== 'chained') || !Number.isInteger(baseYear) || baseAmountOre === undefined)
      return undefined;
    return { kind: 'indexed', reading, baseYear, baseAmountOre };
  },
  json: (rule) => ({ reading: rule.reading, baseYear: rule.baseYear, baseAmount: oreToKronor(rule.baseAmountOre) }),
  sheet: {
    parameters: (rule, a) => [
      {
        label: `Grundbelopp ${rule.baseYear} (§ 8)`,
        value: oreToKronor(rule.baseAmountOre),
        format: 'amount',
        name: {
          key: `base-${a.feeYear}`,
          excelName: `Grundbelopp_${a.feeYear}`,
          comment: `Grundbelopp ${rule.baseYear} enligt § 8`,
        },
      },
      {
        label: `Folkmängd totalt ${formatDateSv(populationDate(rule.baseYear - 1))}`,
        value: a.baseTotalPopulation!,
        format: 'integer',
        name: {
          key: `basepop-${a.feeYear}`,
          excelName: `Folkmangd_${rule.baseYear - 1}_${a.feeYear}`,
          comment: `Folkmängd 31 december ${rule.baseYear - 1}`,
        },
      },
    ],
    feeFormula: (rule, feeYear, [base, basePopulation], g) => {
      if (apportioned(rule, feeYear)) return undefined;
      return rule.reading === 'chained'
        ? (row) => `=ROUND(${g.previousFee}${row}*${g.population}${row}/${g.previousPopulation}${row},0)`
        : (row) => `=ROUND(${base}*${g.population}${row}/${basePopulation},0)`;
    },
    previousColumns: (rule, feeYear) => rule.reading === 'chained' && !apportioned(rule, feeYear),
    check: (rule, a, [base, basePopulation], g) => {
      // Fees rounded to whole kronor: at most half a krona per member from the unrounded sum.
      const count = `COUNT(${g.population}${g.first}:${g.population}${g.last})`;
      const halfPerMember = a.members.length / 2;
      if (apportioned(rule, a.feeYear)) {
        return {
          formula: base!,
          kronor: oreToKronor(rule.baseAmountOre),
          tolerance: '0',
          allowed: 0,
          explanation: 'Summa avgift − belopp att fördela (ska vara 0)',
        };
      }
      if (rule.reading === 'chained') {
        const [p, f, q] = [g.population, g.previousFee, g.previousPopulation];
        return {
          formula: `SUMPRODUCT(${f}${g.first}:${f}${g.last},${p}${g.first}:${p}${g.last}/${q}${g.first}:${q}${g.last})`,
          kronor: a.members.reduce(
            (s, m) => s + (oreToKronor(m.previousFeeOre!) * m.population) / m.previousPopulation!,
            0,
          ),
          tolerance: `${count}/2`,
          allowed: halfPerMember,
          explanation: 'Summa avgift − summa oavrundade avgifter (högst en halv krona per kommun i avrundning)',
        };
      }
      return {
        formula: `${base}*${g.population}${g.total}/${basePopulation}`,
        kronor: (oreToKronor(rule.baseAmountOre) * a.totalPopulation) / a.baseTotalPopulation!,
        tolerance: `${count}/2`,
        allowed: halfPerMember,
        explanation:
          'Summa avgift − grundbelopp × folkmängd / folkmängd 2009 (högst en halv krona per kommun i avrundning)',
      };
    },
    // The chained reading is the one with last year's fee and population beside each member.
    fromParameter: (label, ore, previousColumns) => {
      if (!label.startsWith('Grundbelopp')) return undefined;
      return {
        kind: 'indexed',
        reading: previousColumns ? 'chained' : 'exact',
        baseYear: Number(/(\d{4})/.exec(label)?.[1] ?? AGREEMENT_BASE_YEAR),
        baseAmountOre: ore,
      };
    },
    parameterOre: (rule) => rule.baseAmountOre,
  },
  cli: {
    names: ['indexed', 'indexed-chained'],
    options: [],
    fromOptions: (name) => ok(indexedRule(name === 'indexed-chained' ? 'chained' : 'exact')),
  },
  form: {
    label: { sv: '§ 8 indexering (2010–2016)', en: '§8 indexation (2010–2016)' },
    fields: [
      {
        key: 'reading',
        label: { sv: 'Tolkning av § 8', en: 'Reading of §8' },
        input: {
          choices: [
            { value: 'exact', label: { sv: 'Exakt (standard)', en: 'Exact (default)' } },
            { value: 'chained', label: { sv: 'Kedjad', en: 'Chained' } },
          ],
        },
        initial: 'exact',
      },
    ],
    fromForm: (values) => ok(indexedRule(values.reading === 'chained' ? 'chained' : 'exact')),
  },
};

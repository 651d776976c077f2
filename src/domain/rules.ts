import { formatDateEn, formatDateSv, formatInteger, formatKronor, formatKronorEn } from './format';
import { Ore } from './money';
import { populationDate } from './population';
import { yearEndFor } from './calendar';
import { Message } from './result';

/** The committee's decision of 2017-02-02: 4 kr per invånare. */
export const DECIDED_RATE_ORE: Ore = 400;
export const RATE_DECISION_DATE = '2017-02-02';

/** §8 of the agreement: 860 000 kr for 2010, split by folkmängd 31 December 2009. */
export const AGREEMENT_BASE_YEAR = 2010;
export const AGREEMENT_BASE_AMOUNT_ORE: Ore = 860_000_00;

/**
 * How §8 "Avgiften omräknas … med samma procentsats som resp kommuns invånarantal förändrats" is read:
 * - exact: fee(Y) = exact 2010 share × pop(Y−1) / pop(2009), rounded only on the invoice;
 * - chained: fee(Y) = last year's rounded invoice × pop(Y−1) / pop(Y−2), rounded again.
 */
export type IndexedReading = 'exact' | 'chained';

export type FeeRule =
  | {
      readonly kind: 'per-capita';
      readonly rateOre: Ore;
      /** Date of the committee decision behind the rate; absent for a what-if rate. */
      readonly decision?: string;
    }
  | {
      readonly kind: 'indexed';
      readonly reading: IndexedReading;
      readonly baseYear: number;
      readonly baseAmountOre: Ore;
    }
  | {
      readonly kind: 'split';
      readonly amountOre: Ore;
      /** Which year-end's population to split by; default the fee year − 1. */
      readonly populationYear?: number;
      /** What the amount is for, e.g. "§ 7 särskilt projekt". */
      readonly purpose?: string;
    };

export const perCapitaRule = (rateOre: Ore = DECIDED_RATE_ORE): FeeRule =>
  rateOre === DECIDED_RATE_ORE
    ? { kind: 'per-capita', rateOre, decision: RATE_DECISION_DATE }
    : { kind: 'per-capita', rateOre };

export const indexedRule = (reading: IndexedReading = 'exact'): FeeRule => ({
  kind: 'indexed',
  reading,
  baseYear: AGREEMENT_BASE_YEAR,
  baseAmountOre: AGREEMENT_BASE_AMOUNT_ORE,
});

export const splitRule = (amountOre: Ore, populationYear?: number, purpose?: string): FeeRule => ({
  kind: 'split',
  amountOre,
  ...(populationYear !== undefined ? { populationYear } : {}),
  ...(purpose !== undefined ? { purpose } : {}),
});

/** The year-end whose population the rule uses for fee year `feeYear`. */
export function rulePopulationYear(rule: FeeRule, feeYear: number): number {
  return rule.kind === 'split' && rule.populationYear !== undefined ? rule.populationYear : yearEndFor(feeYear);
}

/**
 * A one-line description of the rule, as it is written on every sheet. `date` is the population
 * date used when it is not the rule's year-end (a forecast from an earlier figure).
 *
 * @example
 * describeRule(perCapitaRule(), 2026).sv // → '4 kr per invånare, beslut i samarbetskommittén 2017-02-02; folkmängd 31 december 2025'
 */
export function describeRule(rule: FeeRule, feeYear: number, date = populationDate(rulePopulationYear(rule, feeYear))): Message {
  switch (rule.kind) {
    case 'per-capita': {
      const rate = formatKronor(rule.rateOre);
      const rateEn = formatKronorEn(rule.rateOre);
      return rule.decision
        ? {
            sv: `${rate} per invånare, beslut i samarbetskommittén ${rule.decision}; folkmängd ${formatDateSv(date)}`,
            en: `${rateEn} per inhabitant, committee decision ${rule.decision}; population on ${formatDateEn(date)}`,
          }
        : {
            sv: `${rate} per invånare (scenario, inte beslutad taxa); folkmängd ${formatDateSv(date)}`,
            en: `${rateEn} per inhabitant (what-if, not a decided rate); population on ${formatDateEn(date)}`,
          };
    }
    case 'indexed': {
      const base = formatKronor(rule.baseAmountOre);
      const baseEn = formatKronorEn(rule.baseAmountOre);
      const reading =
        rule.reading === 'exact'
          ? { sv: 'exakt läsning: 2010 års andel × folkmängdens förändring sedan 31 december 2009', en: 'exact reading: 2010 share × population change since 31 December 2009' }
          : { sv: 'kedjad läsning: förra årets avrundade avgift × förra årets folkmängdsförändring', en: 'chained reading: last year’s rounded fee × last year’s population change' };
      return {
        sv: `§ 8 samarbetsavtalet: ${base} för ${rule.baseYear} fördelat efter folkmängd 31 december ${rule.baseYear - 1}, omräknat med varje kommuns folkmängdsförändring (${reading.sv})`,
        en: `§8 of the agreement: ${baseEn} for ${rule.baseYear} split by population on 31 December ${rule.baseYear - 1}, indexed by each member’s population change (${reading.en})`,
      };
    }
    case 'split': {
      const amount = formatKronor(rule.amountOre);
      const purpose = rule.purpose ? `${rule.purpose}: ` : '';
      return {
        sv: `${purpose}${amount} fördelat efter folkmängd ${formatDateSv(date)} (största-rest-metoden, summan stämmer på kronan)`,
        en: `${purpose}${formatKronorEn(rule.amountOre)} split by population on ${formatDateEn(date)} (largest-remainder method, sums exactly)`,
      };
    }
  }
}

/** Short name of the rule for tables and option lists. */
export function ruleName(rule: FeeRule): Message {
  switch (rule.kind) {
    case 'per-capita':
      return { sv: 'Per invånare', en: 'Per inhabitant' };
    case 'indexed':
      return rule.reading === 'exact'
        ? { sv: '§ 8 indexering (exakt)', en: '§8 indexation (exact)' }
        : { sv: '§ 8 indexering (kedjad)', en: '§8 indexation (chained)' };
    case 'split':
      return { sv: 'Fast belopp efter folkmängd', en: 'Fixed amount by population' };
  }
}

/** "96 750 invånare 31 dec 2025" for a population on an ISO date. */
export const populationText = (population: number, date: string): string =>
  `${formatInteger(population)} invånare ${formatDateSv(date, true)}`;

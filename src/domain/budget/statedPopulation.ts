import { formatInteger, formatIntegerEn } from '../format';
import { BudgetFinding } from './types';

const NUMBER = '(\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+|\\d+)(?![\\d])';
/**
 * A total population stated in the text: "Den 31 december 2025 var invånarantalet totalt 525 625",
 * "invånarantalet den 31 december 2025 var 525 625", "totalt 525 625 invånare". Not "Huddinge har
 * 115 000 invånare", a member's own figure.
 */
const POPULATION = [
  new RegExp(
    `invånarantal\\w*\\s+(?:den\\s+31\\s+december\\s+\\d{4}\\s+)?(?:var\\s+|uppgick\\s+till\\s+)?(?:totalt\\s+|sammanlagt\\s+)?(?:var\\s+)?${NUMBER}(?!\\s*(?:var|kr|kronor)\\b)`,
    'i',
  ),
  new RegExp(`(?:totalt|sammanlagt)\\s+${NUMBER}\\s+invånare`, 'i'),
];

export interface StatedPopulation {
  readonly total: number;
  /** The year of "31 december YYYY" beside it, if written. */
  readonly year?: number;
}

/**
 * The total folkmängd a text states, if it states one.
 *
 * @example statedPopulationIn('Den 31 december 2025 var invånarantalet totalt 525 625') // → { total: 525625, year: 2025 }
 */
export function statedPopulationIn(text: string): StatedPopulation | undefined {
  const m = POPULATION.map((p) => p.exec(text)).find((x) => x !== null);
  if (!m) return undefined;
  const year = /31\s+december\s+(\d{4})/i.exec(text)?.[1];
  return { total: Number(m[1]!.replace(/\D/g, '')), ...(year ? { year: Number(year) } : {}) };
}

/**
 * Compares a stated total with the folkmängd the fees are computed on: a different total is a Fel,
 * the same total on another date a Varning.
 *
 * @example statedPopulationFinding({ total: 525000, year: 2025 }, 'A20', { feeYear: 2026, populationTotal: 525625, populationYear: 2025 })
 *   // → { severity: 'error', code: 'population-differs', cell: 'A20', … }
 */
export function statedPopulationFinding(
  stated: StatedPopulation,
  cell: string,
  data: { feeYear: number; populationTotal?: number; populationYear?: number },
): BudgetFinding | undefined {
  const on = (year: number | undefined) => (year === undefined ? '' : ` den 31 december ${year}`);
  const onEn = (year: number | undefined) => (year === undefined ? '' : ` on 31 December ${year}`);
  if (data.populationTotal !== undefined && stated.total !== data.populationTotal) {
    const diff = stated.total - data.populationTotal;
    return {
      severity: 'error',
      code: 'population-differs',
      cell,
      message: {
        sv: `Texten anger ${formatInteger(stated.total)} invånare${on(stated.year)}, men folkmängden som avgifterna för ${data.feeYear} räknas på är ${formatInteger(data.populationTotal)}${on(data.populationYear)} (skillnad ${formatInteger(diff)}). Rätta texten.`,
        en: `The text states ${formatIntegerEn(stated.total)} inhabitants${onEn(stated.year)}, but the fees for ${data.feeYear} are computed on ${formatIntegerEn(data.populationTotal)}${onEn(data.populationYear)} (difference ${formatIntegerEn(diff)}).`,
      },
    };
  }
  if (stated.year !== undefined && data.populationYear !== undefined && stated.year !== data.populationYear) {
    return {
      severity: 'warning',
      code: 'population-date-differs',
      cell,
      message: {
        sv: `Texten anger invånarantalet${on(stated.year)}, men avgifterna för ${data.feeYear} räknas på folkmängden${on(data.populationYear)}. Rätta datumet i texten.`,
        en: `The text gives the population${onEn(stated.year)}, but the fees for ${data.feeYear} are computed on the population${onEn(data.populationYear)}.`,
      },
    };
  }
  return undefined;
}

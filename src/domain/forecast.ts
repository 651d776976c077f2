import { formatDateSv, formatDateEn } from './format';
import { Kommunkod, Member } from './members';
import { lookupPopulation, populationDate, PopulationSeries, PopulationSource } from './population';
import { fail, Message, ok, Result } from './result';

/**
 * What a forecast (Prognos) stands on: the latest published folkmängd before 31 December of the
 * population year, either SCB's preliminary monthly figure (last day of the latest month, kommun
 * level, TAB6471) or the latest year-end the source has.
 */
export type ForecastBasis = 'month' | 'year-end';

/** Folkmängd per member on an earlier date, standing in for a year-end not yet published. */
export interface PopulationEstimate {
  /** ISO date of the figures used, e.g. '2025-12-31' or '2026-09-30'. */
  readonly populationDate: string;
  readonly basis: ForecastBasis;
  readonly figures: readonly { readonly code: Kommunkod; readonly population: number; readonly table?: string }[];
  readonly source: PopulationSource;
  /** Why a better figure was not used, e.g. SCB's monthly table has no kommun level. */
  readonly note?: Message;
}

/** The forecast an allocation carries: which figure it used. */
export interface Forecast {
  readonly populationDate: string;
  readonly basis: ForecastBasis;
  readonly note?: Message;
}

/**
 * The latest year-end before `populationYear` for which the series has every member: the fallback
 * estimate when SCB's monthly figures are not at hand (offline, snapshot, file).
 *
 * @example
 * latestYearEndEstimate(snapshotPopulation(), SODERTORN_MEMBERS, 2026)
 * // → ok({ populationDate: '2025-12-31', basis: 'year-end', figures: [{ code: '0127', population: 96_750 }, …] })
 */
export function latestYearEndEstimate(
  series: PopulationSeries,
  members: readonly Member[],
  populationYear: number,
): Result<PopulationEstimate> {
  const lookup = lookupPopulation(series);
  const years = [...new Set(series.figures.map((f) => f.year))].filter((y) => y < populationYear).sort((a, b) => b - a);
  const year = years.find((y) => members.every((m) => (lookup(m.code, y) ?? 0) > 0));
  if (year === undefined) {
    return fail(
      'forecast-no-figures',
      `Det finns ingen folkmängd före 31 december ${populationYear} för alla medlemmar i ${series.source.label} att göra en prognos från.`,
      `There is no population before 31 December ${populationYear} for every member in ${series.source.label} to forecast from.`,
    );
  }
  const tableOf = new Map(series.figures.filter((f) => f.year === year && f.table).map((f) => [f.code, f.table!]));
  return ok({
    populationDate: populationDate(year),
    basis: 'year-end',
    figures: members.map((m) => ({
      code: m.code,
      population: lookup(m.code, year)!,
      ...(tableOf.has(m.code) ? { table: tableOf.get(m.code)! } : {}),
    })),
    source: series.source,
  });
}

/**
 * The series with the estimate standing in for year-end `populationYear` (its own figures for that
 * year, if any, are dropped), and the estimate's source.
 *
 * @example
 * seriesWithEstimate(snapshot, estimate2025, 2026).figures.filter((f) => f.year === 2026) // → the 2025 figures as 2026
 */
export function seriesWithEstimate(
  series: PopulationSeries,
  estimate: PopulationEstimate,
  populationYear: number,
): PopulationSeries {
  return {
    figures: [
      ...series.figures.filter((f) => f.year !== populationYear),
      ...estimate.figures.map((f) => ({
        code: f.code,
        year: populationYear,
        population: f.population,
        ...(f.table ? { table: f.table } : {}),
      })),
    ],
    source: estimate.source,
  };
}

/**
 * How a forecast is labelled on every line, sheet and JSON object.
 *
 * @example
 * forecastLabel(2027, { populationDate: '2025-12-31', basis: 'year-end' }).sv
 * // → 'Prognos 2027 – folkmängd 31 december 2025 (senaste publicerade årsskifte)'
 * forecastLabel(2027, { populationDate: '2026-09-30', basis: 'month' }).sv
 * // → 'Prognos 2027 – folkmängd 30 september 2026 (SCB:s preliminära månadsstatistik)'
 */
export function forecastLabel(feeYear: number, forecast: Forecast): Message {
  const basis =
    forecast.basis === 'month'
      ? { sv: 'SCB:s preliminära månadsstatistik', en: "SCB's preliminary monthly figures" }
      : { sv: 'senaste publicerade årsskifte', en: 'latest published year-end' };
  return {
    sv: `Prognos ${feeYear} – folkmängd ${formatDateSv(forecast.populationDate)} (${basis.sv})`,
    en: `Forecast ${feeYear} – population on ${formatDateEn(forecast.populationDate)} (${basis.en})`,
  };
}

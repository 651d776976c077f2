import { Message } from './result';

/**
 * The committee's year (SPEC.md): in the autumn of Y−1 the officers prepare budget Y (budgetår);
 * from January they invoice fee year Y (faktureringsår, due 15 March).
 */
export type FeeYearKind = 'budgetår' | 'faktureringsår';

export interface DefaultFeeYear {
  readonly feeYear: number;
  readonly kind: FeeYearKind;
  /** Why this year, for the pane: "Budgetår 2027 (prognos)" or "Faktureringsår 2026". */
  readonly reason: Message;
}

/** From July the officers work on next year's budget; January–June on this year's invoices. */
export const BUDGET_SEASON_FIRST_MONTH = 7;

/**
 * The fee year an officer most likely means at `now` (local calendar): the current year from January
 * to June (faktureringsår), the next year from July to December (budgetår).
 *
 * @example
 * defaultFeeYear(new Date(2026, 10, 23)) // → { feeYear: 2027, kind: 'budgetår', reason: { sv: 'Budgetår 2027 (prognos)', … } }
 * defaultFeeYear(new Date(2026, 2, 1))   // → { feeYear: 2026, kind: 'faktureringsår', reason: { sv: 'Faktureringsår 2026', … } }
 */
export function defaultFeeYear(now: Date): DefaultFeeYear {
  const year = now.getFullYear();
  if (now.getMonth() + 1 >= BUDGET_SEASON_FIRST_MONTH) {
    const feeYear = year + 1;
    const forecast = needsForecast(feeYear, now);
    return {
      feeYear,
      kind: 'budgetår',
      reason: {
        sv: `Budgetår ${feeYear}${forecast ? ' (prognos)' : ''}`,
        en: `Budget year ${feeYear}${forecast ? ' (forecast)' : ''}`,
      },
    };
  }
  return {
    feeYear: year,
    kind: 'faktureringsår',
    reason: { sv: `Faktureringsår ${year}`, en: `Invoicing year ${year}` },
  };
}

/**
 * The one answer to "which year-end": the fee year's folkmängd is that of 31 December the year before
 * (§ 8 of the agreement, and the decision of 2017-02-02); a forecast stands on the latest year-end
 * published at `now` instead.
 *
 * @example
 * yearEndFor(2026)                                     // → 2025
 * yearEndFor(2027, { forecastAt: new Date(2026, 10, 23) }) // → 2025 (31 December 2026 is not published until February 2027)
 */
export const yearEndFor = (feeYear: number, options: { readonly forecastAt?: Date } = {}): number =>
  options.forecastAt ? latestPublishedYear(options.forecastAt) : feeYear - 1;

/**
 * The first day SCB may have published folkmängd 31 December of `populationYear`: SCB publishes it in
 * late February of the next year; from 1 February the source is asked rather than assumed empty.
 *
 * @example
 * publicationFrom(2026) // → '2027-02-01'
 */
export const publicationFrom = (populationYear: number): string => `${populationYear + 1}-02-01`;

/**
 * Whether folkmängd 31 December of `populationYear` can be published at `now` (local calendar).
 *
 * @example
 * isPublished(2025, new Date(2026, 10, 23)) // → true  (published February 2026)
 * isPublished(2026, new Date(2026, 10, 23)) // → false (SCB publishes it in late February 2027)
 * isPublished(2026, new Date(2027, 1, 25))  // → true
 */
export function isPublished(populationYear: number, now: Date): boolean {
  return now.getFullYear() > populationYear + 1 || (now.getFullYear() === populationYear + 1 && now.getMonth() >= 1);
}

/**
 * The latest year-end that can be published at `now`.
 *
 * @example
 * latestPublishedYear(new Date(2026, 10, 23)) // → 2025
 * latestPublishedYear(new Date(2027, 0, 15))  // → 2025 (31 December 2026 comes in late February)
 */
export function latestPublishedYear(now: Date): number {
  return now.getMonth() >= 1 ? now.getFullYear() - 1 : now.getFullYear() - 2;
}

/**
 * Whether the fees of `feeYear` (which use 31 December of feeYear − 1) can only be a forecast at `now`.
 *
 * @example
 * needsForecast(2027, new Date(2026, 10, 23)) // → true
 * needsForecast(2026, new Date(2026, 10, 23)) // → false
 */
export const needsForecast = (feeYear: number, now: Date): boolean => !isPublished(yearEndFor(feeYear), now);

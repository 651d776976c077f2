import { defaultFeeYear, latestPublishedYear, needsForecast } from '../domain';

/**
 * The officer's three tasks, in the order of the committee's year (SPEC, "The committee's year"):
 * the budget for next year in the autumn, the year's fees and invoices in the spring, and Fastställ
 * and Kontrollera once the committee has decided.
 */
export type PaneTask = 'budget' | 'invoices' | 'approve';

export const TASKS: readonly PaneTask[] = ['budget', 'invoices', 'approve'];

/**
 * The task in season, by the same calendar as the default fee year: the budget from July until SCB
 * has published the year-end the fees need (February, `isPublished`), then the invoices.
 *
 * @example
 * taskInSeason(new Date(2026, 10, 23)) // → 'budget'   (budgetår 2027)
 * taskInSeason(new Date(2026, 2, 2))   // → 'invoices' (faktureringsår 2026)
 * taskInSeason(new Date(2027, 0, 15))  // → 'budget'   (2027 is still a forecast; the budget is adopted)
 */
export function taskInSeason(now: Date): PaneTask {
  const { feeYear, kind } = defaultFeeYear(now);
  // January: the year's population is not out yet, and the committee adopts its budget.
  return kind === 'budgetår' || needsForecast(feeYear, now) ? 'budget' : 'invoices';
}

/**
 * The latest fee year whose population SCB has published: the year that can be invoiced and
 * fastställas now (a later one can only be forecast). Its fees use the latest published year-end.
 *
 * @example
 * latestDecidableYear(new Date(2026, 10, 23)) // → 2026
 * latestDecidableYear(new Date(2027, 0, 15))  // → 2026 (31 December 2026 comes in February)
 */
export const latestDecidableYear = (now: Date): number => latestPublishedYear(now) + 1;

import { AGREEMENT_BASE_YEAR, fail, ok, Result } from '../domain';

/** The last fee year the pane accepts: far enough for any plan, near enough to catch a typo. */
export const LAST_FEE_YEAR = 2100;

/**
 * The fee year as typed, checked in one place: four digits, from the agreement's first year (2010).
 * The error names its field, so the form shows it under the year.
 *
 * @example
 * readFeeYear(' 2027 ') // → ok(2027)
 * readFeeYear('26')     // → fail('input-fee-year', 'Ange ett avgiftsår med fyra siffror, 2010–2100.', …, { field: 'feeYear' })
 * readFeeYear('2009')   // → the same failure: there is no fee before the agreement
 */
export function readFeeYear(text: string): Result<number> {
  const trimmed = text.trim();
  const year = Number(trimmed);
  if (/^\d{4}$/.test(trimmed) && year >= AGREEMENT_BASE_YEAR && year <= LAST_FEE_YEAR) return ok(year);
  return fail(
    'input-fee-year',
    `Ange ett avgiftsår med fyra siffror, ${AGREEMENT_BASE_YEAR}–${LAST_FEE_YEAR}.`,
    `Enter a fee year of four digits, ${AGREEMENT_BASE_YEAR}–${LAST_FEE_YEAR}.`,
    { field: 'feeYear' },
  );
}

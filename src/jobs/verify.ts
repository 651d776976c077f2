import { Result } from '../domain';
import { Verification, verifyWorkbook, VerifyOptions } from '../workbook/verify/verify';
import type { FeeBook } from '../workbook/book';

/**
 * The job "verify": the fee year's sheets recomputed from the workbook's own figures (and, given a
 * population, against a source), for "Kontrollera arbetsboken" and `avgift verify` alike.
 *
 * @example await verifyYear(excelBook(Excel), { feeYear: 2026 }) // → ok({ sheet: 'Avgift 2026', differences: [], checksum: '…' })
 */
export async function verifyYear(
  book: Pick<FeeBook, 'snapshot'>,
  options: VerifyOptions = {},
): Promise<Result<Verification>> {
  const snapshot = await book.snapshot();
  return snapshot.ok ? verifyWorkbook(snapshot.value, options) : snapshot;
}

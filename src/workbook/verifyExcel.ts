import { Result } from '../domain';
import { ExcelApi, globalExcel } from './excelApi';
import { readWorkbookSnapshot } from './excelSnapshot';
import { Verification, verifyWorkbook, VerifyOptions } from './verify';

/**
 * "Kontrollera arbetsboken": the same check as `avgift verify`, on the open workbook (one Excel.run).
 *
 * @example await verifyInExcel({ feeYear: 2026 }, Excel) // ok({ sheet: 'Avgift 2026', differences: [], checksum: '…' })
 */
export async function verifyInExcel(options: VerifyOptions = {}, excel: ExcelApi | undefined = globalExcel()): Promise<Result<Verification>> {
  const book = await readWorkbookSnapshot(excel);
  return book.ok ? verifyWorkbook(book.value, options) : book;
}

import { ok, Result } from '../../domain';
import { ExcelApi, globalExcel } from './api';
import { runInExcel } from './envelope';

/**
 * The workbook's sheets by name, in the order of their tabs, in one context.sync(): what the
 * officer picks the budget's sheet from.
 *
 * @example await readSheetNames(excel) // → ok(['Försättsblad', 'Verksamhetsplan 2026', 'Avgift 2026'])
 */
export async function readSheetNames(excel: ExcelApi | undefined = globalExcel()): Promise<Result<string[]>> {
  return runInExcel(
    excel,
    { code: 'excel-read', doing: { sv: 'Excel kunde inte läsa bladen', en: 'Excel could not read the sheets' } },
    async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return ok(sheets.items.map((s) => s.name));
    },
  );
}

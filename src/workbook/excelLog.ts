import { fail, LogEntry, ok, Result } from '../domain';
import { ExcelApi, globalExcel } from './excelApi';
import { renderPlanToExcel } from './excel';
import { LOG_SHEET_NAME, logRow, logSheet } from './layouts/log';

/**
 * Appends one row to the Logg sheet through Office.js: below its last used row, number formats first
 * (so the time and checksum stay text), then the values. A workbook without a Logg gets one, written
 * as a plan like every other sheet. One Excel.run, two syncs.
 *
 * @example await appendLogEntry(logEntryFor(allocation, { action: 'Skrivet', time: new Date().toISOString() }), Excel)
 */
export async function appendLogEntry(entry: LogEntry, excel: ExcelApi | undefined = globalExcel()): Promise<Result<{ sheet: string; row: number }>> {
  if (!excel) return fail('excel-missing', 'Excel är inte tillgängligt här.', 'Excel is not available here.');
  try {
    const appended = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET_NAME);
      const used = sheet.getUsedRangeOrNullObject(false);
      sheet.load('isNullObject');
      used.load('address,isNullObject');
      await context.sync();
      if (sheet.isNullObject) return undefined;
      const last = used.isNullObject ? 0 : Number(/(\d+)$/.exec(used.address)?.[1] ?? 0);
      const row = last + 1;
      const cells = logRow(entry);
      const range = sheet.getRange(`A${row}:${String.fromCharCode(64 + cells.length)}${row}`);
      range.numberFormat = [cells.map((c) => c.format ?? null)];
      // Office.js reads a string starting with "=" as a formula: a text cell never does here (format @ first).
      range.values = [cells.map((c) => c.value ?? null)];
      await context.sync();
      return { sheet: LOG_SHEET_NAME, row };
    });
    if (appended) return ok(appended);
    const written = await renderPlanToExcel({ sheets: [logSheet([entry])], names: [] }, { excel });
    return written.ok ? ok({ sheet: written.value.sheets[0]!.name, row: 5 }) : written;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('excel-log', `Raden i bladet Logg kunde inte skrivas: ${detail}.`, `The Logg row could not be written: ${detail}.`);
  }
}

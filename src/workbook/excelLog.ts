import { fail, LogEntry, ok, Result } from '../domain';
import { columnLetters, parseCell, quoteSheetName } from './address';
import { ExcelApi, globalExcel, Scalar } from './excelApi';
import { LOG_HEADER_ROW, LOG_SHEET_KEY, LOG_SHEET_NAME, logRow, logSheet } from './layouts/log';
import { markerName } from './resolve';

/** Excel column width is in points; one character of the default font is about 5.7 points. */
const POINTS_PER_CHARACTER = 5.7;

/**
 * Appends one row to the Logg sheet through Office.js, in one Excel.run with two syncs: the first finds
 * the Logg and its last used row, the second writes the row below it (number formats first, so the
 * time and checksum stay text). A workbook without a Logg gets one in the same second sync: the
 * plan's title, note, header and this row, with its fitted widths and a hidden marker.
 *
 * @example await appendLogEntry(logEntryFor(allocation, { action: 'Skrivet', time: new Date().toISOString() }), Excel)
 * // ok({ sheet: 'Logg', row: 6 }) when the Logg had one row
 */
export async function appendLogEntry(entry: LogEntry, excel: ExcelApi | undefined = globalExcel()): Promise<Result<{ sheet: string; row: number }>> {
  if (!excel) return fail('excel-missing', 'Excel är inte tillgängligt här.', 'Excel is not available here.');
  try {
    return await excel.run(async (context) => {
      const { worksheets, names } = context.workbook;
      const existing = worksheets.getItemOrNullObject(LOG_SHEET_NAME);
      const used = existing.getUsedRangeOrNullObject(false);
      existing.load('isNullObject');
      used.load('address,isNullObject');
      await context.sync();
      if (existing.isNullObject) {
        const plan = logSheet([entry]);
        const sheet = worksheets.add(LOG_SHEET_NAME);
        for (const block of plan.blocks) {
          const origin = parseCell(block.at);
          block.rows.forEach((cells, r) => {
            if (!cells.length) return;
            const range = sheet.getRange(`${columnLetters(origin.column)}${origin.row + r + 1}:${columnLetters(origin.column + cells.length - 1)}${origin.row + r + 1}`).untrack();
            range.numberFormat = [cells.map((c) => c?.format ?? null)];
            range.values = [cells.map((c) => (c?.value ?? null) as Scalar)];
            if (cells.some((c) => c?.style === 'header' || c?.style === 'title')) range.format.font.bold = true;
          });
        }
        plan.columnWidths?.forEach((w, i) => {
          sheet.getRange(`${columnLetters(i)}:${columnLetters(i)}`).untrack().format.columnWidth = Math.round(w * POINTS_PER_CHARACTER);
        });
        sheet.freezePanes.freezeRows(LOG_HEADER_ROW);
        names.add(markerName(LOG_SHEET_KEY), `=${quoteSheetName(LOG_SHEET_NAME)}!$A$1`, `Avgiftsfördelning: ${LOG_SHEET_KEY}`).visible = false;
        await context.sync();
        return ok({ sheet: LOG_SHEET_NAME, row: LOG_HEADER_ROW + 1 });
      }
      const row = (used.isNullObject ? 0 : Number(/(\d+)$/.exec(used.address)?.[1] ?? 0)) + 1;
      const cells = logRow(entry);
      const range = existing.getRange(`A${row}:${columnLetters(cells.length - 1)}${row}`).untrack();
      range.numberFormat = [cells.map((c) => c.format ?? null)];
      range.values = [cells.map((c) => c.value ?? null)];
      await context.sync();
      return ok({ sheet: LOG_SHEET_NAME, row });
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('excel-log', `Raden i bladet Logg kunde inte skrivas: ${detail}.`, `The Logg row could not be written: ${detail}.`);
  }
}

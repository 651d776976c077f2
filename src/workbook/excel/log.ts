import { LogEntry, ok, Result } from '../../domain';
import { columnLetters, parseCell, quoteSheetName } from '../plan/address';
import { ExcelApi, globalExcel, Scalar } from './api';
import { LOG_HEADER_ROW, LOG_SHEET_KEY, LOG_SHEET_NAME, logRow, logSheet } from '../layouts/log';
import { queueOwnSheet } from './ownSheet';
import { resolveNames } from '../plan/resolve';
import { runInExcel } from './envelope';

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
export async function appendLogEntry(
  entry: LogEntry,
  excel: ExcelApi | undefined = globalExcel(),
): Promise<Result<{ sheet: string; row: number }>> {
  return runInExcel(
    excel,
    {
      code: 'excel-log',
      doing: {
        sv: 'Raden i tilläggets Logg kunde inte skrivas',
        en: "The row in the add-in's Logg could not be written",
      },
    },
    async (context) => {
      const { worksheets, names } = context.workbook;
      const sync = () => context.sync();
      // The add-in's Logg by its marker; an officer's own sheet called Logg is never written into.
      const logRead = queueOwnSheet(context, LOG_SHEET_KEY, LOG_SHEET_NAME);
      worksheets.load('items/name');
      names.load('items/name,items/formula');
      await sync();
      const own = await logRead.resolve(names.items, sync);
      if (!own) {
        // The Logg's name and marker as every writer chooses them: "Logg (2)" beside an officer's Logg.
        const plan = logSheet([entry]);
        const resolution = resolveNames(
          { sheets: [plan], names: [] },
          {
            sheets: worksheets.items.map((w) => ({ name: w.name, ours: false })),
            names: names.items.map((n) => n.name),
          },
          false,
        );
        const name = resolution.sheetNames.get(LOG_SHEET_KEY)!;
        const sheet = worksheets.add(name);
        for (const block of plan.blocks) {
          const origin = parseCell(block.at);
          block.rows.forEach((cells, r) => {
            if (!cells.length) return;
            const range = sheet
              .getRange(
                `${columnLetters(origin.column)}${origin.row + r + 1}:${columnLetters(origin.column + cells.length - 1)}${origin.row + r + 1}`,
              )
              .untrack();
            range.numberFormat = [cells.map((c) => c?.format ?? null)];
            range.values = [cells.map((c) => (c?.value ?? null) as Scalar)];
            if (cells.some((c) => c?.style === 'header' || c?.style === 'title')) range.format.font.bold = true;
          });
        }
        plan.columnWidths?.forEach((w, i) => {
          sheet.getRange(`${columnLetters(i)}:${columnLetters(i)}`).untrack().format.columnWidth = Math.round(
            w * POINTS_PER_CHARACTER,
          );
        });
        sheet.freezePanes.freezeRows(LOG_HEADER_ROW);
        names.add(
          resolution.markers.get(LOG_SHEET_KEY)!,
          `=${quoteSheetName(name)}!$A$1`,
          `Avgiftsfördelning: ${LOG_SHEET_KEY}`,
        ).visible = false;
        await context.sync();
        return ok({ sheet: name, row: LOG_HEADER_ROW + 1 });
      }
      const row = own.lastRow + 1;
      const cells = logRow(entry);
      const range = own.sheet.getRange(`A${row}:${columnLetters(cells.length - 1)}${row}`).untrack();
      range.numberFormat = [cells.map((c) => c.format ?? null)];
      range.values = [cells.map((c) => c.value ?? null)];
      await context.sync();
      return ok({ sheet: own.name, row });
    },
  );
}

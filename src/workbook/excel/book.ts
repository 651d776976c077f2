import { ok, Result } from '../../domain';
import type { ApprovedSheets, FeeBook } from '../book';
import { appendLogEntry } from './log';
import { readWorkbookSnapshot } from './snapshot';
import { ExcelApi, globalExcel } from './api';
import { runInExcel } from './envelope';
import { feeYearSheetNames } from '../verify/feeYearSheets';
import { WorkbookSnapshot } from '../verify/snapshot';

interface ProtectableSheet {
  readonly protection: { protect(options?: Record<string, boolean>, password?: string): void };
}

/**
 * The open workbook as a job's book: read in one Excel.run; Fastställ protects the fee year's sheets
 * not yet protected (worksheet.protection.protect; selecting cells and formatting rows and columns stay
 * allowed) and appends the Fastställt row to the add-in's Logg.
 *
 * @example await approveYear(excelBook(Excel), { feeYear: 2026, by: 'Eva Ek', now: new Date() })
 */
export function excelBook(excel: ExcelApi | undefined = globalExcel()): FeeBook {
  let read: WorkbookSnapshot | undefined;
  const snapshot = async (): Promise<Result<WorkbookSnapshot>> => {
    const book = await readWorkbookSnapshot(excel);
    if (book.ok) read = book.value;
    return book;
  };
  return {
    snapshot,
    protectAndLog: async (feeYear, entry, password): Promise<Result<ApprovedSheets>> => {
      const book = read ? ok(read) : await snapshot();
      if (!book.ok) return book;
      const sheets = feeYearSheetNames(book.value.names, feeYear);
      const unprotected = sheets.filter((name) => !book.value.sheets.find((s) => s.name === name)?.protected);
      const doing = { sv: 'Bladen kunde inte skyddas', en: 'The sheets could not be protected' };
      const protectedAll = await runInExcel(
        excel,
        { code: 'approve-protect', doing, state: { sv: 'Inget har loggats.', en: 'Nothing was logged.' } },
        async (context) => {
          for (const name of unprotected) {
            const sheet = context.workbook.worksheets.getItem(name) as unknown as ProtectableSheet;
            const options = { allowFormatColumns: true, allowFormatRows: true };
            if (password) sheet.protection.protect(options, password);
            else sheet.protection.protect(options);
          }
          await context.sync();
          return ok(null);
        },
      );
      if (!protectedAll.ok) return protectedAll;
      const logged = await appendLogEntry(entry, excel);
      return logged.ok ? ok({ protectedSheets: sheets }) : logged;
    },
  };
}

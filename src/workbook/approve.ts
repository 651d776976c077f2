import { fail, LogEntry, ok, Result } from '../domain';
import { approvalEntry, approvalFaults, lockingEntry } from './approval';
import { appendLogEntry } from './excelLog';
import { readWorkbookSnapshot } from './excelSnapshot';
import { ExcelApi, globalExcel } from './excelApi';
import { Difference, Verification, verifyWorkbook } from './verify';
import { feeYearSheetNames } from './feeYearSheets';
import { excelFailure } from './excelErrors';

export interface ApprovalRequest {
  readonly feeYear?: number;
  readonly by: string;
  readonly reference?: string;
  /** None by default: the protection is against slips, not against people. */
  readonly password?: string;
  readonly now: Date;
}

export type ApprovalOutcome =
  | { readonly approved: true; readonly verification: Verification; readonly protectedSheets: readonly string[]; readonly entry: LogEntry }
  | { readonly approved: false; readonly verification: Verification; readonly faults: readonly Difference[] }
  /** The year is fastställd already (a Fastställt row whose checksum the sheets still have): nothing changed. */
  | { readonly approved: false; readonly verification: Verification; readonly faults: readonly []; readonly locked: LogEntry };

interface ProtectableSheet {
  readonly protection: { protect(options?: Record<string, boolean>, password?: string): void };
}

/**
 * Fastställ in the open workbook after the committee's decision: verifies the fee year's sheets
 * against their own figures, and only when they agree protects them (worksheet.protection.protect,
 * no password by default; selecting cells stays allowed) and logs a Fastställt row with the decision
 * reference, the name and the checksum. Nothing is protected or logged when they do not agree.
 *
 * @example await approveInExcel({ feeYear: 2026, by: 'Eva Ek', reference: 'SK 2026-01-22 § 5', now: new Date() }, Excel)
 * // ok({ approved: true, protectedSheets: ['Avgift 2026', 'Fakturaunderlag 2026', 'Botkyrka 2026', …], entry })
 */
export async function approveInExcel(request: ApprovalRequest, excel: ExcelApi | undefined = globalExcel()): Promise<Result<ApprovalOutcome>> {
  if (!request.by.trim()) return fail('approve-name-missing', 'Ange vem som fastställer.', 'Say who approves.');
  const book = await readWorkbookSnapshot(excel);
  if (!book.ok) return book;
  const verified = verifyWorkbook(book.value, request.feeYear === undefined ? {} : { feeYear: request.feeYear });
  if (!verified.ok) return verified;
  const verification = verified.value;
  // A fastställd year is a lock: approving it again changes nothing.
  const locked = lockingEntry(verification);
  if (locked) return ok({ approved: false, verification, faults: [], locked });
  const faults = approvalFaults(verification);
  if (faults.length) return ok({ approved: false, verification, faults });

  const sheets = feeYearSheetNames(book.value.names, verification.feeYear);
  const unprotected = sheets.filter((name) => !book.value.sheets.find((s) => s.name === name)?.protected);
  try {
    await excel!.run(async (context) => {
      for (const name of unprotected) {
        const sheet = context.workbook.worksheets.getItem(name) as unknown as ProtectableSheet;
        const options = { allowFormatColumns: true, allowFormatRows: true };
        if (request.password) sheet.protection.protect(options, request.password);
        else sheet.protection.protect(options);
      }
      await context.sync();
    });
  } catch (e) {
    return excelFailure(e, 'approve-protect', { sv: 'Bladen kunde inte skyddas', en: 'The sheets could not be protected' }, { sv: 'Inget har loggats.', en: 'Nothing was logged.' });
  }
  const entry = approvalEntry(verification, { time: request.now.toISOString(), by: request.by.trim(), ...(request.reference ? { reference: request.reference } : {}) });
  const logged = await appendLogEntry(entry, excel);
  if (!logged.ok) return logged;
  return ok({ approved: true, verification, protectedSheets: sheets, entry });
}

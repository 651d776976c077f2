import { fail, LogEntry, ok, Result } from '../domain';
import { approvalEntry, approvalFaults, lockingEntry } from '../workbook/verify/approval';
import { Difference, Verification, verifyWorkbook } from '../workbook/verify/verify';
import type { ApprovedSheets, FeeBook } from '../workbook/book';

export interface ApprovalRequest {
  /** Default: the latest fee year the workbook has sheets for. */
  readonly feeYear?: number;
  readonly by: string;
  /** The decision, e.g. "Samarbetskommittén 2026-01-22 § 5". */
  readonly reference?: string;
  /** None by default: the protection is against slips, not against people. */
  readonly password?: string;
  readonly now: Date;
}

export type ApprovalOutcome<Applied extends ApprovedSheets = ApprovedSheets> =
  | {
      readonly approved: true;
      readonly verification: Verification;
      readonly protectedSheets: readonly string[];
      readonly entry: LogEntry;
      readonly applied: Applied;
    }
  | { readonly approved: false; readonly verification: Verification; readonly faults: readonly Difference[] }
  /** The year is fastställd already (a Fastställt row whose checksum the sheets still have): nothing changed. */
  | {
      readonly approved: false;
      readonly verification: Verification;
      readonly faults: readonly [];
      readonly locked: LogEntry;
    };

/**
 * The job "Fastställ", for the pane (the open workbook) and `avgift approve` (a file) alike: verifies
 * the fee year's sheets against their own figures; a year already fastställd is a lock and nothing
 * changes; sheets that disagree are not approved; else they are protected and a Fastställt row with
 * the decision, the name and the checksum is logged.
 *
 * @example await approveYear(excelBook(Excel), { feeYear: 2026, by: 'Eva Ek', reference: 'SK 2026-01-22 § 5', now })
 * // → ok({ approved: true, protectedSheets: ['Avgift 2026', 'Fakturaunderlag 2026', 'Botkyrka 2026', …], entry: { action: 'Fastställt', … } })
 */
export async function approveYear<Applied extends ApprovedSheets>(
  book: FeeBook<Applied>,
  request: ApprovalRequest,
): Promise<Result<ApprovalOutcome<Applied>>> {
  const by = request.by.trim();
  if (!by) return fail('approve-name-missing', 'Ange vem som fastställer.', 'Say who approves.');
  const snapshot = await book.snapshot();
  if (!snapshot.ok) return snapshot;
  const verified = verifyWorkbook(snapshot.value, request.feeYear === undefined ? {} : { feeYear: request.feeYear });
  if (!verified.ok) return verified;
  const verification = verified.value;
  const locked = lockingEntry(verification);
  if (locked) return ok({ approved: false, verification, faults: [], locked });
  const faults = approvalFaults(verification);
  if (faults.length) return ok({ approved: false, verification, faults });
  const entry = approvalEntry(verification, {
    time: request.now.toISOString(),
    by,
    ...(request.reference ? { reference: request.reference } : {}),
  });
  const applied = await book.protectAndLog(verification.feeYear, entry, request.password);
  if (!applied.ok) return applied;
  return ok({
    approved: true,
    verification,
    protectedSheets: applied.value.protectedSheets,
    entry,
    applied: applied.value,
  });
}

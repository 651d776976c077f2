import { LogEntry, ruleCode, ruleName } from '../../domain';
import { LOG_SHEET_NAME } from '../layouts/log';
import { Difference, Verification } from './verify';

/**
 * What stands in the way of approving: every difference verify found, except a missing Logg row
 * (a workbook written before the Logg existed: the Fastställt row starts its log).
 */
export const approvalFaults = (v: Verification): Difference[] =>
  v.differences.filter((d) => !(d.sheet === LOG_SHEET_NAME && d.cell === ''));

/**
 * The Fastställt row for a verified fee table: its rule, total and checksum as the workbook stands,
 * the source as the last write logged it, who approved and the decision reference.
 *
 * @example approvalEntry(v, { time: '2026-01-23T09:30:00Z', by: 'Eva Ek', reference: 'Samarbetskommittén 2026-01-22 § 5' })
 * // { action: 'Fastställt', feeYear: 2026, checksum: v.checksum, name: 'Eva Ek', reference: '…', … }
 */
export function approvalEntry(
  v: Verification,
  approval: { readonly time: string; readonly by: string; readonly reference?: string },
): LogEntry {
  return {
    time: approval.time,
    action: 'Fastställt',
    feeYear: v.feeYear,
    rule: ruleName(v.rule).sv,
    ruleCode: ruleCode(v.rule),
    source: v.logged?.source ?? '',
    tables: v.logged?.tables ?? '',
    sourceDate: v.logged?.sourceDate ?? '',
    totalOre: v.totalOre,
    checksum: v.checksum,
    name: approval.by,
    ...(approval.reference?.trim() ? { reference: approval.reference.trim() } : {}),
  };
}

/**
 * The Fastställt row that locks the verified fee year: the latest Fastställt row of the year whose
 * checksum is the one the sheets have now. None when the year was never fastställd, or when its
 * sheets have changed since (verify then reports the difference).
 *
 * @example lockingEntry(verifyWorkbook(approvedBook).value) // { action: 'Fastställt', time: '2026-01-23T09:30:00.000Z', name: 'Eva Ek', reference: 'SK 2026-01-22 § 5', … }
 */
export const lockingEntry = (v: Verification): LogEntry | undefined =>
  v.logged?.action === 'Fastställt' && v.logged.checksum === v.checksum ? v.logged : undefined;

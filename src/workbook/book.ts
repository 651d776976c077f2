import type { LogEntry, Result } from '../domain';
import type { WorkbookSnapshot } from './verify/snapshot';

/**
 * An officer's workbook as the jobs see it, the same for the open workbook in Excel and for an .xlsx
 * file edited as zip parts: the add-in's sheets read (found by marker), and the one change a job may
 * make to a fastställd-to-be year. `Applied` is what the change gives back (a file's new bytes, say).
 */
export interface FeeBook<Applied extends ApprovedSheets = ApprovedSheets> {
  /** The add-in's sheets, names and Logg as they stand. */
  snapshot(): Promise<Result<WorkbookSnapshot>>;
  /** Protects the fee year's sheets (without a password: against slips) and appends `entry` to the add-in's Logg. */
  protectAndLog(feeYear: number, entry: LogEntry, password?: string): Promise<Result<Applied>>;
}

export interface ApprovedSheets {
  readonly protectedSheets: readonly string[];
}

import { BudgetCheck, BudgetCheckOptions, checkBudget, ok, Result } from '../domain';
import { ExcelApi, globalExcel } from './excelApi';
import { RangeValues, readRangeValues, ReadTarget } from './read';

export interface BudgetInWorkbook {
  readonly check: BudgetCheck;
  readonly sheet: string;
  /** The range read, e.g. "C3:D20". */
  readonly address: string;
  /** For the Budgetkontroll sheet's subtitle, e.g. "Budget!C3:D20". */
  readonly location: string;
}

/**
 * Reads the budget from the selection, a sheet (by default the one named Budget) or an Excel table,
 * and checks it, with findings addressed to the cells of the sheet wherever the range starts.
 */
export async function checkBudgetInWorkbook(
  options: Omit<BudgetCheckOptions, 'origin'>,
  target: ReadTarget = { kind: 'sheet', name: 'Budget' },
  excel: ExcelApi | undefined = globalExcel(),
): Promise<Result<BudgetInWorkbook>> {
  const read = await readRangeValues(target, excel);
  return read.ok ? ok(checkBudgetRange(options, read.value)) : read;
}

/** Checks a budget read from a workbook or a file, addressing findings where the range starts. */
export function checkBudgetRange(options: Omit<BudgetCheckOptions, 'origin'>, range: RangeValues): BudgetInWorkbook {
  const { sheet, address, values } = range;
  const check = checkBudget(values, { ...options, origin: address });
  return { check, sheet, address, location: `${sheet}!${address}` };
}

import { BudgetCheck, Message } from '../domain';
import { budgetCheckSheet } from '../workbook/layouts/budget';
import { WorkbookPlan } from '../workbook/plan/plan';

export interface BudgetSheetRequest {
  readonly check: BudgetCheck;
  readonly feeYear: number;
  /** Where the budget was read: "Budget 2026.xlsx, blad Budget" or "Budget!A1:C20". */
  readonly location: string;
  /** The rule of the fees it was compared with (`allocation.ruleDescription`); none when they were not. */
  readonly basis?: Message;
  readonly generatedAt: string;
}

/**
 * The job's sheet: the plan of "Budgetkontroll ÅR" that both shells write (Excel or .xlsx).
 *
 * @example budgetCheckPlan({ check, feeYear: 2026, location: 'Budget!A1:C20', basis: decided2026.allocation.ruleDescription, generatedAt }).sheets[0].name // → 'Budgetkontroll 2026'
 */
export function budgetCheckPlan({ check, feeYear, location, basis, generatedAt }: BudgetSheetRequest): WorkbookPlan {
  const sheet = budgetCheckSheet({
    check,
    feeYear,
    budgetLocation: location,
    ...(basis ? { expectedBasis: basis.sv } : {}),
    generatedAt,
  });
  return { sheets: [sheet], names: [] };
}

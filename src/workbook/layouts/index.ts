export { feeWorkbookPlan, allocationSheetKey } from './fees';
export type { FeeWorkbookInput, SheetSelection } from './fees';
export { FORMAT, sourceLine, createdLine } from './cells';
export { budgetCheckSheet, budgetTemplateSheet, PLAN_2026_COSTS } from './budget';
export type { BudgetCheckSheetInput } from './budget';
export { allocationTotalCell } from './fees';

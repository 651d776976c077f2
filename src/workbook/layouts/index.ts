export { feeWorkbookPlan, allocationSheetKey, allocationSheetId } from './fees';
export type { FeeWorkbookInput, SheetSelection } from './fees';
export { FORMAT, sourceLine, createdLine } from './cells';
export { budgetCheckSheet } from './budget';
export { budgetTemplateSheet, PLAN_2026_COSTS, templateCosts } from './budgetTemplate';
export type { BudgetCheckSheetInput } from './budget';
export { allocationTotalCell } from './fees';

export { feeWorkbookPlan, allocationSheetKey, allocationSheetId } from './fees';
export type { FeeWorkbookInput, SheetSelection } from './fees';
export { FORMAT, sourceLine, createdLine } from './cells';
export { budgetCheckSheet } from './budget';
export { budgetTemplateSheet, PLAN_2026_COSTS, templateCosts } from './budgetTemplate';
export type { BudgetCheckSheetInput } from './budget';
export { allocationTotalCell } from './fees';
export { logSheet, logRow, readLogEntries, LOG_HEADER, LOG_SHEET_NAME, LOG_SHEET_KEY } from './log';
export { membersSheet, MEMBERS_SHEET_KEY } from './members';

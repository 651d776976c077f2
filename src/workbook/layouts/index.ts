export { feeWorkbookPlan, allocationSheetKey } from './fees';
export type { FeeWorkbookInput, SheetSelection } from './fees';
export { FORMAT, sourceLine, createdLine } from './cells';

export * from './amount';
export * from './check';
export { columnHeading } from './columns';
export { SEVERITY_WORD } from './messages';
export { comparedFeesFor, statedPopulationYear } from './compared';
export { budgetVerdict, feesInWords } from './verdict';
export { budgetSheetOf } from './sheet';
export { budgetFootnotes, budgetText, budgetTextAs } from './budgetText';
export type { BudgetText, BudgetTextFormat, BudgetTextInput, BudgetTextLine } from './budgetText';

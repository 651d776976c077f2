export * from './amount';
export * from './check';
export { columnHeading } from './columns';
export { SEVERITY_WORD } from './messages';
export { statedPopulationYear } from './statedPopulation';
export { budgetVerdict, feesInWords } from './verdict';

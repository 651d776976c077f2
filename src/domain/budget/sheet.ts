/**
 * The sheet a budget is on unless the officer picks another: the one called Budget, else the first.
 *
 * @example budgetSheetOf(['Försättsblad', 'Budget', 'Avgift 2026']) // → 'Budget'
 * @example budgetSheetOf(['Försättsblad', 'Verksamhetsplan 2026'])   // → 'Försättsblad'
 */
export const budgetSheetOf = (names: readonly string[]): string | undefined =>
  names.find((n) => n.trim().toLocaleLowerCase('sv') === 'budget') ?? names[0];

import type { SheetSelection } from '../workbook/layouts/fees';

/*
 * The sheets an officer can choose, apart from the plan that writes them: the pane's first screen
 * shows the choice without loading the layouts.
 */

/** The sheets an officer chooses: the fee workbook's and, beside them, the Budgetmall. */
export interface SheetChoice extends Required<SheetSelection> {
  readonly budget: boolean;
}

/** Everything but the Budgetmall (its own command on the command line, a box in the pane). */
export const DEFAULT_SHEETS: SheetChoice = {
  allocation: true,
  invoices: true,
  memberSheets: true,
  population: true,
  history: true,
  budget: false,
};

/**
 * The budget page's write: the fee sheet (decided or Prognos), Befolkning and Historik, and the
 * Budgetmall whose fee revenue follows the fee sheet. Never invoices.
 */
export const BUDGET_SHEETS: SheetChoice = {
  allocation: true,
  invoices: false,
  memberSheets: false,
  population: true,
  history: true,
  budget: true,
};

/** The Budgetmall alone (`avgift budget-template`, the pane with only that box ticked). */
export const BUDGET_TEMPLATE_ONLY: SheetChoice = {
  allocation: false,
  invoices: false,
  memberSheets: false,
  population: false,
  history: false,
  budget: true,
};

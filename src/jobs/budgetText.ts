import { BudgetCheck, budgetText, BudgetText, fail, ok, Result } from '../domain';
import { templateCosts } from '../workbook/layouts/budgetTemplate';
import type { BudgetFees } from './fees';

/** The budget a text is written from: the one the officer checked, with its footnotes. */
export interface CheckedBudget {
  readonly check: BudgetCheck;
  readonly notes?: readonly string[];
}

/**
 * The job "Budgettext of a fee year", for the pane and `avgift budget-text` alike: the decided or
 * forecast fees, and the budget lines from the budget the officer checked (in its order, with its
 * footnotes) or, without one, from the Budgetmall (the fee revenue and the 2026 plan's costs scaled
 * to it). A budget with an amount that could not be read gives no text until it is fixed.
 *
 * @example
 * budgetTextOfYear({ fees: decided2026, budget: { check: seedCheck, notes: ['*Kostnaden baseras på …'] } }).value.parts[1].lines[0]
 * // → { label: 'Personalkostnader*', amountOre: 140_000_000 }
 */
export function budgetTextOfYear({ fees, budget }: { fees: BudgetFees; budget?: CheckedBudget }): Result<BudgetText> {
  const { allocation } = fees;
  if (!budget) {
    return ok(
      budgetText({
        allocation,
        revenues: [{ label: 'Avgifter från kommunerna', amountOre: allocation.totalOre }],
        costs: templateCosts(allocation.totalOre).map(([label, amountOre]) => ({ label, amountOre })),
      }),
    );
  }
  const { check } = budget;
  if (check.unreadLines.length)
    return fail(
      'budget-text-unread',
      `Budgettexten skrivs inte: ${check.unreadLines.length === 1 ? 'ett belopp' : `${check.unreadLines.length} belopp`} kunde inte läsas (${check.unreadLines.map((l) => l.amountCell).join(', ')}). Rätta budgeten och försök igen.`,
      `No budget text: ${check.unreadLines.length === 1 ? 'an amount' : `${check.unreadLines.length} amounts`} could not be read (${check.unreadLines.map((l) => l.amountCell).join(', ')}). Correct the budget and try again.`,
    );
  const lines = [...check.lines].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const of = (section: 'revenue' | 'cost') =>
    lines.filter((l) => l.section === section).map((l) => ({ label: l.label, amountOre: l.amountOre }));
  return ok(
    budgetText({
      allocation,
      revenues: of('revenue'),
      costs: of('cost'),
      notes: budget.notes ?? [],
    }),
  );
}

/** Its layouts (text, Markdown, HTML), with the job: one chunk for the pane. */
export { budgetTextAs } from '../domain';

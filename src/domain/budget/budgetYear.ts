import { Message } from '../result';
import { BudgetRow } from './rows';
import { sectionOf } from './sections';

/** "Budget 2027", "Verksamhetsplan och budget 2027", "budget för 2027": a title that names its year. */
const TITLE_YEAR = /\b(?:budget|verksamhetsplan)\b[^0-9\n]{0,30}?\b(20\d\d)\b/i;

export interface StatedBudgetYear {
  readonly year: number;
  /** Where it says so: a cell ("A1") or the sheet's name. */
  readonly cell?: string;
  /** The words that name the year: "Budget 2027", "budget för 2026". */
  readonly text: string;
}

/**
 * The year a budget says it is for: its title above the first part (Intäkter), else its sheet's name.
 * None when neither names one.
 *
 * @example budgetYearOf(rows of a sheet titled "Budget 2027", 'Blad1') // → { year: 2027, cell: 'A1', text: 'Budget 2027' }
 * @example budgetYearOf(rows without a title, 'Budget 2026')           // → { year: 2026, text: 'Budget 2026' }
 */
export function budgetYearOf(rows: readonly BudgetRow[], sheet: string | undefined): StatedBudgetYear | undefined {
  for (const row of rows) {
    if (row.label && sectionOf(row.label.text)) break;
    // A title stands alone on its row; a row of headings ("Budget 2026", "Budget 2027") names columns.
    if (row.texts.length !== 1) continue;
    for (const t of row.texts) {
      // Quoted as far as it names the year ("budget för 2026"), not a whole paragraph.
      const m = TITLE_YEAR.exec(t.text);
      if (m) return { year: Number(m[1]), cell: t.cell, text: m[0].trim() };
    }
  }
  const m = sheet ? TITLE_YEAR.exec(sheet) : null;
  return m ? { year: Number(m[1]), text: sheet!.trim() } : undefined;
}

/**
 * A budget for another year than the fee year it is checked for.
 *
 * @example budgetYearDiffers({ year: 2027, cell: 'A1', text: 'Budget 2027' }, 2026).sv
 * // → 'Budgeten gäller 2027 (A1 ”Budget 2027”), men den kontrolleras för avgiftsår 2026. Välj avgiftsår 2027 och kontrollera igen, eller budgeten för 2026.'
 */
export function budgetYearDiffers(stated: StatedBudgetYear, feeYear: number): Message {
  const where = stated.cell ? `${stated.cell} ”${stated.text}”` : `bladet ”${stated.text}”`;
  const whereEn = stated.cell ? `${stated.cell} "${stated.text}"` : `the sheet "${stated.text}"`;
  return {
    sv: `Budgeten gäller ${stated.year} (${where}), men den kontrolleras för avgiftsår ${feeYear}. Välj avgiftsår ${stated.year} och kontrollera igen, eller budgeten för ${feeYear}.`,
    en: `The budget is for ${stated.year} (${whereEn}), but it is checked for fee year ${feeYear}. Choose fee year ${stated.year} and check again, or the budget for ${feeYear}.`,
  };
}

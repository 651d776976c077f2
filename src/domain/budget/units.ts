import { AmountUnit, amountUnitIn, parseAmount } from './amount';
import { BudgetFinding } from './types';

/** A note that all amounts are in tkr or mkr: "Belopp i tkr", "(tkr)", "Alla belopp i tusentals kronor". */
const UNIT_NOTE =
  /^\(?\s*((alla|samtliga)\s+)?(belopp\s+)?((anges\s+)?i\s+)?(tkr|mkr|mnkr|tusen(tal)?s?\s+kronor|miljoner\s+kronor)\s*\)?\.?$/i;

export interface Units {
  /** The unit of a column (0-based index in the range). */
  readonly of: (column: number) => AmountUnit;
  readonly findings: BudgetFinding[];
}

/**
 * The units amounts are kept in: a column heading ("Belopp, tkr", "Budget 2026 (tkr)") makes its
 * column thousands; a note alone on its row ("Belopp i tkr") makes the whole budget thousands.
 * Each unit found is said in an Upplysning.
 *
 * @example findUnits([[{ text: 'Belopp i tkr', cell: 'A1', column: 0 }]], [false]).of(1) // → 'tkr'
 */
export function findUnits(
  rowTexts: readonly (readonly { text: string; cell: string; column: number }[])[],
  rowHasAmount: readonly boolean[],
): Units {
  const columnUnits = new Map<number, AmountUnit>();
  let unitForAll: AmountUnit | undefined;
  const findings: BudgetFinding[] = [];
  rowTexts.forEach((texts, r) => {
    for (const t of texts) {
      const unit = amountUnitIn(t.text);
      if (!unit || t.text.length > 40 || parseAmount(t.text).kind === 'amount') continue;
      const wholeBudget = texts.length === 1 && !rowHasAmount[r] && UNIT_NOTE.test(t.text.trim());
      if (!wholeBudget && texts.length === 1) continue;
      if (wholeBudget) unitForAll = unit;
      else columnUnits.set(t.column, unit);
      const letter = t.cell.replace(/\d+$/, '');
      const [sv, en] =
        unit === 'tkr'
          ? ['tusentals kronor (tkr)', 'thousands of kronor (tkr)']
          : ['miljoner kronor (mkr)', 'millions of kronor (mkr)'];
      findings.push({
        severity: 'info',
        code: 'amount-unit',
        cell: t.cell,
        message: {
          sv: `${wholeBudget ? 'Beloppen' : `Beloppen i kolumn ${letter}`} läses i ${sv}, som ”${t.text.trim()}” anger.`,
          en: `${wholeBudget ? 'The amounts' : `The amounts in column ${letter}`} are read in ${en}, as "${t.text.trim()}" says.`,
        },
      });
    }
  });
  return { of: (column) => columnUnits.get(column) ?? unitForAll ?? 'kr', findings };
}

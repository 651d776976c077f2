import { Allocation, formatInteger, oreToKronor } from '../../domain';
import { Cell, SheetPlan, sheetRef } from '../plan';
import { withFittedWidths } from '../columnWidths';
import { FORMAT, formula, number, text } from './cells';
import { allocationSheetKey, allocationTotalCell } from './fees';

/** The cost lines of the 2026 plan (section 6), the start of a new budget. */
export const PLAN_2026_COSTS: readonly [string, number][] = [
  ['Personalkostnader', 1_400_000],
  ['Möten', 100_000],
  ['Hemsidan, IT mm', 50_000],
  ['Konsultstöd', 500_000],
  ['Övrigt exempelvis grafiskt stöd', 52_500],
];

/**
 * A Budget sheet for officers who start from nothing: the 2026 plan's lines, the fee revenue from the
 * allocation (a live link when the allocation sheet is in the same workbook), Summa formulas and the
 * result. The budget check reads it as it stands.
 */
export function budgetTemplateSheet(feeYear: number, allocation?: Allocation, linkToAllocation = false): SheetPlan {
  const fee = allocation ? oreToKronor(allocation.totalOre) : 0;
  const costs = PLAN_2026_COSTS.reduce((s, [, v]) => s + v, 0);
  const feeCell: Cell = allocation && linkToAllocation
    ? formula(`=${sheetRef(allocationSheetKey(feeYear))}!${allocationTotalCell(allocation)}`, FORMAT.kronor, { result: fee, style: 'input' })
    : number(fee, FORMAT.kronor, 'input');
  // Two short lines rather than one long one, so the note does not make the sheet wide.
  const intro = allocation
    ? [`Kommunernas avgift är ${allocation.ruleDescription.sv}.`, `Den 31 december ${allocation.populationYear} var invånarantalet totalt ${formatInteger(allocation.totalPopulation)}.`]
    : ['Kommunernas avgift är 4 kronor per invånare och år enligt beslut av samarbetskommittén 2017-02-02.'];
  const firstCost = 10;
  const lastCost = firstCost + PLAN_2026_COSTS.length - 1;
  return withFittedWidths({
    key: `budget-${feeYear}`,
    name: 'Budget',
    blocks: [
      { at: 'A1', rows: [[text(`Budget ${feeYear} – Södertörnskommunernas samarbetskommitté`, 'title')], ...intro.map((line) => [text(line, 'note')])] },
      {
        at: 'A4',
        rows: [
          [text('Intäkter', 'header'), text('Belopp', 'header')],
          [text('Avgifter från kommunerna'), feeCell],
          [text('Summa', 'total'), formula('=SUM(B5:B5)', FORMAT.kronor, { result: fee, style: 'total' })],
          [],
          [],
          [text('Kostnader', 'header'), text('Belopp', 'header')],
          ...PLAN_2026_COSTS.map(([label, amount]) => [text(label), number(amount, FORMAT.kronor, 'input')]),
          [text('Summa', 'total'), formula(`=SUM(B${firstCost}:B${lastCost})`, FORMAT.kronor, { result: costs, style: 'total' })],
          [],
          [text('Resultat (intäkter − kostnader)', 'total'), formula(`=B6-B${lastCost + 1}`, FORMAT.kronor, { result: fee - costs, style: 'total' })],
        ],
      },
    ],
    pageSetup: { orientation: 'portrait', fitToWidth: true },
  });
}

import {
  Allocation,
  apportionLargestRemainder,
  forecastLabel,
  formatDateSv,
  formatInteger,
  isWholeKronor,
  oreToKronor,
} from '../../domain';
import { Cell, SheetPlan, sheetRef } from '../plan/plan';
import { withFittedWidths } from '../plan/columnWidths';
import { FORMAT, formula, number, text } from './cells';
import { allocationSheetId, allocationTotalCell } from './fees';

/** The cost lines of the 2026 plan (section 6), the start of a new budget. */
export const PLAN_2026_COSTS: readonly [string, number][] = [
  ['Personalkostnader', 1_400_000],
  ['Möten', 100_000],
  ['Hemsidan, IT mm', 50_000],
  ['Konsultstöd', 500_000],
  ['Övrigt exempelvis grafiskt stöd', 52_500],
];

/**
 * The cost lines of a template that balances: the fee total split over the 2026 plan's lines in the
 * plan's proportions, by the one apportionment (largest remainder, whole kronor — whole öre when the
 * total has öre), so the lines sum exactly to the fee revenue for every fee year. For 2026 (fee total
 * 2 102 500 kr = the plan's costs) they are the plan's own figures.
 *
 * @example
 * templateCosts(210_250_000) // → the plan: [['Personalkostnader', 140_000_000], …, ['Övrigt …', 5_250_000]] (öre)
 * templateCosts(86_000_000)  // → 2010's 860 000 kr: [['Personalkostnader', 57_265_200], ['Möten', 4_090_400], …] summing to 86_000_000
 */
export function templateCosts(feeTotalOre: number): [string, number][] {
  const unit = isWholeKronor(feeTotalOre) ? 100 : 1;
  const parts = apportionLargestRemainder(
    BigInt(feeTotalOre / unit),
    PLAN_2026_COSTS.map(([label, amount]) => ({ key: label, weight: BigInt(amount) })),
  );
  return PLAN_2026_COSTS.map(([label]) => [label, Number(parts.get(label)!) * unit]);
}

/**
 * A Budget sheet for officers who start from nothing: the fee revenue from the allocation (a live
 * link when the allocation sheet is in the same workbook), the 2026 plan's cost lines scaled to that
 * revenue (`templateCosts`) so the template balances for every fee year, forecasts included, Summa
 * formulas and the result (0). A forecast says "Prognos" with its population date; the budget check
 * reads the sheet as it stands.
 */
export function budgetTemplateSheet(feeYear: number, allocation?: Allocation, linkToAllocation = false): SheetPlan {
  const feeOre = allocation ? allocation.totalOre : PLAN_2026_COSTS.reduce((s, [, v]) => s + v * 100, 0);
  const fee = oreToKronor(feeOre);
  const costs = templateCosts(feeOre);
  const format = isWholeKronor(feeOre) ? FORMAT.kronor : FORMAT.kronorOre;
  // A scenario's sheet may be the side-by-side comparison, whose total is elsewhere: its revenue is a value.
  const feeCell: Cell =
    allocation && linkToAllocation && !allocation.scenario
      ? formula(`=${sheetRef(allocationSheetId(allocation).key)}!${allocationTotalCell(allocation)}`, format, {
          result: fee,
          style: 'input',
        })
      : number(fee, format, 'input');
  const forecast = allocation?.forecast ? forecastLabel(feeYear, allocation.forecast).sv : undefined;
  // Two short lines rather than one long one (rows 2–3, above the table), so the note does not make the sheet wide.
  const intro = allocation
    ? [
        `${forecast ? `${forecast}. ` : ''}Kommunernas avgift är ${allocation.ruleDescription.sv}.`,
        `Den ${formatDateSv(allocation.populationDate)} var invånarantalet totalt ${formatInteger(allocation.totalPopulation)}. Kostnaderna: 2026 års plan i samma proportioner av avgiftsintäkten.`,
      ]
    : ['Kommunernas avgift är 4 kronor per invånare och år enligt beslut av samarbetskommittén 2017-02-02.'];
  const firstCost = 10;
  const lastCost = firstCost + costs.length - 1;
  const costTotal = costs.reduce((s, [, v]) => s + v, 0);
  return withFittedWidths({
    key: `budget-${feeYear}`,
    name: 'Budget',
    blocks: [
      {
        at: 'A1',
        rows: [
          [text(`Budget ${feeYear}${forecast ? ' (prognos)' : ''} – Södertörnskommunernas samarbetskommitté`, 'title')],
          ...intro.map((line) => [text(line, 'note')]),
        ],
      },
      {
        at: 'A4',
        rows: [
          [text('Intäkter', 'header'), text('Belopp', 'header')],
          [text('Avgifter från kommunerna'), feeCell],
          [text('Summa', 'total'), formula('=SUM(B5:B5)', format, { result: fee, style: 'total' })],
          [],
          [],
          [text('Kostnader', 'header'), text('Belopp', 'header')],
          ...costs.map(([label, amount]) => [text(label), number(oreToKronor(amount), format, 'input')]),
          [
            text('Summa', 'total'),
            formula(`=SUM(B${firstCost}:B${lastCost})`, format, { result: oreToKronor(costTotal), style: 'total' }),
          ],
          [],
          [
            text('Resultat (intäkter − kostnader)', 'total'),
            formula(`=B6-B${lastCost + 1}`, format, { result: oreToKronor(feeOre - costTotal), style: 'total' }),
          ],
        ],
      },
    ],
    pageSetup: { orientation: 'portrait', fitToWidth: true },
  });
}

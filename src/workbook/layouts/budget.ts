import {
  BudgetCheck,
  BudgetLine,
  budgetVerdict,
  formatInteger,
  formatKronor,
  oreToKronor,
  SEVERITY_WORD,
} from '../../domain';
import { quoteSheetName } from '../plan/address';
import { withFittedWidths } from '../plan/columnWidths';
import { Cell, SheetPlan } from '../plan/plan';
import { createdLine, FORMAT, formula, number, text } from './cells';

export interface BudgetCheckSheetInput {
  readonly check: BudgetCheck;
  readonly feeYear: number;
  /** Where the budget was read, e.g. "Budget!A1:B17" or "Budget.xlsx, blad Budget". */
  readonly budgetLocation: string;
  /** The rule and source the expected fees come from. */
  readonly expectedBasis?: string;
  readonly generatedAt: string;
  /**
   * The budget's sheet when it is in the same workbook (the add-in): the amounts that are numbers
   * there are then links to it, so statuses follow edits of those amounts. Lines added later need
   * a new check.
   */
  readonly linkedSheet?: string;
}

/** Fel, Varning and Upplysning differ in word and in look: Fel bold on red, Varning bold, Upplysning grey italic. */
const SEVERITY_STYLE = { error: 'check', warning: 'check', info: 'note' } as const;

/**
 * Budgetkontroll YYYY: the lines read from the budget, live SUM formulas, the differences, and a text
 * status beside every check (colour only repeats what the text says).
 */
export function budgetCheckSheet(input: BudgetCheckSheetInput): SheetPlan {
  const { check } = input;
  const kr = (ore: number) => oreToKronor(ore);
  const amount = (ore: number, cell: string | undefined, isNumber: boolean | undefined): Cell =>
    input.linkedSheet !== undefined && cell !== undefined && isNumber
      ? formula(`=${quoteSheetName(input.linkedSheet)}!${cell}`, FORMAT.kronor, { result: kr(ore) })
      : number(kr(ore), FORMAT.kronor);
  const lineRow = (title: string, l: BudgetLine): (Cell | null)[] => [
    text(title),
    text(l.label),
    amount(l.amountOre, l.amountCell, l.amountIsNumber),
    text(l.amountCell),
  ];
  const rows: (Cell | null)[][] = [];
  const HEADER_ROW = 5; // A5
  const at = (offset: number) => HEADER_ROW + 1 + offset; // A1 row number of rows[offset]
  const statusCells: string[] = [];
  // Every formula carries its value, computed here in öre from the amounts the sheet shows.
  const part = (section: 'revenue' | 'cost', title: string) => {
    const lines = check.lines.filter((l) => l.section === section);
    // Every line of the budget in its order: counted lines, lines that could not be read (with their
    // text and what was wrong; no amount, so the SUM skips them) and varav lines (in words only).
    const items = [
      ...lines.map((l, i) => ({ row: l.row ?? i, cells: lineRow(title, l) })),
      ...check.unreadLines
        .filter((u) => u.section === section)
        .map((u) => ({
          row: u.row,
          cells: [
            text(title),
            text(`${u.label}: ”${u.text}” kan inte läsas – ${u.reason.sv}`),
            null,
            text(`${u.amountCell} (läses inte)`),
          ] as (Cell | null)[],
        })),
      ...check.subLines
        .filter((u) => u.section === section)
        .map((u) => ({
          row: u.row,
          cells: [
            text(title),
            text(`${u.label} ${formatKronor(u.amountOre)} (ingår i ”${u.parent}”, räknas inte två gånger)`, 'note'),
            null,
            text(u.amountCell),
          ] as (Cell | null)[],
        })),
    ].sort((a, b) => a.row - b.row);
    const first = at(rows.length);
    for (const item of items) rows.push(item.cells);
    const last = at(rows.length) - 1;
    const sumRow = at(rows.length);
    const sumOre = lines.reduce((s, l) => s + l.amountOre, 0);
    rows.push([
      text(title, 'total'),
      text(`Summa ${title.toLowerCase()}`, 'total'),
      formula(items.length ? `=SUM(C${first}:C${last})` : '=0', FORMAT.kronor, { result: kr(sumOre), style: 'total' }),
      null,
    ]);
    const total = check.totals.find((t) => t.section === section);
    if (total?.statedOre !== undefined) {
      rows.push([
        null,
        text('Angiven summa i budgeten'),
        amount(total.statedOre, total.statedCell, total.statedIsNumber),
        text(total.statedCell ?? ''),
      ]);
      const statusRow = at(rows.length);
      const differenceOre = total.statedOre - sumOre;
      rows.push([
        null,
        text('Skillnad (angiven − rader)'),
        formula(`=C${statusRow - 1}-C${sumRow}`, FORMAT.kronor, { result: kr(differenceOre) }),
        formula(`=IF(C${statusRow}=0,"Stämmer","Avviker")`, FORMAT.general, {
          result: differenceOre === 0 ? 'Stämmer' : 'Avviker',
          style: 'check',
        }),
      ]);
      statusCells.push(`D${statusRow}`);
    }
    rows.push([]);
    return { sumRow, sumOre };
  };
  const revenue = part('revenue', 'Intäkter');
  const cost = part('cost', 'Kostnader');
  const resultRow = at(rows.length);
  const resultOre = revenue.sumOre - cost.sumOre;
  rows.push([
    text('Resultat', 'total'),
    text('Intäkter − kostnader', 'total'),
    formula(`=C${revenue.sumRow}-C${cost.sumRow}`, FORMAT.kronor, { result: kr(resultOre), style: 'total' }),
    formula(`=IF(C${resultRow}=0,"Balanserar",IF(C${resultRow}>0,"Överskott","Underskott"))`, FORMAT.general, {
      result: resultOre === 0 ? 'Balanserar' : resultOre > 0 ? 'Överskott' : 'Underskott',
      style: 'check',
    }),
  ]);
  statusCells.push(`D${resultRow}`);
  if (check.expectedFeeRevenueOre !== undefined) {
    const feeRow = at(rows.length);
    const feeLines = check.lines.filter((l) => l.isFeeRevenue);
    const feeOre = feeLines.length === 1 ? feeLines[0]!.amountOre : (check.feeRevenueOre ?? 0);
    const differenceOre = feeOre - check.expectedFeeRevenueOre;
    rows.push([
      text('Avgifter'),
      text('Avgifter från kommunerna i budgeten'),
      feeLines.length === 1
        ? amount(feeOre, feeLines[0]!.amountCell, feeLines[0]!.amountIsNumber)
        : number(kr(feeOre), FORMAT.kronor),
      null,
    ]);
    rows.push([
      null,
      text(`Avgifter enligt reglerna${input.expectedBasis ? ` (${input.expectedBasis})` : ''}`),
      number(kr(check.expectedFeeRevenueOre), FORMAT.kronor),
      null,
    ]);
    rows.push([
      null,
      text('Skillnad (budget − regler)'),
      formula(`=C${feeRow}-C${feeRow + 1}`, FORMAT.kronor, { result: kr(differenceOre) }),
      formula(`=IF(C${feeRow + 2}=0,"Stämmer","Avviker")`, FORMAT.general, {
        result: differenceOre === 0 ? 'Stämmer' : 'Avviker',
        style: 'check',
      }),
    ]);
    statusCells.push(`D${feeRow + 2}`);
  }
  rows.push([]);
  rows.push([
    text('Fynd', 'header'),
    text('Meddelande', 'header'),
    text('Rad i budgeten', 'header'),
    text('Cell i budgeten', 'header'),
  ]);
  const errorCells: string[] = [];
  for (const f of check.findings) {
    if (f.severity === 'error') errorCells.push(`A${at(rows.length)}`);
    rows.push([
      text(SEVERITY_WORD[f.severity].sv, SEVERITY_STYLE[f.severity]),
      text(f.message.sv, f.severity === 'info' ? 'note' : undefined),
      text(f.line ?? ''),
      text(f.cell ?? ''),
    ]);
  }

  return withFittedWidths({
    key: `budgetkontroll-${input.feeYear}`,
    name: `Budgetkontroll ${input.feeYear}`,
    blocks: [
      { at: 'A1', rows: [[text(`Budgetkontroll ${input.feeYear}`, 'title')]] },
      {
        at: 'A2',
        rows: [
          [
            text(
              `${budgetVerdict(check).sv} Budget: ${input.budgetLocation}.${check.statedPopulation !== undefined ? ` Angiven folkmängd ${formatInteger(check.statedPopulation)}.` : ''}`,
              'subtitle',
            ),
          ],
          [text(createdLine(input.generatedAt), 'note')],
        ],
      },
      {
        at: `A${HEADER_ROW}`,
        rows: [
          [
            text('Del', 'header'),
            text('Rad', 'header'),
            text('Belopp', 'header'),
            text('Status / cell i budgeten', 'header'),
          ],
          ...rows,
        ],
      },
    ],
    conditionalFormats: [
      ...statusCells.map((cell) => ({
        range: cell,
        formula: `AND(${cell}<>"Stämmer",${cell}<>"Balanserar")`,
        style: 'bad' as const,
      })),
      ...errorCells.map((cell) => ({ range: cell, formula: `${cell}="Fel"`, style: 'bad' as const })),
    ],
    pageSetup: { orientation: 'portrait', fitToWidth: true },
  });
}

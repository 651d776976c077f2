import { cellAddress } from '../../src/domain/a1';
import { checkBudgetInWorkbook } from '../../src/workbook/budget/read';
import { readSheetNames } from '../../src/workbook/excel/sheetNames';
import { createRealExcel } from '../excel/realExcel';
import { tabularBudget, YEAR_COLUMNS, yearColumnsBudget } from '../support/seedBudget';

/** The seed's 2026 budget placed on a sheet from C3, with Möten mistyped as "100 00". */
function sheetCells(): Record<string, string | number> {
  const cells: Record<string, string | number> = {};
  tabularBudget().forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== '')
        cells[cellAddress(2 + r, 2 + c)] = row[0] === 'Möten' && c === 1 ? '100 00' : (value as string | number);
    }),
  );
  return cells;
}

describe('checkBudgetInWorkbook', () => {
  const rows = tabularBudget();
  const motenRow = 3 + rows.findIndex((r) => r[0] === 'Möten');
  const fake = createRealExcel({
    sheets: [
      { name: 'Blad1', cells: { A1: 'annat' } },
      { name: 'Budget', cells: sheetCells() },
    ],
    selection: { sheet: 'Budget', address: `C3:D${2 + rows.length}` },
  });
  const options = { feeYear: 2026, expectedFeeRevenueOre: 2_102_500_00, populationTotal: 525_625 };

  it.each([
    ['the sheet named Budget', undefined],
    ['the selection', { kind: 'selection' as const }],
  ])('reads %s and addresses findings to the cells of the sheet', async (_, target) => {
    const result = await checkBudgetInWorkbook(options, target, fake.Excel);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.value.location).toBe(`Budget!C3:D${2 + rows.length}`);
    const suspicious = result.value.check.findings.find((f) => f.code === 'amount-suspicious');
    expect(suspicious?.cell).toBe(`D${motenRow}`);
    expect(result.value.check.balanced).toBe(false);
    expect(result.value.check.lines[0]).toMatchObject({
      label: 'Avgifter från kommunerna',
      amountCell: `D${3 + rows.findIndex((r) => r[0] === 'Avgifter från kommunerna')}`,
    });
  });

  it('says so when there is no sheet Budget, and outside Excel', async () => {
    const missing = await checkBudgetInWorkbook(options, { kind: 'sheet', name: 'Budget 2027' }, fake.Excel);
    expect(!missing.ok && missing.error.message.sv).toBe('Bladet ”Budget 2027” finns inte eller är tomt.');
    const outside = await checkBudgetInWorkbook(options, undefined, undefined);
    expect(!outside.ok && outside.error.code).toBe('excel-missing');
  });
});

describe('a budget on a sheet of its own name, with several amount columns (real library)', () => {
  const { cells, lines } = yearColumnsBudget();
  const sheet: Record<string, string | number> = {};
  cells.forEach((row, r) => row.forEach((v, c) => v !== '' && (sheet[cellAddress(r, c)] = v as string | number)));
  const fake = createRealExcel({
    sheets: [
      { name: 'Försättsblad', cells: { A1: 'Budget' } },
      { name: 'Verksamhetsplan 2026', cells: sheet },
    ],
  });
  const target = { kind: 'sheet' as const, name: 'Verksamhetsplan 2026' };

  it('lists the sheets in one sync', async () => {
    const before = fake.model.traffic().roundTrips;
    expect(await readSheetNames(fake.Excel)).toEqual({ ok: true, value: ['Försättsblad', 'Verksamhetsplan 2026'] });
    expect(fake.model.traffic().roundTrips - before).toBe(1);
  });

  it('asks which column, with the columns as values; the one chosen is read', async () => {
    const asked = await checkBudgetInWorkbook({ feeYear: 2026 }, target, fake.Excel);
    expect(!asked.ok && [asked.error.code, asked.error.columns]).toEqual([
      'column-ambiguous',
      YEAR_COLUMNS.map((heading, i) => ({ letter: 'BCD'[i], heading })),
    ]);
    const chosen = await checkBudgetInWorkbook({ feeYear: 2026, column: 'D' }, target, fake.Excel);
    if (!chosen.ok) throw new Error(chosen.error.message.en);
    const costs = lines.filter((l) => l.part === 'cost').reduce((s, l) => s + l.amounts[2]! * 100, 0);
    expect([chosen.value.location, chosen.value.check.column?.heading, chosen.value.check.costsOre]).toEqual([
      `Verksamhetsplan 2026!A1:D${cells.length}`,
      'Budget 2027',
      costs,
    ]);
  });
});

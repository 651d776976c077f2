import { checkBudget } from '../../src/domain';
import { budgetCheckSheet, budgetTemplateSheet } from '../../src/workbook/layouts';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { readRangeValues } from '../../src/workbook/excel/read';
import { createRealExcel } from '../excel/realExcel';
import { tabularBudget } from '../support/seedBudget';
import { allocationFor, GENERATED_AT } from './fixtures';

describe('Budgetkontroll and the budget template as sheets', () => {
  it('the template, written to Excel and read back from the sheet, passes the check', async () => {
    const allocation = allocationFor(2026);
    const fake = createRealExcel();
    const written = await renderPlanToExcel(
      { sheets: [budgetTemplateSheet(2026, allocation)], names: [] },
      { excel: fake.Excel },
    );
    expect(written.ok).toBe(true);
    // Read back as Excel gives it: the Summa cells are formulas, their values computed.
    const values = await readRangeValues({ kind: 'sheet', name: 'Budget' }, fake.Excel);
    if (!values.ok) throw new Error(values.error.message.en);
    expect(fake.cell('Budget', 'B15')?.formula).toBe('=SUM(B10:B14)');
    expect(values.value.values.filter((row) => row[0] === 'Summa').map((row) => row[1])).toEqual([
      2_102_500, 2_102_500,
    ]);
    const check = checkBudget(values.value.values, {
      feeYear: 2026,
      expectedFeeRevenueOre: allocation.totalOre,
      populationTotal: allocation.totalPopulation,
    });
    expect(check.findings.map((f) => f.code)).toEqual(['balanced']);
    expect(check.statedPopulation).toBe(525_625);
  });

  it('Budgetkontroll lists the lines with live sums and a text status beside every check', async () => {
    const check = checkBudget(tabularBudget(), {
      feeYear: 2026,
      expectedFeeRevenueOre: 2_102_500_00,
      populationTotal: 525_625,
    });
    const fake = createRealExcel();
    await renderPlanToExcel(
      {
        sheets: [
          budgetCheckSheet({ check, feeYear: 2026, budgetLocation: 'Budget!A1:B20', generatedAt: GENERATED_AT }),
        ],
        names: [],
      },
      { excel: fake.Excel },
    );
    const sheet = fake.sheet('Budgetkontroll 2026')!;
    const texts = [...sheet.cells.values()].map((c) => c.formula ?? c.value);
    expect(texts).toContain('=SUM(C6:C6)');
    expect(texts).toContain('=SUM(C11:C15)');
    expect(texts.filter((t) => typeof t === 'string' && t.includes('"Stämmer","Avviker"'))).toHaveLength(3);
    expect(texts.some((t) => typeof t === 'string' && t.includes('"Balanserar",IF('))).toBe(true);
    expect(sheet.conditionalFormats.length).toBe(4);
    // What Excel shows for the checks: every status computed from the live sums.
    const statuses = [...sheet.cells.values()].filter((c) => c.formula?.startsWith('=IF(')).map((c) => c.formula!);
    const shown = new Set(fake.values('Budgetkontroll 2026', 'A1:E40').flat());
    expect(statuses).toHaveLength(4);
    expect(
      [...shown].filter(
        (v) => v === 'Stämmer' || v === 'Avviker' || v === 'Balanserar' || v === 'Överskott' || v === 'Underskott',
      ),
    ).toEqual(['Stämmer', 'Balanserar']);
    expect(texts).toContain(
      'Budgeten balanserar: intäkter 2\u00a0102\u00a0500\u00a0kr = kostnader 2\u00a0102\u00a0500\u00a0kr.',
    );
  });

  it('linked to the budget in the same workbook, amounts that are numbers there become links', () => {
    const cells = tabularBudget().map((r) => (r[0] === 'Möten' ? ['Möten', '100 000 kr'] : r));
    const check = checkBudget(cells, { feeYear: 2026, expectedFeeRevenueOre: 2_102_500_00, populationTotal: 525_625 });
    const plan = budgetCheckSheet({
      check,
      feeYear: 2026,
      budgetLocation: "Bud'get!A1:B20",
      generatedAt: GENERATED_AT,
      linkedSheet: "Bud'get",
    });
    const amounts = plan.blocks
      .flatMap((b) => b.rows)
      .filter((r) => r[3] && 'value' in r[3] && /^B\d+$/.test(String(r[3].value)))
      .map((r) => r[2]);
    const moten = check.lines.find((l) => l.label === 'Möten')!;
    const personal = check.lines.find((l) => l.label.startsWith('Personal'))!;
    expect(amounts).toContainEqual(
      expect.objectContaining({ formula: `='Bud''get'!${personal.amountCell}`, result: 1_400_000 }),
    );
    expect(amounts).toContainEqual(expect.objectContaining({ value: 100_000 }));
    expect(amounts.filter((c) => c && 'formula' in c && c.formula === `='Bud''get'!${moten.amountCell}`)).toEqual([]);
  });
});

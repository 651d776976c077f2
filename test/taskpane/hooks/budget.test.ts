/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { valueOf } from '../../../src/taskpane/task';
import { createRealExcel } from '../../excel/realExcel';
import { tabularBudget } from '../../support/seedBudget';
import { paneHooks } from './pane';

/* The budget check through the pane's hooks, in Excel: what a budget is judged against. */
const MARCH = () => new Date(2026, 2, 2, 9, 0);

function budgetSheet(): Record<string, string | number> {
  const cells: Record<string, string | number> = {};
  tabularBudget().forEach((row, r) =>
    row.forEach((v, c) => v !== '' && (cells[`${'AB'[c]}${r + 1}`] = v as string | number)),
  );
  return cells;
}

describe('the budget check', () => {
  it('with a 4,50 kr scenario on screen, judges the budget against the decided 4 kr fees, never the what-if', async () => {
    const excel = createRealExcel({ sheets: [{ name: 'Budget', cells: budgetSheet() }] });
    const p = paneHooks({ now: MARCH, excel: excel.Excel });
    await p.fetchFrom('snapshot');
    await p.run((pane) => pane.rule.setForm({ ...pane.rule.form, values: { ...pane.rule.form.values, rate: '4,50' } }));
    expect(p.pane().fees).toMatchObject({ kind: 'scenario', allocation: { totalOre: 236_531_250 } });
    await p.run((pane) => pane.budget.check());
    const result = valueOf(p.pane().budget.task)!;
    expect(result.compared).toMatchObject({ kind: 'decided', totalOre: 210_250_000 });
    expect(result.check.comparedWith).toMatchObject({ kind: 'decided', expectedOre: 210_250_000 });
    // The seed budget's fee line is the decided 2 102 500 kr: it passes, as it would with no scenario shown.
    expect(result.check.passed).toBe(true);
    // Back to the decided rate: the same comparison, so the check is not stale.
    await p.run((pane) => pane.rule.setForm({ ...pane.rule.form, values: { ...pane.rule.form.values, rate: '4,00' } }));
    expect(p.pane().budget.stale).toBe(false);
  });
});

describe('the Budgetmall beside an officer’s own Budget sheet', () => {
  it('is written as "Budget (2)", and the outcome says why: the officer’s Budget is left as it is', async () => {
    const excel = createRealExcel({ sheets: [{ name: 'Budget', cells: { A1: 'Vår egen budget' } }] });
    const p = paneHooks({ now: MARCH, excel: excel.Excel });
    await p.fetchFrom('snapshot');
    await p.run((pane) => pane.write.setSheets({ ...pane.write.sheets, budget: true }));
    await p.run((pane) => pane.write.write());
    const written = valueOf(p.pane().write.task);
    expect(written?.kind === 'written' && written.sheets.find((s) => s.besideOwn)).toEqual({
      key: expect.any(String),
      name: 'Budget (2)',
      replaced: false,
      besideOwn: 'Budget',
    });
    // Only the sheet that met the officer's name says so.
    expect(written?.kind === 'written' && written.sheets.filter((s) => s.besideOwn)).toHaveLength(1);
    expect(excel.values('Budget', 'A1:A1')).toEqual([['Vår egen budget']]);
  });
});

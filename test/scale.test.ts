import ExcelJS from 'exceljs';
import { getPopulation } from '../src/data';
import {
  allocate,
  checkBudget,
  columnLetters,
  feeHistory,
  invoiceRows,
  logEntryFor,
  perCapitaRule,
} from '../src/domain';
import { renderPlanToExcel } from '../src/workbook/excel/render';
import { budgetTemplateSheet, feeWorkbookPlan } from '../src/workbook/layouts';
import { withSheets } from '../src/workbook/plan/plan';
import { renderPlanToXlsx } from '../src/workbook/xlsx/render';
import { readXlsxSheet } from '../src/workbook/xlsx/read';
import { createRealExcel } from './excel/realExcel';
import { generatedMembers, generatedPopulation } from './support/generated';

/*
 * The whole path for all 290 municipalities and 2008–2026, on generated data: population from a
 * file, the rules, the plan, both renderers and the budget check.
 */
describe('all 290 municipalities, the whole path', () => {
  const members = generatedMembers();
  const csv = [
    'kommunkod;kommun;ar;folkmangd_31dec',
    ...generatedPopulation(members, 2008, 2025).figures.map(
      (f) => `${f.code};Kommun ${f.code};${f.year};${f.population}`,
    ),
  ].join('\n');

  it('population → rules → plan → Excel through the real library (real bytes) and .xlsx → budget check', async () => {
    const years = Array.from({ length: 17 }, (_, i) => 2009 + i);
    const population = await getPopulation({ kind: 'file', fileName: 'alla.csv', text: csv }, { members, years });
    if (!population.ok) throw new Error(population.error.message.en);
    expect(population.value.figures).toHaveLength(290 * 18);

    const allocation = allocate({ feeYear: 2026, rule: perCapitaRule(), members, population: population.value });
    const history = feeHistory({
      fromYear: 2010,
      toYear: 2026,
      members,
      population: population.value,
      reading: 'chained',
    });
    if (!allocation.ok || !history.ok) throw new Error('allocation');
    expect(history.value[0]!.totalOre).toBe(860_000_00);

    const plan = withSheets(
      feeWorkbookPlan({
        allocation: allocation.value,
        history: history.value,
        population: population.value,
        members,
        invoices: invoiceRows(allocation.value),
        generatedAt: '2026-11-23T08:00:00Z',
      }),
      [budgetTemplateSheet(2026, allocation.value, true)],
    );
    expect(plan.sheets).toHaveLength(2 + 290 + 2 + 1);

    const fake = createRealExcel();
    // Logged as every write is: a workbook without a Logg gets it in the same write.
    const log = logEntryFor(allocation.value, { action: 'Skrivet', time: '2026-11-23T08:00:00Z' });
    const written = await renderPlanToExcel(plan, { excel: fake.Excel, log });
    if (!written.ok) throw new Error(written.error.message.en);
    // Real requests as Microsoft's library sends them: each under 4 MB (Excel on the web refuses
    // over 5 MB), 2.5 MB in all; read once, then everything in one request, no clean-up.
    const traffic = fake.model.traffic();
    expect(traffic.largest).toBeLessThanOrEqual(4_000_000);
    expect(traffic.bytes).toBeLessThanOrEqual(2_500_000);
    expect(traffic).toMatchObject({ roundTrips: 2, cleanup: 0 });
    expect(fake.values('Logg', 'B5:C5')).toEqual([['Skrivet', 2026]]);
    // Year and rule, then one column per member, then the total: column 2 + 290 (counting from A = 0).
    expect(fake.cell('Historik', `${columnLetters(2 + 290)}6`)?.value).toBe('Summa');

    const xlsx = await renderPlanToXlsx(plan);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
    expect(wb.worksheets).toHaveLength(plan.sheets.length);

    const budget = await readXlsxSheet(xlsx, 'alla.xlsx', 'Budget');
    if (!budget.ok) throw new Error(budget.error.message.en);
    const check = checkBudget(budget.value.values, {
      feeYear: 2026,
      expectedFeeRevenueOre: allocation.value.totalOre,
      populationTotal: allocation.value.totalPopulation,
    });
    expect(check.feeRevenueOre).toBe(allocation.value.totalOre);
    expect(check.findings.find((f) => f.code === 'fee-revenue-differs')).toBeUndefined();
  });
});

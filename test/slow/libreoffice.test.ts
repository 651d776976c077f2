import ExcelJS from 'exceljs';
import {
  allocate,
  Allocation,
  checkBudget,
  compareScenario,
  FeeRule,
  feeHistory,
  indexedRule,
  invoiceRows,
  latestYearEndEstimate,
  perCapitaRule,
  SODERTORN_MEMBERS,
  splitRule,
} from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { allocationSheetId, budgetCheckSheet, budgetTemplateSheet, feeWorkbookPlan } from '../../src/workbook/layouts';
import { WorkbookPlan } from '../../src/workbook/plan/plan';
import { renderPlanToXlsx } from '../../src/workbook/xlsx/render';
import { readXlsxSheet } from '../../src/workbook/xlsx/read';
import { numeric, recalculateWithLibreOffice } from './support/libreoffice';
import { tabularBudget } from '../support/seedBudget';
import { requireProgram } from './support/programs';

/*
 * A real spreadsheet engine agreeing with the domain is the proof that the formulas are right: each
 * workbook is written by the ExcelJS renderer, LibreOffice computes every formula (set to recalculate
 * on load, whatever the file carries), and the computed cells must equal the fees the domain computed
 * exactly. Every formula is saved with the result the layout computed, and LibreOffice must agree
 * with each of those too.
 */
const haveLibreOffice = requireProgram('soffice', 'libreoffice-calc');
const describeIf = haveLibreOffice ? describe : describe.skip;

const population = snapshotPopulation();
const members = SODERTORN_MEMBERS;

function compute(feeYear: number, rule: FeeRule, forecast = false): Allocation {
  const estimate = forecast ? latestYearEndEstimate(population, members, feeYear - 1) : undefined;
  if (estimate && !estimate.ok) throw new Error(estimate.error.message.en);
  const r = allocate({ feeYear, rule, members, population, ...(estimate?.ok ? { estimate: estimate.value } : {}) });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

interface Disagreement {
  readonly cell: string;
  readonly cached: unknown;
  readonly computed: string | undefined;
}

/**
 * Writes the plan, reads every formula's cached result back with ExcelJS, lets LibreOffice compute
 * the workbook, and lists each formula whose cached result is missing or not what LibreOffice
 * computed (numbers to 1e-9 relative: LibreOffice sums in floating point, the layout in öre).
 */
async function recalculated(
  plan: WorkbookPlan,
): Promise<{ sheets: Map<string, string[][]>; formulas: number; disagreements: Disagreement[] }> {
  const bytes = await renderPlanToXlsx(plan);
  const sheets = recalculateWithLibreOffice(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  let formulas = 0;
  const disagreements: Disagreement[] = [];
  workbook.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ExcelJS.ValueType.Formula) return;
        formulas += 1;
        const cached = cell.result as unknown;
        const computed = sheets.get(ws.name)?.[Number(cell.row) - 1]?.[Number(cell.col) - 1];
        const agrees =
          typeof cached === 'number'
            ? Math.abs(numeric(computed) - cached) <= 1e-9 * Math.max(1, Math.abs(cached))
            : typeof cached === 'string' && cached === computed;
        if (!agrees) disagreements.push({ cell: `${ws.name}!${cell.address}`, cached, computed });
      }),
    ),
  );
  return { sheets, formulas, disagreements };
}

async function computedWorkbook(a: Allocation, withHistory = false) {
  const history = withHistory ? feeHistory({ fromYear: 2010, toYear: a.feeYear, members, population }) : undefined;
  const plan = feeWorkbookPlan({
    allocation: a,
    history: history?.ok ? history.value : undefined,
    population,
    members,
    invoices: invoiceRows(a),
    generatedAt: '2026-11-23T08:00:00Z',
  });
  const { sheets, formulas, disagreements } = await recalculated(plan);
  expect(formulas).toBeGreaterThan(8 * 3);
  expect(disagreements).toEqual([]);
  return sheets;
}

/** The member rows of the allocation sheet: from the header row "Kommunkod" to the "Summa" row. */
function allocationRows(sheet: string[][]) {
  const header = sheet.findIndex((row) => row[0] === 'Kommunkod');
  const total = sheet.findIndex((row) => row[1] === 'Summa');
  return {
    rows: sheet.slice(header + 1, total),
    total: sheet[total]!,
    check: sheet.find((row) => row[0] === 'Kontroll')!,
  };
}

const cases: [string, number, FeeRule, boolean?][] = [
  ['per capita 2026 (the SPEC example)', 2026, perCapitaRule()],
  ['per capita 2026 at a what-if 4,50 kr (a scenario: its own sheet, no invoices)', 2026, perCapitaRule(450)],
  ['per capita 2026 at 4,55 kr (öre in the fees; a scenario)', 2026, perCapitaRule(455)],
  ['Prognos 2027 from 31 December 2025 (no invoices)', 2027, perCapitaRule(), true],
  ['§ 8 base year 2010', 2010, indexedRule('exact')],
  ['§ 8 exact 2012', 2012, indexedRule('exact')],
  ['§ 8 exact 2016', 2016, indexedRule('exact')],
  ['§ 8 chained 2016', 2016, indexedRule('chained')],
  ['split of 860 000 kr by 31 december 2015', 2016, splitRule(860_000_00, 2015)],
];

describeIf('LibreOffice recalculates the written workbook to the domain’s numbers', () => {
  // `forecast = false` keeps the function's arity at 3, so jest does not take a 4th parameter for `done`.
  it.each(cases)('%s', async (_, feeYear, rule, forecast = false) => {
    const a = compute(feeYear, rule, forecast);
    const sheets = await computedWorkbook(a);
    const { rows, total, check } = allocationRows(sheets.get(allocationSheetId(a).name)!);

    expect(rows.map((r) => r[0])).toEqual(members.map((m) => m.code)); // kommunkod kept as text
    expect(rows.map((r) => numeric(r[2]))).toEqual(a.members.map((m) => m.population));
    expect(rows.map((r) => numeric(r[4]))).toEqual(a.members.map((m) => m.feeOre / 100));
    expect(numeric(total[4])).toBe(a.totalOre / 100);
    expect(numeric(total[2])).toBe(a.totalPopulation);
    expect(numeric(total[3])).toBeCloseTo(1, 12);
    expect(check[1]).toBe('Stämmer');

    if (a.forecast || a.scenario) {
      expect(
        [...sheets.keys()].filter(
          (name) => name.startsWith('Fakturaunderlag') || members.some((m) => name === `${m.name} ${feeYear}`),
        ),
      ).toEqual([]);
      return;
    }
    const invoices = sheets.get(`Fakturaunderlag ${feeYear}`)!;
    const invoiceRows_ = invoices.filter((r) => /^\d{4}$/.test(r[0] ?? ''));
    expect(invoiceRows_.map((r) => numeric(r[3]))).toEqual(a.members.map((m) => m.feeOre / 100));

    for (const fee of a.members) {
      const memberSheet = sheets.get(`${fee.member.name} ${feeYear}`)!;
      const amount = memberSheet.find((r) => r[0] === 'Belopp')!;
      expect(numeric(amount[1])).toBe(fee.feeOre / 100);
    }
  });

  it('a scenario beside the decided fees: the differences and totals computed by LibreOffice', async () => {
    const decided = compute(2026, perCapitaRule());
    const scenario = compute(2026, perCapitaRule(450));
    const comparison = compareScenario(decided, scenario);
    if (!comparison.ok) throw new Error(comparison.error.message.en);
    const plan = feeWorkbookPlan({
      allocation: scenario,
      comparison: comparison.value,
      population,
      members,
      invoices: invoiceRows(scenario),
      generatedAt: '2026-11-23T08:00:00Z',
    });
    const { sheets, disagreements } = await recalculated(plan);
    expect(disagreements).toEqual([]);
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(['Scenario 2026 4,50 kr', 'Befolkning']);
    expect([...sheets.keys()].sort()).toEqual(['Befolkning', 'Scenario 2026 4,50 kr']);
    const sheet = sheets.get('Scenario 2026 4,50 kr')!;
    const header = sheet.findIndex((r) => r[0] === 'Kommunkod');
    const totalRow = sheet.findIndex((r) => r[1] === 'Summa');
    const rows = sheet.slice(header + 1, totalRow);
    expect(rows.map((r) => [numeric(r[3]), numeric(r[4]), numeric(r[5])])).toEqual(
      decided.members.map((m, i) => [
        m.feeOre / 100,
        scenario.members[i]!.feeOre / 100,
        (scenario.members[i]!.feeOre - m.feeOre) / 100,
      ]),
    );
    expect(numeric(sheet[totalRow]![5])).toBe(262_812.5);
  });

  it('Historik and Befolkning sum to the domain’s totals', async () => {
    const a = compute(2026, perCapitaRule());
    const sheets = await computedWorkbook(a, true);
    const history = feeHistory({ fromYear: 2010, toYear: 2026, members, population });
    if (!history.ok) throw new Error('history');
    const rows = sheets.get('Historik')!.filter((r) => /^20\d\d$/.test(r[0] ?? ''));
    expect(rows.map((r) => Number(r[0]))).toEqual(history.value.map((h) => h.feeYear));
    expect(rows.map((r) => numeric(r[r.length - 1]))).toEqual(history.value.map((h) => h.totalOre / 100));

    const befolkning = sheets.get('Befolkning')!;
    const header = befolkning.find((r) => r[0] === 'Kommunkod')!;
    const sums = befolkning.find((r) => r[1] === 'Summa')!;
    const col2025 = header.indexOf('2025');
    expect(numeric(sums[col2025])).toBe(525_625);
  });
});

describeIf('LibreOffice computes the Budgetkontroll statuses', () => {
  const statuses = async (cells: unknown[][]) => {
    const check = checkBudget(cells, { feeYear: 2026, expectedFeeRevenueOre: 2_102_500_00, populationTotal: 525_625 });
    const sheet = budgetCheckSheet({
      check,
      feeYear: 2026,
      budgetLocation: 'test',
      generatedAt: '2026-11-23T08:00:00Z',
    });
    const { sheets, disagreements } = await recalculated({ sheets: [sheet], names: [] });
    expect(disagreements).toEqual([]);
    const computed = sheets.get('Budgetkontroll 2026')!;
    const row = (label: string) => computed.find((r) => r[1] === label)!;
    return {
      result: row('Intäkter − kostnader'),
      fees: row('Skillnad (budget − regler)'),
      costs: computed.filter((r) => r[1] === 'Skillnad (angiven − rader)')[1]!,
    };
  };

  it('the 2026 budget: Balanserar, Stämmer', async () => {
    const s = await statuses(tabularBudget());
    expect([numeric(s.result[2]), s.result[3]]).toEqual([0, 'Balanserar']);
    expect(s.fees[3]).toBe('Stämmer');
    expect(s.costs[3]).toBe('Stämmer');
  });

  it('a changed cost line: Underskott, and the stated Summa Avviker', async () => {
    const s = await statuses(tabularBudget().map((r) => (r[0] === 'Möten' ? ['Möten', 150_000] : r)));
    expect([numeric(s.result[2]), s.result[3]]).toEqual([-50_000, 'Underskott']);
    expect([numeric(s.costs[2]), s.costs[3]]).toEqual([-50_000, 'Avviker']);
  });

  it('linked to the Budget sheet, the statuses follow an edit made after the check', async () => {
    const allocation = compute(2026, perCapitaRule());
    const template = budgetTemplateSheet(2026, allocation);
    // Read as the command line reads it: ExcelJS, cached results, addresses from A1.
    const read = await readXlsxSheet(await renderPlanToXlsx({ sheets: [template], names: [] }), 'Budget.xlsx');
    if (!read.ok) throw new Error(read.error.message.en);
    const check = checkBudget(read.value.values, {
      feeYear: 2026,
      expectedFeeRevenueOre: allocation.totalOre,
      populationTotal: allocation.totalPopulation,
    });
    expect(check.balanced).toBe(true);
    // Linked and unedited, the cached results are what LibreOffice computes.
    const kontroll = budgetCheckSheet({
      check,
      feeYear: 2026,
      budgetLocation: 'Budget',
      generatedAt: '2026-11-23T08:00:00Z',
      linkedSheet: 'Budget',
    });
    expect((await recalculated({ sheets: [template, kontroll], names: [] })).disagreements).toEqual([]);
    // The officer raises Möten to 150 000 after the check was written. The cached results in the file
    // are now stale (Balanserar); LibreOffice computes every formula anew, as Excel recalculates what
    // depends on an edited cell.
    const edited = JSON.parse(JSON.stringify(template)) as typeof template;
    const motenRow = edited.blocks
      .flatMap((b) => b.rows)
      .find((r) => r[0] && 'value' in r[0] && r[0].value === 'Möten')!;
    (motenRow as unknown[])[1] = { value: 150_000 };
    const computed = recalculateWithLibreOffice(await renderPlanToXlsx({ sheets: [edited, kontroll], names: [] })).get(
      'Budgetkontroll 2026',
    )!;
    const result = computed.find((r) => r[1] === 'Intäkter − kostnader')!;
    expect([numeric(result[2]), result[3]]).toEqual([-50_000, 'Underskott']);
    const costs = computed.filter((r) => r[1] === 'Skillnad (angiven − rader)')[1]!;
    expect(costs[3]).toBe('Stämmer'); // the template's Summa is a formula too, so it follows
  });

  it('the budget template computes to a balanced result', async () => {
    const { sheets, disagreements } = await recalculated({
      sheets: [budgetTemplateSheet(2026, compute(2026, perCapitaRule()))],
      names: [],
    });
    expect(disagreements).toEqual([]);
    const computed = sheets.get('Budget')!;
    expect(computed.find((r) => r[0] === 'Resultat (intäkter − kostnader)')![1]).toBe('0');
    expect(computed.filter((r) => r[0] === 'Summa').map((r) => numeric(r[1]))).toEqual([2_102_500, 2_102_500]);
  });
});

describeIf('LibreOffice recalculates on load, so its agreement with the cached results is real', () => {
  it('a formula saved with a wrong result computes to the right one', async () => {
    const plan: WorkbookPlan = {
      sheets: [
        {
          key: 'x',
          name: 'X',
          blocks: [
            {
              at: 'B2',
              rows: [
                [
                  { formula: '=1+1', result: 3 },
                  { formula: '=B2*10', result: 7 },
                ],
              ],
            },
          ],
        },
      ],
      names: [],
    };
    const { sheets, disagreements } = await recalculated(plan);
    expect(sheets.get('X')![1]!.slice(1)).toEqual(['2', '20']);
    expect(disagreements).toEqual([
      { cell: 'X!B2', cached: 3, computed: '2' },
      { cell: 'X!C2', cached: 7, computed: '20' },
    ]);
  });
});

import {
  compareScenario,
  feeHistory,
  invoiceRows,
  perCapitaRule,
  ruleForFeeYear,
  SODERTORN_MEMBERS,
} from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { feeWorkbookPlan } from '../../src/workbook/layouts';
import { allocationFor, GENERATED_AT } from '../workbook/fixtures';
import { createExcelModel } from './model';
import { createRealExcel, RealExcel } from './realExcel';

const model = (cells: Record<string, string | number | boolean | null>, names: Record<string, string> = {}) =>
  createExcelModel({
    sheets: [
      { name: 'Budget', cells },
      { name: 'Avgift 2026', cells: { B6: 4, C18: 525_625 } },
    ],
    names,
  });

describe('the model calculates what Excel calculates, for our subset', () => {
  it('references, other sheets, names, operators, SUM, ROUND, IF, &', () => {
    const m = model(
      {
        A1: 2,
        A2: 3,
        A3: 'text',
        A4: '=SUM(A1:A3)',
        A5: "='Avgift 2026'!C18*Sats",
        A6: '=-(A1+A2)*2/4',
        A7: '=ROUND(2.5,0)',
        A8: '=ROUND(-2.5,0)',
        A9: '=ROUND(2.675,2)',
        A10: '=IF(A4=5,"Balanserar","Avviker")',
        A11: '=IF(A4>9,1)',
        A12: '="Summa "&A4&" kr"',
        A13: '=A99',
        A14: '=A99&"x"',
        A15: '=IF("abc"="ABC",1,0)',
        A16: '=IF(A3<>"",A3,"tom")',
        A17: '=A4-$A$1',
        A18: '=SUM(A1,A2,4)',
        A20: '=COUNT(A1:A3)',
        A19: '=IF(ABS(A6)<=2.5,"Stämmer","Avviker")',
      },
      { Sats: "='Avgift 2026'!$B$6" },
    );
    expect(m.values('Budget', 'A4:A20').map((r) => r[0])).toEqual([
      5,
      2_102_500,
      -2.5,
      3,
      -3,
      2.68,
      'Balanserar',
      false,
      'Summa 5 kr',
      0,
      'x',
      1,
      'text',
      3,
      9,
      'Stämmer',
      2,
    ]);
  });

  it('anything it cannot evaluate is an error value, never a number', () => {
    const m = model({
      A1: 'text',
      A2: 0,
      B1: '=A1+1',
      B2: '=1/A2',
      B3: '=VLOOKUP(1,A1:A2,1)',
      B4: '=2^3',
      B5: '=NoSuchName*2',
      B6: '=B1*0',
      B7: '=SUM(B2,1)',
      B8: '=B9+1',
      B9: '=B8',
      B10: '=10%',
      B11: '=A1:A2',
    });
    expect(m.values('Budget', 'B1:B11').map((r) => r[0])).toEqual([
      '#VALUE!',
      '#DIV/0!',
      '#NAME?',
      '#NAME?',
      '#NAME?',
      '#VALUE!',
      '#DIV/0!',
      '#REF!',
      '#REF!',
      '#NAME?',
      '#VALUE!',
    ]);
  });
});

const render = async (plan: Parameters<typeof renderPlanToExcel>[0]): Promise<RealExcel> => {
  const excel = createRealExcel();
  const r = await renderPlanToExcel(plan, { excel: excel.Excel });
  if (!r.ok) throw new Error(r.error.message.en);
  return excel;
};

/** Every formula cell of the workbook, with what the model computed. */
const computed = (excel: RealExcel) =>
  excel.state.sheets.flatMap((s) =>
    [...s.cells.entries()]
      .filter(([, c]) => c.formula !== undefined)
      .map(([key, c]) => {
        const [r, col] = key.split(':').map(Number) as [number, number];
        const address = `${String.fromCharCode(65 + col)}${r + 1}`;
        return { sheet: s.name, address, formula: c.formula!, value: excel.values(s.name, address)[0]![0] };
      }),
  );
const rowOf = (excel: RealExcel, sheet: string, text: string, column = 0) => {
  for (let r = 1; r <= 60; r++) if (excel.values(sheet, `A${r}:H${r}`)[0]![column] === text) return r;
  throw new Error(`${text} not on ${sheet}`);
};

describe('the fee workbook written through the real library computes the domain’s figures', () => {
  it.each([2026, 2012])('%i: every fee, total and check cell', async (feeYear) => {
    const population = snapshotPopulation();
    const rule = ruleForFeeYear(feeYear);
    if (!rule.ok) throw new Error('rule');
    const allocation = allocationFor(feeYear, rule.value, SODERTORN_MEMBERS, population);
    const history = feeHistory({ fromYear: 2010, toYear: feeYear, members: SODERTORN_MEMBERS, population });
    const excel = await render(
      feeWorkbookPlan({
        allocation,
        ...(history.ok ? { history: history.value } : {}),
        population,
        members: SODERTORN_MEMBERS,
        invoices: invoiceRows(allocation),
        generatedAt: GENERATED_AT,
      }),
    );
    const cells = computed(excel);
    expect(cells.length).toBeGreaterThan(30);
    expect(cells.filter((c) => typeof c.value === 'string' && c.value.startsWith('#'))).toEqual([]);
    const sheet = `Avgift ${feeYear}`;
    const fees = allocation.members.map((m) => excel.values(sheet, `E${rowOf(excel, sheet, m.member.code)}`)[0]![0]);
    expect(fees).toEqual(allocation.members.map((m) => m.feeOre / 100));
    expect(excel.values(sheet, `E${rowOf(excel, sheet, 'Summa', 1)}`)[0]![0]).toBe(allocation.totalOre / 100);
    expect(cells.filter((c) => c.sheet === sheet && c.formula.startsWith('=IF(')).map((c) => c.value)).toEqual([
      'Stämmer',
    ]);
    // The invoice table and every member's sheet link to the same fees.
    const invoice = `Fakturaunderlag ${feeYear}`;
    const linked = cells
      .filter((c) => c.sheet === invoice && c.formula.startsWith(`='${sheet}'!E`))
      .map((c) => c.value);
    expect(linked).toEqual(allocation.members.map((m) => m.feeOre / 100));
    for (const m of allocation.members) {
      const own = cells.filter(
        (c) => c.sheet === `${m.member.name} ${feeYear}` && c.formula.startsWith(`='${sheet}'!E`),
      );
      expect(own.map((c) => c.value)).toEqual([m.feeOre / 100]);
    }
    // Historik: every year's computed total is the domain's.
    if (history.ok) {
      const totals = cells
        .filter((c) => c.sheet === 'Historik' && /^=SUM\(C\d+:[A-Z]+\d+\)$/.test(c.formula))
        .map((c) => c.value);
      expect(totals).toEqual(history.value.map((a) => a.totalOre / 100));
    }
  });

  it('a scenario sheet: decided, scenario and difference per member', async () => {
    const population = snapshotPopulation();
    const decided = allocationFor(2026, perCapitaRule(400), SODERTORN_MEMBERS, population);
    const scenario = allocationFor(2026, perCapitaRule(450), SODERTORN_MEMBERS, population);
    const comparison = compareScenario(decided, scenario);
    if (!comparison.ok) throw new Error('comparison');
    const excel = await render(
      feeWorkbookPlan({
        allocation: scenario,
        comparison: comparison.value,
        population,
        members: SODERTORN_MEMBERS,
        invoices: [],
        generatedAt: GENERATED_AT,
      }),
    );
    const cells = computed(excel);
    expect(cells.filter((c) => typeof c.value === 'string' && c.value.startsWith('#'))).toEqual([]);
    const sheet = excel.state.sheets.find((s) => s.name.startsWith('Scenario'))!.name;
    expect(sheet).toMatch(/^Scenario 2026 4,50/);
    for (const row of comparison.value.rows) {
      const r = rowOf(excel, sheet, row.member.code);
      const numbers = excel.values(sheet, `A${r}:H${r}`)[0]!.filter((v) => typeof v === 'number');
      expect(numbers).toEqual(
        expect.arrayContaining([row.decidedOre / 100, row.scenarioOre / 100, row.differenceOre / 100]),
      );
    }
  });
});

import fc from 'fast-check';
import { allocate, latestYearEndEstimate, perCapitaRule, ruleForFeeYear, SODERTORN_MEMBERS } from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { budgetTemplateSheet, PLAN_2026_COSTS, templateCosts } from '../../src/workbook/layouts';

const population = snapshotPopulation();
const allocationOf = (feeYear: number) => {
  const rule = ruleForFeeYear(feeYear);
  if (!rule.ok) throw new Error(rule.error.message.en);
  const estimate = feeYear === 2027 ? latestYearEndEstimate(population, SODERTORN_MEMBERS, 2026) : undefined;
  if (estimate && !estimate.ok) throw new Error(estimate.error.message.en);
  const a = allocate({
    feeYear,
    rule: rule.value,
    members: SODERTORN_MEMBERS,
    population,
    ...(estimate?.ok ? { estimate: estimate.value } : {}),
  });
  if (!a.ok) throw new Error(a.error.message.en);
  return a.value;
};

/** The amounts of a Budget sheet as the budget check would read them: column B by row label. */
function amounts(sheet: ReturnType<typeof budgetTemplateSheet>): Map<string, number> {
  const rows = sheet.blocks[1]!.rows;
  const out = new Map<string, number>();
  let part = '';
  for (const row of rows) {
    const label = row[0] && 'value' in row[0] ? String(row[0].value) : '';
    const cell = row[1];
    if (label === 'Intäkter' || label === 'Kostnader') part = label;
    const value =
      cell && 'value' in cell && typeof cell.value === 'number'
        ? cell.value
        : cell && 'result' in cell
          ? (cell.result as number)
          : undefined;
    if (label && value !== undefined) out.set(`${part}:${label}`, value);
  }
  return out;
}

describe('the budget template balances for every fee year', () => {
  it.each(Array.from({ length: 18 }, (_, i) => 2010 + i))('%i (2027 a forecast)', (feeYear) => {
    const a = allocationOf(feeYear);
    const sheet = budgetTemplateSheet(feeYear, a);
    const m = amounts(sheet);
    const costs = PLAN_2026_COSTS.reduce((s, [label]) => s + Math.round(m.get(`Kostnader:${label}`)! * 100), 0);
    expect(Math.round(m.get('Intäkter:Avgifter från kommunerna')! * 100)).toBe(a.totalOre);
    expect(costs).toBe(a.totalOre);
    expect(m.get('Kostnader:Resultat (intäkter − kostnader)')).toBe(0);
    if (feeYear === 2027)
      expect(String((sheet.blocks[0]!.rows[0]![0] as { value: string }).value)).toContain('(prognos)');
  });

  it('gives the 2026 plan’s own lines for 2026 (2 102 500 kr)', () => {
    expect(templateCosts(2_102_500_00)).toEqual(PLAN_2026_COSTS.map(([l, v]) => [l, v * 100]));
  });

  it('splits any fee total exactly, in the plan’s proportions within a krona', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000_00 }), (ore) => {
        const costs = templateCosts(ore);
        expect(costs.reduce((s, [, v]) => s + v, 0)).toBe(ore);
        const plan = PLAN_2026_COSTS.reduce((s, [, v]) => s + v, 0);
        costs.forEach(([, v], i) =>
          expect(Math.abs(v - (ore * PLAN_2026_COSTS[i]![1]) / plan)).toBeLessThanOrEqual(100),
        );
      }),
    );
  });
});

it('a scenario rate with öre gives a template in öre that still balances', () => {
  const a = allocate({ feeYear: 2026, rule: perCapitaRule(450), members: SODERTORN_MEMBERS, population });
  if (!a.ok) throw new Error();
  expect(templateCosts(a.value.totalOre).reduce((s, [, v]) => s + v, 0)).toBe(236_531_250);
});

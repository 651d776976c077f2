import { snapshotPopulation } from '../../src/data/snapshot';
import { perCapitaRule, SODERTORN_MEMBERS } from '../../src/domain';
import { feesOfYear } from '../../src/jobs/fees';
import { planOfYear } from '../../src/jobs/plan';
import { sheetFates } from '../../src/jobs/preview';
import { BUDGET_SHEETS } from '../../src/jobs/sheets';

/* The preview's answer is the renderer's naming rules applied before the write (issue 21, item 2). */
describe('sheetFates', () => {
  const population = snapshotPopulation();
  const fees = feesOfYear({ feeYear: 2026, rule: perCapitaRule(), members: SODERTORN_MEMBERS, population });
  if (!fees.ok) throw new Error(fees.error.message.en);
  const plan = planOfYear({
    fees: fees.value,
    members: SODERTORN_MEMBERS,
    population,
    sheets: BUDGET_SHEETS,
    generatedAt: '2026-03-02T09:00:00.000Z',
  });

  it("tells new, the add-in's own and the officer's sheet apart, as Excel compares names (case aside)", () => {
    const fates = sheetFates(plan, {
      sheets: [
        { name: 'BUDGET', ours: false },
        { name: 'Budget (2)', ours: false },
        { name: 'Avgift 2026', ours: true },
      ],
      names: [],
    });
    expect(fates).toEqual([
      { name: 'Avgift 2026', fate: 'ours', writtenAs: 'Avgift 2026 (2)' },
      { name: 'Befolkning', fate: 'new', writtenAs: 'Befolkning' },
      { name: 'Historik', fate: 'new', writtenAs: 'Historik' },
      { name: 'Budget', fate: 'officers', writtenAs: 'Budget (3)' },
    ]);
  });

  it('in a new workbook every sheet is new, under its own name', () => {
    expect(sheetFates(plan, { sheets: [], names: [] }).map((f) => [f.fate, f.writtenAs])).toEqual(
      plan.sheets.map((s) => ['new', s.name]),
    );
  });
});

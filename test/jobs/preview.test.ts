import { sheetFates } from '../../src/jobs/preview';
import { BUDGET_SHEETS } from '../../src/jobs/sheets';
import { plan2026 } from '../support/year2026';

/* The preview's answer is the renderer's naming rules applied before the write (issue 21, item 2). */
describe('sheetFates', () => {
  const plan = plan2026(BUDGET_SHEETS);

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

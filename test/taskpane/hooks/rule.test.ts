/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import { errorOf } from '../../../src/taskpane/task';
import { paneHooks } from './pane';

/*
 * The rule step through the pane's hooks: the rule follows the fee year, and every kind in the rules'
 * registry computes on the same population with its own inputs (the pane shows the registry's fields).
 */
const NOW = () => new Date(2026, 2, 2, 9, 0);

describe('the rule step', () => {
  it('2012 is computed by § 8 without choosing it; the chained reading and a fixed-amount split use the same population', async () => {
    const p = paneHooks({ now: NOW });
    await p.run((pane) => pane.year.setText('2012'));
    expect(p.pane().year.kind).toBe('faktureringsår');
    await p.fetchFrom('snapshot');
    expect(p.pane().rule.form.kind).toBe('indexed');
    expect(p.pane().fees).toMatchObject({ kind: 'decided', allocation: { totalOre: 88_574_400 } });

    const set = (values: Record<string, string>, kind = p.pane().rule.form.kind) =>
      p.run((pane) => pane.rule.setForm({ kind, values: { ...pane.rule.form.values, ...values } }));
    await set({ reading: 'chained' });
    expect(p.pane().fees?.allocation.totalOre).toBe(88_574_500);
    await set({ amount: '860 000' }, 'split');
    expect(p.pane().fees?.allocation).toMatchObject({ totalOre: 86_000_000, populationYear: 2011 });
    // A wrong year of the population is told at its input.
    await set({ splitYear: '20x5' }, 'split');
    expect(p.pane().rule.fees).toMatchObject({ ok: false, error: { code: 'input-year', field: 'splitYear' } });
    await set({ splitYear: '2009', rate: '4,50' }, 'per-capita');
    expect(p.pane().fees).toMatchObject({ kind: 'scenario', comparison: expect.anything() });
    expect(errorOf(p.pane().population.task)).toBeUndefined();
  });
});

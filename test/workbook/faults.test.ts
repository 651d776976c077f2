import { logEntryFor } from '../../src/domain';
import { injectEveryFault, userWorkbookWithOurSheets } from '../excel/faults';
import { createRealExcel } from '../excel/realExcel';
import { allocationFor, planFor } from './fixtures';

/*
 * No half-written workbook: Excel does not roll a batch back, so the model fails at every action
 * index of a write in turn, and after each failure the user's sheets, formulas and names are
 * untouched and every sheet of ours is recognisable (see test/excel/faults.ts).
 */
describe('a failure at any action leaves the workbook whole', () => {
  const plan = planFor();
  // Every write is logged: the Logg row (or, in a workbook without one, the Logg sheet) is part of the write.
  const log = (time: string) => logEntryFor(allocationFor(2026), { action: 'Skrivet', time });

  it('a first write of the 2026 workbook beside the user’s Budget sheet, its Logg made in the same write', async () => {
    const base = createRealExcel({ sheets: [{ name: 'Budget', cells: { A1: 'Intäkter', B1: '=SUM(B2:B3)' } }], names: { Budgetsumma: '=Budget!$B$1' } });
    const run = await injectEveryFault(base, plan, false, log('2026-01-15T09:30:00.000Z'));
    console.log(`first write: ${run.injected} faults injected at ${run.actions} action indexes, ${run.survived} survived`);
    expect(run.broken).toEqual([]);
    expect(run.injected).toBe(run.actions);
    expect(run.survived).toBe(run.actions);
    expect(run.actions).toBeGreaterThan(100);
  }, 120_000);

  it('replacing our sheets in place while the user’s formulas and names point into them, the Logg row appended last', async () => {
    const base = await userWorkbookWithOurSheets(plan, log('2026-01-15T09:30:00.000Z'));
    const run = await injectEveryFault(base, plan, true, log('2026-01-16T09:30:00.000Z'));
    console.log(`replace: ${run.injected} faults injected at ${run.actions} action indexes, ${run.survived} survived`);
    expect(run.broken).toEqual([]);
    expect(run.injected).toBe(run.actions);
    expect(run.survived).toBe(run.actions);
  }, 120_000);
});

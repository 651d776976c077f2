import { logEntryFor } from '../../src/domain';
import { approveInExcel } from '../workbook/jobsInExcel';
import { revisionPlan } from '../../src/workbook/layouts/revision';
import { injectEveryFault, userWorkbookWithOurSheets, wholeness } from '../excel/faults';
import { createRealExcel } from '../excel/realExcel';
import { cloneState, createExcelModel } from '../excel/model';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { allocationFor, planFor } from '../workbook/fixtures';

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
    const base = createRealExcel({
      sheets: [{ name: 'Budget', cells: { A1: 'Intäkter', B1: '=SUM(B2:B3)' } }],
      names: { Budgetsumma: '=Budget!$B$1' },
    });
    const run = await injectEveryFault(base, plan, false, log('2026-01-15T09:30:00.000Z'));
    console.log(
      `first write: ${run.injected} faults injected at ${run.actions} action indexes, ${run.survived} survived`,
    );
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

  it('a first write beside the officer’s namesakes (a Logg of minutes, a Medlemmar of people, an unmarked Avgift 2026, a table named Fakturaunderlag_2026): at every failing action nothing of theirs changes', async () => {
    const base = await officersNamesakes();
    const run = await injectEveryFault(base, plan, false, log('2026-01-15T09:30:00.000Z'));
    console.log(
      `first write beside namesakes: ${run.injected} faults injected at ${run.actions} action indexes, ${run.survived} survived`,
    );
    expect(run.broken).toEqual([]);
    expect(run.survived).toBe(run.actions);
    expect(run.actions).toBeGreaterThan(100);
  }, 120_000);

  it('a fastställd 2026 beside the officer’s namesakes (a Logg of minutes, a Medlemmar of people, an unmarked Avgift 2026): the revision written beside it, failing at every action', async () => {
    const base = await officersNamesakes();
    const written = await renderPlanToExcel(plan, { excel: base.Excel, log: log('2026-01-15T09:30:00.000Z') });
    if (!written.ok) throw new Error(written.error.message.en);
    const approved = await approveInExcel(
      { feeYear: 2026, by: 'Eva Ek', now: new Date('2026-01-23T09:30:00Z') },
      base.Excel,
    );
    expect(approved.ok && approved.value.approved).toBe(true);
    expect(base.state.sheets.filter((s) => s.protected).length).toBeGreaterThan(5);
    const run = await injectEveryFault(base, revisionPlan(plan, 2026, '2026-04-02'), false);
    console.log(
      `fastställd + namesakes, revision: ${run.injected} faults injected at ${run.actions} action indexes, ${run.survived} survived`,
    );
    expect(run.broken).toEqual([]);
    expect(run.survived).toBe(run.actions);
    expect(run.actions).toBeGreaterThan(20);
  }, 120_000);

  it('a fastställd workbook, replaced in place as a careless caller might ask: Excel refuses at the first protected cell, the message says so, and the officer’s sheets and the fastställda ones are whole', async () => {
    const base = await userWorkbookWithOurSheets(plan, log('2026-01-15T09:30:00.000Z'));
    const approved = await approveInExcel(
      { feeYear: 2026, by: 'Eva Ek', now: new Date('2026-01-23T09:30:00Z') },
      base.Excel,
    );
    expect(approved.ok && approved.value.approved).toBe(true);
    const before = cloneState(base.state);
    const model = createExcelModel({ state: cloneState(base.state) });
    const replaced = await renderPlanToExcel(plan, { excel: base.use(model).Excel, replaceOwnSheets: true });
    expect(!replaced.ok && replaced.error.message.sv).toContain('bladet är skyddat');
    expect(model.requests.some((r) => r.error === 'AccessDenied')).toBe(true);
    expect(wholeness(before, model.state)).toEqual([]);
  }, 120_000);
});

/** An officer's workbook with things named as the add-in names its own: none of them is the add-in's. */
async function officersNamesakes() {
  const base = createRealExcel({
    sheets: [
      { name: 'Logg', cells: { A1: 'Mötesanteckningar', A2: '2026-01-22', B2: 'Budgeten antogs' } },
      { name: 'Medlemmar', cells: { A1: 'Namn', B1: 'E-post', A2: 'Eva Ek', B2: 'eva.ek@huddinge.se' } },
      { name: 'Avgift 2026', cells: { A1: 'Mina egna beräkningar', B1: 2_102_500 } },
      { name: 'Fakturor', cells: { A1: 'Kommun', B1: 'Belopp', A2: 'Botkyrka', B2: 387_000 } },
    ],
  });
  await base.Excel.run(async (context) => {
    (context.workbook.tables as unknown as { add(address: string, headers: boolean): { name: string } }).add(
      "'Fakturor'!A1:B2",
      true,
    ).name = 'Fakturaunderlag_2026';
    await context.sync();
  });
  return base;
}

/**
 * Fault injection over every action of a write: the model fails at action n (as Excel answers, with
 * its ActionIndex; nothing before it is rolled back), for every n the write executes, and after each
 * failure the workbook must be whole: the user's sheets, formulas and names untouched, every sheet
 * of ours recognisable by its marker, no stray sheet. Used by the fast tests and by `npm run bench`.
 */
import { LogEntry } from '../../src/domain';
import { renderPlanToExcel } from '../../src/workbook/excel/render';
import { MARKER_PREFIX, WorkbookPlan } from '../../src/workbook/plan/plan';
import { sheetOfReference } from '../../src/workbook/plan/resolve';
import { cloneState, createExcelModel, ModelState } from './model';
import { createRealExcel, RealExcel } from './realExcel';

export interface FaultRun {
  /** Actions of the write without a fault: every index is tried. */
  readonly actions: number;
  readonly injected: number;
  /** Runs after which the workbook was whole. */
  readonly survived: number;
  /** What was wrong, per failing index (empty when every run survived). */
  readonly broken: readonly string[];
}

/** A user's workbook: a Budget sheet with formulas into our allocation sheet and a name of their own (with `log`, and a Logg). */
export async function userWorkbookWithOurSheets(plan: WorkbookPlan, log?: LogEntry): Promise<RealExcel> {
  const excel = createRealExcel({
    sheets: [{ name: 'Budget', cells: { A1: 'Intäkter', B1: 2_102_500 } }],
    names: { Budgetsumma: '=Budget!$B$1' },
  });
  const first = await renderPlanToExcel(plan, { excel: excel.Excel, ...(log ? { log } : {}) });
  if (!first.ok) throw new Error(first.error.message.en);
  await excel.Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Budget').getRange('C1:C2').formulas = [
      ["='Avgift 2026'!E18"],
      ['=Min_avgift*2'],
    ];
    context.workbook.names.add('Min_avgift', "='Avgift 2026'!$E$18");
    await context.sync();
  });
  return excel;
}

/**
 * Runs the write once per action index with a fault there, checking the workbook after each; with
 * `log`, the write's Logg row is part of it, and a failed write must not have added a Skrivet row
 * to a Logg that was there.
 */
export async function injectEveryFault(
  base: RealExcel,
  plan: WorkbookPlan,
  replaceOwnSheets: boolean,
  log?: LogEntry,
): Promise<FaultRun> {
  const before = cloneState(base.state);
  const clean = createExcelModel({ state: before });
  const probe = base.use(clean);
  const options = { replaceOwnSheets, ...(log ? { log } : {}) };
  const result = await renderPlanToExcel(plan, { excel: probe.Excel, ...options });
  if (!result.ok) throw new Error(result.error.message.en);
  const actions = clean.actionsExecuted;
  let injected = 0;
  let survived = 0;
  const broken: string[] = [];
  for (let n = 0; n < actions; n++) {
    const model = createExcelModel({ state: before });
    model.failAtAction(n);
    const written = await renderPlanToExcel(plan, { excel: base.use(model).Excel, ...options });
    injected += model.faultsInjected;
    const logged =
      loggedWrites(before) !== undefined && loggedWrites(model.state) !== loggedWrites(before)
        ? ['a Skrivet row was logged for a failed write']
        : [];
    const problems = [
      ...(written.ok ? ['the write reported success'] : []),
      ...wholeness(before, model.state),
      ...logged,
    ];
    if (problems.length) broken.push(`action ${n}: ${problems.join('; ')}`);
    else survived += 1;
  }
  return { actions, injected, survived, broken };
}

/** The Skrivet rows of the add-in's Logg (found by its marker); undefined when there is none. */
function loggedWrites(state: ModelState): number | undefined {
  const marker = state.names.get('AVGF_logg');
  const logg = marker && state.sheets.find((s) => s.name === sheetOfReference(marker.formula));
  return logg
    ? [...logg.cells].filter(([address, cell]) => /^B\d+$/.test(address) && cell.value === 'Skrivet').length
    : undefined;
}

/**
 * What is wrong with `after` compared with `before`, as sentences (empty: whole): user sheets (not
 * marked before) keep their place, cells and formulas; user names keep their formulas; every sheet
 * that was ours is still there and marked; every sheet added is marked; markers point at sheets.
 */
export function wholeness(before: ModelState, after: ModelState): string[] {
  const problems: string[] = [];
  const markedSheets = (state: ModelState) =>
    new Set(
      [...state.names.values()].filter((n) => n.name.startsWith(MARKER_PREFIX)).map((n) => sheetOfReference(n.formula)),
    );
  const oursBefore = markedSheets(before);
  const oursAfter = markedSheets(after);
  const userSheets = before.sheets.filter((s) => !oursBefore.has(s.name));
  const order = (state: ModelState, names: string[]) =>
    state.sheets.map((s) => s.name).filter((n) => names.includes(n));
  const beforeNames = before.sheets.map((s) => s.name);
  if (order(after, beforeNames).join('|') !== beforeNames.join('|'))
    problems.push(`sheets before are now ${order(after, beforeNames).join(', ')}`);
  for (const sheet of userSheets) {
    const now = after.sheets.find((s) => s.name === sheet.name);
    if (!now) {
      problems.push(`user sheet ${sheet.name} is gone`);
      continue;
    }
    const cells = (s: typeof sheet) => JSON.stringify([...s.cells].sort(([a], [b]) => a.localeCompare(b)));
    if (cells(now) !== cells(sheet)) problems.push(`user sheet ${sheet.name} changed`);
  }
  for (const n of before.names.values()) {
    if (n.name.startsWith(MARKER_PREFIX)) continue;
    const now = after.names.get(n.name);
    const ours = oursBefore.has(sheetOfReference(n.formula));
    if (!now) problems.push(`name ${n.name} is gone`);
    else if (!ours && now.formula !== n.formula) problems.push(`user name ${n.name} now ${now.formula}`);
  }
  for (const name of oursBefore) {
    if (!after.sheets.some((s) => s.name === name)) problems.push(`our sheet ${name} is gone`);
    else if (!oursAfter.has(name)) problems.push(`our sheet ${name} lost its marker`);
  }
  for (const sheet of after.sheets) {
    if (!beforeNames.includes(sheet.name) && !oursAfter.has(sheet.name))
      problems.push(`sheet ${sheet.name} is not marked`);
  }
  for (const name of oursAfter)
    if (!after.sheets.some((s) => s.name === name)) problems.push(`a marker points at ${name}, which is gone`);
  // The officer's tables keep their names and ranges (a table named like the add-in's included).
  for (const t of before.tables.values()) {
    if (oursBefore.has(t.sheet.name)) continue;
    const now = [...after.tables.values()].find((x) => x.id === t.id);
    if (!now || now.name !== t.name || now.address !== t.address) problems.push(`user table ${t.name} changed`);
  }
  // A fastställd (protected) sheet keeps every cell, whatever failed.
  for (const sheet of before.sheets.filter((s) => s.protected)) {
    const now = after.sheets.find((s) => s.name === sheet.name);
    const cells = (s: typeof sheet) => JSON.stringify([...s.cells].sort(([a], [b]) => a.localeCompare(b)));
    if (!now || cells(now) !== cells(sheet) || !now.protected) problems.push(`fastställd sheet ${sheet.name} changed`);
  }
  return problems;
}

import { Cell, WorkbookPlan } from '../plan/plan';
import { allocationSheetKey } from './fees';

/**
 * A revision of a fastställd year, to be written beside the fastställda sheets and never over them:
 * the plan's allocation sheet alone (no invoice basis, no member sheets, no Logg row), under a key,
 * a name and names of its own ("Avgift 2026 rev 2026-04-02", Rev20260402_Sats_2026), its title saying
 * that it is a revision and not fastställd. Its marker (AVGF_avgiftrev_2026_20260402) is no fee-year
 * marker: verify, Fastställ and the lock never take it for the year's sheets.
 *
 * @example revisionPlan(plan2026, 2026, '2026-04-02').sheets.map((s) => s.name) // ['Avgift 2026 rev 2026-04-02']
 */
export function revisionPlan(plan: WorkbookPlan, feeYear: number, date: string): WorkbookPlan {
  const key = allocationSheetKey(feeYear);
  const sheet = plan.sheets.find((s) => s.key === key);
  if (!sheet) return { sheets: [], names: [] };
  const stamp = date.replace(/-/g, '');
  const revisionKey = `avgiftrev-${feeYear}-${stamp}`;
  const retoken = (formula: string) => formula.split(`{{sheet:${key}}}`).join(`{{sheet:${revisionKey}}}`);
  let titled = false;
  const blocks = sheet.blocks.map((block) => ({
    ...block,
    rows: block.rows.map((row) =>
      row.map((cell): Cell | null => {
        if (!cell) return cell;
        if (!titled && cell.style === 'title' && typeof cell.value === 'string') {
          titled = true;
          return { ...cell, value: `${cell.value} – revision ${date}, inte fastställd` };
        }
        return cell.formula !== undefined ? { ...cell, formula: retoken(cell.formula) } : cell;
      }),
    ),
  }));
  return {
    sheets: [
      {
        ...sheet,
        key: revisionKey,
        name: `Avgift ${feeYear} rev ${date}`,
        blocks,
        tables: (sheet.tables ?? []).map((t) => ({ ...t, name: `Rev${stamp}_${t.name}` })),
      },
    ],
    names: plan.names
      .filter((n) => n.sheetKey === key)
      .map((n) => ({ ...n, sheetKey: revisionKey, name: `Rev${stamp}_${n.name}` })),
  };
}

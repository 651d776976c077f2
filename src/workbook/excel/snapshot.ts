import { ok, Result } from '../../domain';
import { parseCell } from '../plan/address';
import { ExcelApi, globalExcel, Scalar } from './api';
import { MARKER_PREFIX } from '../plan/plan';
import { sheetOfReference } from '../plan/resolve';
import { WorkbookSnapshot } from '../verify/snapshot';
import { runInExcel } from './envelope';

/** The Office.js parts the snapshot reads beyond api.ts: a sheet's protection (ExcelApi 1.2). */
interface ProtectionProxy {
  readonly protection: { readonly protected: boolean; load(p: string): unknown };
}

/**
 * Reads the add-in's own sheets for checking through Office.js, in one Excel.run with two syncs: sheet
 * and workbook names first, then the used range (values and formulas) and protection of each sheet a
 * marker points at. The officer's sheets are not read.
 * Values are what Excel computed; formulas are kept where a cell has one.
 *
 * @example await readWorkbookSnapshot(Excel) // ok({ sheets: [{ name: 'Avgift 2026', values, formulas, protected }], names })
 */
export async function readWorkbookSnapshot(
  excel: ExcelApi | undefined = globalExcel(),
): Promise<Result<WorkbookSnapshot>> {
  return runInExcel(
    excel,
    {
      code: 'excel-read',
      doing: { sv: 'Excel kunde inte läsa tilläggets blad', en: "Excel could not read the add-in's sheets" },
    },
    async (context) => {
      const { worksheets, names } = context.workbook;
      worksheets.load('items/name');
      names.load('items/name,items/formula');
      await context.sync();
      // Only the add-in's own sheets (those its markers point at): an officer's 60 000-row sheet is
      // never read, so the response stays far under Excel on the web's 5 MB.
      const ours = new Set(
        names.items.filter((n) => n.name.startsWith(MARKER_PREFIX)).map((n) => sheetOfReference(n.formula)),
      );
      const reads = worksheets.items
        .filter((ws) => ours.has(ws.name))
        .map((ws) => {
          const used = ws.getUsedRangeOrNullObject(false);
          used.load('address,values,formulas,isNullObject');
          const protection = (ws as unknown as ProtectionProxy).protection;
          protection.load('protected');
          return { name: ws.name, used, protection };
        });
      await context.sync();
      return ok({
        sheets: reads.map(({ name, used, protection }) => {
          if (used.isNullObject) return { name, values: [], formulas: [], protected: protection.protected };
          const { row, column } = parseCell(
            used.address
              .slice(used.address.lastIndexOf('!') + 1)
              .split(':')[0]!
              .replace(/\$/g, ''),
          );
          return {
            name,
            values: fromA1(used.values, row, column, ''),
            formulas: fromA1(
              used.formulas.map((r) => r.map(asFormula)),
              row,
              column,
              undefined,
            ),
            protected: protection.protected,
          };
        }),
        names: names.items.map((n) => ({ name: n.name, formula: n.formula })),
      });
    },
  );
}

const asFormula = (f: Scalar): string | undefined => (typeof f === 'string' && f.startsWith('=') ? f : undefined);

/** Pads a used range that does not start at A1 so that rows and columns count from A1. */
function fromA1<T>(rows: readonly (readonly T[])[], row: number, column: number, empty: T): T[][] {
  return [...Array.from({ length: row }, () => [] as T[]), ...rows.map((r) => [...Array<T>(column).fill(empty), ...r])];
}

import { fail, ok, Result } from '../domain';
import { parseCell } from './address';
import { ExcelApi, ExcelContext, globalExcel, Scalar } from './excelApi';
import { WorkbookSnapshot } from './snapshot';

/** The Office.js parts the snapshot reads beyond excelApi.ts: a sheet's protection (ExcelApi 1.2). */
interface ProtectionProxy {
  readonly protection: { readonly protected: boolean; load(p: string): unknown };
}

/**
 * Reads the whole workbook for checking through Office.js, in one Excel.run with two syncs: sheet
 * and workbook names first, then every sheet's used range (values and formulas) and protection.
 * Values are what Excel computed; formulas are kept where a cell has one.
 *
 * @example await readWorkbookSnapshot(Excel) // ok({ sheets: [{ name: 'Avgift 2026', values, formulas, protected }], names })
 */
export async function readWorkbookSnapshot(excel: ExcelApi | undefined = globalExcel()): Promise<Result<WorkbookSnapshot>> {
  if (!excel) return fail('excel-missing', 'Excel är inte tillgängligt här. Öppna tillägget i Excel.', 'Excel is not available here. Open the add-in in Excel.');
  try {
    return await excel.run(async (context: ExcelContext) => {
      const { worksheets, names } = context.workbook;
      worksheets.load('items/name');
      names.load('items/name,items/formula');
      await context.sync();
      const reads = worksheets.items.map((ws) => {
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
          const { row, column } = parseCell(used.address.slice(used.address.lastIndexOf('!') + 1).split(':')[0]!.replace(/\$/g, ''));
          return { name, values: fromA1(used.values, row, column, ''), formulas: fromA1(used.formulas.map((r) => r.map(asFormula)), row, column, undefined), protected: protection.protected };
        }),
        names: names.items.map((n) => ({ name: n.name, formula: n.formula })),
      });
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('excel-read', `Excel kunde inte läsa arbetsboken: ${detail}.`, `Excel could not read the workbook: ${detail}.`);
  }
}

const asFormula = (f: Scalar): string | undefined => (typeof f === 'string' && f.startsWith('=') ? f : undefined);

/** Pads a used range that does not start at A1 so that rows and columns count from A1. */
function fromA1<T>(rows: readonly (readonly T[])[], row: number, column: number, empty: T): T[][] {
  return [...Array.from({ length: row }, () => [] as T[]), ...rows.map((r) => [...Array<T>(column).fill(empty), ...r])];
}

import { fail, Member, ok, Result } from '../../domain';
import { parseRange } from '../plan/address';
import { ExcelApi, globalExcel } from './api';
import { SCB_REQUEST_LABEL } from '../layouts/cells';
import { markedSheetNames } from '../verify/snapshot';
import { runInExcel } from './envelope';

/** What the add-in's Befolkning sheet says about where its figures came from, and for whom. */
export interface PopulationSheet {
  /** The sheet's name: "Befolkning", or "Befolkning (2)" after a second write. */
  readonly sheet: string;
  /** A2 as written: "Källa: SCB:s statistikdatabas, tabell TAB628 … Hämtad 2026-03-02 09:30." */
  readonly source: string;
  /** A4 when it holds the SCB query the figures came from ("SCB-fråga: https://…"); absent otherwise. */
  readonly request?: string;
  /** The members as listed from row 6: code in column A, name in column B, in the sheet's order. */
  readonly members: readonly Member[];
}

const FIRST_MEMBER_ROW = 6;

/**
 * Reads the Befolkning sheet the add-in wrote (found by its hidden marker name, the latest version
 * first) in one Excel.run with two syncs: the names and sheets, then that sheet's used range.
 *
 * @example await readPopulationSheet(Excel)
 * // ok({ sheet: 'Befolkning', source: 'Källa: SCB:s statistikdatabas, …', request: 'SCB-fråga: https://…', members: [{ code: '0127', name: 'Botkyrka' }, …] })
 */
export async function readPopulationSheet(
  excel: ExcelApi | undefined = globalExcel(),
): Promise<Result<PopulationSheet>> {
  return runInExcel(
    excel,
    {
      code: 'excel-read',
      doing: { sv: 'Excel kunde inte läsa bladet Befolkning', en: 'Excel could not read the Befolkning sheet' },
    },
    async (context) => {
      const { worksheets, names } = context.workbook;
      worksheets.load('items/name');
      names.load('items/name,items/formula');
      await context.sync();
      const lower = (s: string) => s.toLocaleLowerCase('sv');
      const existing = new Map(worksheets.items.map((ws) => [lower(ws.name), ws.name]));
      const sheet = markedSheetNames(names.items, 'befolkning')
        .map((name) => existing.get(lower(name)))
        .find((name) => name !== undefined);
      if (sheet === undefined) return noPopulationSheet;
      const used = worksheets.getItem(sheet).getUsedRangeOrNullObject(true);
      used.load('address,values,isNullObject');
      await context.sync();
      if (used.isNullObject) return noPopulationSheet;
      return ok(populationSheetFrom(sheet, used.values, parseRange(used.address).start));
    },
  );
}

const noPopulationSheet = fail<PopulationSheet>(
  'population-sheet-missing',
  'Arbetsboken har inget blad Befolkning som tillägget har skrivit, så det finns ingen SCB-fråga att upprepa. Välj ”SCB – hämta de senaste siffrorna”, hämta och skriv till arbetsboken först.',
  'The workbook has no Befolkning sheet written by the add-in, so there is no SCB query to repeat. Choose "SCB – fetch the latest figures", fetch and write to the workbook first.',
);

/** The sheet's cells read from its used range, which starts at `topLeft` (zero-based row and column). */
function populationSheetFrom(
  sheet: string,
  values: readonly (readonly unknown[])[],
  topLeft: { row: number; column: number },
): PopulationSheet {
  /** A cell's text by Excel's row number and the column counted from 0 (A = 0): cell(4, 0) is A4. */
  const cell = (row: number, column: number) =>
    String(values[row - 1 - topLeft.row]?.[column - topLeft.column] ?? '').trim();
  const members: Member[] = [];
  for (let row = FIRST_MEMBER_ROW; /^\d{4}$/.test(cell(row, 0)); row++)
    members.push({ code: cell(row, 0), name: cell(row, 1) });
  const a4 = cell(4, 0);
  return { sheet, source: cell(2, 0), ...(a4.startsWith(SCB_REQUEST_LABEL) ? { request: a4 } : {}), members };
}

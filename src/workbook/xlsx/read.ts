import { fail, ok, Result } from '../../domain';
import { cellAddress } from '../plan/address';
import { RangeValues } from '../excel/read';
import { saveAsXlsx, spreadsheetKind } from './kind';
import { openXlsxPackage, partTooLarge, PartTooLarge, textOf } from './package';
import { packageStrings } from './packageBook';
import { readSheetXml } from './sheetXml';

export { saveAsXlsx, spreadsheetKind } from './kind';
export type { SpreadsheetKind } from './kind';

/**
 * Every sheet of an .xlsx file as the 2-D array Excel's `range.values` gives: numbers, text,
 * booleans, "" for empty, the cached result of a formula (a formula saved without a result is
 * returned as its text, so a check reports it). A merged cell's value stands in its top-left cell
 * only, as in Excel. Read from the zip parts in one linear pass each, within bounds: a sparse sheet
 * costs what its cells cost (rows are as long as their last cell), a part that would inflate past
 * PART_LIMITS is refused before it is. .ods, .xls, encrypted workbooks and the rest are refused with
 * "spara som .xlsx".
 *
 * @example await readXlsxSheets(bytes, 'Budget.xlsx') // → ok([{ sheet: 'Budget', address: 'A1:C17', values: [...] }])
 */
export async function readXlsxSheets(bytes: Uint8Array, fileName: string): Promise<Result<RangeValues[]>> {
  const kind = spreadsheetKind(bytes);
  if (kind !== 'xlsx') return saveAsXlsx(fileName, kind);
  const pkg = await openXlsxPackage(bytes, fileName);
  if (!pkg.ok) return pkg;
  try {
    const strings = await packageStrings(pkg.value);
    const sheets: RangeValues[] = [];
    for (const sheet of pkg.value.sheets) {
      const read = readSheetXml(sheet.name, (await textOf(pkg.value.zip, sheet.path)) ?? '', strings);
      const values = read.values.map((row, r) => row.map((v, c) => (v === null ? (read.formulas[r]?.[c] ?? '') : v)));
      const columns = values.reduce((max, row) => Math.max(max, row.length), 0);
      sheets.push({
        sheet: sheet.name,
        address: `A1:${cellAddress(Math.max(values.length, 1) - 1, Math.max(columns, 1) - 1)}`,
        values,
      });
    }
    return ok(sheets);
  } catch (e) {
    if (e instanceof PartTooLarge) return partTooLarge(fileName, e);
    throw e;
  }
}

/**
 * One sheet of an .xlsx file: the one named, else one called `preferred` (Budget by default), else
 * the first. A missing sheet is an error naming the sheets there are.
 */
export async function readXlsxSheet(
  bytes: Uint8Array,
  fileName: string,
  sheetName?: string,
  preferred = 'Budget',
): Promise<Result<RangeValues>> {
  const sheets = await readXlsxSheets(bytes, fileName);
  if (!sheets.ok) return sheets;
  const lower = (s: string) => s.trim().toLocaleLowerCase('sv');
  const sheet =
    sheetName !== undefined
      ? sheets.value.find((w) => lower(w.sheet) === lower(sheetName))
      : (sheets.value.find((w) => lower(w.sheet) === lower(preferred)) ?? sheets.value[0]);
  if (!sheet) {
    const names = sheets.value.map((w) => `”${w.sheet}”`).join(', ');
    return sheetName !== undefined
      ? fail(
          'sheet-missing',
          `${fileName} har inget blad som heter ”${sheetName}”. Bladen är: ${names}.`,
          `${fileName} has no sheet named "${sheetName}". Its sheets: ${names}.`,
        )
      : fail('sheet-missing', `${fileName} har inga blad.`, `${fileName} has no sheets.`);
  }
  return ok(sheet);
}

import ExcelJS from 'exceljs';
import { fail, ok, Result } from '../domain';
import { RangeValues } from './read';

/**
 * Reads one sheet of an .xlsx file into the same 2-D array Excel's `range.values` gives: numbers,
 * text, booleans, "" for empty, the cached result of a formula. A formula saved without a result is
 * returned as its text, so a check reports it instead of reading it as empty. The sheet: the one
 * named, else one called Budget, else the first.
 */
export async function readXlsxSheet(bytes: Uint8Array, fileName: string, sheetName?: string): Promise<Result<RangeValues>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail(
      'xlsx-unreadable',
      `${fileName} kan inte läsas som en Excel-arbetsbok (.xlsx). Spara den som Excel-arbetsbok (.xlsx) i Excel och välj den igen.`,
      `${fileName} cannot be read as an Excel workbook (.xlsx). Save it as an Excel workbook (.xlsx) in Excel and choose it again.`,
    );
  }
  const lower = (s: string) => s.toLocaleLowerCase('sv');
  const sheet = sheetName !== undefined
    ? workbook.worksheets.find((w) => lower(w.name) === lower(sheetName))
    : (workbook.worksheets.find((w) => lower(w.name) === 'budget') ?? workbook.worksheets[0]);
  if (!sheet) {
    const names = workbook.worksheets.map((w) => w.name).join(', ');
    return sheetName !== undefined
      ? fail('sheet-missing', `${fileName} har inget blad som heter ”${sheetName}”. Bladen är: ${names}.`, `${fileName} has no sheet named "${sheetName}". Its sheets: ${names}.`)
      : fail('sheet-missing', `${fileName} har inga blad.`, `${fileName} has no sheets.`);
  }
  const rows = sheet.actualRowCount ? sheet.rowCount : 0;
  const columns = sheet.columnCount;
  const values: unknown[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c);
      row.push(cellValue(cell.value, cell.result));
    }
    values.push(row);
  }
  return ok({ sheet: sheet.name, address: `A1:${sheet.getCell(Math.max(rows, 1), Math.max(columns, 1)).address}`, values });
}

/** `result`: a formula's cached result, read from the cell (its `value` drops a result of 0, "" or FALSE). */
function cellValue(value: ExcelJS.CellValue, result?: unknown): unknown {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('error' in value) return value.error;
  if ('formula' in value || 'sharedFormula' in value) {
    if (result === undefined || result === null) return `=${(value as { formula?: string }).formula ?? ''}`;
    return typeof result === 'object' && result !== null && 'error' in result ? (result as { error: string }).error : cellValue(result as ExcelJS.CellValue);
  }
  if ('text' in value) return String(value.text);
  return '';
}

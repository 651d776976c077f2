import ExcelJS from 'exceljs';
import { fail, ok, Result } from '../domain';
import { RangeValues } from './read';

/** A workbook file's kind from its first bytes (a file's extension can lie). */
export type SpreadsheetKind = 'xlsx' | 'ods' | 'xls' | 'other';

/**
 * What the bytes of a spreadsheet file are: a zip holding an OpenDocument mimetype is .ods, another
 * zip is taken for .xlsx, the OLE2 signature D0 CF 11 E0 is Excel 97–2003 (.xls).
 *
 * @example spreadsheetKind(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0])) // → 'xls'
 */
export function spreadsheetKind(bytes: Uint8Array): SpreadsheetKind {
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'xls';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 120));
    return head.includes('opendocument.spreadsheet') ? 'ods' : 'xlsx';
  }
  return 'other';
}

/** The message for a workbook the reader cannot open, naming what it is and what to do. */
export function saveAsXlsx(fileName: string, kind: SpreadsheetKind) {
  const what = kind === 'ods' ? 'ett OpenDocument-kalkylblad (.ods)' : kind === 'xls' ? 'en äldre Excel-arbetsbok (.xls, Excel 97–2003)' : 'ingen Excel-arbetsbok (.xlsx)';
  const whatEn = kind === 'ods' ? 'an OpenDocument spreadsheet (.ods)' : kind === 'xls' ? 'an old Excel workbook (.xls, Excel 97–2003)' : 'not an Excel workbook (.xlsx)';
  return fail<never>(
    kind === 'other' ? 'xlsx-unreadable' : 'xlsx-format',
    `${fileName} är ${what}. Öppna den i Excel eller LibreOffice, spara som .xlsx (Excel-arbetsbok) och välj den igen.`,
    `${fileName} is ${whatEn}. Open it in Excel or LibreOffice, save it as .xlsx (Excel workbook) and choose it again.`,
  );
}

/**
 * Every sheet of an .xlsx file as the 2-D array Excel's `range.values` gives: numbers, text,
 * booleans, "" for empty, the cached result of a formula (a formula saved without a result is
 * returned as its text, so a check reports it). A merged cell's value stands in its top-left cell
 * only, as in Excel. .ods and .xls are refused with "spara som .xlsx".
 *
 * @example await readXlsxSheets(bytes, 'Budget.xlsx') // → ok([{ sheet: 'Budget', address: 'A1:C17', values: [...] }])
 */
export async function readXlsxSheets(bytes: Uint8Array, fileName: string): Promise<Result<RangeValues[]>> {
  const kind = spreadsheetKind(bytes);
  if (kind !== 'xlsx') return saveAsXlsx(fileName, kind);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return saveAsXlsx(fileName, 'other');
  }
  return ok(workbook.worksheets.map(sheetValues));
}

/**
 * One sheet of an .xlsx file: the one named, else one called `preferred` (Budget by default), else
 * the first. A missing sheet is an error naming the sheets there are.
 */
export async function readXlsxSheet(bytes: Uint8Array, fileName: string, sheetName?: string, preferred = 'Budget'): Promise<Result<RangeValues>> {
  const sheets = await readXlsxSheets(bytes, fileName);
  if (!sheets.ok) return sheets;
  const lower = (s: string) => s.trim().toLocaleLowerCase('sv');
  const sheet = sheetName !== undefined
    ? sheets.value.find((w) => lower(w.sheet) === lower(sheetName))
    : (sheets.value.find((w) => lower(w.sheet) === lower(preferred)) ?? sheets.value[0]);
  if (!sheet) {
    const names = sheets.value.map((w) => `”${w.sheet}”`).join(', ');
    return sheetName !== undefined
      ? fail('sheet-missing', `${fileName} har inget blad som heter ”${sheetName}”. Bladen är: ${names}.`, `${fileName} has no sheet named "${sheetName}". Its sheets: ${names}.`)
      : fail('sheet-missing', `${fileName} har inga blad.`, `${fileName} has no sheets.`);
  }
  return ok(sheet);
}

function sheetValues(sheet: ExcelJS.Worksheet): RangeValues {
  const rows = sheet.actualRowCount ? sheet.rowCount : 0;
  const columns = sheet.columnCount;
  const values: unknown[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: unknown[] = [];
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c);
      // ExcelJS repeats a merged range's value in every cell of it; Excel gives it in the top-left only.
      row.push(cell.isMerged && cell.master.address !== cell.address ? '' : cellValue(cell.value, cell.result));
    }
    values.push(row);
  }
  return { sheet: sheet.name, address: `A1:${sheet.getCell(Math.max(rows, 1), Math.max(columns, 1)).address}`, values };
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

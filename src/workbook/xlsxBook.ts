import ExcelJS from 'exceljs';
import { fail, ok, Result } from '../domain';
import { cellAddress, parseCell } from './address';
import { Cell, SheetPlan } from './plan';
import { SheetSnapshot, WorkbookSnapshot } from './snapshot';

/** Opens an .xlsx file for reading or changing in place (approve); a clear message when it is not one. */
export async function openXlsx(bytes: Uint8Array, fileName: string): Promise<Result<ExcelJS.Workbook>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return ok(workbook);
  } catch {
    return fail(
      'xlsx-unreadable',
      `${fileName} kan inte läsas som en Excel-arbetsbok (.xlsx).`,
      `${fileName} cannot be read as an Excel workbook (.xlsx).`,
    );
  }
}

/** Every sheet's values and formulas, and the workbook's names: what verify checks. */
export function xlsxSnapshot(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const names: { name: string; formula: string }[] = [];
  const model = (workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const n of model) for (const range of n.ranges) names.push({ name: n.name, formula: `=${range}` });
  return { sheets: workbook.worksheets.map(sheetSnapshot), names };
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: unknown[][] = [];
  const formulas: (string | undefined)[][] = [];
  const rows = ws.actualRowCount ? ws.rowCount : 0;
  for (let r = 1; r <= rows; r++) {
    const rowValues: unknown[] = [];
    const rowFormulas: (string | undefined)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const [value, formula] = read(ws.getCell(r, c).value);
      rowValues.push(value);
      rowFormulas.push(formula);
    }
    values.push(rowValues);
    formulas.push(rowFormulas);
  }
  return { name: ws.name, values, formulas, protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet) };
}

function read(value: ExcelJS.CellValue): [unknown, string | undefined] {
  if (value === null || value === undefined) return ['', undefined];
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return [value, undefined];
  if (value instanceof Date) return [(value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000, undefined];
  if ('richText' in value) return [value.richText.map((t) => t.text).join(''), undefined];
  if ('error' in value) return [value.error, undefined];
  if ('formula' in value || 'sharedFormula' in value) {
    const f = value as { formula?: string; result?: unknown };
    const result = f.result;
    const saved = result === undefined || result === null ? null : typeof result === 'object' && 'error' in (result as object) ? (result as { error: string }).error : result;
    return [saved, f.formula !== undefined ? `=${f.formula}` : undefined];
  }
  return ['', undefined];
}

/** Writes plan cells (values and number formats) into an ExcelJS sheet at a row: an appended Logg row. */
export function writeCellsXlsx(ws: ExcelJS.Worksheet, at: string, cells: readonly Cell[]): void {
  const origin = parseCell(at);
  cells.forEach((cell, i) => {
    const target = ws.getCell(origin.row + 1, origin.column + 1 + i);
    target.value = cell.value ?? null;
    if (cell.format) target.numFmt = cell.format;
  });
}

/** The next empty row (1-based) below a sheet's content. */
export const nextRowXlsx = (ws: ExcelJS.Worksheet): number => (ws.actualRowCount ? ws.rowCount : 0) + 1;

/** Adds a plan sheet to an ExcelJS workbook as plain cells (values and formats): a missing Logg. */
export function addSheetXlsx(workbook: ExcelJS.Workbook, sheet: SheetPlan): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(sheet.name);
  sheet.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    block.rows.forEach((row, r) => writeCellsXlsx(ws, cellAddress(origin.row + r, origin.column), row.map((c) => c ?? {})));
  }
  return ws;
}


import { fail, ok, Result } from '../domain';
import { absoluteAddress, columnLetters, parseCell, quoteSheetName, rangeAddress } from './address';
import { excelApiSupported, ExcelApi, globalExcel, REQUIRED_EXCEL_API, Scalar, WorksheetProxy } from './excelApi';
import { Cell, MARKER_PREFIX, SheetPlan, StyleName, WorkbookPlan } from './plan';
import { cellContent, ExistingWorkbook, resolveNames, Resolution, sheetOfReference } from './resolve';
import { CONDITIONAL_STYLES, cssColor, STYLES } from './styles';

export interface RenderProgress {
  readonly step: 'read' | 'write' | 'done';
  readonly done: number;
  readonly total: number;
}

export interface RenderOptions {
  /** Replace sheets the add-in made earlier (never the user's). Otherwise new versioned sheets. */
  readonly replaceOwnSheets?: boolean;
  readonly onProgress?: (progress: RenderProgress) => void;
  /** The Excel API; the global `Excel` by default (tests inject a fake host). */
  readonly excel?: ExcelApi;
}

export interface RenderSummary {
  readonly sheets: readonly { readonly key: string; readonly name: string; readonly replaced: boolean }[];
  readonly syncs: number;
}

/** Excel column width is in points; one character of the default font is about 5.7 points. */
const POINTS_PER_CHARACTER = 5.7;

/**
 * Writes a plan into the open workbook in one Excel.run with two context.sync() calls whatever its
 * size: the first reads the sheet, name and table names already there, the second writes everything.
 */
export async function renderPlanToExcel(plan: WorkbookPlan, options: RenderOptions = {}): Promise<Result<RenderSummary>> {
  const excel = options.excel ?? globalExcel();
  if (!excel) {
    return fail('excel-missing', 'Excel är inte tillgängligt här. Öppna tillägget i Excel, eller ladda ned arbetsboken som .xlsx.', 'Excel is not available here. Open the add-in in Excel, or download the workbook as .xlsx.');
  }
  if (!excelApiSupported()) {
    return fail(
      'excel-api-unsupported',
      `Den här Excel-versionen saknar ExcelApi ${REQUIRED_EXCEL_API}. Använd Excel för webben eller en aktuell Microsoft 365-version.`,
      `This Excel version lacks ExcelApi ${REQUIRED_EXCEL_API}. Use Excel on the web or a current Microsoft 365 version.`,
    );
  }
  const progress = options.onProgress ?? (() => undefined);
  try {
    return await excel.run(async (context) => {
      let syncs = 0;
      const sync = async () => {
        syncs += 1;
        await context.sync();
      };
      progress({ step: 'read', done: 0, total: plan.sheets.length });
      const { worksheets, names, tables } = context.workbook;
      worksheets.load('items/name');
      names.load('items/name,items/formula');
      tables.load('items/name');
      await sync();

      const existing = existingWorkbook(
        worksheets.items.map((s) => s.name),
        names.items.map((n) => ({ name: n.name, formula: n.formula })),
        tables.items.map((t) => t.name),
      );
      const resolution = resolveNames(plan, existing, options.replaceOwnSheets === true);

      // Replaced sheets are renamed out of the way first, so a workbook never runs out of sheets.
      for (const item of names.items) if (resolution.removedNames.includes(item.name)) item.delete();
      const retired = resolution.replacedSheets.map((name, i) => {
        const sheet = worksheets.getItem(name);
        sheet.name = `~avgf-ersatt-${i + 1}`;
        return sheet;
      });
      plan.sheets.forEach((sheet, i) => {
        writeSheet(worksheets.add(resolution.sheetNames.get(sheet.key)!), sheet, resolution);
        progress({ step: 'write', done: i + 1, total: plan.sheets.length });
      });
      for (const sheet of retired) sheet.delete();
      for (const n of plan.names) {
        const sheetName = resolution.sheetNames.get(n.sheetKey)!;
        const reference = `=${quoteSheetName(sheetName)}!${n.address}`;
        if (n.comment !== undefined) names.add(resolution.names.get(n.key)!, reference, n.comment);
        else names.add(resolution.names.get(n.key)!, reference);
      }
      for (const sheet of plan.sheets) {
        const sheetName = resolution.sheetNames.get(sheet.key)!;
        names.add(resolution.markers.get(sheet.key)!, `=${quoteSheetName(sheetName)}!${absoluteAddress(0, 0)}`, `Avgiftsfördelning: ${sheet.key}`);
      }
      if (plan.sheets[0]) worksheets.getItem(resolution.sheetNames.get(plan.sheets[0].key)!).activate();
      await sync();
      progress({ step: 'done', done: plan.sheets.length, total: plan.sheets.length });
      return ok({
        sheets: plan.sheets.map((s) => {
          const name = resolution.sheetNames.get(s.key)!;
          return { key: s.key, name, replaced: resolution.replacedSheets.includes(name) };
        }),
        syncs,
      });
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('excel-write', `Excel kunde inte skriva arbetsboken: ${detail}. Inget blad har ändrats om felet kom före skrivningen; försök igen.`, `Excel could not write the workbook: ${detail}.`);
  }
}

/**
 * The add-in's own sheets that writing the plan would meet (same names): the task pane asks the
 * user whether to replace them or write new versions. One sync.
 */
export async function ownSheetsInTheWay(plan: WorkbookPlan, excel: ExcelApi | undefined = globalExcel()): Promise<Result<string[]>> {
  if (!excel) return ok([]);
  try {
    return await excel.run(async (context) => {
      const { worksheets, names } = context.workbook;
      worksheets.load('items/name');
      names.load('items/name,items/formula');
      await context.sync();
      const existing = existingWorkbook(worksheets.items.map((s) => s.name), names.items.map((n) => ({ name: n.name, formula: n.formula })), []);
      return ok([...resolveNames(plan, existing, true).replacedSheets]);
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('excel-read', `Excel kunde inte läsa arbetsboken: ${detail}.`, `Excel could not read the workbook: ${detail}.`);
  }
}

/** Selects a cell (for "go to B7" from a finding). */
export async function selectCell(sheet: string, address: string, excel: ExcelApi | undefined = globalExcel()): Promise<Result<null>> {
  if (!excel) return ok(null);
  try {
    return await excel.run(async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      await context.sync();
      return ok(null);
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('excel-select', `Cellen ${address} på bladet ${sheet} kunde inte markeras: ${detail}.`, `Cell ${address} on sheet ${sheet} could not be selected: ${detail}.`);
  }
}

/** Which existing sheets are the add-in's: those a marker name AVGF_… points at. */
export function existingWorkbook(
  sheetNames: readonly string[],
  names: readonly { name: string; formula: string }[],
  tableNames: readonly string[],
): ExistingWorkbook {
  const namesOnSheet = new Map<string, string[]>();
  const ours = new Set<string>();
  for (const n of names) {
    const sheet = sheetOfReference(n.formula);
    if (!sheet) continue;
    namesOnSheet.set(sheet, [...(namesOnSheet.get(sheet) ?? []), n.name]);
    if (n.name.startsWith(MARKER_PREFIX)) ours.add(sheet);
  }
  return {
    sheets: sheetNames.map((name) => ({ name, ours: ours.has(name) })),
    names: [...names.map((n) => n.name), ...tableNames],
    namesOnSheet,
  };
}

function writeSheet(ws: WorksheetProxy, sheet: SheetPlan, resolution: Resolution): void {
  for (const block of sheet.blocks) writeBlock(ws, block.at, block.rows, resolution);
  sheet.columnWidths?.forEach((w, i) => {
    const column = columnLetters(i);
    ws.getRange(`${column}:${column}`).format.columnWidth = Math.round(w * POINTS_PER_CHARACTER);
  });
  for (const range of sheet.merges ?? []) ws.getRange(range).merge();
  for (const t of sheet.tables ?? []) {
    const table = ws.tables.add(t.range, true);
    table.name = resolution.tableNames.get(t.name)!;
    if (t.style) table.style = t.style;
  }
  for (const cf of sheet.conditionalFormats ?? []) {
    const format = ws.getRange(cf.range).conditionalFormats.add('Custom');
    const look = CONDITIONAL_STYLES[cf.style];
    format.custom.rule.formula = `=${cf.formula}`;
    format.custom.format.font.color = cssColor(look.color);
    format.custom.format.font.bold = true;
    format.custom.format.fill.color = cssColor(look.fill);
  }
  if (sheet.freezeRows) ws.freezePanes.freezeRows(sheet.freezeRows);
  if (sheet.pageSetup) {
    ws.pageLayout.orientation = sheet.pageSetup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    if (sheet.pageSetup.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1 };
  }
}

/**
 * One block: number formats first (so "0127" stays text under `@`), then contents as formulas, both
 * as 2-D arrays in one call each; null leaves a cell unchanged, as Office.js does. Styles are set on
 * runs of equal style within a row.
 */
function writeBlock(ws: WorksheetProxy, at: string, rows: readonly (readonly (Cell | null)[])[], resolution: Resolution): void {
  const origin = parseCell(at);
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 0) return;
  const pad = <T>(row: readonly T[], fill: T) => [...row, ...Array<T>(width - row.length).fill(fill)];
  const range = ws.getRange(rangeAddress(origin, rows.length, width));
  range.numberFormat = rows.map((row) => pad(row.map((c) => c?.format ?? null), null));
  range.formulas = rows.map((row) => pad(row.map((c) => (c ? excelContent(c, resolution) : null)), null));
  rows.forEach((row, r) => {
    let start = 0;
    for (let c = 1; c <= row.length; c++) {
      const style = row[start]?.style;
      if (c < row.length && row[c]?.style === style) continue;
      if (style) applyStyle(ws.getRange(rangeAddress({ row: origin.row + r, column: origin.column + start }, 1, c - start)), style);
      start = c;
    }
  });
}

/** Text beginning with "=" gets Excel's apostrophe prefix so it can never become a formula. */
function excelContent(cell: Cell, resolution: Resolution): Scalar {
  const content = cellContent(cell, resolution);
  return cell.formula === undefined && typeof content === 'string' && content.startsWith('=') ? `'${content}` : content;
}

function applyStyle(range: ReturnType<WorksheetProxy['getRange']>, name: StyleName): void {
  const style = STYLES[name];
  if (style.bold) range.format.font.bold = true;
  if (style.italic) range.format.font.italic = true;
  if (style.size) range.format.font.size = style.size;
  if (style.color) range.format.font.color = cssColor(style.color);
  if (style.fill) range.format.fill.color = cssColor(style.fill);
  if (style.borderTop) range.format.borders.getItem('EdgeTop').style = 'Continuous';
  if (style.borderBottom) range.format.borders.getItem('EdgeBottom').style = 'Continuous';
  if (style.wrap) range.format.wrapText = true;
}

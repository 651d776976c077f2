import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { absoluteAddress, parseCell, parseRange, quoteSheetName } from '../plan/address';
import { Cell, MARKER_PREFIX, SheetPlan, WorkbookPlan } from '../plan/plan';
import { cellContent, resolveNames, Resolution } from '../plan/resolve';
import { CONDITIONAL_STYLES, FONT, STYLES } from '../plan/styles';
import { optional } from '../../domain';
import { addCharts } from './chart';
import { openXlsxPackage } from './package';

/**
 * Writes a plan as a new .xlsx file with ExcelJS: the command line's output, and the download offered
 * outside Excel. Each formula is saved with the result the layout computed, so previews and readers
 * that do not calculate see numbers; the file asks Excel to calculate everything again on open.
 * The marker names are hidden, as the add-in's are.
 */
export async function renderPlanToXlsx(plan: WorkbookPlan): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Avgiftsfördelning';
  workbook.calcProperties.fullCalcOnLoad = true;
  const resolution = resolveNames(plan, { sheets: [], names: [] }, false);
  for (const sheet of plan.sheets) writeSheet(workbook, sheet, resolution);
  for (const n of plan.names) {
    const sheetName = resolution.sheetNames.get(n.sheetKey)!;
    workbook.definedNames.add(`${quoteSheetName(sheetName)}!${n.address}`, resolution.names.get(n.key)!);
  }
  for (const sheet of plan.sheets) {
    const sheetName = resolution.sheetNames.get(sheet.key)!;
    workbook.definedNames.add(
      `${quoteSheetName(sheetName)}!${absoluteAddress(0, 0)}`,
      resolution.markers.get(sheet.key)!,
    );
  }
  // What ExcelJS cannot write (hidden names, charts) is patched into the package it wrote, opened once.
  const opened = await openXlsxPackage(new Uint8Array(await workbook.xlsx.writeBuffer()), 'Avgiftsfördelning.xlsx');
  if (!opened.ok) throw new Error(opened.error.message.en);
  const { zip, sheets } = opened.value;
  const charted = plan.sheets.filter((s) => s.charts?.length);
  if (charted.length) {
    const parts = new Map(sheets.map((s) => [s.name, s.path]));
    await addCharts(
      zip,
      charted.map((sheet) => {
        const sheetName = resolution.sheetNames.get(sheet.key)!;
        const cellAt = planCellLookup(sheet);
        return {
          part: parts.get(sheetName)!,
          sheetName,
          charts: sheet.charts!,
          valueAt: (row: number, column: number) => {
            const cell = cellAt(row, column);
            return cell?.formula !== undefined ? cell.result : cell?.value;
          },
        };
      }),
    );
  }
  await hideNamesIn(zip, MARKER_PREFIX);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Marks the workbook names starting with `prefix` hidden (`hidden="1"` in xl/workbook.xml), which
 * ExcelJS cannot write: `<definedName name="AVGF_historik">` → `<definedName name="AVGF_historik" hidden="1">`.
 *
 * @example await hideNames(await wb.xlsx.writeBuffer(), 'AVGF_') // the same package, the markers hidden
 */
export async function hideNames(xlsx: Uint8Array, prefix: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  await hideNamesIn(zip, prefix);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function hideNamesIn(zip: JSZip, prefix: string): Promise<void> {
  const path = 'xl/workbook.xml';
  const xml = await zip.file(path)!.async('string');
  const pattern = new RegExp(`<definedName name="(${prefix}[^"]*)"`, 'g');
  zip.file(path, xml.replace(pattern, '<definedName name="$1" hidden="1"'));
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: SheetPlan, resolution: Resolution): void {
  const ws = workbook.addWorksheet(resolution.sheetNames.get(sheet.key)!, {
    views: sheet.freezeRows ? [{ state: 'frozen', ySplit: sheet.freezeRows }] : [],
    pageSetup: sheet.pageSetup
      ? {
          paperSize: 9, // A4
          orientation: sheet.pageSetup.orientation,
          fitToPage: sheet.pageSetup.fitToWidth,
          fitToWidth: 1,
          fitToHeight: 0,
        }
      : {},
  });
  sheet.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  for (const table of sheet.tables ?? []) {
    const { start, end } = parseRange(table.range);
    const cellAt = planCellLookup(sheet);
    const header = [];
    for (let c = start.column; c <= end.column; c++)
      header.push({ name: String(cellAt(start.row, c)?.value ?? `Kolumn ${c + 1}`) });
    const rows = [];
    for (let r = start.row + 1; r <= end.row; r++) {
      const row = [];
      for (let c = start.column; c <= end.column; c++) {
        const cell = cellAt(r, c);
        const content = cell ? cellContent(cell, resolution) : null;
        row.push(cell?.formula !== undefined ? { formula: String(content).slice(1) } : content);
      }
      rows.push(row);
    }
    ws.addTable({
      name: resolution.tableNames.get(table.name)!,
      ref: table.range.split(':')[0]!,
      headerRow: true,
      style: {
        theme: (table.style ?? 'TableStyleMedium2') as ExcelJS.TableStyleProperties['theme'],
        showRowStripes: true,
      },
      columns: header,
      rows,
    });
  }

  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    block.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        if (cell) writeCell(ws.getCell(origin.row + r + 1, origin.column + c + 1), cell, resolution);
      }),
    );
  }
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  for (const cf of sheet.conditionalFormats ?? []) {
    const look = CONDITIONAL_STYLES[cf.style];
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: 1,
          formulae: [cf.formula],
          style: {
            font: { color: { argb: look.color }, bold: true },
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: look.fill } },
          },
        },
      ],
    });
  }
}

function writeCell(target: ExcelJS.Cell, cell: Cell, resolution: Resolution): void {
  const content = cellContent(cell, resolution);
  // Text is set as a string value, which ExcelJS always stores as text, never as a formula.
  target.value =
    cell.formula !== undefined
      ? ({ formula: String(content).slice(1), ...optional({ result: cell.result }) } as ExcelJS.CellFormulaValue)
      : content;
  if (cell.format) target.numFmt = cell.format;
  const style = cell.style ? STYLES[cell.style] : undefined;
  if (!style) return;
  // The font is named in full: a font given only as bold is shown in another application's default.
  target.font = {
    name: FONT.name,
    family: 2,
    size: style.size ?? FONT.size,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italic: true } : {}),
    ...(style.color ? { color: { argb: style.color } } : {}),
  };
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
  if (style.borderTop || style.borderBottom) {
    target.border = {
      ...(style.borderTop ? { top: { style: 'thin' } } : {}),
      ...(style.borderBottom ? { bottom: { style: 'thin' } } : {}),
    };
  }
  if (style.wrap) target.alignment = { wrapText: true, vertical: 'top' };
}

function planCellLookup(sheet: SheetPlan): (row: number, column: number) => Cell | undefined {
  const cells = new Map<string, Cell>();
  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) cells.set(`${origin.row + r}:${origin.column + c}`, cell);
      }),
    );
  }
  return (row, column) => cells.get(`${row}:${column}`);
}

import { fail, LogEntry, ok, Result } from '../../domain';
import { LOG_HEADER_ROW, LOG_SHEET_KEY, LOG_SHEET_NAME, logRow, logSheet } from '../layouts/log';
import { MEMBERS_SHEET_KEY, MEMBERS_SHEET_NAME } from '../layouts/members';
import { absoluteAddress, cellAddress, columnLetters, parseCell, quoteSheetName, rangeAddress } from '../plan/address';
import {
  excelApiSupported,
  ExcelApi,
  globalExcel,
  RangeFormatProxy,
  REQUIRED_EXCEL_API,
  Scalar,
  WorksheetProxy,
} from './api';
import { Block, Cell, ChartPlan, MARKER_PREFIX, SheetPlan, WorkbookPlan, withSheets } from '../plan/plan';
import {
  cellContent,
  ExistingWorkbook,
  resolveNames,
  Resolution,
  sameSheetName,
  sheetOfReference,
} from '../plan/resolve';
import { RangeValues, rangeValuesOf } from './read';
import { queueOwnSheet } from './ownSheet';
import { markedSheetNames } from '../verify/snapshot';
import { CONDITIONAL_STYLES, cssColor, STYLES, StyleSpec } from '../plan/styles';
import { runInExcel } from './envelope';

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
  /**
   * A Logg row for this write (every write is logged): appended below the Logg sheet's used range
   * in the same syncs as the plan, or, when the workbook has no Logg, a Logg sheet is one more sheet of the plan.
   */
  readonly log?: LogEntry;
}

export interface RenderSummary {
  /**
   * The plan's sheets as written (the Logg is not one of them). `besideOwn`: the name the plan asked for
   * ("Budget"), taken by a sheet of the officer's, which was left as it is; the add-in's went beside it.
   */
  readonly sheets: readonly {
    readonly key: string;
    readonly name: string;
    readonly replaced: boolean;
    readonly besideOwn?: string;
  }[];
  /** Where the write's Logg row went (with `log`). */
  readonly log?: { readonly sheet: string; readonly row: number };
  readonly syncs: number;
}

/** Excel column width is in points; one character of the default font is about 5.7 points. */
const POINTS_PER_CHARACTER = 5.7;

/**
 * Estimated request bytes after which the renderer syncs before the next sheet: Excel on the web
 * refuses a request over 5 MB. The estimate (see `RequestBudget`) runs about 1.2 times the real size,
 * so a request stays under about 2.7 MB plus one sheet. The 290-municipality workbook (2008–2025)
 * measures 2.2 MB and is written in one request; larger plans are split.
 */
const SYNC_AFTER_ESTIMATED_BYTES = 3_200_000;

/**
 * Writes a plan into the open workbook in one Excel.run: one sync reads the sheet, name and table
 * names already there, then everything is written in as few syncs as the request size allows (one up
 * to a few hundred members). The order keeps the workbook whole if Excel fails at any point (a batch
 * is not rolled back): first every sheet exists and is marked as ours (a replaced sheet keeps its
 * place, its marker and every reference to it, and is cleared), then the plan's names, then the
 * contents. User sheets, formulas and names are never touched; after a failure, a sheet this run
 * added that did not get its marker is removed, so no stray sheet remains.
 *
 * Example: `await renderPlanToExcel(plan, { replaceOwnSheets: true })` →
 * ok({ sheets: [{ key: 'avgift-2026', name: 'Avgift 2026', replaced: true }, …], syncs: 2 }).
 */
export async function renderPlanToExcel(
  planned: WorkbookPlan,
  options: RenderOptions = {},
): Promise<Result<RenderSummary>> {
  const excel = options.excel ?? globalExcel();
  if (excel && !excelApiSupported()) {
    return fail(
      'excel-api-unsupported',
      `Den här Excel-versionen saknar ExcelApi ${REQUIRED_EXCEL_API}. Tillägget fungerar i Microsoft 365 för Windows, Mac och iPad, Excel på webben, Office 2021 och Office 2024.`,
      `This Excel version lacks ExcelApi ${REQUIRED_EXCEL_API}. The add-in runs in Microsoft 365 on Windows, Mac and iPad, Excel on the web, Office 2021 and Office 2024.`,
    );
  }
  const progress = options.onProgress ?? (() => undefined);
  let plan = planned;
  const added: string[] = [];
  const job = {
    code: 'excel-write',
    doing: { sv: 'Excel kunde inte skriva arbetsboken', en: 'Excel could not write the workbook' },
    state: {
      sv: 'Dina egna blad, formler och namn är orörda.',
      en: 'Your own sheets, formulas and names are untouched.',
    },
    otherWay: {
      sv: 'Utanför Excel kan arbetsboken laddas ned som .xlsx.',
      en: 'Outside Excel the workbook can be downloaded as .xlsx.',
    },
    // A sheet this run added that never got its marker is removed, so no stray sheet remains.
    afterFailure: async () => {
      if (added.length) await removeUnmarkedSheets(excel!, added);
    },
  };
  return runInExcel(excel, job, async (context) => {
    let syncs = 0;
    const sync = async () => {
      syncs += 1;
      await context.sync();
    };
    progress({ step: 'read', done: 0, total: plan.sheets.length });
    const { worksheets, names, tables } = context.workbook;
    worksheets.load('items/name');
    names.load('items/name,items/formula');
    tables.load('items/name,items/worksheet/name');
    // The add-in's Logg (by its marker, never by its name) and its last used row, in the same read:
    // the row is then written with everything else. An officer's own sheet called Logg is not it.
    const logRead = options.log ? queueOwnSheet(context, LOG_SHEET_KEY, LOG_SHEET_NAME) : undefined;
    await sync();
    const ownLog = await logRead?.resolve(names.items, sync);
    const logAppend =
      options.log && ownLog
        ? { ws: ownLog.sheet, name: ownLog.name, row: ownLog.lastRow + 1, entry: options.log }
        : undefined;
    if (options.log && !logAppend) plan = withSheets(plan, [logSheet([options.log])]);

    const existing = existingWorkbook(
      worksheets.items.map((s) => s.name),
      names.items.map((n) => ({ name: n.name, formula: n.formula })),
      tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    );
    const resolution = resolveNames(plan, existing, options.replaceOwnSheets === true);
    const budget = new RequestBudget();

    // 1. Every sheet exists and is marked as ours before anything is written into it.
    const targets = new Map<string, WorksheetProxy>();
    for (const sheet of plan.sheets) {
      const name = resolution.sheetNames.get(sheet.key)!;
      const marker = resolution.markers.get(sheet.key)!;
      if (resolution.replacedSheets.includes(name)) {
        const ws = worksheets.getItem(name);
        clearSheet(ws, existing.tablesOnSheet?.get(name) ?? [], budget);
        names.getItem(marker).visible = false;
        targets.set(sheet.key, ws);
      } else {
        targets.set(sheet.key, worksheets.add(name));
        added.push(name);
        names.add(
          marker,
          `=${quoteSheetName(name)}!${absoluteAddress(0, 0)}`,
          `Avgiftsfördelning: ${sheet.key}`,
        ).visible = false;
      }
      budget.add(4);
    }
    // A replaced sheet's charts are the add-in's when named so (chartName): those go, to be drawn again.
    const redrawn = plan.sheets.filter(
      (s) => s.charts?.length && resolution.replacedSheets.includes(resolution.sheetNames.get(s.key)!),
    );
    if (redrawn.length) {
      const charts = redrawn.map((s) => targets.get(s.key)!.charts.load('items/name'));
      await sync();
      for (const c of charts) for (const chart of c.items) if (chart.name.startsWith(MARKER_PREFIX)) chart.delete();
    }
    // 2. The plan's names, before the formulas that use them. A name kept from a replaced sheet
    // gets its new reference only when it differs; no name is ever deleted.
    for (const n of plan.names) {
      const name = resolution.names.get(n.key)!;
      const reference = `=${quoteSheetName(resolution.sheetNames.get(n.sheetKey)!)}!${n.address}`;
      const now = resolution.keptNames.get(name);
      if (now !== undefined) {
        if (!sameReference(now, reference)) names.getItem(name).formula = reference;
      } else if (n.comment !== undefined) names.add(name, reference, n.comment);
      else names.add(name, reference);
      budget.add(2);
    }
    // 3. The contents, syncing only when the request would grow too large.
    for (const [i, sheet] of plan.sheets.entries()) {
      if (budget.estimate > SYNC_AFTER_ESTIMATED_BYTES) {
        await sync();
        budget.reset();
      }
      writeSheet(targets.get(sheet.key)!, sheet, resolution, budget);
      progress({ step: 'write', done: i + 1, total: plan.sheets.length });
    }
    if (plan.sheets[0]) targets.get(plan.sheets[0].key)!.activate();
    // The Logg row last, in the last request: no row says Skrivet for a write that failed before it.
    if (logAppend)
      writeBlock(logAppend.ws, { at: `A${logAppend.row}`, rows: [logRow(logAppend.entry)] }, resolution, budget);
    await sync();
    progress({ step: 'done', done: plan.sheets.length, total: plan.sheets.length });
    return ok({
      sheets: planned.sheets.map((s) => {
        const name = resolution.sheetNames.get(s.key)!;
        const officers = name !== s.name && existing.sheets.some((e) => !e.ours && sameSheetName(e.name, s.name));
        return {
          key: s.key,
          name,
          replaced: resolution.replacedSheets.includes(name),
          ...(officers ? { besideOwn: s.name } : {}),
        };
      }),
      ...(options.log
        ? {
            log: logAppend
              ? { sheet: logAppend.name, row: logAppend.row }
              : { sheet: resolution.sheetNames.get(LOG_SHEET_KEY)!, row: LOG_HEADER_ROW + 1 },
          }
        : {}),
      syncs,
    });
  });
}

/** After a failed write: the sheets this run added that never got their marker are removed. */
async function removeUnmarkedSheets(excel: ExcelApi, added: readonly string[]): Promise<void> {
  try {
    await excel.run(async (context) => {
      const { worksheets, names } = context.workbook;
      worksheets.load('items/name');
      names.load('items/name,items/formula');
      await context.sync();
      const marked = new Set(
        names.items.filter((n) => n.name.startsWith(MARKER_PREFIX)).map((n) => sheetOfReference(n.formula)),
      );
      const stray = worksheets.items.filter((s) => added.includes(s.name) && !marked.has(s.name));
      for (const sheet of stray) sheet.delete();
      if (stray.length) await context.sync();
    });
  } catch {
    // Excel is not answering; the first error is the one to show.
  }
}

/** Two name references to the same cell: "='Avgift 2026'!$B$6" and "=Avgift 2026!$B$6" alike. */
function sameReference(a: string, b: string): boolean {
  const cell = (f: string) =>
    f
      .slice(f.lastIndexOf('!') + 1)
      .replace(/\$/g, '')
      .toUpperCase();
  return sheetOfReference(a) === sheetOfReference(b) && cell(a) === cell(b);
}

/**
 * An estimate of the request being built, from what the renderer queues: each action with its object
 * paths costs about 200 bytes of JSON, and written arrays cost their JSON text (measured through the
 * real library: about 1.2 times the real bytes).
 */
class RequestBudget {
  estimate = 0;
  /** `actions` queued, plus any array data written. */
  add(actions: number, data?: unknown): void {
    this.estimate += actions * 200 + (data === undefined ? 0 : JSON.stringify(data).length);
  }
  reset(): void {
    this.estimate = 0;
  }
}

/** A replaced sheet is emptied in place: its tables, conditional formats, contents, formats, merges, panes. */
function clearSheet(ws: WorksheetProxy, tablesOnSheet: readonly string[], budget: RequestBudget): void {
  for (const table of tablesOnSheet) ws.tables.getItem(table).delete();
  const all = ws.getRange().untrack();
  all.conditionalFormats.clearAll();
  all.clear('All');
  ws.freezePanes.unfreeze();
  budget.add(4 + tablesOnSheet.length);
}

/** The members register as the workbook holds it, read in the same request as the sheets in the way. */
export interface RegisterInWorkbook {
  /** The add-in's register (found by its marker, renamed or not) exists: it is read, never written over. */
  readonly exists: boolean;
  /** Its cells, and where they were read: its table Medlemmar with the header (Medlemmar, A5:I13), else its sheet's used range. */
  readonly range?: RangeValues;
}

export interface BeforeWrite {
  /** The add-in's own sheets that writing the plan would meet (same names): the pane asks first. */
  readonly inTheWay: string[];
  /** With `register`: the members register in the workbook. */
  readonly register?: RegisterInWorkbook;
  /** The workbook's sheets (the add-in's by their markers) and names, as the write will meet them. */
  readonly existing?: ExistingWorkbook;
}

/**
 * Reads what a write must know first, in one sync: the add-in's own sheets the plan would meet (the
 * task pane asks whether to replace them or write new versions) and, with `register`, the add-in's
 * members register (by its marker) the invoice basis takes its orgnr, Peppol-ID and references from.
 *
 * @example await readBeforeWrite(plan, Excel, { register: true })
 * // ok({ inTheWay: ['Avgift 2026', …], register: { exists: true, range: { sheet: 'Medlemmar', address: 'A5:I13', values: [['Kommunkod', …], …] } } })
 */
export async function readBeforeWrite(
  plan: WorkbookPlan,
  excel: ExcelApi | undefined = globalExcel(),
  options: { readonly register?: boolean } = {},
): Promise<Result<BeforeWrite>> {
  return runInExcel(
    excel,
    {
      code: 'excel-read',
      doing: { sv: 'Excel kunde inte läsa arbetsboken', en: 'Excel could not read the workbook' },
      outside: ok<BeforeWrite>({ inTheWay: [] }),
    },
    async (context) => {
      const { worksheets, names, tables } = context.workbook;
      worksheets.load('items/name');
      names.load('items/name,items/formula');
      // The register is the add-in's Medlemmar, found by its marker: read speculatively in this request
      // (the table Medlemmar with its sheet, the sheet called Medlemmar), taken only when the marker points
      // there; a renamed or versioned register costs one more sync. An officer's own sheet or table
      // called Medlemmar (a list of people) is never read.
      const table = options.register ? tables.getItemOrNullObject(MEMBERS_SHEET_NAME) : undefined;
      const tableRange = table?.getRange();
      const tableSheet = table?.worksheet;
      const usual = options.register
        ? worksheets.getItemOrNullObject(MEMBERS_SHEET_NAME).getUsedRangeOrNullObject(true)
        : undefined;
      for (const r of [tableRange, usual]) r?.load('address,values,isNullObject');
      tableSheet?.load('name');
      await context.sync();
      const existing = existingWorkbook(
        worksheets.items.map((s) => s.name),
        names.items.map((n) => ({ name: n.name, formula: n.formula })),
        [],
      );
      const inTheWay = [...resolveNames(plan, existing, true).replacedSheets];
      if (!options.register) return ok({ inTheWay, existing });
      const ours = markedSheetNames(names.items, MEMBERS_SHEET_KEY).find((name) =>
        worksheets.items.some((w) => w.name === name),
      );
      if (ours === undefined) return ok({ inTheWay, existing, register: { exists: false } });
      let read =
        tableRange && !tableRange.isNullObject && sameSheetName(tableSheet!.name, ours)
          ? tableRange
          : usual && !usual.isNullObject && sameSheetName(MEMBERS_SHEET_NAME, ours)
            ? usual
            : undefined;
      if (!read) {
        const used = worksheets.getItem(ours).getUsedRangeOrNullObject(true);
        used.load('address,values,isNullObject');
        await context.sync();
        read = used.isNullObject ? undefined : used;
      }
      return ok({ inTheWay, existing, register: { exists: true, ...(read ? { range: rangeValuesOf(read) } : {}) } });
    },
  );
}

/** Selects a cell (for "go to B7" from a finding). */
export async function selectCell(
  sheet: string,
  address: string,
  excel: ExcelApi | undefined = globalExcel(),
): Promise<Result<null>> {
  return runInExcel(
    excel,
    {
      code: 'excel-select',
      doing: {
        sv: `Cellen ${address} på bladet ${sheet} kunde inte markeras`,
        en: `Cell ${address} on sheet ${sheet} could not be selected`,
      },
      outside: ok(null),
    },
    async (context) => {
      const target = context.workbook.worksheets.getItem(sheet);
      target.activate();
      target.getRange(address).select();
      await context.sync();
      return ok(null);
    },
  );
}

/** Which existing sheets are the add-in's (those a marker name AVGF_… points at), and what lives on each. */
export function existingWorkbook(
  sheetNames: readonly string[],
  names: readonly { name: string; formula: string }[],
  tables: readonly { name: string; sheet: string }[],
): ExistingWorkbook {
  const namesOnSheet = new Map<string, { name: string; formula: string }[]>();
  const tablesOnSheet = new Map<string, string[]>();
  const ours = new Set<string>();
  for (const n of names) {
    const sheet = sheetOfReference(n.formula);
    if (!sheet) continue;
    namesOnSheet.set(sheet, [...(namesOnSheet.get(sheet) ?? []), n]);
    if (n.name.startsWith(MARKER_PREFIX)) ours.add(sheet);
  }
  for (const t of tables) tablesOnSheet.set(t.sheet, [...(tablesOnSheet.get(t.sheet) ?? []), t.name]);
  return {
    sheets: sheetNames.map((name) => ({ name, ours: ours.has(name) })),
    names: [...names.map((n) => n.name), ...tables.map((t) => t.name)],
    namesOnSheet,
    tablesOnSheet,
  };
}

function writeSheet(ws: WorksheetProxy, sheet: SheetPlan, resolution: Resolution, budget: RequestBudget): void {
  for (const block of mergedBlocks(sheet.blocks)) writeBlock(ws, block, resolution, budget);
  for (const group of styleGroups(sheet.blocks)) {
    for (const address of areaChunks(group.areas)) {
      const areas = ws.getRanges(address).untrack();
      applyStyle(areas.format, group.style);
      budget.add(3 + Object.keys(group.style).length);
    }
  }
  for (const [width, columns] of widthGroups(sheet.columnWidths ?? [])) {
    for (const address of areaChunks(columns)) {
      ws.getRanges(address).untrack().format.columnWidth = Math.round(width * POINTS_PER_CHARACTER);
      budget.add(3);
    }
  }
  for (const range of sheet.merges ?? []) ws.getRange(range).untrack().merge();
  for (const t of sheet.tables ?? []) {
    const table = ws.tables.add(t.range, true);
    table.name = resolution.tableNames.get(t.name)!;
    if (t.style) table.style = t.style;
    budget.add(4);
  }
  for (const cf of sheet.conditionalFormats ?? []) {
    const format = ws.getRange(cf.range).untrack().conditionalFormats.add('Custom');
    const look = CONDITIONAL_STYLES[cf.style];
    format.custom.rule.formula = `=${cf.formula}`;
    format.custom.format.font.color = cssColor(look.color);
    format.custom.format.font.bold = true;
    format.custom.format.fill.color = cssColor(look.fill);
    budget.add(8);
  }
  for (const [i, chart] of (sheet.charts ?? []).entries()) {
    // Stacked columns from the series' names and values (one contiguous block), the categories beside.
    const c = ws.charts.add('ColumnStacked', ws.getRange(chartSource(chart)).untrack(), 'Columns');
    c.name = chartName(sheet.key, i);
    c.title.text = chart.title;
    c.axes.categoryAxis.setCategoryNames(ws.getRange(chart.categories).untrack());
    const at = parseCell(chart.at);
    // The same cells as the .xlsx anchor: `columns` wide and `rows` high from `at`, the end cell inclusive.
    c.setPosition(chart.at, cellAddress(at.row + chart.rows - 1, at.column + chart.columns - 1));
    budget.add(8);
  }
  if (sheet.freezeRows) ws.freezePanes.freezeRows(sheet.freezeRows);
  if (sheet.pageSetup) {
    ws.pageLayout.orientation = sheet.pageSetup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
    ws.pageLayout.paperSize = 'A4';
    // One page wide, as many pages tall as the rows need (0: automatic, as fitToHeight="0" in .xlsx).
    if (sheet.pageSetup.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    budget.add(4);
  }
}

/**
 * One block: number formats first (so "0127" stays text under `@`), then contents as formulas, both
 * as 2-D arrays in one call each; null leaves a cell unchanged, as Office.js does.
 */
function writeBlock(ws: WorksheetProxy, block: Block, resolution: Resolution, budget: RequestBudget): void {
  const origin = parseCell(block.at);
  const width = Math.max(...block.rows.map((r) => r.length));
  if (width === 0) return;
  const pad = <T>(row: readonly T[], fill: T) => [...row, ...Array<T>(width - row.length).fill(fill)];
  const range = ws.getRange(rangeAddress(origin, block.rows.length, width)).untrack();
  const formats = block.rows.map((row) =>
    pad(
      row.map((c) => c?.format ?? null),
      null,
    ),
  );
  const contents = block.rows.map((row) =>
    pad(
      row.map((c) => (c ? excelContent(c, resolution) : null)),
      null,
    ),
  );
  range.numberFormat = formats;
  range.formulas = contents;
  budget.add(3, formats);
  budget.add(0, contents);
}

/**
 * The blocks of a sheet as one block over their bounding rectangle when the gaps between them are
 * small (a gap is null: left as it is), so a sheet costs one range instead of one per block.
 */
function mergedBlocks(blocks: readonly Block[]): readonly Block[] {
  if (blocks.length < 2) return blocks;
  const boxes = blocks.map((b) => {
    const at = parseCell(b.at);
    const width = Math.max(0, ...b.rows.map((r) => r.length));
    return {
      block: b,
      r0: at.row,
      c0: at.column,
      r1: at.row + b.rows.length - 1,
      c1: at.column + width - 1,
      cells: b.rows.length * width,
    };
  });
  const r0 = Math.min(...boxes.map((b) => b.r0));
  const c0 = Math.min(...boxes.map((b) => b.c0));
  const r1 = Math.max(...boxes.map((b) => b.r1));
  const c1 = Math.max(...boxes.map((b) => b.c1));
  const filled = boxes.reduce((n, b) => n + b.cells, 0);
  if ((r1 - r0 + 1) * (c1 - c0 + 1) > 2 * filled + 64) return blocks;
  const rows: (Cell | null)[][] = Array.from({ length: r1 - r0 + 1 }, () => Array<Cell | null>(c1 - c0 + 1).fill(null));
  for (const b of boxes) {
    b.block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) rows[b.r0 - r0 + r]![b.c0 - c0 + c] = cell;
      }),
    );
  }
  return [{ at: cellAddress(r0, c0), rows }];
}

/** Style properties of a plan style, one entry per property that the style sets. */
type StyleProperty = keyof StyleSpec;

/**
 * The cells of a sheet grouped by the set of style properties they share: one RangeAreas per group
 * (e.g. every bold cell of a member sheet in one `getRanges("A1:A2,A4:A13")`). Rectangles merge rows
 * except for borders, which Excel draws on each area's edge.
 */
function styleGroups(blocks: readonly Block[]): { areas: string[]; style: StyleSpec }[] {
  const cellsByProperty = new Map<string, { property: StyleProperty; value: unknown; cells: [number, number][] }>();
  for (const block of blocks) {
    const at = parseCell(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell?.style) return;
        for (const [property, value] of Object.entries(STYLES[cell.style]) as [StyleProperty, unknown][]) {
          const key = `${property}=${String(value)}`;
          const entry = cellsByProperty.get(key) ?? { property, value, cells: [] };
          entry.cells.push([at.row + r, at.column + c]);
          cellsByProperty.set(key, entry);
        }
      }),
    );
  }
  const groups = new Map<string, { areas: string[]; style: Record<string, unknown> }>();
  for (const { property, value, cells } of cellsByProperty.values()) {
    const areas = rectangles(cells, property === 'borderTop' || property === 'borderBottom');
    const key = areas.join(',');
    const group = groups.get(key) ?? { areas, style: {} };
    group.style[property] = value;
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => ({ areas: g.areas, style: g.style as StyleSpec }));
}

/** Cells as few rectangles: runs within a row, then equal runs of consecutive rows merged. */
function rectangles(cells: readonly [number, number][], rowsApart: boolean): string[] {
  const byRow = new Map<number, number[]>();
  for (const [r, c] of cells) byRow.set(r, [...(byRow.get(r) ?? []), c]);
  const runs: { r0: number; r1: number; c0: number; c1: number }[] = [];
  for (const r of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = [...new Set(byRow.get(r)!)].sort((a, b) => a - b);
    let start = columns[0]!;
    for (let i = 1; i <= columns.length; i++) {
      if (i < columns.length && columns[i] === columns[i - 1]! + 1) continue;
      const c0 = start;
      const c1 = columns[i - 1]!;
      const above = rowsApart ? undefined : runs.find((x) => x.r1 === r - 1 && x.c0 === c0 && x.c1 === c1);
      if (above) above.r1 = r;
      else runs.push({ r0: r, r1: r, c0, c1 });
      start = columns[i]!;
    }
  }
  return runs.map((x) => rangeAddress({ row: x.r0, column: x.c0 }, x.r1 - x.r0 + 1, x.c1 - x.c0 + 1));
}

/** Columns of equal width as whole-column areas, e.g. 26 → ["A:A"], 12 → ["B:D", "F:F"]. */
function widthGroups(widths: readonly number[]): Map<number, string[]> {
  const groups = new Map<number, string[]>();
  let start = 0;
  for (let i = 1; i <= widths.length; i++) {
    if (i < widths.length && widths[i] === widths[start]) continue;
    const w = widths[start]!;
    groups.set(w, [...(groups.get(w) ?? []), `${columnLetters(start)}:${columnLetters(i - 1)}`]);
    start = i;
  }
  return groups;
}

/** Area lists joined by commas, each at most 255 characters (Excel's longest reference text). */
function areaChunks(areas: readonly string[]): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const area of areas) {
    if (current && current.length + 1 + area.length > 255) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * A constant as Excel must get it: text that Excel would read as a formula (= + -) or a number gets
 * the apostrophe prefix, unless the cell is formatted as text (`@`), where Excel keeps text as it is.
 */
function excelContent(cell: Cell, resolution: Resolution): Scalar {
  const content = cellContent(cell, resolution);
  if (cell.formula !== undefined || typeof content !== 'string' || cell.format === '@') return content;
  return /^[=+\-']/.test(content) || /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/.test(content)
    ? `'${content}`
    : content;
}

function applyStyle(format: RangeFormatProxy, style: StyleSpec): void {
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size) format.font.size = style.size;
  if (style.color) format.font.color = cssColor(style.color);
  if (style.fill) format.fill.color = cssColor(style.fill);
  if (style.borderTop) format.borders.getItem('EdgeTop').style = 'Continuous';
  if (style.borderBottom) format.borders.getItem('EdgeBottom').style = 'Continuous';
  if (style.wrap) format.wrapText = true;
}

/** The add-in's name for a chart it draws on a sheet: `AVGF_historik_diagram1`; a chart of another name is the officer's. */
export const chartName = (sheetKey: string, index: number): string =>
  `${MARKER_PREFIX}${sheetKey.replace(/[^A-Za-z0-9]/g, '_')}_diagram${index + 1}`;

/**
 * The block a chart's series come from: the first series' name cell to the last series' last value
 * (the series are side by side, each name above its values): `C6:J23`.
 */
function chartSource(chart: ChartPlan): string {
  const first = chart.series[0]!;
  const last = chart.series[chart.series.length - 1]!;
  return `${first.name}:${last.values.split(':')[1]}`;
}

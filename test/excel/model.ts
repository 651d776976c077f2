/**
 * An answering model of Excel: a workbook state that executes the real "ProcessQuery" requests the
 * real Excel client library (`@microsoft/office-js`) sends, and answers them as Excel does. Only the
 * host's answers are ours; proxies, load rules, batching and serialisation are Microsoft's code.
 *
 * Rules of real Excel it holds (see DESIGN.md, "Excel, the real one"):
 * - a request or response over 5 MB fails whole (RequestPayloadSizeLimitExceeded, Excel on the web);
 * - a batch is not rolled back: actions before a failing one stay applied; the answer is an Error with
 *   its ActionIndex (and the results up to it);
 * - renaming a sheet rewrites references to it (cells, names, conditional formats); deleting it turns
 *   them into #REF!, in formulas of other sheets and in defined names;
 * - a formula written into a cell formatted `@` stays text; text starting with `=`, `+` or `-` becomes a
 *   formula unless the cell is `@`; a leading apostrophe keeps text; numeric text becomes a number;
 * - names and table names: letter, `_` or `\` first, no spaces, not a cell reference, unique across
 *   names and tables; sheet names ≤ 31, none of : \ / ? * [ ], not History, unique;
 * - table headers are made unique as Excel does; table styles must exist; tables may not overlap;
 * - conditional format types from the enum, custom rule formulas start with `=`;
 * - page layout enums; the last visible sheet cannot be deleted;
 * - `*OrNullObject` answers a null object instead of ItemNotFound.
 * - it calculates: a formula cell's `values` and `text` are what the formula computes, for the subset
 *   of formulas our layouts and budgets use (test/excel/formula.ts); outside it the value is an error
 *   such as `#NAME?`, never a guess (LibreOffice calculates everything in the slow suite).
 *
 * Every request is recorded (bytes, actions, kind) so tests and the bench measure the real traffic,
 * including the library's own `_RemoveReference` clean-up round trip. `failAtAction(n)` makes the n-th
 * action executed from now fail as Excel fails, for fault injection.
 *
 * Browser-safe: no Node imports, so the Chromium test page bundles it.
 */
import { columnIndex, columnLetters } from '../../src/domain/a1';
import { evaluateFormula, FormulaWorkbook } from './formula';

export type Scalar = string | number | boolean | null;

export interface ModelCell {
  value: Scalar;
  formula?: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontalAlignment?: string;
  /** Border edges set on the cell, e.g. ['EdgeBottom']. */
  borders?: string[];
}

export interface ModelConditionalFormat {
  id: string;
  address: string;
  type: string;
  formula: string;
  fontColor?: string;
  bold?: boolean;
  fill?: string;
}

export interface ModelSheet {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, ModelCell>;
  frozenRows: number;
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number | null; verticalFitToPages?: number | null; scale?: number | null };
  };
  columnWidths: Map<number, number>;
  merges: string[];
  conditionalFormats: ModelConditionalFormat[];
  protected: boolean;
  /** What a protected sheet still allows (WorksheetProtectionOptions: allowFormatColumns, …). */
  protectionOptions?: Record<string, boolean>;
  /** Charts on the sheet (Worksheet.charts), in the order added. */
  charts: ModelChart[];
}

/** A chart as Excel keeps it: its type, the range its series come from, titles, categories, place. */
export interface ModelChart {
  id: string;
  name: string;
  type: string;
  /** The source range, A1 on the chart's sheet ("C6:J23"). */
  source: string;
  seriesBy: string;
  title?: string;
  /** The category names' range (categoryAxis.setCategoryNames), A1 ("A7:A23"). */
  categories?: string;
  /** SetPosition's cells, top-left and bottom-right. */
  position?: [string, string];
}

export interface ModelName {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface ModelTable {
  id: string;
  name: string;
  sheet: ModelSheet;
  address: string;
  style: string;
  headers: string[];
}

export interface ModelState {
  /** Sheets in tab order. */
  sheets: ModelSheet[];
  names: Map<string, ModelName>;
  /** Tables by name. */
  tables: Map<string, ModelTable>;
  selection: { sheet: ModelSheet; address: string };
  active: ModelSheet;
}

export interface RecordedRequest {
  /** UTF-8 bytes of the ProcessQuery JSON body, as sent. */
  readonly bytes: number;
  readonly responseBytes: number;
  readonly actions: number;
  /** 'cleanup' when the request only removes references (the library's own clean-up after Excel.run);
   * 'office' for office.js's own calls to Office's services (telemetry, add-in readiness). */
  readonly kind: 'work' | 'cleanup' | 'office';
  readonly error?: string;
}

export interface ModelSetup {
  sheets?: { name: string; cells?: Record<string, Scalar> }[];
  /** Workbook names: name → reference formula ("=Blad1!$A$1"). */
  names?: Record<string, string>;
  selection?: { sheet: string; address: string };
}

/** A model error: Excel's code and message. */
export class ExcelModelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
const err = (code: string, message: string) => new ExcelModelError(code, message);

// ——— addresses ———
export interface Box {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

export function parseBox(address: string): Box {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const parts = bare.replace(/\$/g, '').trim().split(':');
  if (parts.length === 2 && /^[A-Z]+$/i.test(parts[0]!) && /^[A-Z]+$/i.test(parts[1]!)) {
    const a = columnIndex(parts[0]!);
    const b = columnIndex(parts[1]!);
    return { r0: 0, c0: Math.min(a, b), r1: MAX_ROW, c1: Math.max(a, b) };
  }
  if (parts.length === 2 && /^\d+$/.test(parts[0]!) && /^\d+$/.test(parts[1]!)) {
    const a = Number(parts[0]) - 1;
    const b = Number(parts[1]) - 1;
    return { r0: Math.min(a, b), c0: 0, r1: Math.max(a, b), c1: MAX_COL };
  }
  const cells = parts.map((p) => {
    const m = /^([A-Z]{1,3})(\d+)$/i.exec(p);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > MAX_ROW + 1 || columnIndex(m[1]!) > MAX_COL)
      throw err('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${address}`);
    return { r: Number(m[2]) - 1, c: columnIndex(m[1]!) };
  });
  if (cells.length > 2 || cells.length === 0)
    throw err('InvalidArgument', `The argument is invalid or missing or has an incorrect format: ${address}`);
  const a = cells[0]!;
  const b = cells[1] ?? a;
  return { r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) };
}
export const boxAddress = (b: Box): string =>
  `${columnLetters(b.c0)}${b.r0 + 1}` + (b.r0 === b.r1 && b.c0 === b.c1 ? '' : `:${columnLetters(b.c1)}${b.r1 + 1}`);
const cellKey = (r: number, c: number) => `${r}:${c}`;
const overlaps = (a: Box, b: Box) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

/** A sheet name as Excel writes it in a reference: quoted unless it is a plain word. */
export function sheetReference(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !looksLikeCellReference(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

function looksLikeCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d{1,7})$/.exec(name);
  if (a1 && columnIndex(a1[1]!) <= MAX_COL && Number(a1[2]) >= 1 && Number(a1[2]) <= MAX_ROW + 1) return true;
  return /^[Rr](\d*)([Cc](\d*))?$/.test(name) || /^[Cc]\d*$/.test(name);
}

/**
 * Rewrites the sheet references in a formula (outside string literals): those naming `sheet`
 * become `replacement` ("'New name'!" or "#REF!").
 */
export function rewriteSheetReferences(formula: string, sheet: string, replacement: string): string {
  const lower = sheet.toLocaleLowerCase('sv');
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === "'") {
      const m = /^'((?:[^']|'')+)'!/.exec(formula.slice(i));
      if (m) {
        const name = m[1]!.replace(/''/g, "'");
        out += name.toLocaleLowerCase('sv') === lower ? replacement : m[0];
        i += m[0].length;
        continue;
      }
    }
    const m = /^([\p{L}_][\p{L}\p{N}_.]*)!/u.exec(formula.slice(i));
    if (m && !/[\p{L}\p{N}_.]/u.test(formula[i - 1] ?? '')) {
      out += m[1]!.toLocaleLowerCase('sv') === lower ? replacement : m[0];
      i += m[0].length;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

const TABLE_STYLES = new Set([
  '',
  ...Array.from({ length: 21 }, (_, i) => `TableStyleLight${i + 1}`),
  ...Array.from({ length: 28 }, (_, i) => `TableStyleMedium${i + 1}`),
  ...Array.from({ length: 11 }, (_, i) => `TableStyleDark${i + 1}`),
]);
const CONDITIONAL_FORMAT_TYPES = [
  'Custom',
  'DataBar',
  'ColorScale',
  'IconSet',
  'TopBottom',
  'PresetCriteria',
  'ContainsText',
  'CellValue',
];
const ORIENTATIONS = ['Portrait', 'Landscape'];
const PAPER_SIZES = [
  'Letter',
  'LetterSmall',
  'Tabloid',
  'Ledger',
  'Legal',
  'Statement',
  'Executive',
  'A3',
  'A4',
  'A4Small',
  'A5',
  'B4',
  'B5',
  'Folio',
  'Quatro',
  'Paper10x14',
  'Paper11x17',
  'Note',
  'Envelope9',
  'Envelope10',
  'Envelope11',
  'Envelope12',
  'Envelope14',
  'Csheet',
  'Dsheet',
  'Esheet',
  'EnvelopeDL',
  'EnvelopeC5',
  'EnvelopeC3',
  'EnvelopeC4',
  'EnvelopeC6',
  'EnvelopeC65',
  'EnvelopeB4',
  'EnvelopeB5',
  'EnvelopeB6',
  'EnvelopeItaly',
  'EnvelopeMonarch',
  'EnvelopePersonal',
  'FanfoldUS',
  'FanfoldStdGerman',
  'FanfoldLegalGerman',
];
const BORDER_EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideVertical',
  'InsideHorizontal',
  'DiagonalDown',
  'DiagonalUp',
];
const BORDER_STYLES = ['None', 'Continuous', 'Dash', 'DashDot', 'DashDotDot', 'Dot', 'Double', 'SlantDashDot'];

/** Excel on the web's limit for a request and a response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** Name rules: letter, _ or \ first; letters, digits, _ . \ after; not a cell reference; ≤ 255. */
function checkName(name: string, what: string): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 255 ||
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name) ||
    looksLikeCellReference(name)
  ) {
    throw err('InvalidArgument', `The ${what} name "${name}" is not valid.`);
  }
}

function checkSheetName(name: string): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    /^'|'$/.test(name) ||
    name.toLowerCase() === 'history'
  ) {
    throw err('InvalidArgument', `The sheet name "${name}" is not valid.`);
  }
}

// ——— handles: what an object path resolves to ———
type RangeH = { k: 'range'; s: ModelSheet; boxes: Box[]; areas: boolean };
type Handle =
  | { k: 'workbook' }
  | { k: 'service'; name: string }
  | { k: 'application' }
  | { k: 'worksheets' }
  | { k: 'sheet'; s: ModelSheet }
  | RangeH
  | { k: 'format'; r: RangeH }
  | { k: 'font'; r: RangeH }
  | { k: 'fill'; r: RangeH }
  | { k: 'borders'; r: RangeH }
  | { k: 'border'; r: RangeH; edge: string }
  | { k: 'names' }
  | { k: 'name'; n: ModelName }
  | { k: 'tables'; s?: ModelSheet }
  | { k: 'table'; t: ModelTable }
  | { k: 'cfs'; r: RangeH }
  | { k: 'cf'; cf: ModelConditionalFormat; s: ModelSheet }
  | { k: 'cfCustom'; cf: ModelConditionalFormat }
  | { k: 'cfRule'; cf: ModelConditionalFormat }
  | { k: 'cfFormat'; cf: ModelConditionalFormat }
  | { k: 'cfFont'; cf: ModelConditionalFormat }
  | { k: 'cfFill'; cf: ModelConditionalFormat }
  | { k: 'freeze'; s: ModelSheet }
  | { k: 'pageLayout'; s: ModelSheet }
  | { k: 'protection'; s: ModelSheet }
  | { k: 'charts'; s: ModelSheet }
  | { k: 'chart'; c: ModelChart; s: ModelSheet }
  | { k: 'chartTitle'; c: ModelChart; s: ModelSheet }
  | { k: 'chartAxes'; c: ModelChart; s: ModelSheet }
  | { k: 'chartCategoryAxis'; c: ModelChart; s: ModelSheet };

interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}
interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface ExcelModel {
  readonly state: ModelState;
  readonly requests: RecordedRequest[];
  /** Answers one ProcessQuery body (JSON text) as Excel does: the response body (JSON text), or a
   * payload-limit failure. */
  processQuery(body: string): { ok: true; body: string } | { ok: false; code: number; message: string };
  /** The n-th action executed from now (0-based) fails with Excel's error; undefined to stop. */
  failAtAction(n: number | undefined): void;
  /** Faults injected so far. */
  readonly faultsInjected: number;
  /** Actions executed so far. */
  readonly actionsExecuted: number;
  sheet(name: string): ModelSheet | undefined;
  cell(sheet: string, address: string): ModelCell | undefined;
  /** Contents of a range as `values` reads them: a formula cell gives what it computes. */
  values(sheet: string, address: string): Scalar[][];
  /** The add-in's round trips (work and the library's clean-up; not office.js's own service calls) and their bytes. */
  traffic(): { roundTrips: number; bytes: number; largest: number; work: number; cleanup: number };
  /** Forgets the recorded requests. */
  resetTraffic(): void;
}

/** A deep copy of a workbook state (sheets, names, tables, selection), for a fresh model to start from. */
export function cloneState(state: ModelState): ModelState {
  const sheets = new Map<ModelSheet, ModelSheet>();
  for (const s of state.sheets) {
    sheets.set(s, {
      ...s,
      cells: new Map([...s.cells].map(([k, c]) => [k, { ...c, ...(c.borders ? { borders: [...c.borders] } : {}) }])),
      pageLayout: { ...s.pageLayout, zoom: { ...s.pageLayout.zoom } },
      columnWidths: new Map(s.columnWidths),
      merges: [...s.merges],
      conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf })),
      charts: s.charts.map((c) => ({ ...c })),
    });
  }
  return {
    sheets: state.sheets.map((s) => sheets.get(s)!),
    names: new Map([...state.names].map(([k, n]) => [k, { ...n }])),
    tables: new Map(
      [...state.tables].map(([k, t]) => [k, { ...t, sheet: sheets.get(t.sheet)!, headers: [...t.headers] }]),
    ),
    selection: { sheet: sheets.get(state.selection.sheet)!, address: state.selection.address },
    active: sheets.get(state.active)!,
  };
}

export function createExcelModel(setup: ModelSetup | { state: ModelState } = {}): ExcelModel {
  if ('state' in setup) return createExcelModelFrom(cloneState(setup.state));
  return createExcelModelFrom(stateFrom(setup));
}

const emptySheet = (id: string, name: string): ModelSheet => ({
  id,
  name,
  visibility: 'Visible',
  cells: new Map(),
  frozenRows: 0,
  pageLayout: { orientation: 'Portrait', paperSize: 'Letter', zoom: { scale: 100 } },
  columnWidths: new Map(),
  merges: [],
  conditionalFormats: [],
  protected: false,
  charts: [],
});

function stateFrom(setup: ModelSetup): ModelState {
  const sheets = (setup.sheets ?? [{ name: 'Blad1' }]).map((s, i) => {
    const sheet = emptySheet(`{S-${String(i + 1).padStart(8, '0')}}`, s.name);
    for (const [address, value] of Object.entries(s.cells ?? {})) {
      const { r0, c0 } = parseBox(address);
      const cell: ModelCell = { value: null, numberFormat: 'General' };
      writeContent(cell, value);
      sheet.cells.set(cellKey(r0, c0), cell);
    }
    return sheet;
  });
  const selectionSheet = sheets.find((s) => s.name === setup.selection?.sheet) ?? sheets[0]!;
  return {
    sheets,
    names: new Map(
      Object.entries(setup.names ?? {}).map(([name, formula]) => [name, { name, formula, comment: '', visible: true }]),
    ),
    tables: new Map(),
    selection: { sheet: selectionSheet, address: setup.selection?.address ?? 'A1' },
    active: selectionSheet,
  };
}

/** Ids of objects made by any model (unique across forks of a state). */
let nextId = 1_000_000;

function createExcelModelFrom(state: ModelState): ExcelModel {
  const newId = (prefix: string) => `{${prefix}-${String(nextId++).padStart(8, '0')}}`;
  const newSheet = (name: string): ModelSheet => emptySheet(newId('S'), name);
  const requests: RecordedRequest[] = [];
  const references = new Map<string, Handle>();
  let failAt: number | undefined;
  let executed = 0;
  let faults = 0;
  const encoder = new TextEncoder();

  // ——— lookups ———
  const lower = (s: string) => s.toLocaleLowerCase('sv');
  const findSheet = (key: string) => state.sheets.find((s) => s.id === key || lower(s.name) === lower(String(key)));
  const findName = (key: string) => [...state.names.values()].find((n) => lower(n.name) === lower(String(key)));
  const findTable = (key: string) =>
    [...state.tables.values()].find((t) => t.id === key || lower(t.name) === lower(String(key)));
  const nameTaken = (name: string, except?: ModelTable) =>
    findName(name) !== undefined ||
    [...state.tables.values()].some((t) => t !== except && lower(t.name) === lower(name));
  const liveSheet = (s: ModelSheet) => {
    if (!state.sheets.includes(s)) throw err('ItemNotFound', 'The requested resource does not exist.');
    return s;
  };

  function everyFormula(fn: (f: string) => string): void {
    for (const sheet of state.sheets) {
      for (const cell of sheet.cells.values()) if (cell.formula !== undefined) cell.formula = fn(cell.formula);
      for (const cf of sheet.conditionalFormats) if (cf.formula) cf.formula = fn(cf.formula);
    }
    for (const n of state.names.values()) n.formula = fn(n.formula);
  }

  function renameSheet(s: ModelSheet, name: string): void {
    checkSheetName(name);
    if (state.sheets.some((o) => o !== s && lower(o.name) === lower(name)))
      throw err('InvalidArgument', `A sheet named "${name}" already exists.`);
    const old = s.name;
    everyFormula((f) => rewriteSheetReferences(f, old, `${sheetReference(name)}!`));
    s.name = name;
  }

  function deleteSheet(s: ModelSheet): void {
    liveSheet(s);
    if (s.visibility === 'Visible' && state.sheets.filter((o) => o.visibility === 'Visible').length === 1) {
      throw err(
        'InvalidOperation',
        'This operation is not permitted for the current object. A workbook must contain at least one visible worksheet.',
      );
    }
    state.sheets.splice(state.sheets.indexOf(s), 1);
    for (const [key, t] of state.tables) if (t.sheet === s) state.tables.delete(key);
    everyFormula((f) => rewriteSheetReferences(f, s.name, '#REF!'));
    if (state.active === s) state.active = state.sheets.find((o) => o.visibility === 'Visible')!;
    if (state.selection.sheet === s) state.selection = { sheet: state.active, address: 'A1' };
  }

  // ——— cells ———
  const eachCell = (r: RangeH, fn: (cell: ModelCell, row: number, column: number, box: Box) => void) => {
    const s = liveSheet(r.s);
    for (const box of r.boxes) {
      if ((box.r1 - box.r0 + 1) * (box.c1 - box.c0 + 1) > 2_000_000) {
        // A whole row or column: only the cells that exist.
        for (const [key, cell] of s.cells) {
          const [row, column] = key.split(':').map(Number) as [number, number];
          if (row >= box.r0 && row <= box.r1 && column >= box.c0 && column <= box.c1)
            fn(cell, row - box.r0, column - box.c0, box);
        }
        continue;
      }
      for (let row = box.r0; row <= box.r1; row++) {
        for (let column = box.c0; column <= box.c1; column++) {
          let cell = s.cells.get(cellKey(row, column));
          if (!cell) s.cells.set(cellKey(row, column), (cell = { value: null, numberFormat: 'General' }));
          fn(cell, row - box.r0, column - box.c0, box);
        }
      }
    }
  };

  function write2d(r: RangeH, property: 'values' | 'formulas' | 'numberFormat', data: unknown): void {
    if (r.areas) throw err('InvalidArgument', `RangeAreas has no ${property}.`);
    const box = r.boxes[0]!;
    const rows = box.r1 - box.r0 + 1;
    const columns = box.c1 - box.c0 + 1;
    const grid = Array.isArray(data) ? (data as unknown[][]) : undefined;
    if (grid && (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== columns))) {
      throw err(
        'InvalidArgument',
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
      );
    }
    eachCell(r, (cell, row, column) => {
      const v = grid ? grid[row]![column] : data;
      if (v === null || v === undefined) return; // null leaves the cell as it is
      if (property === 'numberFormat') cell.numberFormat = String(v);
      else writeContent(cell, v as Scalar);
    });
  }

  function setFormat(r: RangeH, apply: (cell: ModelCell) => void): void {
    forbidProtected(liveSheet(r.s), 'allowFormatCells');
    eachCell(r, (cell) => apply(cell));
  }

  function clearRange(r: RangeH, applyTo: string): void {
    const s = liveSheet(r.s);
    forbidProtected(s);
    const contents = applyTo === 'All' || applyTo === 'Contents';
    const formats = applyTo === 'All' || applyTo === 'Formats';
    for (const box of r.boxes) {
      for (const [key, cell] of [...s.cells]) {
        const [row, column] = key.split(':').map(Number) as [number, number];
        if (row < box.r0 || row > box.r1 || column < box.c0 || column > box.c1) continue;
        if (contents) {
          cell.value = null;
          delete cell.formula;
        }
        if (formats) {
          for (const p of [
            'bold',
            'italic',
            'size',
            'fontColor',
            'fill',
            'wrap',
            'borders',
            'horizontalAlignment',
          ] as const)
            delete cell[p];
          cell.numberFormat = 'General';
        }
        if (
          cell.value === null &&
          cell.formula === undefined &&
          cell.numberFormat === 'General' &&
          Object.keys(cell).length === 2
        )
          s.cells.delete(key);
      }
      if (formats) s.merges = s.merges.filter((m) => !overlaps(parseBox(m), box));
    }
  }

  function usedBox(s: ModelSheet, valuesOnly: boolean): Box | undefined {
    let box: Box | undefined;
    for (const [key, cell] of s.cells) {
      const used =
        cell.formula !== undefined ||
        (cell.value !== null && cell.value !== '') ||
        (!valuesOnly && (cell.numberFormat !== 'General' || Object.keys(cell).length > 2));
      if (!used) continue;
      const [r, c] = key.split(':').map(Number) as [number, number];
      box = box
        ? { r0: Math.min(box.r0, r), c0: Math.min(box.c0, c), r1: Math.max(box.r1, r), c1: Math.max(box.c1, c) }
        : { r0: r, c0: c, r1: r, c1: c };
    }
    return box;
  }

  // What a formula computes, for `values` and `text` (Excel calculates; `formulas` reads the formula).
  const book: FormulaWorkbook = {
    cell: (name, r, c) => {
      const sheet = state.sheets.find((x) => lower(x.name) === lower(name));
      return sheet ? sheet.cells.get(cellKey(r, c)) : 'no-sheet';
    },
    name: (name) => findName(name)?.formula,
  };
  const readCell = (s: ModelSheet, r: number, c: number): Scalar => {
    const cell = s.cells.get(cellKey(r, c));
    if (!cell) return '';
    return cell.formula !== undefined ? evaluateFormula(cell.formula, s.name, book) : (cell.value ?? '');
  };
  const read2d = (r: RangeH, fn: (cell: ModelCell | undefined, row: number, column: number) => Scalar): Scalar[][] => {
    const box = r.boxes[0]!;
    const out: Scalar[][] = [];
    for (let row = box.r0; row <= Math.min(box.r1, box.r0 + 100_000); row++) {
      const line: Scalar[] = [];
      for (let column = box.c0; column <= box.c1; column++)
        line.push(fn(r.s.cells.get(cellKey(row, column)), row, column));
      out.push(line);
    }
    return out;
  };
  const qualified = (r: RangeH) => r.boxes.map((b) => `${sheetReference(r.s.name)}!${boxAddress(b)}`).join(',');

  // ——— tables ———
  function addTable(s: ModelSheet, address: string, hasHeaders: boolean): ModelTable {
    forbidProtected(liveSheet(s));
    const box = parseBox(address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address);
    for (const t of state.tables.values()) {
      if (t.sheet === s && overlaps(parseBox(t.address), box))
        throw err('InvalidArgument', 'A table cannot overlap another table.');
    }
    let n = 1;
    while (nameTaken(`Tabell${n}`)) n++;
    let headerBox = box;
    if (!hasHeaders) {
      // Excel inserts a header row above the data.
      headerBox = { ...box, r0: box.r0, r1: box.r1 + 1 };
    }
    const headers: string[] = [];
    const seen = new Set<string>();
    for (let c = headerBox.c0; c <= headerBox.c1; c++) {
      const cell = s.cells.get(cellKey(headerBox.r0, c));
      let text = hasHeaders && cell ? String(cell.formula ?? cell.value ?? '') : '';
      if (!text) text = `Kolumn${c - headerBox.c0 + 1}`;
      let unique = text;
      let k = 2;
      while (seen.has(lower(unique))) unique = `${text}${k++}`;
      seen.add(lower(unique));
      headers.push(unique);
      if (hasHeaders && unique !== text) {
        const headerCell = s.cells.get(cellKey(headerBox.r0, c)) ?? { value: null, numberFormat: 'General' };
        headerCell.value = unique;
        delete headerCell.formula;
        s.cells.set(cellKey(headerBox.r0, c), headerCell);
      }
    }
    const table: ModelTable = {
      id: String(nextId++),
      name: `Tabell${n}`,
      sheet: s,
      address: boxAddress(headerBox),
      style: 'TableStyleMedium2',
      headers,
    };
    state.tables.set(table.name, table);
    return table;
  }

  // ——— object paths ———
  function resolvePath(
    paths: Record<string, ObjectPathInfo>,
    id: number,
    bound: Map<number, Handle | null>,
  ): Handle | null {
    if (bound.has(id)) return bound.get(id)!;
    const info = paths[String(id)];
    if (!info) throw err('InvalidObjectPath', `Object path ${id} is not in the request.`);
    const parent = () => {
      const p = resolvePath(paths, info.ParentObjectPathId!, bound);
      if (!p) return null;
      return p;
    };
    const args = info.ArgumentInfo?.Arguments ?? [];
    let handle: Handle | null;
    switch (info.ObjectPathType) {
      case 1:
        handle = { k: 'workbook' };
        break;
      case 2:
        // Office's own services (add-in readiness, telemetry) that office.js calls at start.
        handle = { k: 'service', name: info.Name };
        break;
      case 4: {
        const p = parent();
        handle = p ? property(p, info.Name) : null;
        break;
      }
      case 3: {
        const p = parent();
        const referenced = info.ArgumentInfo?.ReferencedObjectPathIds ?? [];
        const otherRange = (index: number) => {
          const pathId = referenced[index];
          if (pathId === undefined || pathId === null) return undefined;
          const o = resolvePath(paths, pathId, bound);
          return o && o.k === 'range' ? o.boxes[0] : undefined;
        };
        handle = p ? method(p, info.Name, args, otherRange) : null;
        break;
      }
      case 5: {
        const p = parent();
        handle = p ? method(p, 'GetItem', args) : null;
        break;
      }
      case 6:
        handle = references.get(info.Name) ?? null;
        if (!handle) throw err('InvalidObjectPath', `The reference ${info.Name} is not valid.`);
        break;
      case 7:
        handle = null;
        break;
      default:
        throw err('InvalidObjectPath', `Object path type ${info.ObjectPathType} is not known.`);
    }
    bound.set(id, handle);
    return handle;
  }

  let nextChart = 0;

  function property(h: Handle, name: string): Handle | null {
    const none = () => {
      throw err('NotImplemented', `The model does not know ${h.k}.${name}.`);
    };
    switch (h.k) {
      case 'workbook':
        if (name === 'Worksheets') return { k: 'worksheets' };
        if (name === 'Names') return { k: 'names' };
        if (name === 'Tables') return { k: 'tables' };
        if (name === 'Application') return { k: 'application' };
        return none();
      case 'sheet':
        if (name === 'Tables') return { k: 'tables', s: h.s };
        if (name === 'FreezePanes') return { k: 'freeze', s: h.s };
        if (name === 'PageLayout') return { k: 'pageLayout', s: h.s };
        if (name === 'Protection') return { k: 'protection', s: h.s };
        if (name === 'Charts') return { k: 'charts', s: h.s };
        return none();
      case 'chart':
        if (name === 'Title') return { k: 'chartTitle', c: h.c, s: h.s };
        if (name === 'Axes') return { k: 'chartAxes', c: h.c, s: h.s };
        if (name === 'Worksheet') return { k: 'sheet', s: h.s };
        return none();
      case 'chartAxes':
        if (name === 'CategoryAxis') return { k: 'chartCategoryAxis', c: h.c, s: h.s };
        return none();
      case 'range':
        if (name === 'Format') return { k: 'format', r: h };
        if (name === 'ConditionalFormats') return { k: 'cfs', r: h };
        if (name === 'Worksheet') return { k: 'sheet', s: h.s };
        return none();
      case 'format':
        if (name === 'Font') return { k: 'font', r: h.r };
        if (name === 'Fill') return { k: 'fill', r: h.r };
        if (name === 'Borders') return { k: 'borders', r: h.r };
        return none();
      case 'table':
        if (name === 'Worksheet') return { k: 'sheet', s: h.t.sheet };
        return none();
      case 'cf':
        if (name === 'Custom') {
          if (h.cf.type !== 'Custom') throw err('InvalidOperation', 'The conditional format is not of type Custom.');
          return { k: 'cfCustom', cf: h.cf };
        }
        return none();
      case 'cfCustom':
        if (name === 'Rule') return { k: 'cfRule', cf: h.cf };
        if (name === 'Format') return { k: 'cfFormat', cf: h.cf };
        return none();
      case 'cfFormat':
        if (name === 'Font') return { k: 'cfFont', cf: h.cf };
        if (name === 'Fill') return { k: 'cfFill', cf: h.cf };
        return none();
      default:
        return none();
    }
  }

  /** Methods that return an object (object paths), and methods that act (actions). */
  function method(
    h: Handle,
    name: string,
    args: unknown[],
    otherRange: (index: number) => Box | undefined = () => undefined,
  ): Handle | null {
    const a0 = args[0] as string;
    switch (h.k) {
      case 'workbook':
        if (name === 'GetSelectedRange')
          return {
            k: 'range',
            s: liveSheet(state.selection.sheet),
            boxes: [parseBox(state.selection.address)],
            areas: false,
          };
        if (name === 'GetActiveWorksheet' || name === 'GetActiveCell')
          return name === 'GetActiveWorksheet' ? { k: 'sheet', s: state.active } : null;
        break;
      case 'worksheets':
        if (name === 'GetItem' || name === 'GetItemOrNullObject') {
          const s = findSheet(a0);
          if (!s && name === 'GetItem') throw err('ItemNotFound', 'The requested resource does not exist.');
          return s ? { k: 'sheet', s } : null;
        }
        if (name === 'GetItemAt') return state.sheets[Number(a0)] ? { k: 'sheet', s: state.sheets[Number(a0)]! } : null;
        if (name === 'GetActiveWorksheet') return { k: 'sheet', s: state.active };
        if (name === 'Add') {
          let sheetName = a0;
          if (sheetName === undefined || sheetName === null || sheetName === '') {
            let n = state.sheets.length + 1;
            while (findSheet(`Blad${n}`)) n++;
            sheetName = `Blad${n}`;
          }
          checkSheetName(sheetName);
          if (findSheet(sheetName))
            throw err('ItemAlreadyExists', `A resource with the same name or identifier already exists: ${sheetName}`);
          const s = newSheet(sheetName);
          state.sheets.push(s);
          return { k: 'sheet', s };
        }
        break;
      case 'sheet':
        liveSheet(h.s);
        if (name === 'GetRange')
          return {
            k: 'range',
            s: h.s,
            boxes: [a0 ? parseBox(a0) : { r0: 0, c0: 0, r1: MAX_ROW, c1: MAX_COL }],
            areas: false,
          };
        if (name === 'GetRanges')
          return {
            k: 'range',
            s: h.s,
            boxes: String(a0)
              .split(/[,;]/)
              .map((p) => parseBox(p.trim())),
            areas: true,
          };
        if (name === 'GetUsedRange' || name === 'GetUsedRangeOrNullObject') {
          const box = usedBox(h.s, args[0] === true);
          if (!box && name === 'GetUsedRangeOrNullObject') return null;
          return { k: 'range', s: h.s, boxes: [box ?? { r0: 0, c0: 0, r1: 0, c1: 0 }], areas: false };
        }
        if (name === 'GetCell')
          return {
            k: 'range',
            s: h.s,
            boxes: [{ r0: Number(args[0]), c0: Number(args[1]), r1: Number(args[0]), c1: Number(args[1]) }],
            areas: false,
          };
        break;
      case 'range':
        if (name === 'GetCell') {
          const b = h.boxes[0]!;
          const r = b.r0 + Number(args[0]);
          const c = b.c0 + Number(args[1]);
          return { k: 'range', s: h.s, boxes: [{ r0: r, c0: c, r1: r, c1: c }], areas: false };
        }
        if (name === 'GetUsedRange' || name === 'GetUsedRangeOrNullObject') {
          const box = usedBox(h.s, args[0] === true);
          const inside =
            box &&
            h.boxes
              .map((b) => ({
                r0: Math.max(b.r0, box.r0),
                c0: Math.max(b.c0, box.c0),
                r1: Math.min(b.r1, box.r1),
                c1: Math.min(b.c1, box.c1),
              }))
              .find((b) => b.r0 <= b.r1 && b.c0 <= b.c1);
          if (!inside && name === 'GetUsedRangeOrNullObject') return null;
          return { k: 'range', s: h.s, boxes: [inside ?? h.boxes[0]!], areas: false };
        }
        if (name === 'GetRow' || name === 'GetColumn') {
          const b = h.boxes[0]!;
          const i = Number(args[0]);
          return {
            k: 'range',
            s: h.s,
            boxes: [name === 'GetRow' ? { ...b, r0: b.r0 + i, r1: b.r0 + i } : { ...b, c0: b.c0 + i, c1: b.c0 + i }],
            areas: false,
          };
        }
        if (name === 'GetBoundingRect') {
          const other = args[0];
          const b = h.boxes[0]!;
          const o = typeof other === 'string' ? parseBox(other) : (otherRange(0) ?? b);
          return {
            k: 'range',
            s: h.s,
            boxes: [
              {
                r0: Math.min(b.r0, o.r0),
                c0: Math.min(b.c0, o.c0),
                r1: Math.max(b.r1, o.r1),
                c1: Math.max(b.c1, o.c1),
              },
            ],
            areas: false,
          };
        }
        if (name === 'GetOffsetRange') {
          const b = h.boxes[0]!;
          const dr = Number(args[0]);
          const dc = Number(args[1]);
          return {
            k: 'range',
            s: h.s,
            boxes: [{ r0: b.r0 + dr, c0: b.c0 + dc, r1: b.r1 + dr, c1: b.c1 + dc }],
            areas: false,
          };
        }
        if (name === 'GetResizedRange') {
          const b = h.boxes[0]!;
          return {
            k: 'range',
            s: h.s,
            boxes: [{ ...b, r1: b.r1 + Number(args[0]), c1: b.c1 + Number(args[1]) }],
            areas: false,
          };
        }
        if (name === 'GetEntireColumn')
          return { k: 'range', s: h.s, boxes: h.boxes.map((b) => ({ ...b, r0: 0, r1: MAX_ROW })), areas: h.areas };
        break;
      case 'borders':
        if (name === 'GetItem') {
          if (!BORDER_EDGES.includes(a0)) throw err('InvalidArgument', `Border index ${a0} is not valid.`);
          return { k: 'border', r: h.r, edge: a0 };
        }
        break;
      case 'names':
        if (name === 'GetItem' || name === 'GetItemOrNullObject') {
          const n = findName(a0);
          if (!n && name === 'GetItem') throw err('ItemNotFound', 'The requested resource does not exist.');
          return n ? { k: 'name', n } : null;
        }
        if (name === 'GetItemAt') {
          const n = [...state.names.values()][Number(a0)];
          return n ? { k: 'name', n } : null;
        }
        if (name === 'Add' || name === 'AddFormulaLocal') {
          checkName(a0, 'defined');
          if (nameTaken(a0))
            throw err('ItemAlreadyExists', `A resource with the same name or identifier already exists: ${a0}`);
          const reference = args[1];
          const formula =
            typeof reference === 'string' ? (reference.startsWith('=') ? reference : `=${reference}`) : '';
          if (!formula) throw err('InvalidArgument', 'The reference is not valid.');
          const n: ModelName = {
            name: a0,
            formula,
            comment: typeof args[2] === 'string' ? args[2] : '',
            visible: true,
          };
          state.names.set(a0, n);
          return { k: 'name', n };
        }
        break;
      case 'charts': {
        const s = liveSheet(h.s);
        if (name === 'GetItem' || name === 'GetItemOrNullObject') {
          // By name, or by id (how the library addresses an item of a loaded collection).
          const c = s.charts.find((x) => x.id === a0 || x.name.toLowerCase() === String(a0).toLowerCase());
          if (!c && name === 'GetItem') throw err('ItemNotFound', 'The requested resource does not exist.');
          return c ? { k: 'chart', c, s } : null;
        }
        if (name === 'GetItemAt') {
          const c = s.charts[Number(a0)];
          return c ? { k: 'chart', c, s } : null;
        }
        if (name === 'Add') {
          // Excel refuses a chart on a protected sheet (unless objects may be edited).
          forbidProtected(s, 'allowEditObjects');
          const box = otherRange(1);
          if (!box) throw err('InvalidArgument', 'The chart needs its source data as a range.');
          const c: ModelChart = {
            id: `{C-${String(++nextChart).padStart(8, '0')}}`,
            name: `Diagram ${s.charts.length + 1}`,
            type: a0,
            source: boxAddress(box),
            seriesBy: String(args[2] ?? 'Auto'),
          };
          s.charts.push(c);
          return { k: 'chart', c, s };
        }
        break;
      }
      case 'tables':
        if (name === 'GetItem' || name === 'GetItemOrNullObject') {
          const t = findTable(a0);
          if (t && h.s && t.sheet !== h.s)
            return name === 'GetItem'
              ? (() => {
                  throw err('ItemNotFound', 'The requested resource does not exist.');
                })()
              : null;
          if (!t && name === 'GetItem') throw err('ItemNotFound', 'The requested resource does not exist.');
          return t ? { k: 'table', t } : null;
        }
        if (name === 'GetItemAt') {
          const t = [...state.tables.values()].filter((x) => !h.s || x.sheet === h.s)[Number(a0)];
          return t ? { k: 'table', t } : null;
        }
        if (name === 'Add') {
          let sheet = h.s;
          let address = a0;
          if (!sheet) {
            const bang = address.lastIndexOf('!');
            if (bang < 0) throw err('InvalidArgument', 'The address must name a sheet.');
            sheet = findSheet(address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"));
            if (!sheet) throw err('ItemNotFound', 'The requested resource does not exist.');
            address = address.slice(bang + 1);
          }
          return { k: 'table', t: addTable(sheet, address, args[1] === true) };
        }
        break;
      case 'table':
        if (name === 'GetRange' || name === 'GetDataBodyRange' || name === 'GetHeaderRowRange') {
          const box = parseBox(h.t.address);
          const part =
            name === 'GetRange'
              ? box
              : name === 'GetHeaderRowRange'
                ? { ...box, r1: box.r0 }
                : { ...box, r0: box.r0 + 1 };
          return { k: 'range', s: h.t.sheet, boxes: [part], areas: false };
        }
        break;
      case 'cfs':
        if (name === 'Add') {
          if (!CONDITIONAL_FORMAT_TYPES.includes(a0))
            throw err('InvalidArgument', `The conditional format type ${a0} is not valid.`);
          const s = liveSheet(h.r.s);
          forbidProtected(s);
          const cf: ModelConditionalFormat = {
            id: String(nextId++),
            address: h.r.boxes.map(boxAddress).join(','),
            type: a0,
            formula: '',
          };
          s.conditionalFormats.push(cf);
          return { k: 'cf', cf, s };
        }
        break;
      default:
        break;
    }
    throw err('NotImplemented', `The model does not know ${h.k}.${name}().`);
  }

  /** Method actions (ActionType 3): their return value, or undefined. */
  function act(
    h: Handle | null,
    name: string,
    args: unknown[],
    otherRange: (index: number) => Box | undefined = () => undefined,
  ): unknown {
    if (name === '_KeepReference') return undefined;
    if (!h) throw err('InvalidObjectPath', 'The object is a null object.');
    if (h.k === 'service') return undefined;
    if (h.k === 'workbook' && name === '_RemoveReference') {
      references.delete(String(args[0]));
      return undefined;
    }
    const a0 = args[0];
    switch (h.k) {
      case 'chart':
        liveSheet(h.s);
        if (name === 'SetPosition') {
          h.c.position = [String(a0), String(args[1] ?? a0)];
          return undefined;
        }
        if (name === 'Delete') {
          forbidProtected(h.s, 'allowEditObjects');
          h.s.charts.splice(h.s.charts.indexOf(h.c), 1);
          return undefined;
        }
        break;
      case 'chartCategoryAxis':
        if (name === 'SetCategoryNames') {
          const box = otherRange(0);
          if (!box) throw err('InvalidArgument', 'The category names must be a range.');
          h.c.categories = boxAddress(box);
          return undefined;
        }
        break;
      case 'worksheets':
        if (name === 'GetCount')
          return state.sheets.filter((s) => args[0] !== true || s.visibility === 'Visible').length;
        break;
      case 'sheet':
        liveSheet(h.s);
        if (name === 'Delete') return void deleteSheet(h.s);
        if (name === 'Activate') {
          if (h.s.visibility !== 'Visible') throw err('InvalidOperation', 'A hidden sheet cannot be activated.');
          state.active = h.s;
          return undefined;
        }
        break;
      case 'range':
        if (name === '_ValidateArraySize') {
          const b = h.boxes[0]!;
          if (Number(args[0]) !== b.r1 - b.r0 + 1 || Number(args[1]) !== b.c1 - b.c0 + 1)
            throw err(
              'InvalidArgument',
              "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
            );
          return undefined;
        }
        if (name === 'Select') {
          if (h.areas) throw err('InvalidOperation', 'The model selects one area.');
          liveSheet(h.s);
          state.active = h.s;
          state.selection = { sheet: h.s, address: boxAddress(h.boxes[0]!) };
          return undefined;
        }
        if (name === 'Merge') {
          const s = liveSheet(h.s);
          forbidProtected(s);
          for (const box of h.boxes) {
            if (a0 === true) for (let r = box.r0; r <= box.r1; r++) s.merges.push(boxAddress({ ...box, r0: r, r1: r }));
            else s.merges.push(boxAddress(box));
          }
          return undefined;
        }
        if (name === 'Unmerge') {
          const s = liveSheet(h.s);
          forbidProtected(s);
          s.merges = s.merges.filter((m) => !h.boxes.some((b) => overlaps(parseBox(m), b)));
          return undefined;
        }
        if (name === 'Clear') return void clearRange(h, typeof a0 === 'string' ? a0 : 'All');
        if (name === 'Delete') return void clearRange(h, 'All');
        break;
      case 'names':
        if (name === 'GetCount') return state.names.size;
        break;
      case 'name':
        if (name === 'Delete') {
          for (const [key, n] of state.names) if (n === h.n) state.names.delete(key);
          return undefined;
        }
        break;
      case 'tables':
        if (name === 'GetCount') return [...state.tables.values()].filter((t) => !h.s || t.sheet === h.s).length;
        break;
      case 'table':
        if (name === 'Delete' || name === 'ConvertToRange') {
          forbidProtected(h.t.sheet);
          for (const [key, t] of state.tables) if (t === h.t) state.tables.delete(key);
          if (name === 'Delete')
            clearRange({ k: 'range', s: h.t.sheet, boxes: [parseBox(h.t.address)], areas: false }, 'All');
          return undefined;
        }
        break;
      case 'cfs':
        if (name === 'ClearAll') {
          const s = liveSheet(h.r.s);
          forbidProtected(s);
          s.conditionalFormats = s.conditionalFormats.filter(
            (cf) => !cf.address.split(',').some((a) => h.r.boxes.some((b) => overlaps(parseBox(a), b))),
          );
          return undefined;
        }
        if (name === 'GetCount') return liveSheet(h.r.s).conditionalFormats.length;
        break;
      case 'cf':
        if (name === 'Delete') {
          forbidProtected(h.s);
          h.s.conditionalFormats = h.s.conditionalFormats.filter((cf) => cf !== h.cf);
          return undefined;
        }
        break;
      case 'freeze':
        liveSheet(h.s);
        if (name === 'FreezeRows') return void (h.s.frozenRows = Number(a0 ?? 1));
        if (name === 'Unfreeze') return void (h.s.frozenRows = 0);
        break;
      case 'protection':
        if (name === 'Protect') {
          // "Fails if the worksheet has already been protected" (WorksheetProtection.protect).
          if (h.s.protected) throw err('InvalidOperation', 'The worksheet is already protected.');
          h.s.protected = true;
          h.s.protectionOptions = (a0 ?? {}) as Record<string, boolean>;
          return undefined;
        }
        if (name === 'Unprotect') {
          h.s.protected = false;
          delete h.s.protectionOptions;
          return undefined;
        }
        break;
      default:
        break;
    }
    throw err('NotImplemented', `The model does not know ${h.k}.${name}().`);
  }

  /** A protected sheet refuses changes to its cells, formats, merges, tables and conditional formats,
   * except what its protection options allow (allowFormatColumns, …). */
  const forbidProtected = (s: ModelSheet, allowedBy?: string) => {
    if (s.protected && !(allowedBy && s.protectionOptions?.[allowedBy] === true)) {
      throw err(
        'AccessDenied',
        'The cell or chart that you are trying to change is protected and therefore read-only.',
      );
    }
  };

  /** SetProperty actions (ActionType 4). */
  function setProperty(h: Handle | null, name: string, value: unknown): void {
    if (!h) throw err('InvalidObjectPath', 'The object is a null object.');
    const fail = () => {
      throw err('NotImplemented', `The model does not know ${h.k}.${name} =.`);
    };
    const str = () => {
      if (typeof value !== 'string') throw err('InvalidArgument', `${name} must be text.`);
      return value;
    };
    switch (h.k) {
      case 'chart':
        liveSheet(h.s);
        if (name === 'Name') {
          if (h.s.charts.some((c) => c !== h.c && c.name.toLowerCase() === str().toLowerCase()))
            throw err('InvalidArgument', 'A chart with that name already exists on the sheet.');
          h.c.name = str();
          return;
        }
        return fail();
      case 'chartTitle':
        if (name === 'Text') {
          h.c.title = str();
          return;
        }
        return fail();
      case 'sheet':
        liveSheet(h.s);
        if (name === 'Name') return renameSheet(h.s, str());
        if (name === 'Position') {
          const to = Math.max(0, Math.min(state.sheets.length - 1, Number(value)));
          state.sheets.splice(state.sheets.indexOf(h.s), 1);
          state.sheets.splice(to, 0, h.s);
          return;
        }
        if (name === 'Visibility') {
          if (!['Visible', 'Hidden', 'VeryHidden'].includes(str()))
            throw err('InvalidArgument', `Visibility ${value} is not valid.`);
          if (
            value !== 'Visible' &&
            h.s.visibility === 'Visible' &&
            state.sheets.filter((o) => o.visibility === 'Visible').length === 1
          )
            throw err('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
          h.s.visibility = value as ModelSheet['visibility'];
          return;
        }
        return fail();
      case 'range':
        forbidProtected(liveSheet(h.s));
        if (name === 'Values' || name === 'Formulas')
          return write2d(h, name === 'Values' ? 'values' : 'formulas', value);
        if (name === 'NumberFormat') return write2d(h, 'numberFormat', value);
        return fail();
      case 'format':
        if (name === 'ColumnWidth') {
          const s = liveSheet(h.r.s);
          forbidProtected(s, 'allowFormatColumns');
          for (const b of h.r.boxes) for (let c = b.c0; c <= b.c1; c++) s.columnWidths.set(c, Number(value));
          return;
        }
        if (name === 'WrapText') return setFormat(h.r, (cell) => void (cell.wrap = value === true));
        if (name === 'HorizontalAlignment') return setFormat(h.r, (cell) => void (cell.horizontalAlignment = str()));
        return fail();
      case 'font':
        if (name === 'Bold') return setFormat(h.r, (cell) => void (cell.bold = value === true));
        if (name === 'Italic') return setFormat(h.r, (cell) => void (cell.italic = value === true));
        if (name === 'Size') return setFormat(h.r, (cell) => void (cell.size = Number(value)));
        if (name === 'Color') return setFormat(h.r, (cell) => void (cell.fontColor = str()));
        return fail();
      case 'fill':
        if (name === 'Color') return setFormat(h.r, (cell) => void (cell.fill = str()));
        return fail();
      case 'border':
        if (name === 'Style') {
          if (!BORDER_STYLES.includes(str())) throw err('InvalidArgument', `Border style ${value} is not valid.`);
          // Edges of the whole range: EdgeTop on its first row, EdgeBottom on its last, …
          return eachCell(h.r, (cell, row, column, box) => {
            const on =
              h.edge === 'EdgeTop'
                ? row === 0
                : h.edge === 'EdgeBottom'
                  ? box.r0 + row === box.r1
                  : h.edge === 'EdgeLeft'
                    ? column === 0
                    : h.edge === 'EdgeRight'
                      ? box.c0 + column === box.c1
                      : true;
            if (on) cell.borders = [...new Set([...(cell.borders ?? []), h.edge])];
          });
        }
        return fail();
      case 'name':
        if (name === 'Visible') return void (h.n.visible = value === true);
        if (name === 'Comment') return void (h.n.comment = str());
        if (name === 'Formula') return void (h.n.formula = str().startsWith('=') ? str() : `=${str()}`);
        return fail();
      case 'table':
        if (name === 'Name') {
          checkName(str(), 'table');
          if (nameTaken(str(), h.t)) throw err('InvalidArgument', `The name "${value}" is already taken.`);
          state.tables.delete(h.t.name);
          h.t.name = str();
          state.tables.set(h.t.name, h.t);
          return;
        }
        if (name === 'Style') {
          if (!TABLE_STYLES.has(str())) throw err('InvalidArgument', `The table style "${value}" does not exist.`);
          h.t.style = str();
          return;
        }
        if (name === 'ShowTotals' || name === 'ShowBandedRows' || name === 'ShowFilterButton') return;
        return fail();
      case 'cfRule':
        if (name === 'Formula') {
          if (!str().startsWith('=')) throw err('InvalidArgument', 'A conditional format formula must start with "=".');
          h.cf.formula = str();
          return;
        }
        return fail();
      case 'cfFont':
        if (name === 'Color') return void (h.cf.fontColor = str());
        if (name === 'Bold') return void (h.cf.bold = value === true);
        return fail();
      case 'cfFill':
        if (name === 'Color') return void (h.cf.fill = str());
        return fail();
      case 'pageLayout': {
        const layout = liveSheet(h.s).pageLayout;
        if (name === 'Orientation') {
          if (!ORIENTATIONS.includes(str())) throw err('InvalidArgument', `Orientation ${value} is not valid.`);
          layout.orientation = str();
          return;
        }
        if (name === 'PaperSize') {
          if (!PAPER_SIZES.includes(str())) throw err('InvalidArgument', `Paper size ${value} is not valid.`);
          layout.paperSize = str();
          return;
        }
        if (name === 'Zoom') {
          const z = value as Record<string, unknown>;
          const zoom: ModelSheet['pageLayout']['zoom'] = {};
          for (const [k, v] of Object.entries(z ?? {})) {
            const key = k.charAt(0).toLowerCase() + k.slice(1);
            if (!['horizontalFitToPages', 'verticalFitToPages', 'scale'].includes(key))
              throw err('InvalidArgument', `Zoom option ${k} is not valid.`);
            if (v !== null && (typeof v !== 'number' || v < 0))
              throw err('InvalidArgument', `Zoom ${k} must be a number ≥ 0.`);
            (zoom as Record<string, unknown>)[key] = v;
          }
          if (
            zoom.scale !== undefined &&
            zoom.scale !== null &&
            (zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined)
          ) {
            throw err('InvalidArgument', 'Zoom is either a scale or a fit to pages.');
          }
          layout.zoom = zoom;
          return;
        }
        if (name === 'CenterHorizontally' || name === 'PrintGridlines' || name === 'PrintTitleRows') return;
        return fail();
      }
      default:
        return fail();
    }
  }

  // ——— query (load) ———
  const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  function scalarProperties(h: Handle): Record<string, unknown> {
    switch (h.k) {
      case 'sheet':
        return { Id: h.s.id, Name: h.s.name, Position: state.sheets.indexOf(h.s), Visibility: h.s.visibility };
      case 'range': {
        const s = h.s;
        if (h.areas)
          return {
            Address: qualified(h),
            AreaCount: h.boxes.length,
            CellCount: h.boxes.reduce((n, b) => n + (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1), 0),
          };
        const box = h.boxes[0]!;
        return {
          Address: qualified(h),
          RowIndex: box.r0,
          ColumnIndex: box.c0,
          RowCount: box.r1 - box.r0 + 1,
          ColumnCount: box.c1 - box.c0 + 1,
          Values: read2d(h, (_, r, c) => readCell(s, r, c)),
          Formulas: read2d(h, (cell) => (cell ? (cell.formula ?? cell.value ?? '') : '')),
          NumberFormat: read2d(h, (cell) => cell?.numberFormat ?? 'General'),
          Text: read2d(h, (_, r, c) => String(readCell(s, r, c))),
        };
      }
      case 'name':
        return {
          Name: h.n.name,
          Formula: h.n.formula,
          Comment: h.n.comment,
          Visible: h.n.visible,
          Type: 'Range',
          Value: h.n.formula.slice(1),
        };
      case 'table':
        return { Id: h.t.id, Name: h.t.name, Style: h.t.style, ShowHeaders: true, ShowTotals: false };
      case 'pageLayout':
        return {
          Orientation: h.s.pageLayout.orientation,
          PaperSize: h.s.pageLayout.paperSize,
          Zoom: h.s.pageLayout.zoom,
        };
      case 'protection':
        return { Protected: h.s.protected };
      case 'chart':
        return { Id: h.c.id, Name: h.c.name, ChartType: h.c.type };
      case 'chartTitle':
        return { Text: h.c.title ?? '' };
      case 'format': {
        const s = h.r.s;
        const b = h.r.boxes[0]!;
        return {
          ColumnWidth: s.columnWidths.get(b.c0) ?? 48,
          WrapText: s.cells.get(cellKey(b.r0, b.c0))?.wrap ?? false,
        };
      }
      case 'font': {
        const cell = h.r.s.cells.get(cellKey(h.r.boxes[0]!.r0, h.r.boxes[0]!.c0));
        return {
          Bold: cell?.bold ?? false,
          Italic: cell?.italic ?? false,
          Size: cell?.size ?? 11,
          Color: cell?.fontColor ?? '#000000',
          Name: 'Aptos Narrow',
        };
      }
      case 'fill':
        return { Color: h.r.s.cells.get(cellKey(h.r.boxes[0]!.r0, h.r.boxes[0]!.c0))?.fill ?? '#FFFFFF' };
      case 'cf':
        return { Id: h.cf.id, Type: h.cf.type };
      case 'cfRule':
        return { Formula: h.cf.formula };
      default:
        return {};
    }
  }
  const items = (h: Handle): Handle[] | undefined => {
    switch (h.k) {
      case 'worksheets':
        return state.sheets.map((s) => ({ k: 'sheet', s }));
      case 'names':
        return [...state.names.values()].map((n) => ({ k: 'name', n }));
      case 'tables':
        return [...state.tables.values()].filter((t) => !h.s || t.sheet === h.s).map((t) => ({ k: 'table', t }));
      case 'cfs':
        return liveSheet(h.r.s).conditionalFormats.map((cf) => ({ k: 'cf', cf, s: h.r.s }));
      case 'charts':
        return liveSheet(h.s).charts.map((c) => ({ k: 'chart', c, s: h.s }));
      default:
        return undefined;
    }
  };
  function select(h: Handle, selectList: string[] | undefined): Record<string, unknown> {
    const values = scalarProperties(h);
    if (!selectList || selectList.length === 0) return values;
    const out: Record<string, unknown> = {};
    const nested = new Map<string, string[]>();
    for (const p of selectList) {
      const [head, ...rest] = p.split('/');
      const key = pascal(head!);
      if (rest.length) nested.set(key, [...(nested.get(key) ?? []), rest.join('/')]);
      else if (key in values) out[key] = values[key];
    }
    for (const [key, inner] of nested) {
      const child = property(h, key);
      out[key] = child ? select(child, inner) : null;
    }
    for (const idKey of ['Id', '_Id']) if (idKey in values) out[idKey] = values[idKey];
    return out;
  }
  function query(h: Handle | null, info: ActionInfo['QueryInfo']): unknown {
    if (!h) return null;
    const list = items(h);
    if (list) {
      const from = info?.Skip ?? 0;
      const slice = list.slice(from, info?.Top !== undefined ? from + info.Top : undefined);
      return { _Items: slice.map((item) => select(item, info?.Select)) };
    }
    return select(h, info?.Select);
  }

  // ——— the request ———
  function identity(h: Handle | null, kept: boolean): unknown {
    if (!h) return null;
    if (h.k === 'sheet') return { Id: h.s.id };
    if (h.k === 'table') return { Id: h.t.id };
    if (h.k === 'range' && kept) {
      const id = newId('R');
      references.set(id, h);
      return { _ReferenceId: id };
    }
    return {};
  }

  function processQuery(text: string): { ok: true; body: string } | { ok: false; code: number; message: string } {
    const bytes = encoder.encode(text).length;
    const body = JSON.parse(text) as { Actions: ActionInfo[]; ObjectPaths: Record<string, ObjectPathInfo> };
    const cleanup =
      body.Actions.length > 0 && body.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === 1);
    const office =
      Object.values(body.ObjectPaths ?? {}).length > 0 &&
      Object.values(body.ObjectPaths).every((p) => p.ObjectPathType === 2);
    const kind = office
      ? 'office'
      : cleanup && body.Actions.some((a) => a.Name === '_RemoveReference')
        ? 'cleanup'
        : 'work';
    if (bytes > PAYLOAD_LIMIT_BYTES) {
      requests.push({
        bytes,
        responseBytes: 0,
        actions: body.Actions.length,
        kind,
        error: 'RequestPayloadSizeLimitExceeded',
      });
      return {
        ok: false,
        code: 5103,
        message:
          'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
      };
    }
    const kept = new Set(
      body.Actions.filter((a) => a.ActionType === 3 && a.Name === '_KeepReference').map((a) => a.ObjectPathId),
    );
    const bound = new Map<number, Handle | null>();
    const results: { ActionId: number; Value: unknown }[] = [];
    let error:
      { Code: string; Message: string; HttpStatusCode: number; ActionIndex: number; Location: string } | undefined;
    body.Actions.forEach((action, index) => {
      if (error) return;
      try {
        if (failAt !== undefined && executed === failAt) {
          faults += 1;
          executed += 1;
          throw err('GeneralException', 'An internal error has occurred (fault injected by the model).');
        }
        executed += 1;
        const handle = () => resolvePath(body.ObjectPaths, action.ObjectPathId, bound);
        const args = action.ArgumentInfo?.Arguments ?? [];
        let value: unknown;
        switch (action.ActionType) {
          case 1:
            value = identity(handle(), kept.has(action.ObjectPathId));
            break;
          case 2:
            value = query(handle(), action.QueryInfo);
            break;
          case 3:
            value = act(
              action.Name === '_RemoveReference' || action.Name === '_KeepReference' ? (handle() ?? null) : handle(),
              action.Name,
              args,
              (index) => {
                const pathId = action.ArgumentInfo?.ReferencedObjectPathIds?.[index];
                if (pathId === undefined || pathId === null) return undefined;
                const o = resolvePath(body.ObjectPaths, pathId, bound);
                return o && o.k === 'range' ? o.boxes[0] : undefined;
              },
            );
            break;
          case 4:
            setProperty(handle(), action.Name, args[0]);
            break;
          default:
            throw err('InvalidRequest', `Action type ${action.ActionType} is not known.`);
        }
        if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
      } catch (e) {
        const code = e instanceof ExcelModelError ? e.code : 'GeneralException';
        const message = e instanceof Error ? e.message : String(e);
        error = {
          Code: code,
          Message: message,
          HttpStatusCode: code === 'ItemNotFound' ? 404 : code === 'GeneralException' ? 500 : 400,
          ActionIndex: index,
          Location: '',
        };
      }
    });
    const response = JSON.stringify(error ? { Results: results, Error: error } : { Results: results });
    const responseBytes = encoder.encode(response).length;
    requests.push({
      bytes,
      responseBytes,
      actions: body.Actions.length,
      kind,
      ...(error ? { error: error.Code } : {}),
    });
    if (responseBytes > PAYLOAD_LIMIT_BYTES)
      return { ok: false, code: 5104, message: 'The response payload size has exceeded the limit.' };
    return { ok: true, body: response };
  }

  const model: ExcelModel = {
    state,
    requests,
    processQuery,
    failAtAction(n) {
      failAt = n === undefined ? undefined : executed + n;
    },
    get faultsInjected() {
      return faults;
    },
    get actionsExecuted() {
      return executed;
    },
    sheet: (name) => findSheet(name),
    cell: (sheetName, address) => {
      const s = findSheet(sheetName);
      const { r0, c0 } = parseBox(address);
      return s?.cells.get(cellKey(r0, c0));
    },
    values: (sheetName, address) => {
      const s = findSheet(sheetName);
      if (!s) throw new Error(`No sheet ${sheetName}`);
      return read2d({ k: 'range', s, boxes: [parseBox(address)], areas: false }, (_, r, c) => readCell(s, r, c));
    },
    traffic: () => {
      const ours = requests.filter((r) => r.kind !== 'office');
      return {
        roundTrips: ours.length,
        bytes: ours.reduce((n, r) => n + r.bytes, 0),
        largest: Math.max(0, ...ours.map((r) => r.bytes)),
        work: ours.filter((r) => r.kind === 'work').length,
        cleanup: ours.filter((r) => r.kind === 'cleanup').length,
      };
    },
    resetTraffic: () => void requests.splice(0),
  };
  return model;
}

/**
 * What Excel does with content written to a cell through `values` or `formulas`: a cell formatted
 * `@` keeps text (a formula too); a leading apostrophe keeps text; `=`, `+`, `-` start a formula;
 * numeric text becomes a number; '' empties the cell.
 */
export function writeContent(cell: ModelCell, v: Scalar): void {
  delete cell.formula;
  if (typeof v !== 'string') {
    cell.value = v;
    return;
  }
  if (cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  if (v === '') cell.value = null;
  else if (v.startsWith("'")) cell.value = v.slice(1);
  else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) cell.value = Number(v);
  else if (v.length > 1 && v.startsWith('=')) {
    cell.formula = v;
    cell.value = null;
  } else if (v.length > 1 && (v.startsWith('+') || v.startsWith('-'))) {
    cell.formula = `=${v}`;
    cell.value = null;
  } else if (/^(TRUE|FALSE)$/i.test(v)) cell.value = /^TRUE$/i.test(v);
  else cell.value = v;
}

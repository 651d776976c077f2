/**
 * The part of the Office.js Excel API the add-in uses, as structural types. The real `Excel`
 * namespace satisfies them, and so does the fake host the tests and the browser test page use.
 * Requirement sets: names 1.4 (formula 1.7), conditional formats 1.6, freeze panes 1.7,
 * page layout and RangeAreas (`getRanges`) 1.9. The add-in asks for ExcelApi 1.9.
 */
export const REQUIRED_EXCEL_API = '1.9';

export type Scalar = string | number | boolean | null;

export interface Loadable {
  load(properties: string): unknown;
}

export interface ExcelApi {
  run<T>(batch: (context: ExcelContext) => Promise<T>): Promise<T>;
}

export interface ExcelContext {
  readonly workbook: WorkbookProxy;
  sync(): Promise<void>;
}

export interface WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NamedItemCollectionProxy;
  readonly tables: TableCollectionProxy;
  getSelectedRange(): RangeProxy;
}

export interface WorksheetCollectionProxy extends Loadable {
  readonly items: WorksheetProxy[];
  add(name: string): WorksheetProxy;
  getItem(name: string): WorksheetProxy;
  getItemOrNullObject(name: string): WorksheetProxy;
  getActiveWorksheet(): WorksheetProxy;
}

export interface WorksheetProxy extends Loadable {
  name: string;
  readonly isNullObject: boolean;
  readonly tables: { add(address: string, hasHeaders: boolean): TableProxy; getItem(name: string): TableProxy };
  readonly freezePanes: { freezeRows(count: number): void; unfreeze(): void };
  readonly charts: ChartsProxy;
  readonly pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  };
  getRange(address?: string): RangeProxy;
  /** Several areas at once ("A1:B2,D4"): one object for the format of all of them. */
  getRanges(address: string): RangeAreasProxy;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy;
  activate(): void;
  delete(): void;
}

/** A sheet's charts (ExcelApi 1.1; categoryAxis.setCategoryNames 1.7). */
export interface ChartsProxy {
  readonly items: ChartProxy[];
  add(type: string, sourceData: RangeProxy, seriesBy: string): ChartProxy;
  load(properties: string): ChartsProxy;
}

export interface ChartProxy {
  name: string;
  readonly title: { text: string };
  readonly axes: { readonly categoryAxis: { setCategoryNames(range: RangeProxy): void } };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

export interface RangeFormatProxy {
  columnWidth: number;
  wrapText: boolean;
  readonly font: { bold: boolean; italic: boolean; size: number; color: string };
  readonly fill: { color: string };
  readonly borders: { getItem(edge: string): { style: string } };
}

export interface ConditionalFormatsProxy {
  add(type: string): {
    readonly custom: {
      readonly rule: { formula: string };
      readonly format: { readonly font: { color: string; bold: boolean }; readonly fill: { color: string } };
    };
  };
  clearAll(): void;
}

/** Several rectangles of one sheet (ExcelApi 1.9). */
export interface RangeAreasProxy {
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: ConditionalFormatsProxy;
  /** Tells the library this object is not read again, so it keeps no reference (no clean-up request). */
  untrack(): RangeAreasProxy;
}

export interface RangeProxy extends Loadable {
  readonly isNullObject: boolean;
  readonly address: string;
  values: Scalar[][];
  formulas: Scalar[][];
  numberFormat: Scalar[][];
  readonly worksheet: WorksheetProxy;
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: ConditionalFormatsProxy;
  merge(across?: boolean): void;
  select(): void;
  clear(applyTo?: 'All' | 'Formats' | 'Contents'): void;
  /** Tells the library this object is not read again, so it keeps no reference (no clean-up request). */
  untrack(): RangeProxy;
}

export interface NamedItemProxy {
  readonly name: string;
  formula: string;
  visible: boolean;
  delete(): void;
}

export interface NamedItemCollectionProxy extends Loadable {
  readonly items: NamedItemProxy[];
  add(name: string, reference: string, comment?: string): NamedItemProxy;
  getItem(name: string): NamedItemProxy;
}

export interface TableProxy extends Loadable {
  name: string;
  style: string;
  readonly worksheet: WorksheetProxy;
  getRange(): RangeProxy;
  delete(): void;
}

export interface TableCollectionProxy extends Loadable {
  readonly items: TableProxy[];
  getItem(name: string): TableProxy;
  getItemOrNullObject(name: string): TableProxy;
}

/** The global Excel namespace when the page runs inside Excel, else undefined. */
export function globalExcel(): ExcelApi | undefined {
  const g = globalThis as { Excel?: ExcelApi };
  return g.Excel && typeof g.Excel.run === 'function' ? g.Excel : undefined;
}

/** Asks Office whether the host supports the API set the add-in needs; true outside Office. */
export function excelApiSupported(version = REQUIRED_EXCEL_API): boolean {
  const office = (
    globalThis as { Office?: { context?: { requirements?: { isSetSupported(name: string, v: string): boolean } } } }
  ).Office;
  const requirements = office?.context?.requirements;
  return requirements ? requirements.isSetSupported('ExcelApi', version) : true;
}

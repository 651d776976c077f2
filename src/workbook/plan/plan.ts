/**
 * A workbook plan: a plain, serialisable description of the sheets the add-in writes. Layouts build
 * plans from domain results; renderers (Office.js, ExcelJS) write the same plan, so what the command
 * line writes is what the add-in writes.
 *
 * Formulas are in Excel's invariant syntax (English function names, comma separators). A formula that
 * points at another sheet of the plan, or at a named cell, uses a token (see `sheetRef`, `nameRef`),
 * because a sheet may get a versioned name (`Avgift 2026 (2)`) when the user already has one.
 */

export type CellValue = string | number | boolean | null;

export type StyleName = 'title' | 'subtitle' | 'note' | 'header' | 'label' | 'input' | 'total' | 'check';

export interface Cell {
  /** A constant. Text is always text (never read as a formula), numbers are real numbers. */
  readonly value?: CellValue;
  /** A formula starting with "=", possibly with sheet and name tokens. */
  readonly formula?: string;
  /** The formula's value where the layout knows it: saved in .xlsx files as the cached result, so
   * readers that do not calculate (ExcelJS, the budget check) see it. Excel recalculates anyway. */
  readonly result?: CellValue;
  /** Excel number format in invariant syntax, e.g. `#,##0 "kr"`, `@` (text), `yyyy-mm-dd`. */
  readonly format?: string;
  readonly style?: StyleName;
}

/** A rectangle of cells starting at `at`; `null` leaves a cell untouched. */
export interface Block {
  readonly at: string;
  readonly rows: readonly (readonly (Cell | null)[])[];
}

export interface TablePlan {
  /** Table name, unique in the workbook after resolution (a token suffix is added on versioning). */
  readonly name: string;
  /** Header row and data rows, e.g. A5:H13. */
  readonly range: string;
  readonly style?: string;
}

export interface ConditionalFormatPlan {
  readonly range: string;
  /** A formula relative to the top-left cell of the range that is TRUE where the format applies. */
  readonly formula: string;
  readonly style: 'bad' | 'good';
}

export interface PageSetupPlan {
  readonly orientation: 'portrait' | 'landscape';
  /** Fit all columns on one A4 page width. */
  readonly fitToWidth: boolean;
}

export interface SheetPlan {
  /** Stable identity, e.g. `avgift-2026`, `medlem-0127-2026`. */
  readonly key: string;
  /** The name wanted; the renderer versions it when the user owns a sheet of that name. */
  readonly name: string;
  readonly blocks: readonly Block[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  readonly merges?: readonly string[];
  readonly tables?: readonly TablePlan[];
  readonly conditionalFormats?: readonly ConditionalFormatPlan[];
  readonly pageSetup?: PageSetupPlan;
  readonly freezeRows?: number;
  /** Native charts fed by the sheet's own cells. */
  readonly charts?: readonly ChartPlan[];
}

/**
 * A native chart of columns stacked per category (the fee years), a series per member, every
 * figure a reference to the sheet's cells: a change in the cells changes the chart.
 */
export interface ChartPlan {
  readonly title: string;
  /** What the chart shows, for screen readers (the drawing's description in Excel). */
  readonly description: string;
  /** The categories, e.g. `A7:A23` (the fee years). */
  readonly categories: string;
  /** Each series: the cell with its name and its values, e.g. `{ name: 'C6', values: 'C7:C23' }`. */
  readonly series: readonly { readonly name: string; readonly values: string }[];
  /** Where it sits: from this cell, this many columns wide and rows high. */
  readonly at: string;
  readonly columns: number;
  readonly rows: number;
}

/** A workbook-level name for a cell, e.g. the rate cell `Sats_2026`. */
export interface NamePlan {
  /** Stable identity used in tokens, e.g. `rate-2026`. */
  readonly key: string;
  /** The name wanted, e.g. `Sats_2026`; versioned with the sheet (`Sats_2026_2`). */
  readonly name: string;
  readonly sheetKey: string;
  /** Absolute address on that sheet, e.g. `$B$5`. */
  readonly address: string;
  readonly comment?: string;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
  readonly names: readonly NamePlan[];
}

/** Token for a plan sheet inside a formula: `={{sheet:avgift-2026}}!E9`. */
export const sheetRef = (key: string): string => `{{sheet:${key}}}`;

/** Token for a plan name inside a formula: `=C9*{{name:rate-2026}}`. */
export const nameRef = (key: string): string => `{{name:${key}}}`;

/** Prefix of the hidden names that mark the sheets the add-in made (one per sheet). */
export const MARKER_PREFIX = 'AVGF_';

/** Appends sheets and names (e.g. Budgetkontroll) to a plan. */
export function withSheets(
  plan: WorkbookPlan,
  sheets: readonly SheetPlan[],
  names: readonly NamePlan[] = [],
): WorkbookPlan {
  return { sheets: [...plan.sheets, ...sheets], names: [...plan.names, ...names] };
}

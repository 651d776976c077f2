import { MARKER_PREFIX } from '../plan/plan';
import { sheetOfReference } from '../plan/resolve';

/**
 * A workbook as read back for checking: each sheet's cells from A1 (values as Excel shows them, and
 * formulas where a cell has one) and the workbook's names. Both the .xlsx reader (ExcelJS, CLI) and
 * the Office.js reader (pane) produce it, so verify is one pure function for both.
 */
export interface SheetSnapshot {
  readonly name: string;
  /** Row-major from A1. A formula's saved result, or null where none was saved; "" for empty. */
  readonly values: readonly (readonly unknown[])[];
  /** Row-major from A1: the formula text ("=C10*Sats_2026") where the cell has one, else undefined. */
  readonly formulas: readonly (readonly (string | undefined)[])[];
  /** Whether the sheet is protected. */
  readonly protected?: boolean;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetSnapshot[];
  readonly names: readonly { readonly name: string; readonly formula: string }[];
}

const lower = (s: string) => s.toLocaleLowerCase('sv');

export const findSheet = (book: WorkbookSnapshot, name: string): SheetSnapshot | undefined =>
  book.sheets.find((s) => lower(s.name) === lower(name));

/**
 * The sheets the add-in marked with a plan key (AVGF_avgift_2026, AVGF_avgift_2026_2, …), the latest
 * version first: a re-run wrote "Avgift 2026 (2)" and marked it AVGF_avgift_2026_2.
 *
 * @example markedSheetNames(book.names, 'befolkning') // ["Befolkning (2)", "Befolkning"]
 */
export function markedSheetNames(
  names: readonly { readonly name: string; readonly formula: string }[],
  key: string,
): string[] {
  const marker = MARKER_PREFIX + key.replace(/[^A-Za-z0-9]/g, '_');
  const version = (name: string) =>
    name === marker ? 1 : Number(/_(\d+)$/.exec(name.slice(marker.length))?.[1] ?? NaN);
  return names
    .filter((n) => n.name === marker || (n.name.startsWith(`${marker}_`) && Number.isFinite(version(n.name))))
    .sort((a, b) => version(b.name) - version(a.name))
    .map((n) => sheetOfReference(n.formula))
    .filter((name): name is string => name !== undefined);
}

/**
 * The sheet the add-in marked with a plan key, the latest version when a re-run wrote
 * "Avgift 2026 (2)". Only the marker counts: an officer's sheet that is merely called "Avgift 2026"
 * or "Logg" is never the add-in's.
 *
 * @example markedSheet(book, 'avgift-2026')?.name // "Avgift 2026 (2)" after a second write
 */
export function markedSheet(book: WorkbookSnapshot, key: string): SheetSnapshot | undefined {
  return markedSheetNames(book.names, key)
    .map((name) => findSheet(book, name))
    .find((s) => s !== undefined);
}

/** The workbook names that refer to a cell of a sheet: "$B$6" → ["Sats_2026"]. */
export function namesOnCell(book: WorkbookSnapshot, sheet: string, absolute: string): string[] {
  return book.names
    .filter((n) => {
      const target = sheetOfReference(n.formula);
      return target !== undefined && lower(target) === lower(sheet) && n.formula.trim().endsWith(`!${absolute}`);
    })
    .map((n) => n.name);
}

/** A1 ranges, absolute addresses, sheet names and dates for cells. Rows and columns from 0. */
import { cellAddress, CellRef, columnLetters, parseCell } from '../../domain/a1';

export { cellAddress, columnIndex, columnLetters, parseCell } from '../../domain/a1';
export type { CellRef } from '../../domain/a1';

/** Absolute form, $C$5, for names and formulas that must not move. */
export const absoluteAddress = (row: number, column: number): string => `$${columnLetters(column)}$${row + 1}`;

export interface RangeRef {
  readonly start: CellRef;
  readonly end: CellRef;
}

export function parseRange(address: string): RangeRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.split(':');
  const start = parseCell(a!);
  const end = parseCell(b!);
  return {
    start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
    end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) },
  };
}

export const rangeAddress = (start: CellRef, rows: number, columns: number): string =>
  rows === 1 && columns === 1
    ? cellAddress(start.row, start.column)
    : `${cellAddress(start.row, start.column)}:${cellAddress(start.row + rows - 1, start.column + columns - 1)}`;

/** Excel's date serial (days since 1899-12-30) for an ISO date, so dates are real dates in cells. */
export function excelDateSerial(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number);
  return Math.round((Date.UTC(y!, m! - 1, d!) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A sheet name as Excel requires: at most 31 characters, none of : \ / ? * [ ], not quoted. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(/^'+|'+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return (cleaned || 'Blad').slice(0, 31).trim();
}

/** A sheet name inside a formula: 'Avgift 2026'!E9 (quotes doubled). */
export const quoteSheetName = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** A1 addresses: column letters ↔ numbers, cells ↔ (row, column), ranges. Rows and columns from 0. */

export function columnLetters(column: number): string {
  let n = column + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new RangeError(`Not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]!) };
}

export const cellAddress = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;

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

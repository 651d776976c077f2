/** A1 cell addresses: column letters ↔ numbers, cells ↔ (row, column). Rows and columns from 0. */

export function columnLetters(column: number): string {
  let n = column + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
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

/** "C5", "$C$5" or "Budget!C5" (the sheet is ignored) → { row: 4, column: 2 }. */
export function parseCell(address: string): CellRef {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(bare.trim());
  if (!m) throw new RangeError(`Not a cell address: ${address}`);
  return { row: Number(m[2]) - 1, column: columnIndex(m[1]!) };
}

export const cellAddress = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;

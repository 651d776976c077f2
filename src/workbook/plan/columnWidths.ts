import { parseCell, parseRange } from './address';
import { displayText } from './display';
import { CALIBRI_WIDTHS, CHARSET, UNITS_PER_EM } from './fontWidths';
import { Cell, SheetPlan } from './plan';
import { FONT, STYLES, StyleSpec } from './styles';

/** Excel's unit of column width: the widest digit of Calibri 11 is 7 pixels at 96 dpi. */
const DIGIT_PIXELS = 7;
/** Room beside the text: Excel's cell margins and the difference between screen and print rendering. */
const PADDING = 1.5;
/** The filter button a table puts in each header cell (on screen; it is not printed). */
const FILTER_BUTTON = 2.5;
/** Excel's standard width, for a column nothing is written in. */
const STANDARD_WIDTH = 8.43;
const MAX_WIDTH = 255;

const INDEX = new Map([...CHARSET].map((c, i) => [c, i]));
const FACES = {
  regular: CALIBRI_WIDTHS.regular,
  bold: CALIBRI_WIDTHS.bold,
  italic: CALIBRI_WIDTHS.italic,
  boldItalic: CALIBRI_WIDTHS.boldItalic,
};
const WIDEST = Object.fromEntries(Object.entries(FACES).map(([name, face]) => [name, Math.max(...face)])) as Record<
  keyof typeof FACES,
  number
>;
/** A cell's place as one number (Excel has 16 384 columns), cheaper to key maps by than "row:column". */
const place = (row: number, column: number): number => row * 16_384 + column;

/**
 * The width of a text in Excel's column-width unit (the width of a digit), in Calibri at the style's
 * size, bold and italic as the style says. Characters outside the table count as the widest there is.
 *
 *   textWidth('0', {})                      // ≈ 1.06 (Excel counts a digit as 7 px; printed it is 7.4)
 *   textWidth('Kommunkod', {})              // ≈ 10.9
 *   textWidth('Kommunkod', { bold: true })  // ≈ 11.2
 */
export function textWidth(text: string, style: StyleSpec): number {
  const name = style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
  const face = FACES[name];
  const widest = WIDEST[name];
  let units = 0;
  for (const c of text) {
    const i = INDEX.get(c);
    units += i === undefined ? widest : face[i]!;
  }
  const pixels = (units / UNITS_PER_EM) * (style.size ?? FONT.size) * (96 / 72);
  return pixels / DIGIT_PIXELS;
}

/** What a cell shows: its value, or a formula's cached result, under its number format. */
const shownText = (cell: Cell): string =>
  displayText(cell.formula !== undefined ? cell.result : cell.value, cell.format);

/** Whether anything is in the cell, so text to its left cannot run on over it ("" counts). */
const occupied = (cell: Cell | undefined): boolean =>
  cell !== undefined && (cell.formula !== undefined || (cell.value !== undefined && cell.value !== null));

interface Need {
  readonly from: number;
  readonly to: number;
  readonly width: number;
}

/**
 * Column widths (from column A) that show every cell of a sheet whole: each column as wide as the
 * longest text it shows, in its font (bold headers and title sizes included), numbers as formatted
 * (`1 234 567 kr`), so nothing is cut, no `###`, and no header wraps. Text that runs on into empty
 * cells to its right (titles, notes) and merged cells need only their span to be wide enough, so they
 * do not widen one column; a span too narrow for them widens in proportion.
 *
 *   fitColumnWidths({ key, name, blocks: [{ at: 'A1', rows: [[text('Kommun', 'header')], [text('Södertälje')]] }] })
 *   // [11]
 */
export function fitColumnWidths(sheet: Omit<SheetPlan, 'columnWidths'>): number[] {
  const cells = new Map<number, Cell>();
  let lastColumn = -1;
  for (const block of sheet.blocks) {
    const origin = parseCell(block.at);
    block.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        cells.set(place(origin.row + r, origin.column + c), cell);
        if (occupied(cell)) lastColumn = Math.max(lastColumn, origin.column + c);
      }),
    );
  }
  const merged = new Map<number, number>();
  const covered = new Set<number>();
  for (const range of sheet.merges ?? []) {
    const { start, end } = parseRange(range);
    merged.set(place(start.row, start.column), end.column);
    for (let r = start.row; r <= end.row; r++)
      for (let c = start.column; c <= end.column; c++)
        if (r !== start.row || c !== start.column) covered.add(place(r, c));
  }
  const tableHeaders = new Set<number>();
  for (const t of sheet.tables ?? []) {
    const { start, end } = parseRange(t.range);
    for (let c = start.column; c <= end.column; c++) tableHeaders.add(place(start.row, c));
  }

  const needs: Need[] = [];
  for (const [key, cell] of cells) {
    if (covered.has(key)) continue;
    const shown = shownText(cell);
    if (!shown) continue;
    const row = Math.floor(key / 16_384);
    const column = key % 16_384;
    const style = cell.style ? STYLES[cell.style] : {};
    const width = textWidth(shown, style) + PADDING + (tableHeaders.has(key) ? FILTER_BUTTON : 0);
    const isText = typeof (cell.formula !== undefined ? cell.result : cell.value) === 'string' || cell.format === '@';
    let to = merged.get(key) ?? column;
    if (!merged.has(key) && isText && !style.wrap) {
      // Left-aligned text runs on over empty cells to its right, up to the last column of the sheet.
      while (to < lastColumn && !occupied(cells.get(place(row, to + 1)))) to += 1;
    }
    needs.push({ from: column, to, width });
  }

  const widths: (number | undefined)[] = Array.from({ length: lastColumn + 1 }, () => undefined);
  for (const n of needs) if (n.from === n.to) widths[n.from] = Math.max(widths[n.from] ?? 0, n.width);
  const fitted = widths.map((w) => (w === undefined ? STANDARD_WIDTH : Math.min(MAX_WIDTH, Math.ceil(w))));
  for (const n of needs.filter((x) => x.from !== x.to).sort((x, y) => x.to - x.from - (y.to - y.from))) {
    const have = fitted.slice(n.from, n.to + 1).reduce((s, w) => s + w, 0);
    if (have >= n.width) continue;
    // The span widens in proportion, so the sheet keeps its shape.
    for (let c = n.from; c <= n.to; c++) fitted[c] = Math.min(MAX_WIDTH, Math.ceil((fitted[c]! * n.width) / have));
  }
  return fitted;
}

/** The sheet with column widths fitted to its contents (see `fitColumnWidths`). */
export const withFittedWidths = <T extends Omit<SheetPlan, 'columnWidths'>>(
  sheet: T,
): T & { columnWidths: number[] } => ({
  ...sheet,
  columnWidths: fitColumnWidths(sheet),
});

import { parseAmount } from './amount';

export interface RowCell {
  readonly value: unknown;
  readonly cell: string;
  /** 0-based column in the range. */
  readonly column: number;
}

export interface BudgetRow {
  /** 0-based row in the range. */
  readonly index: number;
  /** The line's text: the first cell with a letter in it. */
  readonly label?: { readonly text: string; readonly cell: string; readonly column: number };
  /** Cells right of the label (or every cell of a row without text). */
  readonly right: readonly RowCell[];
  /** Every text cell of the row (for headings, units and stated population). */
  readonly texts: readonly { text: string; cell: string; column: number }[];
  /** An amount written inside the label's cell ("Möten 100 000 kr"), pasted from a PDF. */
  readonly pasted?: RowCell;
  /** Every non-empty cell. */
  readonly cells: readonly RowCell[];
}

const HAS_LETTER = /[a-zåäöéü]/i;
/** A label and an amount in one cell: "Möten 100 000 kr", "Konsultstöd 500 000". */
const LABEL_AND_AMOUNT = /^(.*?[^\d\s\u00a0])\s+([-−–]?\s*\d[\d\s\u00a0\u202f.,]*(?:\s*(?:kr|tkr|mkr|kronor|:-))?)$/i;

/**
 * One row of a budget as Excel gives it, split into its parts. The label is the first cell with a
 * letter in it, so an account number left of it — a number (4010) or text ("4010", as financial
 * systems export it) — is never the label nor the amount. A merged label cell is one cell (Excel
 * gives its text in the first cell and "" in the others).
 *
 * @example readBudgetRow(['4010', 'Personalkostnader', '', 1400000], 5, addr)
 *   // → label 'Personalkostnader' (B6), right: [{ value: 1400000, cell: 'D6', column: 3 }]
 */
export function readBudgetRow(
  row: readonly unknown[],
  index: number,
  address: (r: number, c: number) => string,
): BudgetRow {
  const cells: RowCell[] = [];
  row.forEach((value, column) => {
    if (value === '' || value === null || value === undefined) return;
    if (typeof value === 'string' && value.trim() === '') return;
    cells.push({ value, cell: address(index, column), column });
  });
  const texts = cells
    .filter((c) => typeof c.value === 'string')
    .map((c) => ({ text: c.value as string, cell: c.cell, column: c.column }));
  const labelCell = cells.find(
    (c) => typeof c.value === 'string' && HAS_LETTER.test(c.value) && parseAmount(c.value).kind !== 'amount',
  );
  if (!labelCell) return { index, right: cells, texts, cells };
  const label = {
    text: (labelCell.value as string).trim().replace(/\s+/g, ' '),
    cell: labelCell.cell,
    column: labelCell.column,
  };
  const right = cells.filter((c) => c.column > label.column);
  const pasted = yearInLabel(LABEL_AND_AMOUNT.exec(label.text));
  if (
    pasted &&
    !right.some((c) => parseAmount(c.value).kind === 'amount') &&
    looksLikePastedAmount(pasted[2]!) &&
    pasted[1]!.length <= 80
  ) {
    return {
      index,
      label: { ...label, text: pasted[1]!.trim() },
      right,
      texts,
      cells,
      pasted: { value: pasted[2]!.trim(), cell: label.cell, column: label.column },
    };
  }
  return { index, label, right, texts, cells };
}

/**
 * "Tryck av rapport 2026 20 000 kr": a label ending in a year, then a well-grouped amount. The year is
 * the label's (a 4-digit number is never a middle group of an amount), not the amount's first group.
 * "Resor 500 00" stays as written, for the check to flag.
 *
 * @example yearInLabel(LABEL_AND_AMOUNT.exec('Tryck av rapport 2026 20 000 kr'))?.slice(1) // ['Tryck av rapport 2026', '20 000 kr']
 */
function yearInLabel(m: RegExpExecArray | null): RegExpExecArray | null {
  if (!m) return m;
  const split =
    /^((?:19|20)\d\d)[\s\u00a0\u202f]+([-−–]?\s*\d{1,3}(?:[\s\u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?(?:\s*(?:kr|tkr|mkr|kronor|:-))?)$/i.exec(
      m[2]!.trim(),
    );
  if (!split || parseAmount(m[2]!).kind === 'amount') return m;
  const moved = Object.assign([m[0], `${m[1]} ${split[1]}`, split[2]!], {
    index: m.index,
    input: m.input,
  }) as unknown as RegExpExecArray;
  return moved;
}

/** "100 000 kr", "52 500", "1400000": an amount; a bare year ("2026") or a small number at the end of a sentence is not. */
function looksLikePastedAmount(text: string): boolean {
  // A sentence ends with a full stop ("… den 22 januari 2026."); an amount does not.
  if (/\.\s*$/.test(text) && !/kr\.\s*$/i.test(text)) return false;
  if (parseAmount(text).kind === 'unreadable') return false;
  if (/(kr|kronor|:-)$/i.test(text.trim())) return true;
  const digits = text.replace(/\D/g, '');
  if (/^(19|20)\d\d$/.test(text.trim())) return false;
  return /\d[\s\u00a0\u202f]\d{3}/.test(text) || digits.length >= 4;
}

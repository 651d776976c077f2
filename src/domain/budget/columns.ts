import { optional } from './../optional';
import { echoed as cut } from '../format';
import { Message } from '../result';
import { parseAmount } from './amount';
import { BudgetRow } from './rows';
import { isColumnTitle, isSubLine, sectionOf } from './sections';
import { AmountColumn, ColumnOption } from './types';

/** What a column heading says: its year, and whether it is a budget, an outcome (utfall) or a forecast. */
export interface ColumnHeading {
  readonly text: string;
  readonly year?: number;
  readonly kind: 'budget' | 'outcome' | 'forecast' | 'plain';
}

const YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/;

/**
 * The heading a cell gives its column, or undefined for a cell that is no heading: "Budget 2026",
 * "Utfall 2025", "Prognos 2025", "Belopp (tkr)", a year as a number (2026) or as text ("2026").
 *
 * @example columnHeading('Budget 2026') // → { text: 'Budget 2026', year: 2026, kind: 'budget' }
 * @example columnHeading(2026)          // → { text: '2026', year: 2026, kind: 'plain' }
 * @example columnHeading(52500)         // → undefined
 */
export function columnHeading(value: unknown): ColumnHeading | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 1990 && value <= 2100
      ? { text: String(value), year: value, kind: 'plain' }
      : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, ' ');
  if (text.length === 0 || text.length > 40) return undefined;
  const year = YEAR.exec(text);
  const kind: ColumnHeading['kind'] = /utfall|bokslut|redovisa|verklig|resultat/i.test(text)
    ? 'outcome'
    : /prognos/i.test(text)
      ? 'forecast'
      : /budget|förslag|plan|ram|beslut/i.test(text)
        ? 'budget'
        : 'plain';
  if (year) {
    // "2026" or "Budget 2026", never an amount such as "2 026 kr" nor a sentence.
    if (/^\d{4}$/.test(text) || (/[a-zåäö]/i.test(text) && text.split(' ').length <= 5))
      return { text, year: Number(year[1]), kind };
    return undefined;
  }
  if (parseAmount(text).kind === 'amount') return undefined;
  if (kind === 'budget' || /^(belopp|kronor|kr|tkr|mkr|summa kr)\b/i.test(text)) return { text, kind };
  return undefined;
}

/**
 * A row of column headings, not a budget line: "Konto | Benämning | Budget 2025 | Budget 2026",
 * "Intäkter | 2026" (a heading with the year as a number), "| Budget 2026 (tkr)". A line whose
 * amount happens to be 2000 ("Övrigt | 2000") is no heading row: its label is neither a part's
 * heading nor a column title, and a lone number is not a year heading.
 */
export function isHeaderRow(row: BudgetRow): boolean {
  const others = row.label ? row.right : row.cells;
  if (others.length === 0) return false;
  const headings = others.map((c) => columnHeading(c.value));
  const worded = headings.some(
    (h, i) => h !== undefined && typeof others[i]!.value === 'string' && /[a-zåäö]/i.test(h.text),
  );
  const labelIsTitle = !row.label || sectionOf(row.label.text) !== undefined || isColumnTitle(row.label.text);
  const allHeadings = others.every(
    (c, i) => headings[i] !== undefined || (typeof c.value === 'string' && isColumnTitle(c.value)),
  );
  if (worded && others.every((c) => typeof c.value === 'string' || headings[others.indexOf(c)] !== undefined))
    return true;
  return labelIsTitle && allHeadings && headings.some((h) => h?.year !== undefined);
}

export type ColumnChoice =
  /** Read this column (0-based in the range). */
  | { readonly kind: 'column'; readonly column: number; readonly info: AmountColumn; readonly warning?: Message }
  /** One amount per line wherever it stands (no headings, one amount column or none). */
  | { readonly kind: 'any'; readonly only?: number; readonly info?: AmountColumn; readonly warning?: Message }
  /** Several amount columns and no telling which: the user must choose one of `columns`. */
  | { readonly kind: 'ask'; readonly columns: readonly ColumnOption[]; readonly message: Message };

/**
 * The column to read amounts from. With one amount column, that one. With several ("Budget 2025",
 * "Budget 2026", "Utfall 2025"), the fee year's budget column; when none or several fit, the user is
 * asked to choose one (by letter, "D", or heading, "Budget 2026"): the answer lists the columns there
 * are, as values (the pane offers them) and in words (where to give the answer is the caller's to say).
 *
 * @example chooseAmountColumn(rows, 2026, undefined, letter) // with C "Budget 2025", D "Budget 2026" → { kind: 'column', column: 3, info: { letter: 'D', heading: 'Budget 2026', reason: 'fee-year' } }
 * @example chooseAmountColumn(rows, 2027, undefined, letter) // with C "Budget 2025", D "Budget 2026" → { kind: 'ask', columns: [{ letter: 'C', heading: 'Budget 2025' }, { letter: 'D', heading: 'Budget 2026' }],
 *   //   message: { sv: 'Budgeten har flera beloppskolumner (C ”Budget 2025”, D ”Budget 2026”) och ingen av dem är för 2027. Ange vilken som ska kontrolleras.', … } }
 */
export function chooseAmountColumn(
  rows: readonly BudgetRow[],
  feeYear: number,
  requested: string | undefined,
  letterOf: (column: number) => string,
  columnOf: (letter: string) => number,
): ColumnChoice {
  const headings = new Map<number, ColumnHeading>();
  const amountColumns = new Set<number>();
  // Columns titled "Konto", "Ansvar", "Not" or "Kommentar" hold no amounts, whatever numbers are in them.
  const notAmounts = new Set<number>();
  // A heading row with nothing over the labels ("| Budget 2025 | Utfall 2025") reads its first heading
  // as its label: that one heads its column when the lines have amounts there.
  const labelHeadings = new Map<number, ColumnHeading>();
  for (const row of rows) {
    if (isHeaderRow(row)) {
      for (const c of row.cells) {
        const h = columnHeading(c.value);
        if (h && (!row.label || c.column > row.label.column)) headings.set(c.column, h);
        else if (h?.year !== undefined && c.column === row.label?.column) labelHeadings.set(c.column, h);
        else if (
          typeof c.value === 'string' &&
          isColumnTitle(c.value) &&
          !/^(belopp|kronor|kr|tkr)\b/i.test(c.value.trim())
        )
          notAmounts.add(c.column);
      }
      continue;
    }
    if (!row.label || isSubLine(row.label.text) || sectionOf(row.label.text)) continue;
    for (const c of row.right)
      if (
        !notAmounts.has(c.column) &&
        (parseAmount(c.value).kind === 'amount' || parseAmount(c.value).kind === 'suspicious')
      )
        amountColumns.add(c.column);
  }
  for (const [column, h] of labelHeadings)
    if (amountColumns.has(column) && !headings.has(column)) headings.set(column, h);
  const describe = (c: number) => `${letterOf(c)}${headings.get(c) ? ` ”${headings.get(c)!.text}”` : ''}`;
  const describeEn = (c: number) => `${letterOf(c)}${headings.get(c) ? ` "${headings.get(c)!.text}"` : ''}`;
  const columns = [
    ...new Set([...amountColumns, ...[...headings.keys()].filter((c) => headings.get(c)!.year !== undefined)]),
  ].sort((a, b) => a - b);
  const option = (column: number): ColumnOption => ({
    letter: letterOf(column),
    ...(headings.get(column) ? { heading: headings.get(column)!.text } : {}),
  });
  const info = (column: number, reason: AmountColumn['reason']): AmountColumn => ({ ...option(column), reason });

  if (requested !== undefined && requested.trim() !== '') {
    const wanted = requested.trim();
    const byLetter = /^[a-z]{1,3}$/i.test(wanted) ? columnOf(wanted.toUpperCase()) : undefined;
    const byHeading = [...headings.entries()]
      .filter(([, h]) => h.text.toLocaleLowerCase('sv') === wanted.toLocaleLowerCase('sv'))
      .map(([c]) => c);
    const column =
      byLetter !== undefined && byLetter >= 0 ? byLetter : byHeading.length === 1 ? byHeading[0] : undefined;
    if (column === undefined) {
      return {
        kind: 'ask',
        columns: columns.map(option),
        message: {
          sv: `Hittar ingen kolumn ”${cut(wanted)}” i budgeten. Beloppskolumnerna är ${columns.map(describe).join(', ') || 'inga'}.`,
          en: `No column "${cut(wanted)}" in the budget. The amount columns are ${columns.map(describeEn).join(', ') || 'none'}.`,
        },
      };
    }
    return { kind: 'column', column, info: info(column, 'chosen') };
  }

  const amountList = [...amountColumns].sort((a, b) => a - b);
  if (amountList.length <= 1) {
    const only = amountList[0];
    if (only === undefined) return { kind: 'any' };
    const h = headings.get(only);
    const warning =
      h?.year !== undefined && h.year !== feeYear
        ? {
            sv: `Beloppen står i kolumn ${describe(only)}, men avgiftsåret är ${feeYear}. Kontrollera att det är rätt budget.`,
            en: `The amounts are in column ${describeEn(only)}, but the fee year is ${feeYear}. Check that it is the right budget.`,
          }
        : undefined;
    return { kind: 'any', only, ...(h ? { info: info(only, 'only') } : {}), ...optional({ warning }) };
  }
  const forYear = amountList.filter((c) => headings.get(c)?.year === feeYear);
  const budgetForYear = forYear.filter((c) => ['budget', 'plain'].includes(headings.get(c)!.kind));
  const pick = budgetForYear.length === 1 ? budgetForYear[0] : forYear.length === 1 ? forYear[0] : undefined;
  if (pick !== undefined) return { kind: 'column', column: pick, info: info(pick, 'fee-year') };
  const none = forYear.length === 0;
  return {
    kind: 'ask',
    columns: amountList.map(option),
    message: {
      sv: `Budgeten har flera beloppskolumner (${amountList.map(describe).join(', ')}) och ${none ? `ingen av dem är för ${feeYear}` : `flera är för ${feeYear}`}. Ange vilken som ska kontrolleras.`,
      en: `The budget has several amount columns (${amountList.map(describeEn).join(', ')}) and ${none ? `none is for ${feeYear}` : `several are for ${feeYear}`}. Say which to check.`,
    },
  };
}

import { formatDateSv, PopulationSource, scbCitation } from '../../domain';
import { Cell, CellValue, StyleName } from '../plan/plan';

/** Number formats in Excel's invariant syntax; Swedish Excel shows `#,##0` as 2 102 500. */
export const FORMAT = {
  kronor: '#,##0 "kr"',
  kronorOre: '#,##0.00 "kr"',
  integer: '#,##0',
  year: '0',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
  text: '@',
  /** For formulas whose value is text: a formula in a Text (`@`) cell stays text in Excel. */
  general: 'General',
} as const;

export const text = (value: string, style?: StyleName): Cell => ({
  value,
  format: FORMAT.text,
  ...(style ? { style } : {}),
});
export const number = (value: number, format: string, style?: StyleName): Cell => ({
  value,
  format,
  ...(style ? { style } : {}),
});
/**
 * A formula with the value it has when written, computed by the layout from the domain's numbers
 * (saved as the cached result in .xlsx, so readers that do not calculate see it):
 * `formula('=C10*Sats_2026', FORMAT.kronor, { result: 387000 })`. Never formatted `@` (Excel would
 * keep the formula as text).
 */
export const formula = (
  f: string,
  format: string,
  computed: { readonly result: CellValue; readonly style?: StyleName },
): Cell => {
  // Never in a Text cell: Excel keeps a formula written into an `@` cell as text.
  if (format === FORMAT.text) throw new RangeError(`A formula in a text cell stays text in Excel: ${f}`);
  return { formula: f, result: computed.result, format, ...(computed.style ? { style: computed.style } : {}) };
};

/**
 * "Källa: … (SCB TAB638, TAB5557). Ögonblicksbild 2026-11-23. Citera: Statistiska centralbyrån …"
 * — on every sheet; the citation (domain/citation.ts) where the figures are SCB's.
 */
export function sourceLine(source: PopulationSource): string {
  const when = source.retrievedAt
    ? `Hämtad ${source.retrievedAt.replace('T', ' ').slice(0, 16)}`
    : source.snapshotDate
      ? `Ögonblicksbild ${source.snapshotDate}`
      : '';
  const tables =
    source.tables?.length && !source.label.includes(source.tables[0]!) ? ` (SCB ${source.tables.join(', ')})` : '';
  const citation = scbCitation(source);
  return `Källa: ${source.label}${tables}.${when ? ` ${when}.` : ''}${citation ? ` ${citation.sv}` : ''}`;
}

export const createdLine = (generatedAt: string): string =>
  `Skapad ${generatedAt.replace('T', ' ').slice(0, 16)} av Avgiftsfördelning.`;

export const populationHeader = (populationDate: string): string => `Folkmängd ${formatDateSv(populationDate)}`;

/** Starts the cell on Befolkning that holds the SCB query the figures came from. */
export const SCB_REQUEST_LABEL = 'SCB-fråga:';

import { formatDateSv, PopulationSource } from '../../domain';
import { Cell, StyleName } from '../plan';

/** Number formats in Excel's invariant syntax; Swedish Excel shows `#,##0` as 2 102 500. */
export const FORMAT = {
  kronor: '#,##0 "kr"',
  kronorOre: '#,##0.00 "kr"',
  integer: '#,##0',
  year: '0',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
  text: '@',
  /** For a formula whose result is text: Excel keeps a formula written into an `@` cell as text. */
  general: 'General',
} as const;

export const text = (value: string, style?: StyleName): Cell => ({ value, format: FORMAT.text, ...(style ? { style } : {}) });
export const number = (value: number, format: string, style?: StyleName): Cell => ({ value, format, ...(style ? { style } : {}) });
/** A formula cell; never formatted `@` (Excel would keep the formula as text), e.g. formula('=SUM(C10:C17)', FORMAT.integer). */
export const formula = (f: string, format: string, style?: StyleName): Cell => {
  if (format === FORMAT.text) throw new RangeError(`A formula in a text cell stays text in Excel: ${f}`);
  return { formula: f, format, ...(style ? { style } : {}) };
};

/** "Källa: … (SCB TAB638, TAB5557). Ögonblicksbild 2026-11-23." — on every sheet. */
export function sourceLine(source: PopulationSource): string {
  const when = source.retrievedAt
    ? `Hämtad ${source.retrievedAt.replace('T', ' ').slice(0, 16)}`
    : source.snapshotDate
      ? `Ögonblicksbild ${source.snapshotDate}`
      : '';
  const tables = source.tables?.length && !source.label.includes(source.tables[0]!) ? ` (SCB ${source.tables.join(', ')})` : '';
  return `Källa: ${source.label}${tables}.${when ? ` ${when}.` : ''}`;
}

export const createdLine = (generatedAt: string): string =>
  `Skapad ${generatedAt.replace('T', ' ').slice(0, 16)} av Avgiftsfördelning.`;

export const populationHeader = (populationDate: string): string => `Folkmängd ${formatDateSv(populationDate)}`;

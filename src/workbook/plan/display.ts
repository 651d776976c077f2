import { CellValue } from './plan';

const NBSP = '\u00a0';

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

/** A number with fixed decimals as Swedish Excel shows it: 1234567.5, 2 → "1 234 567,50". */
function fixed(value: number, decimals: number, grouped: boolean): string {
  const [whole, fraction] = Math.abs(value).toFixed(decimals).split('.');
  const sign = value < 0 && Number(Math.abs(value).toFixed(decimals)) !== 0 ? '-' : '';
  return `${sign}${grouped ? group(whole!) : whole}${fraction ? `,${fraction}` : ''}`;
}

/**
 * The text a cell shows, as Swedish Excel displays `value` under the number formats the layouts use
 * (`#,##0 "kr"`, `#,##0.00 "kr"`, `#,##0`, `0`, `0.00%`, `yyyy-mm-dd`, `@`), so that column widths
 * can be fitted to it. Other formats show the number as General would.
 *
 *   displayText(2102500, '#,##0 "kr"')   // "2 102 500 kr"
 *   displayText(0.18406, '0.00%')         // "18,41 %" (a no-break space, as Swedish LibreOffice shows it)
 *   displayText(46096, 'yyyy-mm-dd')      // "2026-03-15"
 */
export function displayText(value: CellValue | undefined, format?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'SANT' : 'FALSKT';
  if (typeof value === 'string' || format === '@') return String(value);
  if (format === 'yyyy-mm-dd')
    return new Date(Date.UTC(1899, 11, 30) + Math.round(value) * 86_400_000).toISOString().slice(0, 10);
  const percent = /^0(?:\.(0+))?%$/.exec(format ?? '');
  if (percent) return `${fixed(value * 100, percent[1]?.length ?? 0, false)}${NBSP}%`;
  const numeric = /^(#,##)?0(?:\.(0+))?(?: "([^"]*)")?$/.exec(format ?? '');
  if (numeric)
    return `${fixed(value, numeric[2]?.length ?? 0, numeric[1] !== undefined)}${numeric[3] !== undefined ? ` ${numeric[3]}` : ''}`;
  // General: up to ten significant digits with a decimal comma.
  return String(Number(value.toPrecision(10))).replace('.', ',');
}

import { StyleName } from './plan';

/**
 * The font of every cell: Calibri 11, the default of Excel before 2023 and of ExcelJS. Named in the
 * file, so Excel with Aptos as its default still shows Calibri, and LibreOffice lays it out with
 * Carlito (same metrics). Column widths are measured in it (columnWidths.ts).
 */
export const FONT = { name: 'Calibri', size: 11 } as const;

/** How each plan style looks; both renderers read this one table. Colours are ARGB hex. */
export interface StyleSpec {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  readonly color?: string;
  readonly fill?: string;
  readonly borderTop?: boolean;
  readonly borderBottom?: boolean;
  readonly wrap?: boolean;
}

export const STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true },
  note: { italic: true, color: 'FF595959' },
  header: { bold: true, fill: 'FFD9E1F2', borderBottom: true, wrap: true },
  label: { bold: true },
  input: { fill: 'FFFFF2CC', bold: true },
  total: { bold: true, borderTop: true },
  check: { bold: true },
};

/** Conditional formats: a text status always goes with the colour (never colour alone). */
export const CONDITIONAL_STYLES = {
  bad: { color: 'FF9C0006', fill: 'FFFFC7CE' },
  good: { color: 'FF006100', fill: 'FFC6EFCE' },
} as const;

/** "#RRGGBB" for Office.js from ARGB. */
export const cssColor = (argb: string): string => `#${argb.slice(2)}`;

import { sheetOfReference } from '../plan/resolve';

/**
 * The add-in's sheets of one fee year, by their markers (AVGF_avgift_2026, AVGF_faktura_2026,
 * AVGF_medlem_0127_2026, and versions such as AVGF_avgift_2026_2).
 *
 * @example feeYearSheetNames([{ name: 'AVGF_avgift_2026', formula: "='Avgift 2026'!$A$1" }], 2026) // ['Avgift 2026']
 */
export function feeYearSheetNames(names: readonly { name: string; formula: string }[], feeYear: number): string[] {
  const marker = new RegExp(`^AVGF_(?:avgift|faktura|medlem_\\d{4})_${feeYear}(?:_\\d+)?$`);
  return [
    ...new Set(
      names
        .filter((n) => marker.test(n.name))
        .map((n) => sheetOfReference(n.formula))
        .filter((s): s is string => s !== undefined),
    ),
  ];
}

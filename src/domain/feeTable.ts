import { Allocation } from './allocate';
import { Kommunkod } from './members';
import { Ore } from './money';
import { canonicalKronor, FeeRule, ruleCode } from './rules';
import { sha256Hex } from './sha256';

/**
 * The canonical fee table: the one text the checksum of an allocation is taken over, so that the same
 * fees give the same SHA-256 wherever they were computed (CLI, pane) and a changed krona or figure
 * gives another. Its form, version 1 (UTF-8, each line ended by LF, nothing else):
 *
 *   avgiftstabell/1
 *   avgiftsår;2026
 *   regel;per-capita;rate=4.00
 *   0126;114686;458744.00
 *   0127;96750;387000.00
 *   …
 *
 * - the rule as `ruleCode` writes it (amounts in kronor with exactly two decimals, no grouping);
 * - one line per member, sorted by kommunkod (ascending): code; population (digits only); fee in
 *   kronor with exactly two decimals and "." as decimal point, "-" for a negative amount.
 */
export interface FeeTable {
  readonly feeYear: number;
  readonly rule: FeeRule;
  readonly rows: readonly { readonly code: Kommunkod; readonly population: number; readonly feeOre: Ore }[];
}

/** The fee table of an allocation. */
export const feeTableOf = (a: Allocation): FeeTable => ({
  feeYear: a.feeYear,
  rule: a.rule,
  rows: a.members.map((m) => ({ code: m.member.code, population: m.population, feeOre: m.feeOre })),
});

/** The canonical text of a fee table (see FeeTable for its form). */
export function canonicalFeeTable(table: FeeTable): string {
  const rows = [...table.rows].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0));
  return [
    'avgiftstabell/1',
    `avgiftsår;${table.feeYear}`,
    `regel;${ruleCode(table.rule)}`,
    ...rows.map((r) => `${r.code};${r.population};${canonicalKronor(r.feeOre)}`),
  ]
    .map((line) => `${line}\n`)
    .join('');
}

/**
 * SHA-256 of the canonical fee table, 64 lowercase hex digits: what the Logg sheet records and
 * verify recomputes.
 *
 * @example feeTableChecksum(feeTableOf(allocation2026)) // 64 hex digits, the same on every platform
 */
export const feeTableChecksum = (table: FeeTable): string => sha256Hex(utf8(canonicalFeeTable(table)));

/** UTF-8 bytes of a string (no platform encoder needed in the core). */
export function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(bytes);
}

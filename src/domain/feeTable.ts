import { Allocation } from './allocate';
import { Kommunkod } from './members';
import { Ore } from './money';
import { fail, ok, Result } from './result';
import { FeeRule } from './rules';
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

/** 38700000 → "387000.00", −5 → "-0.05": kronor with two decimals, exact from öre. */
export function canonicalKronor(ore: Ore): string {
  const sign = ore < 0 ? '-' : '';
  const abs = Math.abs(ore);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * The rule as a short, exact, machine-readable code; written to the Logg sheet and read back by verify.
 *
 * @example ruleCode(perCapitaRule())        // "per-capita;rate=4.00"
 * @example ruleCode(indexedRule('exact'))   // "indexed;reading=exact;base-year=2010;base-amount=860000.00"
 * @example ruleCode(splitRule(86000000, 2009)) // "split;amount=860000.00;population-year=2009"
 */
export function ruleCode(rule: FeeRule): string {
  switch (rule.kind) {
    case 'per-capita':
      return `per-capita;rate=${canonicalKronor(rule.rateOre)}`;
    case 'indexed':
      return `indexed;reading=${rule.reading};base-year=${rule.baseYear};base-amount=${canonicalKronor(rule.baseAmountOre)}`;
    case 'split':
      return `split;amount=${canonicalKronor(rule.amountOre)}${rule.populationYear !== undefined ? `;population-year=${rule.populationYear}` : ''}`;
  }
}

const kronorToOre = (text: string | undefined): Ore | undefined => {
  const m = /^(-?)(\d+)\.(\d{2})$/.exec(text ?? '');
  return m ? (m[1] ? -1 : 1) * (Number(m[2]) * 100 + Number(m[3])) : undefined;
};

/**
 * Reads a rule code back (the inverse of `ruleCode`). The decision date of the per-capita rule is not
 * part of the code: 4,00 kr is the decided rate (2017-02-02), any other rate a what-if.
 *
 * @example parseRuleCode("per-capita;rate=4.50") // ok({ kind: 'per-capita', rateOre: 450 })
 */
export function parseRuleCode(code: string): Result<FeeRule> {
  const [kind, ...pairs] = code.trim().split(';');
  const field = new Map(pairs.map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)] as const));
  const bad = fail<FeeRule>('rule-code-invalid', `Regelkoden ”${code}” kan inte läsas.`, `The rule code "${code}" cannot be read.`);
  switch (kind) {
    case 'per-capita': {
      const rateOre = kronorToOre(field.get('rate'));
      if (rateOre === undefined) return bad;
      return ok(rateOre === 400 ? { kind, rateOre, decision: '2017-02-02' } : { kind, rateOre });
    }
    case 'indexed': {
      const reading = field.get('reading');
      const baseYear = Number(field.get('base-year'));
      const baseAmountOre = kronorToOre(field.get('base-amount'));
      if ((reading !== 'exact' && reading !== 'chained') || !Number.isInteger(baseYear) || baseAmountOre === undefined) return bad;
      return ok({ kind, reading, baseYear, baseAmountOre });
    }
    case 'split': {
      const amountOre = kronorToOre(field.get('amount'));
      const year = field.get('population-year');
      if (amountOre === undefined || (year !== undefined && !/^\d{4}$/.test(year))) return bad;
      return ok({ kind, amountOre, ...(year !== undefined ? { populationYear: Number(year) } : {}) });
    }
    default:
      return bad;
  }
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
  ].map((line) => `${line}\n`).join('');
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

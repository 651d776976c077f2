import { Allocation } from './allocate';
import { feeTableChecksum, feeTableOf } from './feeTable';
import { Ore } from './money';
import { PopulationSource } from './population';
import { ruleCode, ruleName } from './rules';

/** What a Logg row records: a write of the fee sheets, or the committee's approval of them. */
export type LogAction = 'Skrivet' | 'Fastställt';

/**
 * One row of the Logg sheet. Every write appends one (CLI and pane); Fastställ appends one with the
 * decision reference. Provenance lives here, in a visible sheet, not in settings or custom XML.
 */
export interface LogEntry {
  /** ISO time of the write or approval. */
  readonly time: string;
  readonly action: LogAction;
  readonly feeYear: number;
  /** The rule's short name, e.g. "Per invånare". */
  readonly rule: string;
  /** The exact rule (domain/feeTable.ts `ruleCode`), read back by verify. */
  readonly ruleCode: string;
  /** The population source, e.g. "SCB, tabell TAB628 (BE0101U2)". */
  readonly source: string;
  /** SCB table ids, e.g. "TAB638, TAB5557". */
  readonly tables: string;
  /** SCB's own `updated` time, else the bundled snapshot's date, else when the figures were read. */
  readonly sourceDate: string;
  readonly totalOre: Ore;
  /** SHA-256 of the canonical fee table (domain/feeTable.ts). */
  readonly checksum: string;
  /** Who wrote or approved, when given. */
  readonly name?: string;
  /** The decision reference (Fastställt), e.g. "Samarbetskommittén 2026-01-22 § 5". */
  readonly reference?: string;
}

/**
 * "2026-02-20T07:00:00Z (SCB uppdaterad)", "2026-11-23 (ögonblicksbild)", or the read time.
 *
 * @example sourceDateOf({ kind: 'snapshot', label: '…', snapshotDate: '2026-11-23' }) // "2026-11-23 (ögonblicksbild)"
 */
export function sourceDateOf(source: PopulationSource): string {
  if (source.updated) return `${source.updated} (SCB uppdaterad)`;
  if (source.snapshotDate) return `${source.snapshotDate} (ögonblicksbild)`;
  return source.retrievedAt ? `${source.retrievedAt} (hämtad)` : '';
}

/**
 * The Logg row of an allocation written or approved.
 *
 * @example
 * logEntryFor(allocation2026, { action: 'Skrivet', time: '2026-02-25T10:00:00Z' })
 * // { action: 'Skrivet', feeYear: 2026, rule: 'Per invånare', ruleCode: 'per-capita;rate=4.00',
 * //   totalOre: 210250000, checksum: '…64 hex…', source: 'Inbyggd ögonblicksbild …', … }
 */
export function logEntryFor(
  allocation: Allocation,
  entry: { readonly action: LogAction; readonly time: string; readonly name?: string; readonly reference?: string },
): LogEntry {
  return {
    time: entry.time,
    action: entry.action,
    feeYear: allocation.feeYear,
    rule: ruleName(allocation.rule).sv,
    ruleCode: ruleCode(allocation.rule),
    source: allocation.source.label,
    tables: allocation.source.tables?.join(', ') ?? '',
    sourceDate: sourceDateOf(allocation.source),
    totalOre: allocation.totalOre,
    checksum: feeTableChecksum(feeTableOf(allocation)),
    ...(entry.name ? { name: entry.name } : {}),
    ...(entry.reference ? { reference: entry.reference } : {}),
  };
}

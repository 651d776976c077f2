import { allocate } from './allocate';
import { Member } from './members';
import { Ore } from './money';
import { lookupPopulation, PopulationSeries } from './population';
import { ok, Result } from './result';
import { FeeRule, populationYearsFor } from './rules';

/** One member's figure before and after an SCB revision, and what it does to the fee. */
export interface RevisionRow {
  readonly member: Member;
  readonly year: number;
  readonly oldPopulation: number;
  readonly newPopulation: number;
  /** newPopulation − oldPopulation. */
  readonly change: number;
  readonly oldFeeOre: Ore;
  readonly newFeeOre: Ore;
  /** newFee − oldFee. */
  readonly feeEffectOre: Ore;
}

export interface Revision {
  readonly feeYear: number;
  /** One row per member for the fee's year-end (old, new, change, fee effect). */
  readonly rows: readonly RevisionRow[];
  /** Every figure the rule uses that differs (for § 8 also 31 December 2009 and, chained, the years between). */
  readonly changedFigures: readonly {
    readonly code: string;
    readonly year: number;
    readonly oldPopulation: number;
    readonly newPopulation: number;
  }[];
  readonly totalFeeEffectOre: Ore;
  /** True when any figure the fees use, or any fee, differs. */
  readonly changed: boolean;
}

export interface RevisionRequest {
  readonly feeYear: number;
  readonly rule: FeeRule;
  readonly members: readonly Member[];
  /** The figures the written (or fastställda) sheets used. */
  readonly before: PopulationSeries;
  /** The figures just fetched. */
  readonly after: PopulationSeries;
}

/**
 * What an SCB revision changes before anything is written: per member the old and new folkmängd, the
 * change, and the fee effect under the same rule.
 *
 * @example
 * // Botkyrka 31 dec 2025 revised from 96 750 to 96 760 under 4 kr per invånare:
 * // { oldPopulation: 96750, newPopulation: 96760, change: 10, feeEffectOre: 4000 } (40 kr)
 */
export function populationRevision(request: RevisionRequest): Result<Revision> {
  const { feeYear, rule, members, before, after } = request;
  const old = allocate({ feeYear, rule, members, population: before });
  if (!old.ok) return old;
  const fresh = allocate({ feeYear, rule, members, population: after });
  if (!fresh.ok) return fresh;
  const year = old.value.populationYear;
  const rows = old.value.members.map((o, i): RevisionRow => {
    const n = fresh.value.members[i]!;
    return {
      member: o.member,
      year,
      oldPopulation: o.population,
      newPopulation: n.population,
      change: n.population - o.population,
      oldFeeOre: o.feeOre,
      newFeeOre: n.feeOre,
      feeEffectOre: n.feeOre - o.feeOre,
    };
  });
  const was = lookupPopulation(before);
  const is = lookupPopulation(after);
  const changedFigures = populationYearsFor(rule, feeYear).flatMap((y) =>
    members.flatMap((m) => {
      const [o, n] = [was(m.code, y)!, is(m.code, y)!];
      return o !== n ? [{ code: m.code, year: y, oldPopulation: o, newPopulation: n }] : [];
    }),
  );
  const totalFeeEffectOre = rows.reduce((s, r) => s + r.feeEffectOre, 0);
  return ok({
    feeYear,
    rows,
    changedFigures,
    totalFeeEffectOre,
    changed: changedFigures.length > 0 || rows.some((r) => r.feeEffectOre !== 0),
  });
}

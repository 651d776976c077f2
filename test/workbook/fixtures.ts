import {
  allocate,
  Allocation,
  FeeRule,
  feeHistory,
  invoiceRows,
  Member,
  perCapitaRule,
  PopulationSeries,
  SODERTORN_MEMBERS,
} from '../../src/domain';
import { snapshotPopulation } from '../../src/data/snapshot';
import { feeWorkbookPlan } from '../../src/workbook/layouts';
import { WorkbookPlan } from '../../src/workbook/plan/plan';

export const GENERATED_AT = '2026-11-23T08:00:00Z';

export function allocationFor(
  feeYear: number,
  rule: FeeRule = perCapitaRule(),
  members: readonly Member[] = SODERTORN_MEMBERS,
  population: PopulationSeries = snapshotPopulation(),
): Allocation {
  const r = allocate({ feeYear, rule, members, population });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

export function planFor(
  feeYear = 2026,
  rule: FeeRule = perCapitaRule(),
  members: readonly Member[] = SODERTORN_MEMBERS,
  population: PopulationSeries = snapshotPopulation(),
): WorkbookPlan {
  const allocation = allocationFor(feeYear, rule, members, population);
  const history = feeHistory({ fromYear: 2010, toYear: feeYear, members, population });
  return feeWorkbookPlan({
    allocation,
    history: history.ok ? history.value : undefined,
    population,
    members,
    invoices: invoiceRows(allocation),
    generatedAt: GENERATED_AT,
  });
}

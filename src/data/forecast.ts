import {
  latestPublishedYear,
  latestYearEndEstimate,
  Member,
  ok,
  PopulationEstimate,
  Result,
  optional,
} from '../domain';
import { getPopulation, PopulationDeps, PopulationSpec } from './index';

/**
 * The figure a forecast for year-end `populationYear` stands on, from the source the user chose:
 * SCB live → SCB's preliminary monthly folkmängd at kommun level (TAB6471) when the table has it and
 * a month after the latest year-end, else the latest year-end SCB has published (with a note why);
 * the snapshot or a file → the latest year-end it has.
 *
 * @example
 * await forecastEstimate({ kind: 'snapshot' }, { members: SODERTORN_MEMBERS, populationYear: 2026 })
 * // → ok({ populationDate: '2025-12-31', basis: 'year-end', … })
 */
export async function forecastEstimate(
  spec: PopulationSpec,
  request: { readonly members: readonly Member[]; readonly populationYear: number },
  deps: PopulationDeps = {},
): Promise<Result<PopulationEstimate>> {
  const { members, populationYear } = request;
  if (spec.kind === 'scb') {
    const { fetchScbMonthlyEstimate } = await import(/* webpackChunkName: "scb" */ './scb/monthly');
    const monthly = await fetchScbMonthlyEstimate({
      members,
      populationYear,
      ...optional({ fetch: deps.fetch, signal: deps.signal }),
      ...(deps.baseUrl ? { baseUrl: deps.baseUrl } : {}),
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
      ...optional({ now: deps.now }),
    });
    if (monthly.ok) return monthly;
    if (monthly.error.code === 'scb-aborted') return monthly;
    const year = Math.min(populationYear - 1, latestPublishedYear((deps.now ?? (() => new Date()))()));
    const series = await getPopulation(spec, { members, years: [year] }, deps);
    if (!series.ok) return series;
    const estimate = latestYearEndEstimate(series.value, members, populationYear);
    return estimate.ok ? ok({ ...estimate.value, note: monthly.error.message }) : estimate;
  }
  const series = await getPopulation(spec, { members, years: [] }, deps);
  if (!series.ok) return series;
  return latestYearEndEstimate(series.value, members, populationYear);
}

import { allocate, Allocation } from './allocate';
import { Member } from './members';
import { PopulationSeries } from './population';
import { ruleForFeeYear } from './feeYearRule';
import { fail, ok, Result } from './result';
import { IndexedReading } from './rules';

export interface HistoryRequest {
  readonly fromYear: number;
  readonly toYear: number;
  readonly members: readonly Member[];
  readonly population: PopulationSeries;
  /** How §8 years are read; exact by default. */
  readonly reading?: IndexedReading;
}

/** Every fee year from `fromYear` to `toYear` under the rule in force that year. */
export function feeHistory(request: HistoryRequest): Result<Allocation[]> {
  const { fromYear, toYear, members, population, reading = 'exact' } = request;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    return fail(
      'history-range-invalid',
      `Ogiltigt intervall: från ${fromYear} till ${toYear}.`,
      `Invalid range: from ${fromYear} to ${toYear}.`,
    );
  }
  const years: Allocation[] = [];
  for (let feeYear = fromYear; feeYear <= toYear; feeYear++) {
    const rule = ruleForFeeYear(feeYear, reading);
    if (!rule.ok) return rule;
    const allocation = allocate({ feeYear, rule: rule.value, members, population });
    if (!allocation.ok) return allocation;
    years.push(allocation.value);
  }
  return ok(years);
}

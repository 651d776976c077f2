import { allocate, Allocation } from './allocate';
import { Member } from './members';
import { PopulationSeries } from './population';
import { fail, ok, Result } from './result';
import { AGREEMENT_BASE_YEAR, FeeRule, IndexedReading, indexedRule, perCapitaRule } from './rules';

/** From fee year 2017 the committee's decision of 2017-02-02 (4 kr per invånare) replaced §8. */
export const PER_CAPITA_FROM_YEAR = 2017;

/** The rule in force for a fee year: §8 indexation 2010–2016, 4 kr per invånare from 2017. */
export function ruleForFeeYear(feeYear: number, reading: IndexedReading = 'exact'): Result<FeeRule> {
  if (feeYear < AGREEMENT_BASE_YEAR) {
    return fail(
      'before-agreement',
      `Samarbetsavtalet gäller från 1 januari ${AGREEMENT_BASE_YEAR}; det finns ingen avgift för ${feeYear}.`,
      `The agreement applies from 1 January ${AGREEMENT_BASE_YEAR}; there is no fee for ${feeYear}.`,
    );
  }
  return ok(feeYear < PER_CAPITA_FROM_YEAR ? indexedRule(reading) : perCapitaRule());
}

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

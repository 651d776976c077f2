import { formatDateSv, formatInteger, formatIntegerEn } from './format';
import { Kommunkod, Member, memberLabel } from './members';
import { fail, ok, Result } from './result';

/** Where population figures came from; stated on every sheet and in every output. */
export interface PopulationSource {
  readonly kind: 'scb' | 'snapshot' | 'file' | 'range';
  /** Human description, e.g. "SCB, tabell TAB638 (BE0101N1)" or "Inbyggd ögonblicksbild". */
  readonly label: string;
  /** SCB table ids the figures come from, e.g. ["TAB638", "TAB5557"]. */
  readonly tables?: readonly string[];
  /** ISO time the figures were fetched or read. */
  readonly retrievedAt?: string;
  /** For the bundled snapshot: the date the snapshot was taken. */
  readonly snapshotDate?: string;
  /** For files and ranges: what the user pointed at. */
  readonly location?: string;
  /** SCB's own `updated` time of the table (json-stat2 `updated`), where SCB states it. */
  readonly updated?: string;
  /** The table's title as SCB gives it, for the citation line. */
  readonly title?: string;
  /** The exact SCB query (GET URL) the figures came from, so "Uppdatera från SCB" can repeat it. */
  readonly request?: string;
}

/** Folkmängd of one municipality on 31 December of `year`. */
export interface PopulationFigure {
  readonly code: Kommunkod;
  readonly year: number;
  readonly population: number;
  /** SCB table id of this figure, where known. */
  readonly table?: string;
}

export interface PopulationSeries {
  readonly figures: readonly PopulationFigure[];
  readonly source: PopulationSource;
}

/** "2025-12-31" for population year 2025. */
export const populationDate = (populationYear: number): string => `${populationYear}-12-31`;

export type PopulationLookup = (code: Kommunkod, year: number) => number | undefined;

const key = (code: Kommunkod, year: number) => `${code}:${year}`;

/** An index over a series for fast lookups. Later figures for the same member and year win. */
export function lookupPopulation(series: PopulationSeries): PopulationLookup {
  const index = new Map<string, number>();
  for (const f of series.figures) index.set(key(f.code, f.year), f.population);
  return (code, year) => index.get(key(code, year));
}

/** No Swedish municipality comes near it (Stockholm: about 1 million); a figure above is no population. */
export const MAX_POPULATION = 10_000_000;

/**
 * Checks one figure: a whole number of people, more than zero and at most MAX_POPULATION (so 1e308,
 * Infinity or a number past 2^53 never becomes a fee).
 *
 * @example checkFigure({ code: '0127', name: 'Botkyrka' }, 2025, 1e308) // fail('population-implausible', 'Folkmängden för Botkyrka (0127) 31 december 2025 är 1e+308, mer än 10 000 000 …')
 */
export function checkFigure(member: Member, year: number, value: unknown): Result<number> {
  const where = `${memberLabel(member)} 31 december ${year}`;
  const whereEn = `${member.name} (${member.code}) on 31 December ${year}`;
  if (value === undefined || value === null || value === '') {
    return fail('population-missing', `Folkmängd saknas för ${where}.`, `Population is missing for ${whereEn}.`);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(
      'population-not-number',
      `Folkmängden för ${where} är inget tal: ”${String(value)}”.`,
      `The population for ${whereEn} is not a number: "${String(value)}".`,
    );
  }
  if (!Number.isInteger(value)) {
    return fail(
      'population-not-integer',
      `Folkmängden för ${where} måste vara ett heltal, inte ${String(value).replace('.', ',')}.`,
      `The population for ${whereEn} must be a whole number, not ${value}.`,
    );
  }
  if (value < 0) {
    return fail(
      'population-negative',
      `Folkmängden för ${where} är negativ (${value}).`,
      `The population for ${whereEn} is negative (${value}).`,
    );
  }
  if (value > MAX_POPULATION) {
    return fail(
      'population-implausible',
      `Folkmängden för ${where} är ${value > 1e15 ? String(value) : formatInteger(value)}, mer än ${formatInteger(MAX_POPULATION)}: så stor är ingen kommun. Kontrollera filen.`,
      `The population for ${whereEn} is ${value > 1e15 ? String(value) : formatIntegerEn(value)}, more than ${formatIntegerEn(MAX_POPULATION)}: no municipality is that large. Check the file.`,
    );
  }
  if (value === 0) {
    return fail(
      'population-zero',
      `Folkmängden för ${where} är noll; en medlem måste ha invånare för att få en avgift.`,
      `The population for ${whereEn} is zero; a member needs inhabitants to be charged a fee.`,
    );
  }
  return ok(value);
}

/**
 * Checks that the series has a valid figure for every member and year asked for, and that its own
 * figures are valid. The first fault found is returned, naming the member and the year.
 */
export function validatePopulation(
  series: PopulationSeries,
  members: readonly Member[],
  years: readonly number[],
): Result<PopulationLookup> {
  const byCode = new Map(members.map((m) => [m.code, m]));
  for (const f of series.figures) {
    const member = byCode.get(f.code) ?? { code: f.code, name: `kommun ${f.code}` };
    const checked = checkFigure(member, f.year, f.population);
    if (!checked.ok) return checked;
  }
  const lookup = lookupPopulation(series);
  for (const year of years) {
    for (const member of members) {
      const checked = checkFigure(member, year, lookup(member.code, year));
      if (!checked.ok) {
        if (checked.error.code === 'population-missing') {
          return fail(
            'population-missing',
            `Folkmängd saknas för ${memberLabel(member)} 31 december ${year} i ${series.source.label}.`,
            `Population is missing for ${member.name} (${member.code}) on 31 December ${year} in ${series.source.label}.`,
          );
        }
        return checked;
      }
    }
  }
  return ok(lookup);
}

/**
 * The message for a year-end SCB has not published yet: 31 December figures come out in late
 * February of the next year.
 */
export function notYetPublishedMessage(populationYear: number): { sv: string; en: string } {
  return {
    sv: `Folkmängden ${formatDateSv(populationDate(populationYear))} publiceras av SCB i slutet av februari ${populationYear + 1}.`,
    en: `The population on 31 December ${populationYear} is published by SCB in late February ${populationYear + 1}.`,
  };
}

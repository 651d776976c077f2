import { fail, PopulationSource, Result } from '../domain';
import { populationFromDataset } from './jsonStatPopulation';
import { readPx } from './pcAxis';
import { PopulationFile } from './populationTable';

/** Tables of folkmängd: SCB's population matrices, or a title or contents that says so. */
const POPULATION_TABLE = /folkmängd|befolkning|population/i;

/**
 * Population by municipality and year-end from a PC-Axis file saved from SCB's Statistikdatabasen
 * (.px): the same rules as a json-stat2 answer (totals taken, eliminable dimensions summed, a single
 * part such as one age refused). A table that is not folkmängd (inflyttade, …) is refused by its title.
 *
 * @example populationFromPx(pxText, { kind: 'file', label: 'Fil BE0101N1.px', location: 'BE0101N1.px', retrievedAt }) // ok({ series: { figures: [{ code: '0127', year: 2025, population: 99000 }] } })
 */
export function populationFromPx(text: string, source: PopulationSource): Result<PopulationFile> {
  const read = readPx(text);
  if (!read.ok) return read;
  const table = read.value;
  if (!POPULATION_TABLE.test(table.label) && !/^BE0101(N1|A1|A9)/.test(table.tableId ?? '')) {
    return fail(
      'px-not-population',
      `Tabellen ”${table.label || table.tableId}” är inte folkmängd. Hämta folkmängd per kommun (till exempel SCB:s tabell TAB638 eller TAB5557).`,
      `The table "${table.label || table.tableId}" is not population. Fetch population by municipality (for example SCB's table TAB638 or TAB5557).`,
    );
  }
  return populationFromDataset(table, { ...source, ...(table.tableId ? { tables: [table.tableId] } : {}) });
}

import { PopulationSource, Result } from '../domain';
import { parsePopulationTable, PopulationFile } from './populationTable';

/**
 * Population from what Excel returns for a range (`range.values`): the long shape of the shared CSV or
 * a column per year (as the Befolkning sheet), kommunkod as text or as a number that lost its zero.
 */
export function populationFromCells(values: readonly (readonly unknown[])[], location: string, retrievedAt?: string): Result<PopulationFile> {
  const source: PopulationSource = { kind: 'range', label: `Område ${location} i arbetsboken`, location, ...(retrievedAt ? { retrievedAt } : {}) };
  return parsePopulationTable(values, source);
}

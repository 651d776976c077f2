import { PopulationSource, Result } from '../domain';
import { parseCsv } from './csv';
import { parsePopulationTable, PopulationFile } from './populationTable';

export type { PopulationFile } from './populationTable';

/** Population from CSV text: the shared format, or a column per year. */
export function parsePopulationCsv(text: string, source: PopulationSource): Result<PopulationFile> {
  return parsePopulationTable(parseCsv(text), source);
}

import { PopulationSource, Result } from '../domain';
import { parsePopulationTable, PopulationFile } from './populationTable';

/**
 * Population from what Excel returns for a range (`range.values`): any shape parsePopulationTable
 * reads (long, a column per year as the Befolkning sheet, SCB's download pasted in), kommunkod as text
 * or as a number that lost its zero. Errors name the sheet's own row number.
 *
 * @example populationFromCells([['kommunkod', 'kommun', 2025], ['0127', 'Botkyrka', 96750]], 'Befolkning!A5:C6')
 *   // → ok: Botkyrka 2025 = 96 750 (a bad value in the second row would be "Rad 6")
 */
export function populationFromCells(
  values: readonly (readonly unknown[])[],
  location: string,
  retrievedAt?: string,
): Result<PopulationFile> {
  const source: PopulationSource = {
    kind: 'range',
    label: `Område ${location} i arbetsboken`,
    location,
    ...(retrievedAt ? { retrievedAt } : {}),
  };
  const firstRow = /!?\$?[A-Z]{1,3}\$?(\d+)(?::|$)/i.exec(location.slice(location.lastIndexOf('!') + 1));
  return parsePopulationTable(values, source, { firstLine: firstRow ? Number(firstRow[1]) : 1 });
}

import { PopulationSource, Result } from '../domain';
import { readCsvLazily, SEPARATOR_NAME } from './csv';
import { parsePopulationTable, PopulationFile } from './populationTable';

export type { PopulationFile } from './populationTable';

/**
 * Population from CSV text in any shape SCB's website or an officer gives it (see parsePopulationTable);
 * the separator is found from the whole file and errors name the line as the file counts it.
 *
 * @example parsePopulationCsv('"Folkmängd"\n\n"region";"2025"\n"0127 Botkyrka";99000\n', source)
 *   // → ok: Botkyrka 2025 = 99 000 (the error for a bad row would say "rad 4")
 */
export function parsePopulationCsv(text: string, source: PopulationSource, encoding?: string): Result<PopulationFile> {
  // Lazily: an SCB file of a million lines is read in its text's memory, not a million arrays.
  const { rows, separator } = readCsvLazily(text);
  const sep = SEPARATOR_NAME[separator];
  return parsePopulationTable(rows, source, {
    ...(source.location ? { name: source.location } : {}),
    reading: {
      sv: `${sep.sv}-avgränsad text${encoding ? `, ${encoding}` : ''}`,
      en: `${sep.en}-separated text${encoding ? `, ${encoding}` : ''}`,
    },
  });
}
